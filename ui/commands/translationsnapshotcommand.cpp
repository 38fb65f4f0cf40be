#include "translationsnapshotcommand.h"

#include "../casesession.h"
#include "storage/casefile.h"

namespace dossier {

TranslationSnapshotCommand::TranslationSnapshotCommand(CaseSession *session, qint64 documentId,
                                                       std::vector<qint64> segmentIds, const QString &text,
                                                       Change change)
    : m_session(session), m_documentId(documentId), m_segmentIds(std::move(segmentIds)), m_change(std::move(change))
{
    setText(text);
}

void TranslationSnapshotCommand::redo()
{
    m_applied = m_session->write([&] {
        Database &db = m_session->caseFile().db();
        TranslationStore store(db);
        Transaction transaction(db);
        if (!m_done) {
            m_before = store.snapshot(m_segmentIds);
            m_change(db);
            m_after = store.snapshot(m_segmentIds);
        } else {
            store.restore(m_segmentIds, m_after);
        }
        transaction.commit();
    });
    m_done = m_done || m_applied;
    if (!m_applied)
        setObsolete(true);
    m_session->notifyTranslationsChanged(m_documentId);
}

void TranslationSnapshotCommand::undo()
{
    if (!m_applied)
        return;
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        TranslationStore(db).restore(m_segmentIds, m_before);
        transaction.commit();
    });
    m_session->notifyTranslationsChanged(m_documentId);
}

} // namespace dossier
