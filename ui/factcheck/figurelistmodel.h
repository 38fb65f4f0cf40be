#pragma once

#include "figures/figureindex.h"

#include <QAbstractTableModel>

#include <vector>

namespace dossier {

class CaseSession;

// The figures of one document as a table: as written, value with unit, kind, page.
// Sorting by value sorts numbers as numbers (SortRole).
class FigureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AsWritten, Value, Kind, Page, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FigureListModel(QObject *parent = nullptr);

    void setSession(CaseSession *session);
    void showDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    const IndexedFigure *figureAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CaseSession *m_session = nullptr;
    qint64 m_documentId = 0;
    std::vector<IndexedFigure> m_figures;
};

} // namespace dossier
