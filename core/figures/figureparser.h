#pragma once

#include "figure.h"

#include <QString>

#include <vector>

namespace dossier {

// Finds the figures in a Chinese or English text: Arabic numbers with separators and
// decimals, Chinese and financial numerals (四千万, 壹拾捌万肆仟), 万/亿 and
// million/billion multipliers, currencies written before or after (¥, $, US$, 人民币, 元,
// 美元, yuan, RMB…), measure words and count nouns (台, 个, tokens, servers, chips),
// percentages and ranges. Dates, years and identifiers (SZU-2024-0315, A100) are not
// figures and are skipped.
class FigureParser
{
public:
    static std::vector<Figure> parse(const QString &text);
    // Formats a value the way a reader compares figures: "200,000", "27,996.5".
    static QString formatValue(double value);
};

} // namespace dossier
