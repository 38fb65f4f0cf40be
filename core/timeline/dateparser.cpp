#include "dateparser.h"

#include "../figures/chinesenumerals.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace dossier {

namespace {

int monthFromName(const QString &name)
{
    static const QStringList names = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                      QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                      QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                      QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(names.indexOf(name.left(3).toLower())) + 1;
}

// Arabic or Chinese numerals ("2024", "二〇二四", "十五").
int number(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok)
        return value;
    const std::optional<double> chinese = ChineseNumerals::parse(text);
    return chinese ? int(*chinese) : -1;
}

std::optional<FuzzyDate> dayOf(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2100)
        return std::nullopt;
    return FuzzyDate::day(date);
}

std::optional<FuzzyDate> monthOf(int year, int month)
{
    if (month < 1 || month > 12 || year < 1900 || year > 2100)
        return std::nullopt;
    return FuzzyDate::month(year, month);
}

struct Rule
{
    QRegularExpression pattern;
    std::function<std::optional<FuzzyDate>(const QRegularExpressionMatch &, const DateParser::Options &)> make;
};

const QString kMonthNames = QStringLiteral(
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
const QString kCn = QStringLiteral("[0-9〇零一二三四五六七八九十两]");

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> list = [] {
        std::vector<Rule> r;
        const auto add = [&r](const QString &pattern, auto make) {
            r.push_back({QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption), make});
        };
        // 2024年3月15日至2024年4月22日 / 2024年3月15日至4月22日 / 2024年3月至5月
        add(QStringLiteral("(%1{4})年(%1{1,3})月(%1{1,3})[日号]\\s*(?:至|到|—|－|-|~|～)\\s*(?:(%1{4})年)?(%1{1,3})月(%1{1,3})[日号]").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = number(m.captured(1));
                const auto from = dayOf(y, number(m.captured(2)), number(m.captured(3)));
                const auto to = dayOf(m.captured(4).isEmpty() ? y : number(m.captured(4)), number(m.captured(5)),
                                      number(m.captured(6)));
                if (!from || !to)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        add(QStringLiteral("(%1{4})年(%1{1,3})月\\s*(?:至|到|—|－|-|~|～)\\s*(?:(%1{4})年)?(%1{1,3})月(?![%1日号])").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = number(m.captured(1));
                const auto from = monthOf(y, number(m.captured(2)));
                const auto to = monthOf(m.captured(3).isEmpty() ? y : number(m.captured(3)), number(m.captured(4)));
                if (!from || !to)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // 2019年4月12-19日, 从2018年12月九号到十五号: the end gives its day only
        add(QStringLiteral("(%1{4})\\s*年\\s*(%1{1,3})\\s*月\\s*(%1{1,3})[日号]?\\s*(?:至|到|—|－|-|~|～)\\s*(%1{1,3})[日号]").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = number(m.captured(1));
                const int month = number(m.captured(2));
                const auto from = dayOf(y, month, number(m.captured(3)));
                const auto to = dayOf(y, month, number(m.captured(4)));
                if (!from || !to || to->start < from->start)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // 2024年1-9月, 2018年1－9月份: the start gives its month only
        add(QStringLiteral("(%1{4})\\s*年\\s*(%1{1,2})\\s*(?:至|到|—|－|-|~|～)\\s*(%1{1,2})\\s*月(?:份)?(?![%1日号])").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = number(m.captured(1));
                const auto from = monthOf(y, number(m.captured(2)));
                const auto to = monthOf(y, number(m.captured(3)));
                if (!from || !to || to->start < from->start)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // 自2020-05-26至2020-05-29止, 2024-03-15~03-20
        add(QStringLiteral("\\b(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\s*(?:至|到|~|～|—|–|－|-)\\s*(?:(\\d{4})[-./])?(\\d{1,2})[-./](\\d{1,2})(?![0-9])"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = m.captured(1).toInt();
                const auto from = dayOf(y, m.captured(2).toInt(), m.captured(3).toInt());
                const auto to = dayOf(m.captured(4).isEmpty() ? y : m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
                if (!from || !to || to->start < from->start)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // 1999.08-2002.02: months of two years
        add(QStringLiteral("\\b(\\d{4})[./](\\d{1,2})\\s*(?:至|到|~|～|—|–|－|-)\\s*(\\d{4})[./](\\d{1,2})(?![0-9./])"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const auto from = monthOf(m.captured(1).toInt(), m.captured(2).toInt());
                const auto to = monthOf(m.captured(3).toInt(), m.captured(4).toInt());
                if (!from || !to || to->start < from->start)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // 20240307: eight digits that are a valid day, standing alone
        add(QStringLiteral("(?<![0-9A-Za-z_-])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z_-])"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return dayOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            });
        // 2024年3月15日, 二〇二四年三月十五日
        add(QStringLiteral("(%1{4})\\s*年\\s*(%1{1,3})\\s*月\\s*(%1{1,3})\\s*[日号]").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return dayOf(number(m.captured(1)), number(m.captured(2)), number(m.captured(3)));
            });
        // 2024年第一季度, 2024年一季度, 2024年Q1
        add(QStringLiteral("(%1{4})年(?:第?([一二三四1-4首])季度|Q([1-4]))").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const QString which = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
                const int q = which == QStringLiteral("首") ? 1 : number(which);
                if (q < 1 || q > 4)
                    return std::nullopt;
                return FuzzyDate::quarter(number(m.captured(1)), q);
            });
        // 2024年上半年 / 下半年
        add(QStringLiteral("(%1{4})年(上|下)半年").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                const int y = number(m.captured(1));
                const bool first = m.captured(2) == QStringLiteral("上");
                return std::optional<FuzzyDate>(
                    FuzzyDate::between(FuzzyDate::quarter(y, first ? 1 : 3), FuzzyDate::quarter(y, first ? 2 : 4)));
            });
        // 2024年3月
        add(QStringLiteral("(%1{4})\\s*年\\s*(%1{1,3})\\s*月(?!\\s*%1)").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return monthOf(number(m.captured(1)), number(m.captured(2)));
            });
        // 3月15日 (the year from the reference)
        add(QStringLiteral("(?<![0-9年])(%1{1,3})月(%1{1,3})[日号]").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &o) -> std::optional<FuzzyDate> {
                if (!o.referenceYear)
                    return std::nullopt;
                return dayOf(*o.referenceYear, number(m.captured(1)), number(m.captured(2)));
            });
        // 2024年
        add(QStringLiteral("(%1{4})年(?![0-9〇零一二三四五六七八九十两上下第]|间)").arg(kCn),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = number(m.captured(1));
                if (y < 1900 || y > 2100)
                    return std::nullopt;
                return FuzzyDate::year(y);
            });
        // 2024-03-15, 2024.3.15, 2024/3/15
        add(QStringLiteral("\\b(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\b"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return dayOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            });
        // 15/03/2024 or 03/15/2024
        add(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &o) -> std::optional<FuzzyDate> {
                int a = m.captured(1).toInt(), b = m.captured(2).toInt();
                const int y = m.captured(3).toInt();
                // An impossible month settles the order whatever the setting.
                const bool dayFirst = a > 12 ? true : (b > 12 ? false : o.dayFirst);
                return dayFirst ? dayOf(y, b, a) : dayOf(y, a, b);
            });
        // 2024-03
        add(QStringLiteral("\\b(\\d{4})-(\\d{2})\\b(?!-)"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return monthOf(m.captured(1).toInt(), m.captured(2).toInt());
            });
        // between March and May 2024 / March to May 2024
        add(QStringLiteral("\\b(?:between\\s+)?%1\\s+(?:and|to|through|-|–)\\s+%1\\s+(\\d{4})\\b").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = m.captured(3).toInt();
                const auto from = monthOf(y, monthFromName(m.captured(1)));
                const auto to = monthOf(y, monthFromName(m.captured(2)));
                if (!from || !to)
                    return std::nullopt;
                return FuzzyDate::between(*from, *to);
            });
        // March 15, 2024 / Mar. 15 2024
        add(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return dayOf(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
            });
        // 15 March 2024
        add(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+%1,?\\s+(\\d{4})\\b").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return dayOf(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
            });
        // March 2024
        add(QStringLiteral("\\b%1,?\\s+(\\d{4})\\b").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return monthOf(m.captured(2).toInt(), monthFromName(m.captured(1)));
            });
        // Q2 2024, second quarter of 2024
        add(QStringLiteral("\\bQ([1-4])\\s+(\\d{4})\\b"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                return std::optional<FuzzyDate>(FuzzyDate::quarter(m.captured(2).toInt(), m.captured(1).toInt()));
            });
        add(QStringLiteral("\\b(first|second|third|fourth)\\s+quarter\\s+(?:of\\s+)?(\\d{4})\\b"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) {
                static const QStringList order = {QStringLiteral("first"), QStringLiteral("second"),
                                                  QStringLiteral("third"), QStringLiteral("fourth")};
                return std::optional<FuzzyDate>(
                    FuzzyDate::quarter(m.captured(2).toInt(), int(order.indexOf(m.captured(1).toLower())) + 1));
            });
        // Aug. 23 / on 23 August (the year from the reference)
        add(QStringLiteral("\\b%1\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &o) -> std::optional<FuzzyDate> {
                if (!o.referenceYear)
                    return std::nullopt;
                return dayOf(*o.referenceYear, monthFromName(m.captured(1)), m.captured(2).toInt());
            });
        // in May (the year from the reference)
        add(QStringLiteral("\\b(?:in|since|by|during|until|from)\\s+%1(?!\\s*\\d)").arg(kMonthNames),
            [](const QRegularExpressionMatch &m, const DateParser::Options &o) -> std::optional<FuzzyDate> {
                if (!o.referenceYear)
                    return std::nullopt;
                return monthOf(*o.referenceYear, monthFromName(m.captured(1)));
            });
        // in 2024
        add(QStringLiteral("\\b(?:in|since|by|during|until|from|year)\\s+(\\d{4})\\b"),
            [](const QRegularExpressionMatch &m, const DateParser::Options &) -> std::optional<FuzzyDate> {
                const int y = m.captured(1).toInt();
                if (y < 1900 || y > 2100)
                    return std::nullopt;
                return FuzzyDate::year(y);
            });
        return r;
    }();
    return list;
}

} // namespace

