#include "noticetable.h"

#include "noticeamount.h"
#include "noticelabels.h"

#include <QRegularExpression>

namespace dossier {

namespace {

const QRegularExpression &supplierColumn()
{
    static const QRegularExpression re(QStringLiteral("供应商|中标人|成交人|中标单位|成交单位|中标公司|成交公司|单位名称|公司名称|中标方"));
    return re;
}

const QRegularExpression &notSupplierColumn()
{
    static const QRegularExpression re(QStringLiteral("投标|候选|地址|电话|联系|代码|信用|资质|类型|规模"));
    return re;
}

const QRegularExpression &packageColumn()
{
    static const QRegularExpression re(QStringLiteral("^(?:包号|包组|分包|分包号|标段|标段号|标包|包件|包别|分标|标项|标项名称|包)$"));
    return re;
}

bool isAmountColumn(const QString &cell, bool awardWords)
{
    static const QRegularExpression money(QStringLiteral("金额|总价|报价|价格|价款|中标价|成交价"));
    static const QRegularExpression notTotal(QStringLiteral("单价|下浮|费率|评审|得分|比例|折扣|优惠"));
    static const QRegularExpression award(QStringLiteral("中标|成交"));
    return cell.contains(money) && !cell.contains(notTotal) && (!awardWords || cell.contains(award));
}

} // namespace

bool NoticeTable::isColumnName(const QString &cell)
{
    static const QRegularExpression name(QStringLiteral(
        "^(?:序号|编号|包号|包组|分包|分包号|标段|标包|包件|标项|排名|名次|"
        "[^\\s：:，。0-9]{0,10}(?:名称|供应商|金额|价格|总价|报价|地址|数量|单价|品牌|规格型号|型号|单位|备注|中标人|成交人|得分|"
        "服务期|交货期|工期))(?:\\s*[（(][^）)]{0,8}[)）])?$"));
    return cell.size() <= 24 && name.match(cell).hasMatch();
}

std::optional<NoticeTableColumns> NoticeTable::header(const std::vector<QString> &cells, const QString &role)
{
    if (cells.size() < 2)
        return std::nullopt;
    NoticeTableColumns columns;
    columns.count = int(cells.size());
    int named = 0;
    bool awardWords = false;
    for (const QString &cell : cells) {
        named += isColumnName(cell) ? 1 : 0;
        static const QRegularExpression award(QStringLiteral("中标|成交"));
        awardWords = awardWords || cell.contains(award);
    }
    if (named * 3 < int(cells.size()) * 2)
        return std::nullopt;
    for (int i = 0; i < int(cells.size()); ++i) {
        const QString &cell = cells[size_t(i)];
        if (columns.package < 0 && packageColumn().match(cell).hasMatch())
            columns.package = i;
        if (columns.supplier < 0 && cell.contains(supplierColumn()) && !cell.contains(notSupplierColumn()))
            columns.supplier = i;
    }
    // The award's amount: the column that says 中标/成交, else the one money column.
    for (bool strict : {true, false}) {
        for (int i = 0; i < int(cells.size()) && columns.amount < 0; ++i)
            if (isAmountColumn(cells[size_t(i)], strict) && !cells[size_t(i)].contains(notSupplierColumn()))
                columns.amount = i;
    }
    if (columns.amount >= 0)
        columns.amountMultiplier = NoticeAmount::unitOf(cells[size_t(columns.amount)]).value_or(1);
    columns.award = columns.supplier >= 0 && (awardWords || role == QLatin1String("supplier"));
    static const QRegularExpression bidders(QStringLiteral("候选|投标人|投标供应商"));
    for (const QString &cell : cells)
        if (cell.contains(bidders))
            columns.award = false;
    if (columns.supplier < 0 && columns.amount < 0)
        return std::nullopt;
    return columns;
}

int NoticeTable::read(const std::vector<NoticeLine> &lines, size_t at, const QString &role, NoticeTableColumns &columns,
                      std::vector<NoticeTableRow> &rows)
{
    rows.clear();
    const NoticeLine &first = lines[at];
    const auto cellTexts = [](const NoticeLine &line) {
        std::vector<QString> texts;
        for (const NoticeCell &c : line.cells)
            texts.push_back(c.text);
        return texts;
    };
    if (first.isTableRow()) {
        const std::optional<NoticeTableColumns> found = header(cellTexts(first), role);
        if (!found)
            return 0;
        columns = *found;
        size_t i = at + 1;
        for (; i < lines.size(); ++i) {
            const NoticeLine &line = lines[i];
            if (int(line.cells.size()) != columns.count || header(cellTexts(line), role))
                break;
            NoticeTableRow row;
            for (const NoticeCell &c : line.cells) {
                row.cells.push_back(&c);
                row.lines.push_back(&line);
            }
            rows.push_back(row);
        }
        return int(i - at);
    }
    // Each cell a line: a run of column names, then as many lines per row.
    size_t i = at;
    std::vector<QString> names;
    while (i < lines.size() && !lines[i].isTableRow() && isColumnName(lines[i].cells.front().text) && names.size() < 12)
        names.push_back(lines[i++].cells.front().text);
    if (names.size() < 2)
        return 0;
    const std::optional<NoticeTableColumns> found = header(names, role);
    if (!found)
        return 0;
    columns = *found;
    for (;;) {
        if (i + names.size() > lines.size())
            break;
        NoticeTableRow row;
        bool whole = true;
        for (size_t c = 0; c < names.size() && whole; ++c) {
            const NoticeLine &line = lines[i + c];
            const QString &text = line.cells.front().text;
            whole = !line.isTableRow() && !isColumnName(text) && !NoticeLabels::headingRole(text) &&
                    NoticeLabels::find(text, QString()).empty() && text.size() <= 80;
            row.cells.push_back(&line.cells.front());
            row.lines.push_back(&line);
        }
        if (!whole)
            break;
        rows.push_back(row);
        i += names.size();
    }
    return rows.empty() ? 0 : int(i - at);
}

} // namespace dossier
