#pragma once

#include <QString>
#include <QStringView>

namespace dossier {

// Reads one number at a place in a text: Arabic digits with thousands separators and
// decimals (but not dates, codes, phone numbers or clock times), Chinese numerals
// (三万五, 壹拾捌万, 三点五亿) and English number words (forty-five). Offsets are those of
// the original text: full-width digits and signs are read as ASCII, one for one.
class NumberReader
{
public:
    explicit NumberReader(const QString &text);

    struct Number
    {
        double value = 0;
        int end = 0;
        bool chinese = false;
        bool words = false;
        double trailingSection = 1; // 万 or 亿 ending a Chinese run
        bool hasSection = false;
    };

    // A number starting at `i`, in any of the three forms.
    bool number(int i, Number &number) const;

    // The text as read (full width folded), a character of it (a null QChar outside).
    const QString &working() const { return m_w; }
    QChar at(int i) const;
    int skipSpaces(int i) const;
    // Length of `needle` at `i` (ASCII letters compared case-insensitively), else 0.
    int matches(int i, QStringView needle) const;
    // $1.2m, 5k, $3bn: a scale letter glued to the digits, then not a word.
    bool scaleLetterAt(int j) const;
    QString wordAt(int i, int *end) const;

    static bool isLatinLetter(QChar c);
    static bool isAsciiDigit(QChar c);
    static bool isSpace(QChar c);

protected:
    const QString &m_text;
    QString m_w;

private:
    bool arabic(int i, Number &number) const;
    bool chinese(int i, Number &number) const;
    bool words(int i, Number &number) const;
};

} // namespace dossier
