#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace dossier {

class Database;

// What ties one entity to the rest of the case: the events it takes part in and its
// relations to other entities, each with the quotes that back it.
class RelationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Link, Evidence, ColumnCount };

    explicit RelationListModel(QObject *parent = nullptr);

    void load(Database &db, qint64 entityId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString link;
        QString evidence;
    };
    std::vector<Row> m_rows;
};

} // namespace dossier
