#pragma once

#include "timeline/event.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dossier {

class CaseSession;
class EventStore;

// An edit of one event (creating it, changing it, citing evidence, deleting it), undone
// by putting back the event as it was, evidence and all.
class EventCommand : public QUndoCommand
{
public:
    // `change` returns the id of the event it edited or created.
    using Change = std::function<qint64(EventStore &)>;

    EventCommand(CaseSession *session, const QString &text, std::optional<qint64> eventId, Change change);

    void redo() override;
    void undo() override;
    qint64 eventId() const { return m_eventId; }

private:
    CaseSession *m_session;
    std::optional<qint64> m_existing;
    Change m_change;
    std::optional<Event> m_before;
    std::optional<Event> m_after;
    qint64 m_eventId = 0;
    bool m_done = false;
};

} // namespace dossier
