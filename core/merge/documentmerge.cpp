// CaseMerger's documents: matched by the SHA-256 of their original bytes, brought over
// whole when new, and the corrections of their OCR text merged segment by segment.
#include "casemerger.h"

#include "documentcopier.h"
#include "recordkind.h"
#include "rowjournal.h"
#include "sqlrow.h"

#include "segmentcorrection.h"

#include "documents/documentstore.h"
#include "storage/database.h"


namespace dossier {

namespace {

std::unordered_map<int, qint64> segmentsByOrdinal(Database &db, qint64 documentId)
{
    std::unordered_map<int, qint64> result;
    Statement rows = db.prepare(QStringLiteral("SELECT ordinal, id FROM segments WHERE document_id = ?"));
    rows.bind(1, documentId);
    while (rows.step())
        result[rows.integer(0)] = rows.int64(1);
    return result;
}

} // namespace

void CaseMerger::mergeDocuments()
{
    const RecordKind &kind = *RecordKind::forTable(QStringLiteral("documents"));
    const std::vector<Loaded> mine = load(m_mine, kind);
    const std::vector<Loaded> theirs = load(m_theirs, kind);
    std::unordered_map<QString, const Loaded *> mineByUuid, mineBySha;
    for (const Loaded &row : mine) {
        mineByUuid[row.uuid] = &row;
        mineBySha[row.key.value(0).toString()] = &row;
        m_liveHere.insert(row.uuid);
    }
    std::unordered_map<qint64, qint64> &documents = m_ids[QStringLiteral("documents")];
    std::unordered_map<qint64, qint64> &segments = m_ids[QStringLiteral("segments")];
    std::unordered_set<QString> matched;
    std::unique_ptr<DocumentCopier> copier;
    for (const Loaded &row : theirs) {
        const QString sha = row.key.value(0).toString();
        const Loaded *here = mineByUuid.count(row.uuid) ? mineByUuid[row.uuid] : mineBySha.count(sha) ? mineBySha[sha] : nullptr;
        if (here) {
            matched.insert(here->uuid);
            documents[row.id] = here->id;
            const std::unordered_map<int, qint64> hereSegments = segmentsByOrdinal(m_mine, here->id);
            for (const auto &[ordinal, id] : segmentsByOrdinal(m_theirs, row.id))
                if (const auto found = hereSegments.find(ordinal); found != hereSegments.end())
                    segments[id] = found->second;
            switch (decide(here->uuid, here->token, row.uuid, row.token, row.content == here->content)) {
            case Verdict::Same:
            case Verdict::KeepMine:
                break;
            case Verdict::TakeTheirs:
                takeTheirs(kind, *here, labelOf(row), row.content, row.token);
                break;
            case Verdict::Conflict:
                conflict(kind.kind, here->uuid, labelOf(row), sqlrow::toJson(sqlrow::read(m_mine, kind.table, here->id)),
                         sqlrow::toJson(sqlrow::read(m_theirs, kind.table, row.id)), row.token, tr("changed in both copies"));
                break;
            }
            mergeCorrections(here->id, row.id, sha);
            continue;
        }
        // A document deleted here for good comes back only if they changed it since.
        if (const std::optional<QString> deleted = m_mineHistory.deletedAt(row.uuid))
            if (*deleted == row.token || m_mineHistory.had(row.uuid, row.token))
                continue;
        change(MergeChange::Action::Add, kind.kind, row.uuid, labelOf(row));
        m_liveHere.insert(row.uuid);
        if (!writing()) {
            documents[row.id] = m_nextPlaceholder--;
            for (const auto &entry : segmentsByOrdinal(m_theirs, row.id))
                segments[entry.second] = m_nextPlaceholder--;
            continue;
        }
        if (!copier)
            copier = std::make_unique<DocumentCopier>(m_theirs, m_mine);
        const qint64 id = copier->copy(row.id, segments);
        m_journal->inserted(kind.table, id, row.uuid);
        documents[row.id] = id;
    }
    // Deleted for good in the other copy: here they go to the trash, where a person
    // decides; never further.
    std::unordered_set<QString> theirUuids;
    for (const Loaded &row : theirs)
        theirUuids.insert(row.uuid);
    const int deletedAt = int(kind.content.indexOf(QStringLiteral("deleted_at")));
    for (const Loaded &row : mine) {
        const std::optional<QString> deleted = m_theirHistory.deletedAt(row.uuid);
        if (!deleted || theirUuids.count(row.uuid) || matched.count(row.uuid) || !row.content.value(deletedAt).isNull())
            continue;
        if (*deleted != row.token && !m_theirHistory.had(row.uuid, row.token))
            continue; // changed here since: it stays
        change(MergeChange::Action::Delete, kind.kind, row.uuid, labelOf(row), tr("moved to the trash"));
        if (writing()) {
            m_journal->beforeUpdate(m_mine, kind.table, row.id);
            DocumentStore(m_mine).setInTrash(row.id, true);
        }
    }
}

void CaseMerger::mergeCorrections(qint64 myDocument, qint64 theirDocument, const QString &sha256)
{
    Statement theirs = m_theirs.prepare(
        QStringLiteral("SELECT ordinal, text, revision FROM segments WHERE document_id = ? AND revision IS NOT NULL"));
    theirs.bind(1, theirDocument);
    while (theirs.step()) {
        Statement mine = m_mine.prepare(QStringLiteral(
            "SELECT s.id, s.text, coalesce(s.revision, 'imported'), s.revision, d.title FROM segments s "
            "JOIN documents d ON d.id = s.document_id WHERE s.document_id = ? AND s.ordinal = ?"));
        mine.bind(1, myDocument).bind(2, theirs.integer(0));
        if (!mine.step())
            continue;
        const QString key = QStringLiteral("segment:%1:%2").arg(sha256).arg(theirs.integer(0));
        const QString label = tr("%1, passage %2").arg(mine.text(4)).arg(theirs.integer(0) + 1);
        const qint64 segment = mine.int64(0);
        switch (decide(key, mine.text(2), key, theirs.text(2), mine.text(1) == theirs.text(1))) {
        case Verdict::Same:
        case Verdict::KeepMine:
            break;
        case Verdict::TakeTheirs: {
            change(MergeChange::Action::Update, QStringLiteral("segment"), key, label);
            if (writing())
                takeCorrection(m_mine, *m_journal, segment, theirs.text(1), theirs.text(2));
            break;
        }
        case Verdict::Conflict:
            conflict(QStringLiteral("segment"), key, label, QJsonObject{{QStringLiteral("text"), mine.text(1)}},
                     QJsonObject{{QStringLiteral("text"), theirs.text(1)}}, theirs.text(2), tr("corrected differently in both copies"));
            break;
        }
    }
}

} // namespace dossier
