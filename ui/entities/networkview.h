#pragma once

#include "entities/entity.h"

#include <QGraphicsView>
#include <QSet>

namespace dossier {

class CaseSession;

// Entities as nodes (coloured by type, sized by mentions) and relations as labelled
// edges, laid out by a force-directed simulation so that connected actors sit
// together. Click a node to open the entity; filter by type.
class NetworkView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit NetworkView(CaseSession *session, QWidget *parent = nullptr);

    void setHiddenTypes(const QSet<EntityType> &types);
    void rebuild();
    int nodeCount() const { return m_nodes; }
    int edgeCount() const { return m_edges; }

Q_SIGNALS:
    void entityActivated(qint64 id);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    CaseSession *m_session;
    QSet<EntityType> m_hidden;
    int m_nodes = 0;
    int m_edges = 0;
    bool m_userZoomed = false; // until the reporter zooms, the whole network stays in view
};

} // namespace dossier
