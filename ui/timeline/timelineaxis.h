#pragma once

#include "entities/entity.h"
#include "timeline/event.h"

#include <QGraphicsView>
#include <QMap>

#include <vector>

namespace dossier {

// The timeline drawn on a time axis: a lane per entity (or per tag), each event a card
// as wide as the time it covers, events with a problem outlined in red. The wheel zooms
// the time; a click on a card asks for its evidence.
class TimelineAxis : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TimelineAxis(QWidget *parent = nullptr);

    // `problems`: why an event is doubtful, by event id. `entities` names the lanes.
    void draw(const std::vector<Event> &events, const QMap<qint64, QString> &problems, const std::vector<Entity> &entities,
              bool byTag);

Q_SIGNALS:
    void eventActivated(qint64 eventId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace dossier
