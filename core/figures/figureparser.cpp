#include "figureparser.h"

#include "chinesenumerals.h"
#include "englishnumberwords.h"

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

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00a0' || c == u'\u3000' || c == u'\t';
}

// Full-width digits, letters and signs become ASCII, one character for one, so that
// offsets stay those of the original text.
QString workingCopy(const QString &text)
{
    QString w = text;
    for (QChar &c : w) {
        const char16_t u = c.unicode();
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A) ||
            u == 0xFF0E || u == 0xFF05 || u == 0xFF04 || u == 0xFF0D)
            c = QChar(char16_t(u - 0xFEE0));
    }
    return w;
}

class Scanner
{
public:
    explicit Scanner(const QString &text) : m_text(text), m_w(workingCopy(text)) {}

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
    const QString &m_text;
    QString m_w;

    QChar at(int i) const { return i >= 0 && i < m_w.size() ? m_w[i] : QChar(); }

    int skipSpaces(int i) const
    {
        while (i < m_w.size() && isSpace(m_w[i]))
            ++i;
        return i;
    }

    // Length of `needle` at `i` (ASCII letters compared case-insensitively), else 0.
    int matches(int i, QStringView needle) const
    {
        if (i + needle.size() > m_w.size())
            return 0;
        if (QStringView(m_w).mid(i, needle.size()).compare(needle, Qt::CaseInsensitive) != 0)
            return 0;
        // A Latin word must end at a word boundary: "yuan" but not "yuanfang".
        if (isLatinLetter(needle.back()) && isLatinLetter(at(i + int(needle.size()))))
            return 0;
        return int(needle.size());
    }

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

    struct Number
    {
        double value = 0;
        int end = 0;
        bool chinese = false;
        bool words = false;
        double trailingSection = 1; // 万 or 亿 ending a Chinese run
        bool hasSection = false;
    };

    bool arabic(int i, Number &number) const
    {
        if (!isAsciiDigit(at(i)))
            return false;
        const QChar before = at(i - 1);
        if (isLatinLetter(before) || isAsciiDigit(before) || before == u'.' || before == u'_')
            return false; // A100, H100, v2, 3.5 from its middle
        if ((before == u'-' || before == u'/') && isLatinLetter(at(i - 2)))
            return false; // SZU-2024-0315
        int j = i;
        QString digits;
        while (isAsciiDigit(at(j))) {
            digits += at(j);
            ++j;
            // Thousands separators: a comma followed by exactly three digits.
            if (at(j) == u',' && isAsciiDigit(at(j + 1)) && isAsciiDigit(at(j + 2)) && isAsciiDigit(at(j + 3)) &&
                !isAsciiDigit(at(j + 4)))
                ++j;
        }
        // 0755-23338582, 010: numbers do not start with a zero; codes and phones do.
        if (digits.size() >= 2 && digits.front() == u'0' && at(j) != u'.')
            return false;
        // 20:20, 9:30 — a clock time.
        if ((at(j) == u':' || at(j) == u'：') && isAsciiDigit(at(j + 1)) && isAsciiDigit(at(j + 2)))
            return false;
        if (at(j) == u'.' && isAsciiDigit(at(j + 1))) {
            digits += QLatin1Char('.');
            ++j;
            while (isAsciiDigit(at(j)))
                digits += at(j++);
        }
        // Identifiers and dates continue with a dash, slash or letters: 2024-03-15,
        // 2024-03, 12/05/2024, 5G. A single dash between two numbers is a range (100-200).
        if ((at(j) == u'-' || at(j) == u'/') && isAsciiDigit(at(j + 1))) {
            int k = j + 1;
            while (isAsciiDigit(at(k)))
                ++k;
            const bool yearMonth = digits.size() == 4 && (digits.startsWith(QLatin1String("19")) ||
                                                          digits.startsWith(QLatin1String("20"))) && k - j - 1 <= 2;
            if (at(j) == u'/' || yearMonth || ((at(k) == u'-' || at(k) == u'/') && isAsciiDigit(at(k + 1))))
                return false;
        }
        if (isLatinLetter(at(j)) && !scaleLetterAt(j))
            return false;
        number.value = digits.toDouble();
        number.end = j;
        return true;
    }

    bool scaleLetterAt(int j) const
    {
        // $1.2m, 5k, $3bn: a scale letter glued to the digits, then not a word.
        for (const char16_t *scale : {u"bn", u"mn", u"m", u"k", u"b"})
            if (matches(j, QStringView(scale)))
                return true;
        return false;
    }

    bool chinese(int i, Number &number) const
    {
        if (!ChineseNumerals::isNumeralChar(at(i)) || ChineseNumerals::isNumeralChar(at(i - 1)))
            return false;
        int j = i;
        while (ChineseNumerals::isNumeralChar(at(j)))
            ++j;
        const QStringView run = QStringView(m_w).mid(i, j - i);
        std::optional<double> value = ChineseNumerals::parse(run);
        if (!value)
            return false;
        number.trailingSection = ChineseNumerals::trailingSection(run);
        number.hasSection = ChineseNumerals::hasSection(run);
        // 零点一, 三点五亿: 点 is the decimal point when digits follow it.
        if (at(j) == u'点' && ChineseNumerals::isDigitChar(at(j + 1)) && !number.hasSection) {
            int k = j + 1;
            double fraction = 0;
            double place = 0.1;
            while (ChineseNumerals::isDigitChar(at(k))) {
                fraction += *ChineseNumerals::parse(QStringView(m_w).mid(k, 1)) * place;
                place /= 10;
                ++k;
            }
            int m = k;
            double scale = 1;
            while (at(m) == u'万' || at(m) == u'亿') {
                scale *= at(m) == u'万' ? 1e4 : 1e8;
                ++m;
            }
            value = (*value + fraction) * scale;
            number.trailingSection = scale;
            number.hasSection = scale > 1;
            j = m;
        }
        number.value = *value;
        number.end = j;
        number.chinese = true;
        return true;
    }

    QString wordAt(int i, int *end) const
    {
        int j = i;
        while (isLatinLetter(at(j)))
            ++j;
        *end = j;
        return m_w.mid(i, j - i).toLower();
    }

    bool words(int i, Number &number) const
    {
        if (!isLatinLetter(at(i)) || isLatinLetter(at(i - 1)))
            return false;
        int end = 0;
        std::optional<int> first = EnglishNumberWords::wordValue(wordAt(i, &end));
        if (!first || *first == 100)
            return false;
        double value = *first;
        int j = end;
        // forty-five, two hundred, one hundred and twenty
        for (;;) {
            int next = at(j) == u'-' ? j + 1 : skipSpaces(j);
            if (next == j)
                break; // words must be separated by a space or a hyphen
            int wordEnd = 0;
            QString word = wordAt(next, &wordEnd);
            if (word == QLatin1String("and")) {
                next = skipSpaces(wordEnd);
                word = wordAt(next, &wordEnd);
            }
            const std::optional<int> more = EnglishNumberWords::wordValue(word);
            if (!more)
                break;
            value = *more == 100 ? value * 100 : value + *more;
            j = wordEnd;
        }
        number.value = value;
        number.end = j;
        number.words = true;
        return true;
    }

    bool number(int i, Number &n) const { return arabic(i, n) || chinese(i, n) || words(i, n); }

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
