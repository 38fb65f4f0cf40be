#pragma once

#include "timeline/event.h"

#include <QAbstractTableModel>
#include <QMap>

#include <map>
#include <vector>

namespace dossier {

// The timeline's events as a table: date, title, entities, tags and evidence (marked
// ⚠ with the reason when an event has a problem). Dates sort by when they start, then
// by how long they last, whatever their precision (a day, a month, a quarter, a range).
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Entities, Tags, Evidence, Review, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit EventListModel(QObject *parent = nullptr);

    // `problems`: why an event is doubtful, by id; `names`: entity names by id.
    void setEvents(std::vector<Event> events, QMap<qint64, QString> problems, std::map<qint64, QString> names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString entityNames(const Event &event) const;

    std::vector<Event> m_events;
    QMap<qint64, QString> m_problems;
    std::map<qint64, QString> m_names;
};

} // namespace dossier
