#include "figureparser.h"

#include "chinesenumerals.h"
#include "englishnumberwords.h"
#include "numberreader.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace dossier {

QString Figure::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Money:
        return QStringLiteral("money");
    case Kind::Count:
        return QStringLiteral("count");
    case Kind::Percent:
        return QStringLiteral("percent");
    case Kind::Number:
        return QStringLiteral("number");
    }
    return {};
}

namespace {

struct Affix
{
    const char16_t *text;
    const char *code;
};

// Longest first where one is a prefix of another.
const Affix kPrefixCurrencies[] = {
    {u"人民币", "CNY"}, {u"US$", "USD"}, {u"US $", "USD"}, {u"HK$", "HKD"}, {u"RMB", "CNY"},
    {u"CNY", "CNY"},    {u"USD", "USD"}, {u"EUR", "EUR"},  {u"GBP", "GBP"}, {u"HKD", "HKD"},
    {u"¥", "CNY"},      {u"￥", "CNY"},  {u"$", "USD"},    {u"£", "GBP"},   {u"€", "EUR"},
};

const Affix kSuffixCurrencies[] = {
    {u"元人民币", "CNY"}, {u"元整", "CNY"}, {u"圆整", "CNY"}, {u"圆", "CNY"}, {u"美元", "USD"}, {u"英镑", "GBP"}, {u"欧元", "EUR"},
    {u"港元", "HKD"},     {u"港币", "HKD"}, {u"块钱", "CNY"}, {u"元", "CNY"},   {u"US dollars", "USD"},
    {u"dollars", "USD"},  {u"dollar", "USD"}, {u"yuan", "CNY"}, {u"renminbi", "CNY"}, {u"RMB", "CNY"},
    {u"CNY", "CNY"},      {u"USD", "USD"},  {u"pounds", "GBP"}, {u"euros", "EUR"}, {u"euro", "EUR"},
    {u"HKD", "HKD"},
};

// Measure words that make a Chinese number a count. Longest first.
const char16_t *const kMeasureWords[] = {
    u"个月", u"小时", u"台", u"个", u"块", u"张", u"套", u"颗", u"片", u"枚", u"件", u"位", u"名",
    u"人", u"次", u"家", u"所", u"项", u"份", u"条", u"种", u"天", u"年", u"周", u"页", u"节点", u"卡",
};

const char16_t *const kCountNouns[] = {
    u"tokens", u"token", u"servers", u"server", u"chips", u"chip", u"gpus", u"gpu", u"accounts",
    u"account", u"units", u"unit", u"cards", u"card", u"machines", u"machine", u"instances",
    u"instance", u"processors", u"processor", u"people", u"employees", u"entities", u"entity",
    u"documents", u"document", u"companies", u"company", u"universities", u"university",
    u"years", u"year", u"months", u"month", u"days", u"day", u"hours", u"hour", u"nodes", u"node",
    u"pages", u"page", u"tenders", u"tender", u"contracts", u"contract", u"models", u"model",
};

// Reads figures where NumberReader finds numbers: their currencies, units and
// multipliers, and which numbers are dates, codes or words rather than figures.
class Scanner : private NumberReader
{
public:
    explicit Scanner(const QString &text) : NumberReader(text) {}

    std::vector<Figure> run()
    {
        std::vector<Figure> figures;
        for (int i = 0; i < m_w.size();) {
            Figure figure;
            if (scanFigure(i, figure)) {
                figure.text = m_text.mid(figure.start, figure.end - figure.start);
                i = figure.end;
                figures.push_back(std::move(figure));
            } else if (isAsciiDigit(m_w[i])) {
                // Not a figure (a date, a code): skip the whole token, not just a digit,
                // so that "2024-03-15" does not turn into "03-15".
                while (i < m_w.size() && (isAsciiDigit(m_w[i]) || isLatinLetter(m_w[i]) || m_w[i] == u'-' ||
                                          m_w[i] == u'/' || m_w[i] == u'.' || m_w[i] == u'_' || m_w[i] == u':'))
                    ++i;
            } else {
                ++i;
            }
        }
        return figures;
    }

private:
    template <size_t N>
    int matchAffix(int i, const Affix (&affixes)[N], QString &code) const
    {
        for (const Affix &affix : affixes) {
            if (const int length = matches(i, QStringView(affix.text))) {
                code = QString::fromLatin1(affix.code);
                return length;
            }
        }
        return 0;
    }


    // Applies 万, 亿, 万亿, 百万, 千万 after digits, or million/billion after a space.
    int applyMultiplier(int j, const Number &number, double &value) const
    {
        if (!number.chinese) {
            int k = skipSpaces(j); // "20 万元" as well as "20万元"
            bool any = false;
            while (const std::optional<double> m = ChineseNumerals::multiplier(at(k))) {
                value *= *m;
                ++k;
                any = true;
            }
            if (any)
                return k;
            value = number.value;
        }
        if (number.chinese)
            return j;
        const int k = at(j) == u' ' || isLatinLetter(at(j)) ? skipSpaces(j) : j;
        int end = 0;
        const QString word = wordAt(k, &end);
        if (const std::optional<double> scale = EnglishNumberWords::scale(word)) {
            const bool singleLetter = word.size() <= 2;
            if (singleLetter && k != j)
                return j; // "5 m" is five metres, not five million
            value *= *scale;
            return end;
        }
        return j;
    }

