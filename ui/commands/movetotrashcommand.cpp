#include "movetotrashcommand.h"

#include "../casesession.h"
#include "documents/documentstore.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

MoveToTrashCommand::MoveToTrashCommand(CaseSession *session, std::vector<qint64> documentIds)
    : m_session(session), m_documentIds(std::move(documentIds))
{
    setText(QCoreApplication::translate("MoveToTrashCommand", "Delete %n document(s)", nullptr,
                                        int(m_documentIds.size())));
}

void MoveToTrashCommand::apply(bool inTrash)
{
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        DocumentStore store(db);
        for (qint64 id : m_documentIds)
            store.setInTrash(id, inTrash);
        transaction.commit();
    });
    m_session->notifyDocumentsChanged();
}

} // namespace dossier
