#include "eventedits.h"

#include "entities/entitystore.h"
#include "timeline/eventstore.h"

#include <QCoreApplication>

namespace dossier {

namespace {

void check(Database &db, const Event &event)
{
    if (event.title.trimmed().isEmpty())
        throw EditRefused(EventEdit::tr("An event needs a title: what happened."));
    if (!event.date.isValid())
        throw EditRefused(EventEdit::tr("An event needs a date, at least a year."));
    EntityStore entities(db);
    for (qint64 id : event.entityIds)
        if (!entities.get(id))
            throw EditRefused(EventEdit::tr("There is no entity %1 in this case.").arg(id));
}

Event existing(EventStore &store, qint64 id)
{
    const std::optional<Event> event = store.get(id);
    if (!event)
        throw EditRefused(EventEdit::tr("There is no event %1 in this case.").arg(id));
    return *event;
}

void cite(EventStore &store, qint64 eventId, const Citation &citation)
{
    if (citation.field != QLatin1String("original") && citation.field != QLatin1String("translation"))
        throw EditRefused(EventEdit::tr("Evidence quotes a segment's original or its translation, not “%1”.").arg(citation.field));
    if (!store.addEvidence(eventId, citation.segmentId, citation.field, citation.start, citation.end, citation.note))
        throw EditRefused(EventEdit::tr("There is no segment %1 in this case to quote.").arg(citation.segmentId));
}

} // namespace

EventEdit::EventEdit(Kind kind, const QString &description) : CaseEdit(description, CaseArea::Events), m_kind(kind) {}

std::unique_ptr<EventEdit> EventEdit::create(const Event &event, std::vector<Citation> evidence)
{
    std::unique_ptr<EventEdit> edit(new EventEdit(Kind::Create, tr("Add event")));
    edit->m_event = event;
    edit->m_event.id = 0;
    edit->m_event.evidence.clear();
    edit->m_evidence = std::move(evidence);
    return edit;
}

std::unique_ptr<EventEdit> EventEdit::update(const Event &event)
{
    std::unique_ptr<EventEdit> edit(new EventEdit(Kind::Update, tr("Edit event")));
    edit->m_event = event;
    edit->m_eventId = event.id;
    return edit;
}

std::unique_ptr<EventEdit> EventEdit::remove(qint64 eventId)
{
    std::unique_ptr<EventEdit> edit(new EventEdit(Kind::Remove, tr("Delete event")));
    edit->m_eventId = eventId;
    return edit;
}

std::unique_ptr<EventEdit> EventEdit::cite(qint64 eventId, const Citation &citation)
{
    std::unique_ptr<EventEdit> edit(new EventEdit(Kind::Cite, tr("Add evidence")));
    edit->m_eventId = eventId;
    edit->m_evidence = {citation};
    return edit;
}

void EventEdit::perform(Database &db)
{
    EventStore store(db);
    switch (m_kind) {
    case Kind::Create:
        check(db, m_event);
        m_eventId = store.add(m_event);
        break;
    case Kind::Update:
        m_before = existing(store, m_eventId);
        check(db, m_event);
        store.update(m_event);
        break;
    case Kind::Remove:
        m_before = existing(store, m_eventId);
        store.remove(m_eventId);
        break;
    case Kind::Cite:
        m_before = existing(store, m_eventId);
        break;
    }
    for (const Citation &citation : m_evidence)
        dossier::cite(store, m_eventId, citation);
    m_after = store.get(m_eventId);
}

void EventEdit::performAgain(Database &db)
{
    EventStore store(db);
    store.remove(m_eventId);
    if (m_after)
        store.add(*m_after);
}

void EventEdit::takeBack(Database &db)
{
    EventStore store(db);
    store.remove(m_eventId);
    if (m_before)
        store.add(*m_before);
}

} // namespace dossier
