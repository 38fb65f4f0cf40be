#pragma once

#include <QObject>

class QWidget;

namespace dossier {

class CaseDocks;

// The timeline's dialogs over the open case: an event from a quote in the reader, an
// event edited, an event's evidence opened, and what a notice says kept as events. Each
// change is one undoable edit (a notice's, one step).
class TimelineWorkflow : public QObject
{
    Q_OBJECT

public:
    TimelineWorkflow(CaseDocks *docks, QWidget *window);

    // Opens the event dialog for a quote; the result is an undoable edit.
    void addToTimeline(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    void editEvent(qint64 eventId);
    void openEventEvidence(qint64 eventId);
    void proposeEvents(qint64 documentId);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    CaseDocks *m_docks;
    QWidget *m_window;
};

} // namespace dossier
