#pragma once

#include <QStringList>

#include <optional>

namespace dossier {

// Numbers written in English words: "eight", "forty", "two hundred", "forty-five".
// Scale words (thousand, million, billion) are left to the FigureParser, which also
// applies them after digits ("40 million").
class EnglishNumberWords
{
public:
    // Value of a single lower-case word (one..nineteen, twenty..ninety, hundred).
    static std::optional<int> wordValue(const QString &word);
    static std::optional<double> scale(const QString &word); // thousand, million, billion
};

} // namespace dossier
