#pragma once

#include "ocr/ocrcorrections.h"

#include <QUndoCommand>

namespace dossier {

class CaseSession;

// A reporter's correction of a passage OCR misread. Redo writes the corrected text (the
// machine's reading stays beside it); undo puts back the text and the mentions exactly.
class CorrectOcrCommand : public QUndoCommand
{
public:
    CorrectOcrCommand(CaseSession *session, qint64 documentId, qint64 segmentId, const QString &text);

    void redo() override;
    void undo() override;

private:
    void notify();

    CaseSession *m_session;
    qint64 m_documentId;
    qint64 m_segmentId;
    QString m_text;
    SegmentTextState m_before;
    bool m_applied = false;
};

} // namespace dossier
