#pragma once

#include <QObject>

class QWidget;

namespace dossier {

class CaseDocks;

// The entities' windows over the open case: tagging words in the reader as a mention,
// an entity's page, the network of entities, and importing a screening list.
class EntityWorkflow : public QObject
{
    Q_OBJECT

public:
    EntityWorkflow(CaseDocks *docks, QWidget *window);

    // Tags [start, end) of a segment's field as a mention, asking which entity.
    void tagMention(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    void openEntityPage(qint64 entityId);
    void openNetwork();
    void importScreeningList(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void failed(const QString &title, const QString &message);

private:
    CaseDocks *m_docks;
    QWidget *m_window;
};

} // namespace dossier
