#include "eventcommand.h"

#include "../casesession.h"
#include "storage/casefile.h"
#include "timeline/eventstore.h"

namespace dossier {

EventCommand::EventCommand(CaseSession *session, const QString &text, std::optional<qint64> eventId, Change change)
    : m_session(session), m_existing(eventId), m_change(std::move(change))
{
    setText(text);
}

void EventCommand::redo()
{
    const bool ok = m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        EventStore store(db);
        if (!m_done) {
            if (m_existing)
                m_before = store.get(*m_existing);
            m_eventId = m_change(store);
            m_after = store.get(m_eventId);
        } else {
            store.remove(m_eventId);
            if (m_after)
                store.add(*m_after);
        }
        transaction.commit();
    });
    m_done = m_done || ok;
    if (!ok)
        setObsolete(true);
    m_session->notifyEventsChanged();
}

void EventCommand::undo()
{
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        EventStore store(db);
        store.remove(m_eventId);
        if (m_before)
            store.add(*m_before);
        transaction.commit();
    });
    m_session->notifyEventsChanged();
}

} // namespace dossier
