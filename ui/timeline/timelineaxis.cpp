#include "timeline/timelineaxis.h"

#include "entities/entitydialog.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QWheelEvent>

#include <map>

namespace dossier {

TimelineAxis::TimelineAxis(QWidget *parent) : QGraphicsView(new QGraphicsScene, parent)
{
    scene()->setParent(this);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setObjectName(QStringLiteral("timelineAxis"));
}

void TimelineAxis::wheelEvent(QWheelEvent *event)
{
    scale(event->angleDelta().y() > 0 ? 1.25 : 0.8, 1.0);
}

void TimelineAxis::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint()))
        if (const qint64 id = item->data(0).toLongLong()) {
            Q_EMIT eventActivated(id);
            return;
        }
    QGraphicsView::mousePressEvent(event);
}

void TimelineAxis::draw(const std::vector<Event> &events, const QMap<qint64, QString> &problems,
                        const std::vector<Entity> &entities, bool byTag)
{
    QGraphicsScene *scene = this->scene();
    scene->clear();
    if (events.empty()) {
        scene->addSimpleText(tr("No events yet: select words in the reader and choose Add to Timeline (Ctrl+E)."));
        return;
    }
    std::map<qint64, QString> entityNames;
    std::map<qint64, EntityType> entityTypes;
    for (const Entity &e : entities) {
        entityNames[e.id] = e.nameZh.isEmpty() ? e.nameEn : e.nameZh;
        entityTypes[e.id] = e.type;
    }
    // Lanes: each entity (or tag) that has events, plus one for events with none.
    std::vector<QString> lanes;
    std::map<QString, int> laneOf;
    auto laneKeys = [&](const Event &e) {
        QStringList keys;
        if (byTag)
            keys = e.tags;
        else
            for (qint64 id : e.entityIds)
                keys << entityNames[id];
        if (keys.isEmpty())
            keys << (byTag ? tr("(no tag)") : tr("(no entity)"));
        return keys;
    };
    for (const Event &e : events)
        for (const QString &key : laneKeys(e))
            if (!laneOf.count(key)) {
                laneOf[key] = int(lanes.size());
                lanes.push_back(key);
            }
    QDate first = events.front().date.start, last = events.front().date.end;
    for (const Event &e : events) {
        first = std::min(first, e.date.start);
        last = std::max(last, e.date.end);
    }
    first = first.addDays(-15);
    last = last.addDays(30);
    constexpr double kPerDay = 6.0;
    constexpr double kRowHeight = 36.0;
    constexpr double kLabelWidth = 170.0;
    auto x = [&](const QDate &d) { return kLabelWidth + double(first.daysTo(d)) * kPerDay; };
    const double width = x(last);

    // Cards are as wide as the time they cover, never narrower than their words need;
    // overlapping cards in a lane take the next free row, and the lane grows.
    struct Placement
    {
        const Event *event;
        int lane;
        int row;
        double left;
        double right;
    };
    std::vector<Placement> placements;
    std::vector<std::vector<double>> rowEnds(lanes.size());
    for (const Event &e : events) {
        for (const QString &key : laneKeys(e)) {
            const int lane = laneOf[key];
            const double left = x(e.date.start);
            const double right = std::max(x(e.date.end.addDays(1)), left + 180);
            std::vector<double> &ends = rowEnds[size_t(lane)];
            int row = 0;
            while (row < int(ends.size()) && ends[size_t(row)] > left - 4)
                ++row;
            if (row == int(ends.size()))
                ends.push_back(right);
            else
                ends[size_t(row)] = right;
            placements.push_back({&e, lane, row, left, right});
        }
    }
    std::vector<double> laneTop(lanes.size() + 1, 24);
    for (size_t i = 0; i < lanes.size(); ++i)
        laneTop[i + 1] = laneTop[i] + std::max<size_t>(1, rowEnds[i].size()) * kRowHeight + 12;
    const double height = laneTop.back() + 6;

    // Months along the top, and a line for each.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1)) {
        if (m < first)
            continue;
        scene->addLine(x(m), 18, x(m), height, QPen(QColor(225, 225, 225)));
        auto *label = scene->addSimpleText(m.toString(QStringLiteral("yyyy-MM")), small);
        label->setPos(x(m) + 3, 0);
        label->setBrush(QColor(120, 120, 120));
    }
    for (size_t i = 0; i < lanes.size(); ++i) {
        scene->addLine(0, laneTop[i + 1] - 2, width, laneTop[i + 1] - 2, QPen(QColor(235, 235, 235)));
        auto *label = scene->addSimpleText(lanes[i]);
        label->setPos(6, (laneTop[i] + laneTop[i + 1]) / 2 - 8);
    }
    for (const Placement &p : placements) {
        const Event &e = *p.event;
        const double top = laneTop[size_t(p.lane)] + 6 + kRowHeight * p.row;
        QColor color = byTag || e.entityIds.empty() ? QColor(90, 120, 180) : entityTypeColor(entityTypes[e.entityIds.front()]);
        const bool problem = problems.contains(e.id);
        auto *card = scene->addRect(p.left, top, p.right - p.left, 32,
                                    QPen(problem ? QColor(200, 0, 0) : color.darker(120), problem ? 2 : 1), color.lighter(175));
        card->setData(0, e.id);
        card->setToolTip(QStringLiteral("%1 — %2%3%4")
                             .arg(e.date.toIso(), e.title,
                                  e.evidence.empty() ? QString() : QStringLiteral("\n“%1”").arg(e.evidence.front().quote),
                                  problem ? QStringLiteral("\n⚠ ") + problems[e.id] : QString()));
        card->setCursor(Qt::PointingHandCursor);
        // Words stay inside their card (the whole title is in its tooltip).
        const QFontMetricsF metrics(small);
        const qreal room = p.right - p.left - 8;
        auto *title = scene->addSimpleText(
            metrics.elidedText(QStringLiteral("%1  %2").arg(e.date.toIso(), e.title), Qt::ElideRight, room), small);
        title->setPos(p.left + 4, top + 1);
        title->setData(0, e.id);
        title->setToolTip(card->toolTip());
        if (!e.evidence.empty()) {
            auto *quote = scene->addSimpleText(
                metrics.elidedText(QStringLiteral("“%1”").arg(e.evidence.front().quote), Qt::ElideRight, room), small);
            quote->setPos(p.left + 4, top + 16);
            quote->setBrush(QColor(80, 80, 80));
            quote->setData(0, e.id);
            quote->setToolTip(card->toolTip());
        }
    }
    scene->setSceneRect(0, 0, std::max(width, 800.0), height);
}

} // namespace dossier
