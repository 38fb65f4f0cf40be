#include "entities/networkview.h"

#include "session/casesession.h"
#include "entities/entitydialog.h"

#include "entities/entitystore.h"
#include "entities/relationkind.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QWheelEvent>

#include <cmath>
#include <map>
#include <random>

namespace dossier {

namespace {
constexpr int kIdKey = 0;
}

NetworkView::NetworkView(CaseSession *session, QWidget *parent)
    : QGraphicsView(new QGraphicsScene, parent), m_session(session)
{
    setObjectName(QStringLiteral("networkView"));
    scene()->setParent(this);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setBackgroundBrush(QColor(250, 250, 250));
    connect(session, &CaseSession::entitiesChanged, this, &NetworkView::rebuild);
    rebuild();
}

void NetworkView::setHiddenTypes(const QSet<EntityType> &types)
{
    m_hidden = types;
    rebuild();
}

void NetworkView::rebuild()
{
    scene()->clear();
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    std::map<qint64, int> mentionCount;
    m_session->read([&](Database &db) {
        EntityStore store(db);
        for (const Entity &e : store.list())
            if (!m_hidden.contains(e.type)) {
                entities.push_back(e);
                mentionCount[e.id] = int(store.mentionsOf(e.id).size());
            }
        relations = store.relations();
    });
    std::map<qint64, size_t> index;
    for (size_t i = 0; i < entities.size(); ++i)
        index[entities[i].id] = i;
    std::vector<std::pair<size_t, size_t>> edges;
    std::vector<const Relation *> edgeRelations;
    for (const Relation &r : relations)
        if (index.count(r.fromId) && index.count(r.toId)) {
            edges.emplace_back(index[r.fromId], index[r.toId]);
            edgeRelations.push_back(&r);
        }

    // Fruchterman-Reingold from a deterministic start, so the picture is stable.
    const size_t n = entities.size();
    const double area = 900.0 * 700.0 * std::max<size_t>(1, n) / 40.0;
    const double k = std::sqrt(area / std::max<size_t>(1, n));
    std::vector<QPointF> pos(n), disp(n);
    for (size_t i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * double(i) / double(std::max<size_t>(1, n));
        pos[i] = QPointF(std::cos(angle), std::sin(angle)) * (k * std::sqrt(double(n)));
    }
    double temperature = k * std::sqrt(double(n));
    for (int iteration = 0; iteration < 250; ++iteration) {
        std::fill(disp.begin(), disp.end(), QPointF());
        for (size_t i = 0; i < n; ++i)
            for (size_t j = i + 1; j < n; ++j) {
                QPointF d = pos[i] - pos[j];
                const double dist = std::max(0.01, std::hypot(d.x(), d.y()));
                const QPointF push = d / dist * (k * k / dist);
                disp[i] += push;
                disp[j] -= push;
            }
        for (const auto &[a, b] : edges) {
            QPointF d = pos[a] - pos[b];
            const double dist = std::max(0.01, std::hypot(d.x(), d.y()));
            const QPointF pull = d / dist * (dist * dist / k);
            disp[a] -= pull;
            disp[b] += pull;
        }
        for (size_t i = 0; i < n; ++i) {
            const double length = std::max(0.01, std::hypot(disp[i].x(), disp[i].y()));
            pos[i] += disp[i] / length * std::min(length, temperature);
            pos[i] *= 0.995; // a slight pull to the centre keeps islands near
        }
        temperature *= 0.97;
    }

    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    for (size_t e = 0; e < edges.size(); ++e) {
        const auto &[a, b] = edges[e];
        const QPen pen(QColor(150, 150, 150), 1.4);
        auto *line = scene()->addLine(QLineF(pos[a], pos[b]), pen);
        line->setZValue(0);
        // An arrowhead short of the target's node says which way the relation reads.
        const QLineF edge(pos[a], pos[b]);
        if (edge.length() > 40) {
            const QPointF unit = (pos[b] - pos[a]) / edge.length();
            const QPointF normal(-unit.y(), unit.x());
            const QPointF tip = pos[b] - unit * 16;
            scene()->addPolygon(QPolygonF{tip, tip - unit * 9 + normal * 4, tip - unit * 9 - normal * 4}, pen, QColor(150, 150, 150))
                ->setZValue(0);
        }
        auto *label = scene()->addSimpleText(RelationKind::label(edgeRelations[e]->kind), labelFont);
        label->setBrush(QColor(110, 110, 110));
        label->setPos((pos[a] + pos[b]) / 2);
        label->setZValue(1);
    }
    for (size_t i = 0; i < n; ++i) {
        const Entity &e = entities[i];
        const double radius = 8 + 3 * std::sqrt(double(mentionCount[e.id]));
        auto *node = scene()->addEllipse(QRectF(-radius, -radius, 2 * radius, 2 * radius),
                                         QPen(entityTypeColor(e.type).darker(130), 1.5), entityTypeColor(e.type));
        node->setPos(pos[i]);
        node->setData(kIdKey, e.id);
        node->setZValue(2);
        node->setToolTip(e.displayName());
        node->setCursor(Qt::PointingHandCursor);
        auto *label = scene()->addSimpleText(e.nameZh.isEmpty() ? e.nameEn : e.nameZh, labelFont);
        label->setPos(pos[i] + QPointF(radius + 2, -radius));
        label->setZValue(3);
    }
    m_nodes = int(n);
    m_edges = int(edges.size());
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -40, 40, 40));
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        const qint64 id = item->data(kIdKey).toLongLong();
        if (id) {
            Q_EMIT entityActivated(id);
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userZoomed)
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    m_userZoomed = true;
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    scale(factor, factor);
}

} // namespace dossier
