#include "correctocrcommand.h"

#include "../casesession.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

CorrectOcrCommand::CorrectOcrCommand(CaseSession *session, qint64 documentId, qint64 segmentId, const QString &text)
    : m_session(session), m_documentId(documentId), m_segmentId(segmentId), m_text(text)
{
    setText(QCoreApplication::translate("CorrectOcrCommand", "Correct OCR text"));
}

void CorrectOcrCommand::redo()
{
    Status corrected;
    m_applied = m_session->write([&] {
        OcrCorrections corrections(m_session->caseFile().db());
        m_before = corrections.snapshot(m_segmentId);
        corrected = corrections.correct(m_segmentId, m_text);
    });
    if (m_applied && !corrected.ok()) {
        m_applied = false;
        m_session->reportError(corrected.error().message);
    }
    if (m_applied)
        notify();
    else
        setObsolete(true);
}

void CorrectOcrCommand::undo()
{
    if (!m_applied)
        return;
    if (m_session->write([&] { OcrCorrections(m_session->caseFile().db()).restore(m_before); }))
        notify();
}

void CorrectOcrCommand::notify()
{
    // The text changed under mentions, figures and frozen evidence: every view of them.
    m_session->notifySegmentChanged(m_documentId, m_segmentId);
    m_session->notifyEntitiesChanged();
    m_session->notifyEventsChanged();
    m_session->notifyClaimsChanged();
}

} // namespace dossier
