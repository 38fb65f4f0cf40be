#pragma once

#include <QStringView>

#include <optional>

namespace dossier {

// Chinese numerals, everyday (二十, 四千万) and financial (壹拾捌万肆仟), including
// 零/〇 place holders, 两, and digit-by-digit forms (二〇二四).
class ChineseNumerals
{
public:
    static bool isNumeralChar(QChar c);
    static bool isDigitChar(QChar c);
    // The value of a whole run of numeral characters, or nothing if it is not a number.
    static std::optional<double> parse(QStringView text);
    // The section multiplier a run ends with: 三万 → 1e4, 一百五十亿 → 1e8, 两万亿 → 1e12;
    // 1 when it ends otherwise. A range's first number shares it (一百二十到一百五十万).
    static double trailingSection(QStringView text);
    // Whether a run holds 万 or 亿 itself.
    static bool hasSection(QStringView text);
    // Multiplier characters that may follow Arabic digits: 万 (1e4), 亿 (1e8), 千, 百.
    static std::optional<double> multiplier(QChar c);
};

} // namespace dossier
