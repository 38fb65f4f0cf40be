#pragma once

#include "merge/mergereport.h"

#include <QAbstractTableModel>

namespace dossier {

// What a merge brings (or would bring), one row per item: what happens, to which
// kind of item, which item, and why when it needs a person.
class MergeChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Action, Kind, Item, Detail, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const MergeReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionLabel(MergeChange::Action action);

private:
    std::vector<MergeChange> m_changes;
};

} // namespace dossier
