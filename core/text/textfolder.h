#pragma once

#include <QString>

#include <vector>

namespace dossier {

// Text folded for matching, with a map back to the text it came from.
struct FoldedText
{
    QString text;
    // sourceIndex[i] is the position in the source of folded character i; one extra
    // entry holds the source length, so a folded range [a, b) maps to
    // [sourceIndex[a], sourceIndex[b]).
    std::vector<int> sourceIndex;

    int sourcePosition(int foldedPosition) const;
};

// Folds text so that the same words match however they were written: NFKC (full-width
// to half-width, Kangxi radicals from PDF extraction to ideographs), Traditional to
// Simplified, case, and spacing (runs of spaces become one; spaces next to Chinese
// characters disappear, so "20 万元" matches "20万元").
class TextFolder
{
public:
    static FoldedText fold(const QString &text);
    static QString foldedString(const QString &text) { return fold(text).text; }

    static bool isHan(char32_t codePoint);
    // Replaces only compatibility ideographs and Kangxi radicals by their unified
    // ideographs: extracted text keeps its punctuation but loses PDF font artefacts.
    static QString normalizeIdeographs(const QString &text);
};

} // namespace dossier
