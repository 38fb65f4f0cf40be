#include "numberreader.h"

#include "chinesenumerals.h"
#include "englishnumberwords.h"

namespace dossier {

namespace {

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

} // namespace

NumberReader::NumberReader(const QString &text) : m_text(text), m_w(workingCopy(text)) {}

bool NumberReader::isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool NumberReader::isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool NumberReader::isSpace(QChar c)
{
    return c == u' ' || c == u'\u00a0' || c == u'\u3000' || c == u'\t';
}

QChar NumberReader::at(int i) const
{
    return i >= 0 && i < m_w.size() ? m_w[i] : QChar();
}

int NumberReader::skipSpaces(int i) const
{
    while (i < m_w.size() && isSpace(m_w[i]))
        ++i;
    return i;
}

// Length of `needle` at `i` (ASCII letters compared case-insensitively), else 0.
int NumberReader::matches(int i, QStringView needle) const
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


bool NumberReader::arabic(int i, Number &number) const
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

bool NumberReader::scaleLetterAt(int j) const
{
    // $1.2m, 5k, $3bn: a scale letter glued to the digits, then not a word.
    for (const char16_t *scale : {u"bn", u"mn", u"m", u"k", u"b"})
        if (matches(j, QStringView(scale)))
            return true;
    return false;
}

bool NumberReader::chinese(int i, Number &number) const
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

QString NumberReader::wordAt(int i, int *end) const
{
    int j = i;
    while (isLatinLetter(at(j)))
        ++j;
    *end = j;
    return m_w.mid(i, j - i).toLower();
}

bool NumberReader::words(int i, Number &number) const
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

bool NumberReader::number(int i, Number &n) const
{
    return arabic(i, n) || chinese(i, n) || words(i, n);
}

} // namespace dossier
