#include "noticereader.h"

#include "noticefindings.h"

#include "../timeline/dateparser.h"
#include "noticeamount.h"
#include "noticelabels.h"
#include "noticetable.h"
#include "organisationname.h"

#include <QRegularExpression>

#include <algorithm>

namespace dossier {

namespace {

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:详见|见|同|无|暂无|另行|待定|按|以|参见|/|-|—|／|\\\\|\\*)|^[\\s\\p{P}]*$"));
    return placeholder.match(value).hasMatch();
}

QString cleanName(QString value)
{
    static const QRegularExpression trailing(QStringLiteral("[\\s,，。;；:：、]+$"));
    value.remove(trailing);
    return OrganisationName::firstOfList(value);
}

class Reader
{
public:
    explicit Reader(const std::vector<NoticeLine> &lines) : m_lines(lines) {}

    NoticeReading run()
    {
        QString role;
        std::optional<double> unitNote;
        size_t unitNoteLine = 0;
        for (size_t i = 0; i < m_lines.size(); ++i) {
            const NoticeLine &line = m_lines[i];
            const QString &first = line.cells.front().text;
            if (const std::optional<double> unit = unitNoteIn(line)) {
                unitNote = unit;
                unitNoteLine = i;
            }
            m_unit = unitNote && i - unitNoteLine <= 20 ? *unitNote : 1.0;
            if (const std::optional<QString> heading = NoticeLabels::headingRole(first))
                role = *heading;
            else if (startsSection(first))
                role.clear();
            NoticeTableColumns columns;
            std::vector<NoticeTableRow> rows;
            if (const int used = NoticeTable::read(m_lines, i, role, columns, rows); used > 0) {
                if (columns.award)
                    addTableAwards(columns, rows);
                i += size_t(used) - 1;
                continue;
            }
            if (line.isTableRow())
                readKeyValueCells(line, role);
            for (const NoticeCell &cell : line.cells)
                readLabels(line, cell, role, i);
            readProse(line, i);
            readHeaderDate(line, i);
        }
        readSignatureDate();
        return NoticeFindings::settle(m_found, m_tableAwards, m_lines);
    }

private:
    const std::vector<NoticeLine> &m_lines;
    std::vector<ProcurementField> m_found; // every value, in document order
    std::vector<NoticeAward> m_tableAwards;
    double m_unit = 1;

    static bool startsSection(const QString &text)
    {
        static const QRegularExpression number(QStringLiteral("^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])"));
        return number.match(text).hasMatch();
    }

    static std::optional<double> unitNoteIn(const NoticeLine &line)
    {
        static const QRegularExpression note(QStringLiteral("(?:价格|金额|货币|报价)?单位\\s*[：:]"));
        if (!note.match(line.text).hasMatch())
            return std::nullopt;
        return NoticeAmount::unitOf(line.text);
    }

