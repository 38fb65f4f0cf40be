#pragma once

#include "event.h"

#include <optional>
#include <vector>

namespace dossier {

class Database;

// The case's timeline: events in date order with their entities, tags and evidence.
class EventStore
{
public:
    explicit EventStore(Database &db) : m_db(db) {}

    qint64 add(const Event &event); // keeps event.id and evidence ids when given (restore)
    void update(const Event &event); // date, title, description, tags, entities
    void remove(qint64 id);
    std::optional<Event> get(qint64 id);
    std::vector<Event> list();
    std::vector<Event> involving(qint64 entityId);

    // Cites [start, end) of a segment's original or translation; freezes the words.
    qint64 addEvidence(qint64 eventId, qint64 segmentId, const QString &field, int start, int end,
                       const QString &note = {});
    void removeEvidence(qint64 evidenceId);

private:
    std::vector<EventEvidence> evidenceOf(qint64 eventId);
    Event read(const class Statement &row);
    Database &m_db;
};

} // namespace dossier
