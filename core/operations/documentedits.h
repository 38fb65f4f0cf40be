#pragma once

#include "caseedit.h"
#include "documents/documentinfo.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace dossier {

// A change of a document's details: title, source address, date obtained, notes.
class DocumentDetailsEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDetailsEdit)

public:
    static std::unique_ptr<DocumentDetailsEdit> change(qint64 documentId, const DocumentEdit &details);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("document"), documentId()}; }

private:
    DocumentDetailsEdit(qint64 documentId, const DocumentEdit &details);
    DocumentEdit m_before;
    DocumentEdit m_after;
};

// Deleting documents moves them to the trash (everything attached stays with them);
// restoring brings them back.
class TrashEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(TrashEdit)

public:
    static std::unique_ptr<TrashEdit> moveToTrash(std::vector<qint64> documentIds);
    static std::unique_ptr<TrashEdit> restore(std::vector<qint64> documentIds);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override { set(db, m_toTrash); }
    void takeBack(Database &db) override { set(db, !m_toTrash); }
    EditTarget target() const override
    {
        return {QStringLiteral("document"), m_documentIds.empty() ? 0 : m_documentIds.front()};
    }

private:
    TrashEdit(std::vector<qint64> documentIds, bool toTrash);
    void set(Database &db, bool inTrash);
    std::vector<qint64> m_documentIds;
    bool m_toTrash;
};

} // namespace dossier
