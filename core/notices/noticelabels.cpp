#include "noticelabels.h"

#include <QRegularExpression>

namespace dossier {

namespace {

struct Label
{
    const char *key;
    NoticeValueKind kind;
    QString pattern;
};

// 中标（成交）, 成交（中标）: the bracketed alternative is part of the label.
const QString kAlt = QStringLiteral("(?:[（(](?:成交|中标)[)）])?");

const std::vector<Label> &labels()
{
    static const std::vector<Label> list = {
        {"project_number", NoticeValueKind::Code,
         QStringLiteral("采购项目编号|招标项目编号|项目编号|招标编号|采购编号|采购计划编号|项目代码|采购文件编号|标段编号")},
        {"project_name", NoticeValueKind::Text, QStringLiteral("采购项目名称|招标项目名称|项目名称|标段名称")},
        {"agent", NoticeValueKind::Name,
         QStringLiteral("采购代理机构名称|采购代理机构|招标代理机构名称|招标代理机构|代理机构名称|代理机构|招标代理|"
                        "集中采购机构名称|集中采购机构")},
        {"purchaser", NoticeValueKind::Name,
         QStringLiteral("采购人名称|采购人|采购单位名称|采购单位|招标人名称|招标人|招标单位名称|招标单位|建设单位名称|"
                        "建设单位|采购方|需求单位|业主单位")},
        {"supplier", NoticeValueKind::Name,
         QStringLiteral("(?:中标|成交)%1(?:供应商名称|供应商|人名称|人|单位名称|单位|公司名称|公司)|中标结果|成交结果")
             .arg(kAlt)},
        {"award_amount", NoticeValueKind::Amount,
         QStringLiteral("(?:总)?(?:中标|成交)%1(?:总)?(?:金额|价格|总价|报价|价)(?:合计|总计)?|合同(?:总)?(?:金额|价款)|签约金额").arg(kAlt)},
        {"price_ceiling", NoticeValueKind::Amount,
         QStringLiteral("最高投标限价|最高限价金额|最高限价|招标控制价|最高控制价|控制价|拦标价")},
        {"budget", NoticeValueKind::Amount,
         QStringLiteral("项目预算金额|项目预算|采购预算金额|采购预算|预算金额|预算价|采购金额|项目金额|预算")},
        {"published", NoticeValueKind::Date,
         QStringLiteral("信息发布时间|信息发布日期|公告发布时间|公告发布日期|首次公告时间|首次公告日期|发布时间|发布日期|"
                        "公告日期|公告时间|公示时间|公示日期|信息时间|发稿时间")},
        {"award_date", NoticeValueKind::Date, QStringLiteral("中标日期|成交日期|定标日期|中标时间|成交时间")},
        {"bid_deadline", NoticeValueKind::Date,
         QStringLiteral("(?:提交|递交)?投标(?:文件)?(?:提交|递交)?截止时间|(?:提交|递交)?响应文件(?:提交|递交)?截止时间")},
        {"bid_opening", NoticeValueKind::Date, QStringLiteral("开标时间(?:和地点|及地点)?|开标日期")},
        {"notice_period", NoticeValueKind::Date, QStringLiteral("公告期限|公示期限|公示期")},
    };
    return list;
}

// Labels whose meaning is the section's: 名称 under 采购人信息 is the purchaser.
const QString kGeneric = QStringLiteral("供应商名称|单位名称|名称");

const QString kQualifier = QStringLiteral("(?:[（(]([^（()）]{0,24})[)）])?");
const QString kBefore = QStringLiteral("(?<![\\x{3400}-\\x{9fff}A-Za-z])");

QString genericKey(const QString &role)
{
    return role;
}

} // namespace

NoticeValueKind NoticeLabels::kindOf(const QString &key)
{
    for (const Label &label : labels())
        if (key == QLatin1String(label.key))
            return label.kind;
    return NoticeValueKind::Name;
}

std::vector<NoticeLabelMatch> NoticeLabels::find(const QString &cell, const QString &role)
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> list;
        for (const Label &label : labels())
            list.emplace_back(QStringLiteral("%1(?:%2)%3\\s*[：:]+\\s*").arg(kBefore, label.pattern, kQualifier));
        list.emplace_back(QStringLiteral("%1(?:%2)%3\\s*[：:]+\\s*").arg(kBefore, kGeneric, kQualifier));
        return list;
    }();
    std::vector<NoticeLabelMatch> found;
    for (size_t i = 0; i < patterns.size(); ++i) {
        const bool generic = i == labels().size();
        if (generic && role.isEmpty())
            continue;
        for (auto it = patterns[i].globalMatch(cell); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            NoticeLabelMatch match;
            match.key = generic ? genericKey(role) : QString::fromLatin1(labels()[i].key);
            match.kind = generic ? NoticeValueKind::Name : labels()[i].kind;
            match.labelStart = int(m.capturedStart());
            static const QRegularExpression colon(QStringLiteral("\\s*[：:]"));
            match.labelEnd = int(m.capturedStart()) + int(m.captured().indexOf(colon));
            match.valueStart = int(m.capturedEnd());
            match.qualifier = m.captured(1);
            found.push_back(match);
        }
    }
    // One label per place: the longest ("采购单位名称" over "名称").
    std::sort(found.begin(), found.end(), [](const NoticeLabelMatch &a, const NoticeLabelMatch &b) {
        return a.valueStart != b.valueStart ? a.valueStart < b.valueStart : a.labelStart < b.labelStart;
    });
    std::vector<NoticeLabelMatch> kept;
    for (const NoticeLabelMatch &m : found)
        if (kept.empty() || kept.back().valueStart != m.valueStart)
            kept.push_back(m);
    return kept;
}

