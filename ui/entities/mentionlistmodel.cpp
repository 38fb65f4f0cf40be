#include "entities/mentionlistmodel.h"

#include "documents/documentstore.h"
#include "entities/entitystore.h"

#include <QColor>

namespace dossier {

MentionListModel::MentionListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString MentionListModel::statusLabel(Mention::Status status)
{
    switch (status) {
    case Mention::Status::Proposed:
        return tr("proposed");
    case Mention::Status::Confirmed:
        return tr("confirmed");
    case Mention::Status::Rejected:
        return tr("rejected");
    }
    return {};
}

void MentionListModel::load(Database &db, qint64 entityId)
{
    beginResetModel();
    m_titles.clear();
    // Trashed documents too: a mention there is still the entity's, and says where.
    for (const DocumentInfo &d : DocumentStore(db).list(true))
        m_titles[d.id] = d.title;
    m_mentions = EntityStore(db).mentionsOf(entityId, true);
    endResetModel();
}

const Mention *MentionListModel::mentionAt(int row) const
{
    return row >= 0 && size_t(row) < m_mentions.size() ? &m_mentions[size_t(row)] : nullptr;
}

int MentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mentions.size());
}

int MentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const
{
    const Mention *m = mentionAt(index.row());
    if (!m)
        return {};
    if (role == MentionIdRole)
        return m->id;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (m->status == Mention::Status::Rejected)
            return QColor(150, 150, 150);
        if (m->status == Mention::Status::Confirmed)
            return QColor(0, 120, 40);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Context)
        return m->context;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Words:
        return m->text;
    case Status:
        return statusLabel(m->status);
    case Document: {
        const auto title = m_titles.find(m->documentId);
        return tr("%1, p. %2").arg(title == m_titles.end() ? QString() : title->second).arg(m->page);
    }
    case Context:
        return m->context;
    }
    return {};
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Words:
        return tr("Mention");
    case Status:
        return tr("Status");
    case Document:
        return tr("Document");
    case Context:
        return tr("Context");
    }
    return {};
}

} // namespace dossier
