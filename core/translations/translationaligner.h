#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dossier {

// One step of an alignment: `originals` consecutive original segments (from
// `originalIndex`) correspond to `translations` consecutive translation sentences.
struct AlignmentBead
{
    int originalIndex = 0;
    int originals = 0;    // 0, 1 or 2
    int translationIndex = 0;
    int translations = 0; // 0, 1 or 2
};

// Pairs the sentences of a translation with the segments of its original, as
// Gale-Church does (length ratios, learned from the document itself), helped by anchors
// both sides share: numbers after conversion (20万 = 200,000) and Latin names (AWS,
// A100, Claude). Allows 1-1, 1-2, 2-1, 1-0 and 0-1. When both sides have the same number
// of paragraphs, paragraphs are paired first and sentences aligned within them.
class TranslationAligner
{
public:
    struct Paragraphed
    {
        QStringList sentences;
        std::vector<int> paragraphOf; // paragraph number of each sentence
    };

    static std::vector<AlignmentBead> align(const Paragraphed &original, const Paragraphed &translation);
    static std::vector<AlignmentBead> alignSentences(const QStringList &original, const QStringList &translation);

    // The translation text for each original segment (empty where none): a 1-2 bead
    // joins its two sentences; a 2-1 bead gives its sentence to the first segment.
    static QStringList perOriginal(const std::vector<AlignmentBead> &beads, int originalCount,
                                   const QStringList &translation);
};

} // namespace dossier
