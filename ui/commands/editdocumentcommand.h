#pragma once

#include "documents/documentinfo.h"

#include <QUndoCommand>

namespace dossier {

class CaseSession;

// Changes a document's title, source address, date obtained or notes.
class EditDocumentCommand : public QUndoCommand
{
public:
    EditDocumentCommand(CaseSession *session, qint64 documentId, const DocumentEdit &before,
                        const DocumentEdit &after);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const DocumentEdit &edit);

    CaseSession *m_session;
    qint64 m_documentId;
    DocumentEdit m_before;
    DocumentEdit m_after;
};

} // namespace dossier
