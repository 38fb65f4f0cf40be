#include "edittranslationcommand.h"

#include "../casesession.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

EditTranslationCommand::EditTranslationCommand(CaseSession *session, qint64 documentId,
                                               qint64 segmentId, const QString &text)
    : m_session(session), m_documentId(documentId), m_segmentId(segmentId), m_text(text)
{
    setText(QCoreApplication::translate("EditTranslationCommand", "Edit translation"));
}

void EditTranslationCommand::redo()
{
    m_applied = m_session->write([&] {
        m_record = TranslationStore(m_session->caseFile().db()).setManual(m_segmentId, m_text);
    });
    if (m_applied)
        m_session->notifySegmentChanged(m_documentId, m_segmentId);
    else
        setObsolete(true);
}

void EditTranslationCommand::undo()
{
    if (!m_applied)
        return;
    if (m_session->write([&] { TranslationStore(m_session->caseFile().db()).undo(m_record); }))
        m_session->notifySegmentChanged(m_documentId, m_segmentId);
}

} // namespace dossier
