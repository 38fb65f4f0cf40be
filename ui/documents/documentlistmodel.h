#pragma once

#include "documents/documentinfo.h"

#include <QAbstractTableModel>

#include <vector>

namespace dossier {

class CaseSession;

// The case's documents as a table. Editing a title pushes an undo command; the model
// refreshes itself whenever the session says documents changed.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Kind, Language, Pages, Obtained, Translated, ColumnCount };
    enum Role { DocumentIdRole = Qt::UserRole + 1, SortRole };

    explicit DocumentListModel(QObject *parent = nullptr);

    // The case listed, or none (an empty table).
    void setSession(CaseSession *session);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const DocumentInfo *documentAt(int row) const;
    int rowOf(qint64 documentId) const;
    void reload();

private:
    CaseSession *m_session = nullptr;
    std::vector<DocumentInfo> m_documents;
};

} // namespace dossier