    // Checks and completes a value of `key` at [from, to) of a cell; adds it if it holds.
    void add(const QString &key, const QString &label, const NoticeLine &line, const NoticeCell &cell, int from, int to,
             const QString &how, double multiplier = 0)
    {
        if (to <= from)
            return;
        ProcurementField field;
        field.key = key;
        field.label = label;
        field.how = how;
        field.segmentId = line.segmentId;
        field.start = cell.sourceStart(from);
        field.end = cell.sourceEnd(to);
        field.value = line.text.mid(field.start, field.end - field.start).trimmed();
        const NoticeValueKind kind = NoticeLabels::kindOf(key);
        if (field.value.isEmpty() || isPlaceholder(field.value))
            return;
        switch (kind) {
        case NoticeValueKind::Name: {
            const QString name = cleanName(field.value);
            if (name.size() < 2 || name.size() > 60 || name.contains(QChar(u'：')) || name.contains(QLatin1Char(':')))
                return;
            // Only a label names a party outright; elsewhere the value must look like one.
            if (how != QLatin1String("label") && how != QLatin1String("section") && !OrganisationName::isOrganisation(name))
                return;
            if (label.endsWith(QStringLiteral("结果")) && !OrganisationName::isOrganisation(name))
                return;
            field.end = field.start + int(line.text.mid(field.start).indexOf(name)) + int(name.size());
            field.start = field.end - int(name.size());
            field.value = name;
            break;
        }
        case NoticeValueKind::Amount: {
            const std::optional<NoticeAmountValue> amount = NoticeAmount::read(field.value, multiplier > 0 ? multiplier : m_unit);
            if (!amount)
                return;
            field.yuan = amount->yuan;
            field.yuanHigh = amount->high;
            break;
        }
        case NoticeValueKind::Date: {
            field.date = DateParser::parse(field.value);
            if (!field.date)
                return;
            break;
        }
        case NoticeValueKind::Code: {
            // A code written in letters and digits ends where the ideographs of the next
            // line's words begin ("MASJY-2024-1593含山县…" out of a PDF).
            static const QRegularExpression latinCode(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9\\-_/.#（）()\\[\\]]*"));
            if (const QRegularExpressionMatch m = latinCode.match(field.value); m.hasMatch() && m.capturedLength() >= 4) {
                field.value = m.captured();
                field.end = field.start + int(field.value.size());
            }
            if (field.value.size() > 60)
                return;
            break;
        }
        case NoticeValueKind::Text:
            break;
        }
        m_found.push_back(field);
    }

    void readLabels(const NoticeLine &line, const NoticeCell &cell, const QString &role, size_t index)
    {
        const std::vector<NoticeLabelMatch> labels = NoticeLabels::find(cell.text, role);
        for (size_t k = 0; k < labels.size(); ++k) {
            const NoticeLabelMatch &m = labels[k];
            int end = NoticeLabels::valueEnd(cell.text, m.valueStart, m.kind);
            if (k + 1 < labels.size())
                end = std::min(end, labels[k + 1].labelStart);
            while (end > m.valueStart && cell.text[end - 1].isSpace())
                --end;
            const QString label = cell.text.mid(m.labelStart, m.labelEnd - m.labelStart);
            static const QRegularExpression roleWords(QStringLiteral("采购|招标|中标|成交|代理"));
            const QString how = NoticeLabels::kindOf(m.key) == NoticeValueKind::Name && role == m.key &&
                                        !label.contains(roleWords)
                                    ? QStringLiteral("section")
                                    : QStringLiteral("label");
            if (end > m.valueStart) {
                // 中标金额（万元）：121.5 — the qualifier gives the unit.
                const double unit = NoticeAmount::unitOf(QStringLiteral("（") + m.qualifier + QStringLiteral("）")).value_or(0);
                add(m.key, label, line, cell, m.valueStart, end, how, unit);
            } else if (k + 1 == labels.size() && !line.isTableRow() && index + 1 < m_lines.size()) {
                // "中标供应商：" alone: its value is the next line.
                const NoticeLine &next = m_lines[index + 1];
                const NoticeCell &value = next.cells.front();
                if (!next.isTableRow() && NoticeLabels::find(value.text, QString()).empty())
                    add(m.key, label, next, value, 0, NoticeLabels::valueEnd(value.text, 0, m.kind), QStringLiteral("table"));
            }
            // 中标结果（2024年4月19日）：… names a winner and a date.
            if (!m.qualifier.isEmpty() && m.key == QLatin1String("supplier")) {
                if (const std::optional<FuzzyDate> date = DateParser::parse(m.qualifier)) {
                    const int q = int(cell.text.indexOf(m.qualifier, m.labelStart));
                    add(QStringLiteral("award_date"), label, line, cell, q, q + int(m.qualifier.size()), QStringLiteral("label"));
                }
            }
        }
    }

    void readKeyValueCells(const NoticeLine &line, const QString &role)
    {
        for (size_t c = 0; c + 1 < line.cells.size(); ++c) {
            const std::optional<NoticeLabelMatch> key = NoticeLabels::wholeCell(line.cells[c].text, role);
            if (!key)
                continue;
            const NoticeCell &value = line.cells[c + 1];
            if (NoticeLabels::wholeCell(value.text, role) || value.text.isEmpty())
                continue;
            const double unit = NoticeAmount::unitOf(line.cells[c].text).value_or(0);
            add(key->key, line.cells[c].text, line, value, 0, int(value.text.size()), QStringLiteral("table"), unit);
            ++c;
        }
    }

    void addTableAwards(const NoticeTableColumns &columns, const std::vector<NoticeTableRow> &rows)
    {
        for (const NoticeTableRow &row : rows) {
            NoticeAward award;
            const auto cellField = [&](int column, const char *key, double multiplier) -> std::optional<ProcurementField> {
                if (column < 0)
                    return std::nullopt;
                const NoticeLine *line = row.lines[size_t(column)];
                const NoticeCell &cell = *row.cells[size_t(column)];
                const size_t before = m_found.size();
                add(QString::fromLatin1(key), QString(), *line, cell, 0, int(cell.text.size()), QStringLiteral("table"), multiplier);
                if (m_found.size() == before)
                    return std::nullopt;
                return m_found.back();
            };
            award.supplier = cellField(columns.supplier, "supplier", 0);
            award.amount = cellField(columns.amount, "award_amount", columns.amountMultiplier);
            if (columns.package >= 0)
                award.package = row.cells[size_t(columns.package)]->text;
            if (award.supplier)
                m_tableAwards.push_back(award);
        }
    }

    // The parties named in sentences: 受X委托 (X buys, the speaker is its agent),
    // X于…发布…采购 / X对…进行采购 (X buys), 确定X为中标人 (X wins).
    void readProse(const NoticeLine &line, size_t index)
    {
        if (line.isTableRow())
            return;
        const NoticeCell &cell = line.cells.front();
        static const QString org = OrganisationName::chinesePattern();
        static const QRegularExpression entrusted(
            QStringLiteral("(?:(%1)\\s*)?受\\s*(%1)\\s*(?:的)?\\s*委托[，,]?\\s*(?:(%1)(?=\\s*(?:对|就|于|在|拟)))?").arg(org));
        for (auto it = entrusted.globalMatch(cell.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(QStringLiteral("purchaser"), QStringLiteral("受…委托"), line, cell, int(m.capturedStart(2)), int(m.capturedEnd(2)),
                QStringLiteral("prose"));
            const int agent = m.hasCaptured(1) && !m.captured(1).isEmpty() ? 1 : 3;
            if (m.hasCaptured(agent) && !m.captured(agent).isEmpty())
                add(QStringLiteral("agent"), QStringLiteral("受…委托"), line, cell, int(m.capturedStart(agent)),
                    int(m.capturedEnd(agent)), QStringLiteral("prose"));
        }
        if (index < 40) {
            static const QRegularExpression buyer(
                QStringLiteral("^(%1)\\s*(?:于[^，。；]{0,24}?)?\\s*(?:在[^，。；]{0,40}?)?(?:发布的?|对)[^。；]{0,60}?采购").arg(org));
            if (const QRegularExpressionMatch m = buyer.match(cell.text); m.hasMatch())
                add(QStringLiteral("purchaser"), QStringLiteral("…采购"), line, cell, int(m.capturedStart(1)), int(m.capturedEnd(1)),
                    QStringLiteral("prose"));
        }
        static const QRegularExpression winner(QStringLiteral(
            "(?:确定|推荐|选定)\\s*(%1)\\s*为\\s*(?:本项目|本次)?的?(?:中标|成交)(?:人|供应商|单位)|"
            "(?:中标|成交)(?:人|供应商|单位)(?:为|是)\\s*[：:]?\\s*(%1)(?=\\s*(?:[。，,；;]|$))").arg(org));
        for (auto it = winner.globalMatch(cell.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int group = m.captured(1).isEmpty() ? 2 : 1;
            add(QStringLiteral("supplier"), QStringLiteral("…中标"), line, cell, int(m.capturedStart(group)), int(m.capturedEnd(group)),
                QStringLiteral("prose"));
        }
    }

    // A portal's header line under the title: "2025年05月27日 20:20 来源：…".
    void readHeaderDate(const NoticeLine &line, size_t index)
    {
        if (index >= 15 || line.isTableRow())
            return;
        const NoticeCell &cell = line.cells.front();
        const std::vector<FoundDate> dates = DateParser::find(cell.text);
        if (dates.empty() || dates.front().start > 1 || dates.front().date.range)
            return;
        static const QRegularExpression rest(QStringLiteral("^\\s*(?:[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?)?\\s*(?:来源|【|\\[|浏览|点击|阅读|$)"));
        if (rest.match(QStringView(cell.text).mid(dates.front().end)).hasMatch())
            add(QStringLiteral("published"), QString(), line, cell, dates.front().start, dates.front().end, QStringLiteral("header"));
    }

    // The date under the signature at a notice's foot: a line that is only a date.
    void readSignatureDate()
    {
        const size_t from = m_lines.size() > 6 ? m_lines.size() - 6 : 0;
        for (size_t i = m_lines.size(); i-- > from;) {
            const NoticeLine &line = m_lines[i];
            if (line.isTableRow())
                continue;
            const NoticeCell &cell = line.cells.front();
            const std::vector<FoundDate> dates = DateParser::find(cell.text);
            if (dates.size() == 1 && dates.front().date.precision == FuzzyDate::Precision::Day && !dates.front().date.range &&
                cell.text.size() - (dates.front().end - dates.front().start) <= 2) {
                add(QStringLiteral("published"), QString(), line, cell, dates.front().start, dates.front().end,
                    QStringLiteral("signature"));
                return;
            }
        }
    }
};

} // namespace

NoticeReading NoticeReader::read(const std::vector<NoticeLine> &lines)
{
    return Reader(lines).run();
}

} // namespace dossier
