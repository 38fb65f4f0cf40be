#include "documentedits.h"

#include "documents/documentstore.h"
#include "documents/obtaineddate.h"

#include <QCoreApplication>

#include <set>

namespace dossier {

namespace {

void requireDocument(DocumentStore &store, qint64 documentId)
{
    if (!store.get(documentId))
        throw EditRefused(DocumentDetailsEdit::tr("There is no document %1 in this case.").arg(documentId));
}

} // namespace

DocumentDetailsEdit::DocumentDetailsEdit(qint64 documentId, const DocumentEdit &details)
    : CaseEdit(tr("Edit document details"), CaseArea::Documents), m_after(details)
{
    setPlace(documentId);
}

std::unique_ptr<DocumentDetailsEdit> DocumentDetailsEdit::change(qint64 documentId, const DocumentEdit &details)
{
    return std::unique_ptr<DocumentDetailsEdit>(new DocumentDetailsEdit(documentId, details));
}

void DocumentDetailsEdit::perform(Database &db)
{
    DocumentStore store(db);
    requireDocument(store, documentId());
    if (m_after.title.trimmed().isEmpty())
        throw EditRefused(tr("A document needs a title."));
    // A date is kept at the precision it was given (2024, 2024-03 or 2024-03-15).
    if (m_after.obtainedAt && !m_after.obtainedAt->isEmpty()) {
        const QString &date = *m_after.obtainedAt;
        if (!ObtainedDate::isValid(date))
            throw EditRefused(tr("“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.").arg(date));
    }
    m_before = store.editableFields(documentId());
    store.update(documentId(), m_after);
}

void DocumentDetailsEdit::performAgain(Database &db)
{
    DocumentStore(db).update(documentId(), m_after);
}

void DocumentDetailsEdit::takeBack(Database &db)
{
    DocumentStore(db).update(documentId(), m_before);
}

TrashEdit::TrashEdit(std::vector<qint64> documentIds, bool toTrash)
    : CaseEdit(toTrash ? tr("Delete %n document(s)", nullptr, int(documentIds.size()))
                       : tr("Restore %n document(s)", nullptr, int(documentIds.size())),
               CaseArea::Documents),
      m_documentIds(std::move(documentIds)), m_toTrash(toTrash)
{
}

std::unique_ptr<TrashEdit> TrashEdit::moveToTrash(std::vector<qint64> documentIds)
{
    return std::unique_ptr<TrashEdit>(new TrashEdit(std::move(documentIds), true));
}

std::unique_ptr<TrashEdit> TrashEdit::restore(std::vector<qint64> documentIds)
{
    return std::unique_ptr<TrashEdit>(new TrashEdit(std::move(documentIds), false));
}

void TrashEdit::perform(Database &db)
{
    if (m_documentIds.empty())
        throw EditRefused(tr("No documents were chosen."));
    std::set<qint64> known;
    for (const DocumentInfo &d : DocumentStore(db).list(true))
        known.insert(d.id);
    for (qint64 id : m_documentIds)
        if (!known.count(id))
            throw EditRefused(tr("There is no document %1 in this case.").arg(id));
    set(db, m_toTrash);
}

void TrashEdit::set(Database &db, bool inTrash)
{
    DocumentStore store(db);
    for (qint64 id : m_documentIds)
        store.setInTrash(id, inTrash);
}

} // namespace dossier
