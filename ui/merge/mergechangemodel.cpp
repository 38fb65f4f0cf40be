#include "merge/mergechangemodel.h"

#include "merge/recordkind.h"

#include <QBrush>
#include <QColor>

namespace dossier {

void MergeChangeModel::setReport(const MergeReport &report)
{
    beginResetModel();
    m_changes = report.changes;
    // Conflicts first: they are what a person has to act on.
    std::stable_sort(m_changes.begin(), m_changes.end(), [](const MergeChange &a, const MergeChange &b) {
        return (a.action == MergeChange::Action::Conflict) > (b.action == MergeChange::Action::Conflict);
    });
    endResetModel();
}

int MergeChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int MergeChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MergeChangeModel::actionLabel(MergeChange::Action action)
{
    switch (action) {
    case MergeChange::Action::Add:
        return tr("New");
    case MergeChange::Action::Update:
        return tr("Changed there");
    case MergeChange::Action::Delete:
        return tr("Deleted there");
    case MergeChange::Action::Conflict:
        return tr("Changed on both sides");
    }
    return {};
}

QVariant MergeChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MergeChange &change = m_changes[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Action:
            return actionLabel(change.action);
        case Kind:
            return RecordKind::label(change.kind);
        case Item:
            return change.label;
        case Detail:
            return change.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Action && change.action == MergeChange::Action::Conflict)
        return QBrush(QColor(0xb0, 0x3a, 0x00));
    return {};
}

QVariant MergeChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Action:
        return tr("What happens");
    case Kind:
        return tr("Kind");
    case Item:
        return tr("Item");
    case Detail:
        return tr("Why");
    }
    return {};
}

} // namespace dossier
