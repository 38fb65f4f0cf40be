#include "reader/segmentmarks.h"

#include "entities/entitystore.h"
#include "figures/figureindex.h"
#include "translations/translationchecks.h"
#include "entities/entitydialog.h"

#include <map>

namespace dossier {

namespace {

std::map<qint64, size_t> indexOfSegments(const std::vector<SegmentInfo> &segments)
{
    std::map<qint64, size_t> indexOf;
    for (size_t i = 0; i < segments.size(); ++i)
        indexOf[segments[i].id] = i;
    return indexOf;
}

} // namespace

std::vector<SegmentPane::Ranges> SegmentMarks::figures(Database &db, qint64 documentId, const std::vector<SegmentInfo> &segments)
{
    std::vector<SegmentPane::Ranges> ranges(segments.size());
    const std::map<qint64, size_t> indexOf = indexOfSegments(segments);
    for (const IndexedFigure &f : FigureIndex(db).figures(documentId))
        if (const auto found = indexOf.find(f.segmentId); found != indexOf.end())
            ranges[found->second].emplace_back(f.figure.start, f.figure.end);
    return ranges;
}

std::vector<QString> SegmentMarks::translationFlags(const std::vector<SegmentInfo> &segments,
                                                    const std::vector<GlossaryEntry> &glossary)
{
    std::vector<QString> flags(segments.size());
    for (size_t i = 0; i < segments.size(); ++i) {
        const SegmentInfo &segment = segments[i];
        if (!segment.translation || segment.translation->isEmpty())
            continue;
        const TranslationIssue issue = TranslationChecks::check(segment.text, *segment.translation, glossary);
        flags[i] = TranslationChecks::describe(issue).join(QLatin1Char('\n'));
    }
    return flags;
}

SegmentMarks::Tints SegmentMarks::mentions(Database &db, qint64 documentId, const std::vector<SegmentInfo> &segments)
{
    Tints tints{std::vector<std::vector<SegmentPane::Tint>>(segments.size()),
                std::vector<std::vector<SegmentPane::Tint>>(segments.size())};
    EntityStore store(db);
    std::map<qint64, EntityType> types;
    for (const Entity &e : store.list())
        types[e.id] = e.type;
    const std::map<qint64, size_t> indexOf = indexOfSegments(segments);
    for (const Mention &m : store.mentionsInDocument(documentId)) {
        const auto found = indexOf.find(m.segmentId);
        if (found == indexOf.end())
            continue;
        QColor color = entityTypeColor(types[m.entityId]);
        if (m.status == Mention::Status::Proposed)
            color.setAlpha(120); // proposals are paler until confirmed
        (m.field == QLatin1String("translation") ? tints.translation : tints.original)[found->second].push_back(
            {m.start, m.end, color});
    }
    return tints;
}

} // namespace dossier
