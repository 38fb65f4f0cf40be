#pragma once

#include "timeline/event.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QGraphicsView;
class QLineEdit;
class QTabWidget;
class QSortFilterProxyModel;
class QTreeView;

namespace dossier {

class EventListModel;
class TimelineAxis;

class CaseSession;

// The evidence timeline: events on a zoomable time axis in lanes per entity (or tag),
// and as a sortable, filterable list. Conflicts are marked: the same event at two
// dates, an event without evidence, evidence whose source changed.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);

    QTreeView *list() const { return m_list; }
    TimelineAxis *axis() const { return m_axis; }
    // Why each event needs attention, if it does.
    static QMap<qint64, QString> conflicts(const std::vector<Event> &events);
    void reload();
    void setEntityFilter(qint64 entityId);
    void setLanesByTag(bool byTag);

Q_SIGNALS:
    void eventActivated(qint64 eventId); // open its first evidence
    void editRequested(qint64 eventId);
    void proposeRequested();

private:
    std::vector<Event> filtered();
    void drawAxis(const std::vector<Event> &events, const QMap<qint64, QString> &problems);

    CaseSession *m_session = nullptr;
    QLineEdit *m_filter;
    QComboBox *m_entity;
    QComboBox *m_document;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_lanes;
    QComboBox *m_review;
    QTabWidget *m_tabs;
    EventListModel *m_eventModel;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_list;
    TimelineAxis *m_axis;
    std::vector<Event> m_events;
};

} // namespace dossier
