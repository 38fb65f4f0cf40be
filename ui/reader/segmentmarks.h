#pragma once

#include "reader/segmentpane.h"
#include "translations/glossary.h"

#include <QCoreApplication>

#include <vector>

namespace dossier {

class Database;

// What the reader marks on a document's segments, read from the case: the figures to
// underline in the original, the translations to flag (a figure or glossary term lost),
// and the entity mentions to tint in each pane.
class SegmentMarks
{
    Q_DECLARE_TR_FUNCTIONS(SegmentMarks)

public:
    static std::vector<SegmentPane::Ranges> figures(Database &db, qint64 documentId, const std::vector<SegmentInfo> &segments);
    // Per segment, why its translation is suspect, or an empty string.
    static std::vector<QString> translationFlags(const std::vector<SegmentInfo> &segments,
                                                 const std::vector<GlossaryEntry> &glossary);

    struct Tints
    {
        std::vector<std::vector<SegmentPane::Tint>> original;
        std::vector<std::vector<SegmentPane::Tint>> translation;
    };
    static Tints mentions(Database &db, qint64 documentId, const std::vector<SegmentInfo> &segments);
};

} // namespace dossier
