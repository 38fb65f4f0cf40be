#include "mentionscanner.h"

#include "../storage/database.h"
#include "entitystore.h"
#include "namematcher.h"
#include "../text/textfolder.h"

namespace dossier {

ScanReport MentionScanner::scan(const Progress &progress, const std::atomic_bool *cancel)
{
    ScanReport report;
    NameMatcher matcher;
    std::vector<qint64> entityOfPattern;
    for (const Entity &entity : EntityStore(m_db).list()) {
        for (const QString &name : entity.allNames()) {
            if (matcher.add(name) >= 0)
                entityOfPattern.push_back(entity.id);
        }
    }
    if (matcher.size() == 0)
        return report;
    matcher.build();

    const qint64 total = m_db.queryInt(QStringLiteral("SELECT count(*) FROM segments"));
    Statement texts = m_db.prepare(QStringLiteral(
        "SELECT s.id, 'original', s.text, s.folded FROM segments s JOIN documents d ON d.id = s.document_id "
        "WHERE d.deleted_at IS NULL "
        "UNION ALL SELECT t.segment_id, 'translation', t.text, t.folded FROM translations t JOIN segments s ON s.id = t.segment_id "
        "JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL AND t.preferred = 1"));
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO mentions(entity_id, segment_id, field, start, \"end\", text, origin, status) "
        "VALUES (?,?,?,?,?,?,'found','proposed') ON CONFLICT(entity_id, segment_id, field, start, \"end\") DO NOTHING"));
    Transaction transaction(m_db);
    while (texts.step()) {
        if (cancel && cancel->load())
            break;
        const qint64 segmentId = texts.int64(0);
        const QString field = texts.text(1);
        ++report.segments;
        // Match on the folded text the case keeps; fold again only to map the offsets
        // of the (few) segments that name someone.
        const std::vector<NameMatcher::Match> matches = matcher.findInFolded(texts.text(3));
        if (matches.empty())
            continue;
        const QString text = texts.text(2);
        const FoldedText folded = TextFolder::fold(text);
        for (NameMatcher::Match match : matches) {
            const int foldedEnd = match.end;
            match.start = folded.sourcePosition(match.start);
            match.end = folded.sourcePosition(foldedEnd - 1) + 1;
            ++report.found;
            insert.bind(1, entityOfPattern[size_t(match.pattern)])
                .bind(2, segmentId)
                .bind(3, field)
                .bind(4, match.start)
                .bind(5, match.end)
                .bind(6, text.mid(match.start, match.end - match.start))
                .exec();
            report.proposed += m_db.changes();
        }
        if (progress && report.segments % 500 == 0)
            progress(report.segments, int(total));
    }
    transaction.commit();
    if (progress)
        progress(report.segments, int(total));
    return report;
}

} // namespace dossier
