#include "organisationname.h"

#include "../text/textfolder.h"

#include <QRegularExpression>

namespace dossier {

namespace {

// Longest first where one ends another.
const char16_t *const kChineseSuffixes[] = {
    u"有限责任公司", u"股份有限公司", u"有限公司", u"分公司", u"公司", u"集团", u"大学", u"学院", u"学校",
    u"中学", u"小学", u"幼儿园", u"研究院", u"研究所", u"研究中心", u"实验室", u"中心", u"医院", u"卫生院",
    u"人民政府", u"政府", u"委员会", u"管理局", u"总局", u"局", u"厅", u"办公室", u"办事处", u"商行",
    u"经销处", u"经营部", u"服务部", u"事务所", u"银行", u"协会", u"服装厂", u"工厂", u"厂", u"研究会",
    u"基金会", u"出版社", u"电视台", u"合作社", u"管理处", u"管理站", u"检测站", u"中学校",
};

const char *const kEnglishSuffixes =
    "Co\\.,?\\s*Ltd\\.?|Co\\.|Ltd\\.?|Limited|Inc\\.?|Corporation|Corp\\.|LLC|Group|University|Institute|"
    "Laboratory|Lab|Hospital|Center|Centre|Academy|Bureau|Ministry|Commission|Agency";

// Words that end a sentence's lead-in, never part of a name: "受X委托", "由X中标".
const QString kLeadIn = QStringLiteral("受|由|向|从|与|和|及|为|是|的|了|在|对|经|据|称|将|被|给|同|跟|于|以|把|让|请|委托|确定|采购|购买|显示|表示|通过");

bool isHanChar(QChar c)
{
    return TextFolder::isHan(c.unicode());
}

// The length of the first listed suffix (the longest, where one ends another) that ends
// at `end` in `text`, or 0.
int suffixEndingAt(QStringView text, qsizetype end)
{
    for (const char16_t *suffix : kChineseSuffixes) {
        const QStringView s(suffix);
        if (end >= s.size() && text.mid(end - s.size(), s.size()) == s)
            return int(s.size());
    }
    return 0;
}

// Whether the name characters after `from` run on, without a lead-in word, to another
// suffix within the length of a name.
bool continuesToLongerName(const QString &text, int from)
{
    // Particles only: 采购 and 通过 may be inside a name (政府采购中心).
    static const QRegularExpression leadInStart(QStringLiteral("^(?:受|由|向|从|与|和|及|为|是|的|了|在|对|经|于|以|把|被|给|同|跟|将|让|请|委托)"));
    if (from >= text.size() || !isHanChar(text[from]) || leadInStart.match(QStringView(text).mid(from, 4)).hasMatch())
        return false;
    const QString rest = text.mid(from, 24);
    for (int end = 1; end <= rest.size(); ++end) {
        const QChar c = rest[end - 1];
        if (!isHanChar(c) || (end > 1 && leadInStart.match(QStringView(rest).mid(end - 1, 4)).hasMatch()))
            return false;
        if (suffixEndingAt(rest, end) >= 2)
            return true;
    }
    return false;
}

} // namespace

bool OrganisationName::isOrganisation(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() < 4 || v.size() > 60)
        return false;
    if (suffixEndingAt(v, v.size()) > 0)
        return true;
    static const QRegularExpression english(QStringLiteral("(?:%1)$").arg(QLatin1String(kEnglishSuffixes)),
                                            QRegularExpression::CaseInsensitiveOption);
    return english.match(v).hasMatch();
}

