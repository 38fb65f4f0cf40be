#include "timeline/eventlistmodel.h"

#include "shell/reviewcontrols.h"

#include <QColor>

namespace dossier {

EventListModel::EventListModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventListModel::setEvents(std::vector<Event> events, QMap<qint64, QString> problems, std::map<qint64, QString> names)
{
    beginResetModel();
    m_events = std::move(events);
    m_problems = std::move(problems);
    m_names = std::move(names);
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventListModel::entityNames(const Event &event) const
{
    QStringList names;
    for (qint64 id : event.entityIds)
        if (const auto found = m_names.find(id); found != m_names.end())
            names << found->second;
    return names.join(QStringLiteral(", "));
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_events.size())
        return {};
    const Event &e = m_events[size_t(index.row())];
    const bool problem = m_problems.contains(e.id);
    switch (role) {
    case EventIdRole:
        return e.id;
    case SortRole:
        if (index.column() == Date)
            return e.date.start.toString(Qt::ISODate) + e.date.end.toString(Qt::ISODate);
        if (index.column() == Evidence)
            return qlonglong(e.evidence.size());
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == Review)
            return ReviewControls::color(e.review.state);
        return index.column() == Evidence && problem ? QVariant(QColor(180, 0, 0)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return e.evidence.empty() ? e.description : QStringLiteral("“%1”").arg(e.evidence.front().quote);
        if (index.column() == Evidence && problem)
            return m_problems.value(e.id);
        if (index.column() == Review)
            return e.review.note;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return e.date.toIso();
        case Title:
            return e.title;
        case Entities:
            return entityNames(e);
        case Tags:
            return e.tags.join(QStringLiteral(", "));
        case Evidence:
            return QString::number(e.evidence.size()) + (problem ? QStringLiteral(" ⚠") : QString());
        case Review:
            return ReviewControls::text(e.review);
        }
        return {};
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Event");
    case Entities:
        return tr("Entities");
    case Tags:
        return tr("Tags");
    case Evidence:
        return tr("Evidence");
    case Review:
        return tr("Review");
    }
    return {};
}

} // namespace dossier