std::optional<NoticeLabelMatch> NoticeLabels::wholeCell(const QString &cell, const QString &role)
{
    static const std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> list;
        for (const Label &label : labels())
            list.emplace_back(QStringLiteral("^(?:[0-9]{1,2}[、.．]\\s*)?(?:%1)%2\\s*[：:]?$").arg(label.pattern, kQualifier));
        list.emplace_back(QStringLiteral("^(?:%1)%2\\s*[：:]?$").arg(kGeneric, kQualifier));
        return list;
    }();
    for (size_t i = 0; i < patterns.size(); ++i) {
        const bool generic = i == labels().size();
        if (generic && role.isEmpty())
            continue;
        const QRegularExpressionMatch m = patterns[i].match(cell);
        if (!m.hasMatch())
            continue;
        NoticeLabelMatch match;
        match.key = generic ? genericKey(role) : QString::fromLatin1(labels()[i].key);
        match.kind = generic ? NoticeValueKind::Name : labels()[i].kind;
        match.labelEnd = int(cell.size());
        match.valueStart = int(cell.size());
        match.qualifier = m.captured(1);
        return match;
    }
    return std::nullopt;
}

std::optional<QString> NoticeLabels::headingRole(const QString &cell)
{
    // "一、采购人信息", "1.采购人信息", "（二）中标信息", "中标结果：", "四、中标信息 …"
    static const QRegularExpression heading(QStringLiteral(
        "^(?:[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）])?\\s*"
        "([^：:，。；\\s]{2,24}?(?:信息|结果|情况|名单|联系方式))\\s*[：:]?(?=\\s|$)"));
    const QRegularExpressionMatch m = heading.match(cell);
    if (!m.hasMatch())
        return std::nullopt;
    const QString title = m.captured(1);
    static const QRegularExpression notWinner(QStringLiteral("候选|投标供应商|投标人|报价|评审|专家|标的"));
    static const QRegularExpression buyer(QStringLiteral("采购人|招标人|采购单位|建设单位|业主"));
    static const QRegularExpression award(QStringLiteral("中标|成交"));
    if (title.contains(QStringLiteral("代理")))
        return QStringLiteral("agent");
    if (title.contains(buyer))
        return QStringLiteral("purchaser");
    if (title.contains(award) && !title.contains(notWinner))
        return QStringLiteral("supplier");
    return QString();
}

int NoticeLabels::valueEnd(const QString &cell, int from, NoticeValueKind kind)
{
    // The next field: blanks, then a label and its colon, or a section number.
    static const QRegularExpression nextField(QStringLiteral(
        "\\s+(?=[^\\s：:，。；;0-9][^\\s：:，。；;]{0,14}[：:]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、．](?![0-9])|"
        "[0-9]{1,2}\\.(?![0-9])|[（(][一二三四五六七八九十]{1,3}[)）])"));
    int end = int(cell.size());
    if (const QRegularExpressionMatch m = nextField.match(cell, from); m.hasMatch())
        end = int(m.capturedStart());
    QString stops = QStringLiteral("；;");
    if (kind == NoticeValueKind::Name)
        stops += QStringLiteral("，,。");
    else if (kind != NoticeValueKind::Date)
        stops += QStringLiteral("。");
    for (int i = from; i < end; ++i) {
        if (stops.contains(cell[i]))
            return i;
        // A value inside brackets ends with them: （项目编号：ABC）.
        if ((cell[i] == u'）' || cell[i] == u')') && cell.mid(from, i - from).count(QChar(u'（')) + cell.mid(from, i - from).count(QChar(u'(')) == 0)
            return i;
    }
    while (end > from && cell[end - 1].isSpace())
        --end;
    return end;
}

} // namespace dossier