    int rangeSeparator(int j) const
    {
        const int k = skipSpaces(j);
        for (const char16_t *separator : {u"-", u"–", u"—", u"~", u"～", u"至", u"到", u"to"}) {
            if (const int length = matches(k, QStringView(separator)))
                return skipSpaces(k + length);
        }
        return -1;
    }

    int countNoun(int k, QString &unit) const
    {
        for (const char16_t *noun : kCountNouns) {
            if (const int length = matches(k, QStringView(noun))) {
                unit = QString::fromUtf16(noun).toLower();
                return k + length;
            }
        }
        return 0;
    }

    int countUnit(int j, bool chineseContext, QString &unit) const
    {
        for (const char16_t *measure : kMeasureWords) {
            if (const int length = matches(j, QStringView(measure))) {
                unit = QString::fromUtf16(measure);
                return j + length;
            }
        }
        if (chineseContext)
            return 0;
        // Up to three words may stand between a number and its noun:
        // "500 cloud servers", "eight Nvidia A100 chips".
        int k = skipSpaces(j);
        if (k == j && !isSpace(at(j - 1)))
            return 0;
        for (int skipped = 0; skipped <= 3; ++skipped) {
            if (const int end = countNoun(k, unit)) {
                // "tender documents": the noun is the last of a run of nouns.
                QString next;
                const int after = countNoun(skipSpaces(end), next);
                if (after > 0 && isSpace(at(end))) {
                    unit = next;
                    return after;
                }
                return end;
            }
            // Intervening words are names and adjectives, never another number or "and".
            if (!isLatinLetter(at(k)) || matches(k, u"and") || matches(k, u"or") || matches(k, u"to"))
                return 0;
            int end = k;
            while (isLatinLetter(at(end)) || isAsciiDigit(at(end)) || at(end) == u'-')
                ++end;
            k = skipSpaces(end);
        }
        return 0;
    }

    bool isDatePart(int j, const Number &number, double value) const
    {
        // 2024年, 3月, 15日, and "8 月 23 日" as some portals space them: parts of dates,
        // not figures (12个月 is a count).
        j = skipSpaces(j);
        if (at(j) == u'月' || at(j) == u'日' || at(j) == u'号' || at(j) == u'时' || at(j) == u'秒' ||
            (at(j) == u'分' && at(j - 1 - int(QString::number(int(value)).size())) == u'时'))
            return true; // and 9时30分 is a time
        return at(j) == u'年' && value >= 1900 && value <= 2100 && std::floor(value) == value &&
               !number.words && at(j + 1) != u'间';
    }

    bool afterMonthName(int pos) const
    {
        if (pos < 4 || !isSpace(at(pos - 1)))
            return false;
        static const QRegularExpression month(QStringLiteral(
            "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\\s+)?$"));
        return month.match(QStringView(m_w).mid(std::max(0, pos - 20), std::min(pos, 20))).hasMatch();
    }

    // 壹角, 一角七分, 零五分, 5角 after 元: tenths and hundredths of a yuan.
    int jiaoFen(int j, double &value) const
    {
        int k = j;
        if (at(k) == u'零')
            ++k;
        for (const auto &[unit, place] : {std::pair{u'角', 0.1}, std::pair{u'分', 0.01}}) {
            int digit = -1;
            if (ChineseNumerals::isDigitChar(at(k)) && at(k + 1) == unit)
                digit = int(*ChineseNumerals::parse(QStringView(m_w).mid(k, 1)));
            else if (isAsciiDigit(at(k)) && at(k + 1) == unit)
                digit = at(k).digitValue();
            if (digit < 0)
                continue;
            value += (value < 0 ? -1 : 1) * digit * place;
            k += 2;
            j = k;
            if (at(k) == u'零')
                ++k;
        }
        return j;
    }

    // A Chinese number with no unit is still a figure when it cannot be a word: it opens
    // with a digit and has a place (三万五, 一百二十), or it is a range.
    bool unambiguousChinese(int pos, const Number &number) const
    {
        const QStringView run = QStringView(m_w).mid(pos, number.end - pos);
        return ChineseNumerals::isDigitChar(run.front()) && run.size() >= 2 && number.value >= 100 &&
               std::any_of(run.begin(), run.end(), [](QChar c) { return !ChineseNumerals::isDigitChar(c); });
    }

    // Long runs of digits with no separator and no unit, and numbers after a contact or
    // account label, are codes: 13984083455, 邮编：100085, 账号：0619 2001.
    bool isCode(int i, int pos, const Number &number) const
    {
        const QStringView digits = QStringView(m_w).mid(pos, number.end - pos);
        const bool plain = std::all_of(digits.begin(), digits.end(), [](QChar c) { return isAsciiDigit(c); });
        if (plain && digits.size() >= 7)
            return true;
        static const char16_t *const labels[] = {u"邮编", u"邮政编码", u"电话", u"手机", u"传真", u"联系方式", u"账号",
                                                 u"帐号", u"QQ", u"编号", u"代码", u"Tel", u"Fax", u"Phone"};
        const QStringView before = QStringView(m_w).mid(std::max(0, i - 8), std::min(i, 8));
        for (const char16_t *label : labels)
            if (before.contains(QStringView(label), Qt::CaseInsensitive))
                return plain;
        return false;
    }

