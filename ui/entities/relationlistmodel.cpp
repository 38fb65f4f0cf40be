#include "entities/relationlistmodel.h"

#include "entities/entitystore.h"
#include "entities/relationkind.h"
#include "timeline/eventstore.h"

namespace dossier {

RelationListModel::RelationListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RelationListModel::load(Database &db, qint64 entityId)
{
    beginResetModel();
    m_rows.clear();
    for (const Event &e : EventStore(db).involving(entityId))
        m_rows.push_back({tr("Event %1: %2").arg(e.date.toIso(), e.title),
                          e.evidence.empty() ? QString() : QStringLiteral("“%1”").arg(e.evidence.front().quote)});
    EntityStore store(db);
    for (const Relation &r : store.relations(entityId)) {
        const std::optional<Entity> from = store.get(r.fromId);
        const std::optional<Entity> to = store.get(r.toId);
        QStringList quotes;
        for (const Relation::Evidence &e : r.evidence)
            quotes << QStringLiteral("“%1”").arg(e.quote);
        m_rows.push_back({QStringLiteral("%1 %2 %3").arg(from ? from->displayName() : QString(), RelationKind::label(r.kind),
                                                          to ? to->displayName() : QString()),
                          quotes.join(QLatin1Char(' '))});
    }
    endResetModel();
}

int RelationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    return index.column() == Link ? row.link : row.evidence;
}

QVariant RelationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Link ? tr("Relation") : tr("Evidence");
}

} // namespace dossier