std::vector<FoundDate> DateParser::find(const QString &text, const Options &options)
{
    std::vector<FoundDate> found;
    std::vector<bool> taken(size_t(text.size()), false);
    for (const Rule &rule : rules()) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int start = int(m.capturedStart());
            const int end = int(m.capturedEnd());
            bool overlaps = false;
            for (int i = start; i < end && !overlaps; ++i)
                overlaps = taken[size_t(i)];
            if (overlaps)
                continue;
            // 农历/阴历 dates are lunar: no Gregorian day can stand for them.
            static const QRegularExpression lunar(QStringLiteral("(?:农历|阴历|夏历)\\s*$"));
            if (lunar.match(QStringView(text).mid(std::max(0, start - 4), std::min(start, 4))).hasMatch()) {
                for (int i = start; i < end; ++i)
                    taken[size_t(i)] = true;
                continue;
            }
            const std::optional<FuzzyDate> date = rule.make(m, options);
            if (!date)
                continue;
            // "in May" and "in 2024": the date is the month or year, not the preposition.
            QString written = m.captured(0);
            int from = start;
            static const QRegularExpression preposition(QStringLiteral("^(?:in|since|by|during|until|from|year|between)\\s+"),
                                                        QRegularExpression::CaseInsensitiveOption);
            if (const auto p = preposition.match(written); p.hasMatch()) {
                from += int(p.capturedLength());
                written = written.mid(p.capturedLength());
            }
            for (int i = start; i < end; ++i)
                taken[size_t(i)] = true;
            found.push_back({from, end, written, *date});
        }
    }
    std::sort(found.begin(), found.end(), [](const FoundDate &a, const FoundDate &b) { return a.start < b.start; });
    return found;
}

std::optional<FuzzyDate> DateParser::parse(const QString &text, const Options &options)
{
    const std::vector<FoundDate> found = find(text, options);
    if (found.empty())
        return std::nullopt;
    return found.front().date;
}

} // namespace dossier