    bool scanFigure(int i, Figure &figure) const
    {
        QString currency;
        int pos = i;
        if (const int length = matchAffix(pos, kPrefixCurrencies, currency))
            pos = skipSpaces(pos + length);
        // 负十元, −3.5%: a sign stands before the number (a dash after a word or a
        // number is a range or a code, read elsewhere).
        bool negative = false;
        if (at(pos) == u'负' || ((at(pos) == u'-' || at(pos) == u'\u2212') && !at(pos - 1).isLetterOrNumber() &&
                                  isAsciiDigit(at(pos + 1)))) {
            negative = true;
            ++pos;
        }
        bool percentPrefix = false;
        if (matches(pos, u"百分之")) {
            percentPrefix = true;
            pos += 3;
        }
        Number first;
        if (!number(pos, first))
            return false;
        // 第8条, 第二十二条: an ordinal names a clause or a place, it counts nothing.
        if (at(pos - 1) == u'第')
            return false;
        // "November 17, 2023", "in January 2024": the day and year of an English date.
        if (!first.chinese && afterMonthName(pos))
            return false;
        // "1、", "2." at the start of a line: list numbering.
        if (!first.chinese && (pos == 0 || at(pos - 1) == u'\n') &&
            (at(first.end) == u'、' || ((at(first.end) == u'.' || at(first.end) == u'．') && !isAsciiDigit(at(first.end + 1)))))
            return false;
        double value = first.value;
        int j = applyMultiplier(first.end, first, value);

        std::optional<double> high;
        if (const int second = rangeSeparator(j); second >= 0) {
            Number upper;
            if (number(second, upper) && upper.words == first.words) {
                double upperValue = upper.value;
                const int afterUpper = applyMultiplier(upper.end, upper, upperValue);
                // 100-200万, 一百二十到一百五十万: the multiplier covers both ends, unless
                // the first is already the larger (从8500到3万: 8,500 to 30,000).
                const double shared = upper.chinese ? upper.trailingSection : upperValue / upper.value;
                const bool firstBare = first.chinese ? !first.hasSection : value == first.value;
                if (shared > 1 && firstBare && value * shared <= upperValue)
                    value *= shared;
                if (upperValue > value) {
                    high = upperValue;
                    j = afterUpper;
                }
            }
        }
        if (isDatePart(j, first, value))
            return false;
        // 2000余元, 两千多元, 十来个: at least that many.
        if (at(j) == u'余' || at(j) == u'多' || (at(j) == u'来' && first.chinese)) {
            figure.approximate = true;
            ++j;
        }

        figure.start = i;
        figure.value = negative ? -value : value;
        figure.high = high;
        const int afterSpace = skipSpaces(j);
        QString suffixCurrency;
        QString unit;
        if (percentPrefix) {
            figure.kind = Figure::Kind::Percent;
        } else if (at(j) == u'%' || matches(afterSpace, u"percent") || matches(afterSpace, u"per cent")) {
            figure.kind = Figure::Kind::Percent;
            j = at(j) == u'%' ? j + 1 : afterSpace + (matches(afterSpace, u"percent") ? 7 : 8);
        } else if (const int length = matchAffix(at(j) == u' ' ? afterSpace : j, kSuffixCurrencies, suffixCurrency)) {
            figure.kind = Figure::Kind::Money;
            figure.unit = currency.isEmpty() ? suffixCurrency : currency;
            j = (at(j) == u' ' ? afterSpace : j) + length;
            if (figure.unit == QLatin1String("CNY") && (suffixCurrency == QLatin1String("CNY")))
                j = jiaoFen(j, figure.value);
            if (m_w.mid(j).startsWith(u'整'))
                ++j;
        } else if (!currency.isEmpty()) {
            figure.kind = Figure::Kind::Money;
            figure.unit = currency;
        } else if (const int end = countUnit(j, first.chinese || !isSpace(at(j)), unit); end > 0) {
            figure.kind = Figure::Kind::Count;
            figure.unit = unit;
            j = end;
        } else if ((first.chinese && !unambiguousChinese(pos, first)) || (first.words && value < 2)) {
            return false; // 一 in 统一, "one of": numerals without a unit are words
        } else if (!first.chinese && isCode(i, pos, first)) {
            return false; // a phone number, postcode or account, not a quantity
        } else {
            figure.kind = Figure::Kind::Number;
        }
        figure.end = j;
        return true;
    }
};

} // namespace

std::vector<Figure> FigureParser::parse(const QString &text)
{
    return Scanner(text).run();
}

QString FigureParser::formatValue(double value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    const bool whole = std::floor(value) == value && std::abs(value) < 1e15;
    return whole ? c.toString(qint64(value)) : c.toString(value, 'f', 2);
}

} // namespace dossier