EntityType OrganisationName::typeOf(const QString &name)
{
    static const QRegularExpression buyer(QStringLiteral("(?:大学|学院|学校|中学|小学|幼儿园|研究院|研究所|实验室|医院|卫生院|"
                                                         "University|Institute|Laboratory|Lab|Hospital|Academy)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression government(
        QStringLiteral("(?:人民政府|政府|委员会|局|厅|部|办公室|办事处|Bureau|Ministry|Commission|Agency)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (buyer.match(name).hasMatch())
        return EntityType::Buyer;
    if (name.endsWith(QStringLiteral("中心")) && (name.contains(QStringLiteral("计算")) || name.contains(QStringLiteral("算力"))))
        return EntityType::ComputingCentre;
    if (government.match(name).hasMatch())
        return EntityType::GovernmentBody;
    return EntityType::Intermediary;
}

QString OrganisationName::chinesePattern()
{
    QStringList suffixes;
    for (const char16_t *suffix : kChineseSuffixes)
        suffixes << QString::fromUtf16(suffix);
    // Ideographs, with brackets (深圳交易集团有限公司（龙华分公司）) and Latin letters or
    // digits inside, ending in a suffix.
    return QStringLiteral("[\\x{4e00}-\\x{9fff}A-Za-z0-9（）()]{1,40}?(?:%1)(?:[（(][\\x{4e00}-\\x{9fff}]{2,12}[）)])?")
        .arg(suffixes.join(QLatin1Char('|')));
}

std::vector<FoundOrganisation> OrganisationName::find(const QString &text)
{
    std::vector<FoundOrganisation> found;
    // Chinese names: a name ends where a suffix ends and nothing that extends it follows
    // (集团 in 集团有限公司 is no end); it starts after the last break before it: a
    // character that is no part of a name, the end of the previous name, or a lead-in.
    static const QRegularExpression leadIn(QStringLiteral("^.*(?:%1)").arg(kLeadIn));
    static const QRegularExpression extension(QStringLiteral("^(?:股份|有限|分公司|集团|研究|[\\x{4e00}-\\x{9fff}]{1,6}分公司|[（(][\\x{4e00}-\\x{9fff}]{2,12}[）)])"));
    const auto nameChar = [](QChar c) {
        return isHanChar(c) || (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'（' || c == u'）';
    };
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (!nameChar(text[i])) {
            start = i + 1;
            continue;
        }
        const int suffixLength = suffixEndingAt(text, i + 1);
        if (suffixLength == 0 || extension.match(QStringView(text).mid(i + 1, 14)).hasMatch())
            continue;
        // 合肥先进计算中心运营管理有限公司: a suffix inside a longer name is no end. The
        // name goes on when more name characters follow, up to another suffix, and no
        // lead-in word (受, 对, 与…) comes between.
        if (continuesToLongerName(text, i + 1))
            continue;
        int from = start;
        QString name = text.mid(from, i + 1 - from);
        if (const QRegularExpressionMatch lead = leadIn.match(name); lead.hasMatch() && lead.capturedLength() <= name.size() - suffixLength - 2) {
            from += int(lead.capturedLength());
            name = name.mid(lead.capturedLength());
        }
        while (!name.isEmpty() && !isHanChar(name.front()) && !name.front().isLetter()) {
            name.remove(0, 1);
            ++from;
        }
        start = i + 1;
        if (name.size() - suffixLength < 2 || name.size() > 40 || name.count(QChar(u'（')) != name.count(QChar(u'）')))
            continue;
        found.push_back({from, i + 1, name});
    }
    static const QRegularExpression english(
        QStringLiteral("\\b(?:[A-Z][A-Za-z&'.-]*\\s+){1,6}(?:%1)").arg(QLatin1String(kEnglishSuffixes)));
    for (auto it = english.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured().trimmed();
        int from = int(m.capturedStart());
        static const QRegularExpression article(QStringLiteral("^(?:The|A|An)\\s+"));
        if (const QRegularExpressionMatch a = article.match(name); a.hasMatch()) {
            from += int(a.capturedLength());
            name = name.mid(a.capturedLength());
        }
        found.push_back({from, from + int(name.size()), name});
    }
    std::sort(found.begin(), found.end(), [](const FoundOrganisation &a, const FoundOrganisation &b) { return a.start < b.start; });
    return found;
}

QString OrganisationName::firstOfList(const QString &value)
{
    static const QRegularExpression separator(QStringLiteral("[、，,；;/]|\\s{2,}"));
    const QStringList parts = value.split(separator, Qt::SkipEmptyParts);
    if (parts.size() > 1 && isOrganisation(parts.front().trimmed()) && isOrganisation(parts.at(1).trimmed()))
        return parts.front().trimmed();
    return value;
}

} // namespace dossier
