#include "editdocumentcommand.h"

#include "../casesession.h"
#include "documents/documentstore.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

EditDocumentCommand::EditDocumentCommand(CaseSession *session, qint64 documentId,
                                         const DocumentEdit &before, const DocumentEdit &after)
    : m_session(session), m_documentId(documentId), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("EditDocumentCommand", "Edit document details"));
}

void EditDocumentCommand::apply(const DocumentEdit &edit)
{
    m_session->write([&] { DocumentStore(m_session->caseFile().db()).update(m_documentId, edit); });
    m_session->notifyDocumentsChanged();
}

} // namespace dossier
