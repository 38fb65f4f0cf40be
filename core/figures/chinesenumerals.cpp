#include "chinesenumerals.h"

#include <algorithm>

namespace dossier {

namespace {

int digitValue(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': return 0;
    case u'一': case u'壹': return 1;
    case u'二': case u'贰': case u'貳': case u'两': case u'兩': return 2;
    case u'三': case u'叁': case u'參': case u'叄': return 3;
    case u'四': case u'肆': return 4;
    case u'五': case u'伍': return 5;
    case u'六': case u'陆': case u'陸': return 6;
    case u'七': case u'柒': return 7;
    case u'八': case u'捌': return 8;
    case u'九': case u'玖': return 9;
    default: return -1;
    }
}

int smallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    default: return 0;
    }
}

bool isWan(QChar c) { return c == u'万' || c == u'萬'; }
bool isYi(QChar c) { return c == u'亿' || c == u'億'; }

} // namespace

bool ChineseNumerals::isDigitChar(QChar c)
{
    return digitValue(c) >= 0;
}

bool ChineseNumerals::isNumeralChar(QChar c)
{
    return digitValue(c) >= 0 || smallUnit(c) > 0 || isWan(c) || isYi(c);
}

std::optional<double> ChineseNumerals::multiplier(QChar c)
{
    if (isWan(c))
        return 1e4;
    if (isYi(c))
        return 1e8;
    if (c == u'千' || c == u'仟')
        return 1e3;
    if (c == u'百' || c == u'佰')
        return 1e2;
    return std::nullopt;
}

double ChineseNumerals::trailingSection(QStringView text)
{
    double m = 1;
    for (qsizetype i = text.size(); i-- > 0;) {
        if (isWan(text[i]))
            m *= 1e4;
        else if (isYi(text[i]))
            m *= 1e8;
        else
            break;
    }
    return m;
}

bool ChineseNumerals::hasSection(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return isWan(c) || isYi(c); });
}

std::optional<double> ChineseNumerals::parse(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool hasUnit = false;
    bool hasDigit = false;
    for (QChar c : text) {
        if (!isNumeralChar(c))
            return std::nullopt;
        hasUnit = hasUnit || !isDigitChar(c);
        hasDigit = hasDigit || isDigitChar(c) || c == u'十' || c == u'拾';
    }
    if (!hasDigit)
        return std::nullopt; // 万 or 亿 alone is a word, not a number
    if (!hasUnit) {
        // Digit by digit: 二〇二四 = 2024.
        double value = 0;
        for (QChar c : text)
            value = value * 10 + digitValue(c);
        return value;
    }
    double total = 0;
    double section = 0;
    double number = 0;
    // 三万五 is 35,000 and 两千六 2,600: a last digit right after a unit (no 零 between)
    // counts in the next place down, as everyone reads it.
    const qsizetype n = text.size();
    if (n >= 3 && isDigitChar(text[n - 1]) && digitValue(text[n - 1]) > 0 && !isDigitChar(text[n - 2]) &&
        text[n - 2] != u'十' && text[n - 2] != u'拾') {
        if (const std::optional<double> unit = multiplier(text[n - 2]); unit && *unit >= 100) {
            const std::optional<double> head = parse(text.first(n - 1));
            if (!head)
                return std::nullopt;
            return *head + digitValue(text[n - 1]) * (*unit / 10);
        }
    }
    for (QChar c : text) {
        if (const int d = digitValue(c); d >= 0) {
            number = d;
        } else if (const int unit = smallUnit(c); unit > 0) {
            if (number == 0 && unit == 10)
                number = 1; // 十五 = 15
            section += number * unit;
            number = 0;
        } else if (isWan(c)) {
            total += (section + number) * 1e4;
            section = number = 0;
        } else if (isYi(c)) {
            total = (total + section + number) * 1e8;
            section = number = 0;
        }
    }
    return total + section + number;
}

} // namespace dossier
