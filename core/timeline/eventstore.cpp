#include "eventstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "../storage/database.h"

#include <QDateTime>

namespace dossier {

namespace {

const char kColumns[] = "id, date, title, description, tags, review_state, review_note";

} // namespace

Event EventStore::read(const Statement &row)
{
    Event e;
    e.id = row.int64(0);
    e.date = FuzzyDate::fromIso(row.text(1)).value_or(FuzzyDate());
    e.title = row.text(2);
    e.description = row.text(3);
    e.tags = row.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    e.review = {reviewFromCode(row.text(5)).value_or(ReviewState::Draft), row.text(6)};
    Statement entities = m_db.prepare(QStringLiteral("SELECT entity_id FROM event_entities WHERE event_id = ? ORDER BY entity_id"));
    entities.bind(1, e.id);
    while (entities.step())
        e.entityIds.push_back(entities.int64(0));
    e.evidence = evidenceOf(e.id);
    return e;
}

qint64 EventStore::add(const Event &event)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO events(id, date, date_start, date_end, title, description, tags, created_at, review_state, review_note) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    insert.bindRowId(1, event.id)
        .bind(2, event.date.toIso())
        .bind(3, event.date.start.toString(Qt::ISODate))
        .bind(4, event.date.end.toString(Qt::ISODate))
        .bind(5, event.title)
        .bind(6, event.description)
        .bind(7, event.tags.join(QLatin1Char(',')))
        .bind(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(9, reviewCode(event.review.state))
        .bind(10, event.review.note)
        .exec();
    const qint64 id = m_db.lastInsertId();
    Statement link = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO event_entities(event_id, entity_id) VALUES (?, ?)"));
    for (qint64 entity : event.entityIds)
        link.bind(1, id).bind(2, entity).exec();
    Statement evidence = m_db.prepare(QStringLiteral(
        "INSERT INTO event_evidence(id, event_id, segment_id, document_id, page, field, start, \"end\", quote, "
        "translation_quote, sha256, segment_text, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const EventEvidence &e : event.evidence) {
        evidence.bindRowId(1, e.id)
            .bind(2, id)
            .bind(3, e.segmentId)
            .bind(4, e.documentId)
            .bind(5, e.page)
            .bind(6, e.field)
            .bind(7, e.start)
            .bind(8, e.end)
            .bind(9, e.quote)
            .bind(10, e.translationQuote)
            .bind(11, e.sha256)
            .bind(12, e.segmentText)
            .bind(13, e.note)
            .exec();
    }
    return id;
}

void EventStore::update(const Event &event)
{
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE events SET date = ?, date_start = ?, date_end = ?, title = ?, description = ?, tags = ? WHERE id = ?"));
    update.bind(1, event.date.toIso())
        .bind(2, event.date.start.toString(Qt::ISODate))
        .bind(3, event.date.end.toString(Qt::ISODate))
        .bind(4, event.title)
        .bind(5, event.description)
        .bind(6, event.tags.join(QLatin1Char(',')))
        .bind(7, event.id)
        .exec();
    // Links that stay keep their identity (a merge sees them unchanged).
    QJsonArray kept;
    for (qint64 entity : event.entityIds)
        kept.append(entity);
    Statement clear = m_db.prepare(QStringLiteral(
        "DELETE FROM event_entities WHERE event_id = ? AND entity_id NOT IN (SELECT value FROM json_each(?))"));
    clear.bind(1, event.id).bind(2, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))).exec();
    Statement link = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO event_entities(event_id, entity_id) VALUES (?, ?)"));
    for (qint64 entity : event.entityIds)
        link.bind(1, event.id).bind(2, entity).exec();
}

void EventStore::remove(qint64 id)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    remove.bind(1, id).exec();
}

std::optional<Event> EventStore::get(qint64 id)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(QString::fromLatin1(kColumns)));
    query.bind(1, id);
    if (query.step())
        return read(query);
    return std::nullopt;
}

std::vector<Event> EventStore::list()
{
    Statement query = m_db.prepare(QStringLiteral("SELECT %1 FROM events ORDER BY date_start, date_end, id")
                                       .arg(QString::fromLatin1(kColumns)));
    std::vector<Event> events;
    while (query.step())
        events.push_back(read(query));
    return events;
}

std::vector<Event> EventStore::involving(qint64 entityId)
{
    std::vector<Event> events;
    for (Event &e : list())
        if (std::find(e.entityIds.begin(), e.entityIds.end(), entityId) != e.entityIds.end())
            events.push_back(std::move(e));
    return events;
}

std::vector<EventEvidence> EventStore::evidenceOf(qint64 eventId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.segment_id, e.document_id, e.page, e.field, e.start, e.\"end\", e.quote, e.translation_quote, "
        "e.sha256, e.segment_text, e.note, d.title, d.sha256, d.deleted_at IS NOT NULL, s.text, "
        "(SELECT t.text FROM translations t WHERE t.segment_id = e.segment_id ORDER BY t.preferred DESC, t.id DESC LIMIT 1), "
        "d.id IS NULL OR s.id IS NULL, ") + QString::fromLatin1(kTextOriginSql) +
        QStringLiteral(" FROM event_evidence e LEFT JOIN documents d ON d.id = e.document_id "
        "LEFT JOIN segments s ON s.id = e.segment_id "
        "LEFT JOIN pages p ON p.document_id = s.document_id AND p.number = s.page "
        "WHERE e.event_id = ? ORDER BY e.id"));
    query.bind(1, eventId);
    std::vector<EventEvidence> list;
    while (query.step()) {
        EventEvidence e;
        e.id = query.int64(0);
        if (!query.isNull(1))
            e.segmentId = query.int64(1);
        e.documentId = query.int64(2);
        e.page = query.integer(3);
        e.field = query.text(4);
        e.start = query.integer(5);
        e.end = query.integer(6);
        e.quote = query.text(7);
        e.translationQuote = query.text(8);
        e.sha256 = query.text(9);
        e.segmentText = query.text(10);
        e.note = query.text(11);
        e.documentTitle = query.text(12);
        e.missing = query.integer(17) != 0 || query.integer(14) != 0;
        const QString currentTranslation = query.text(16);
        e.changed = !e.missing && (query.text(15) != e.segmentText || query.text(13) != e.sha256 ||
                                   currentTranslation != e.translationQuote);
        e.origin = textOriginFromInt(query.integer(18));
        list.push_back(std::move(e));
    }
    return list;
}

qint64 EventStore::addEvidence(qint64 eventId, qint64 segmentId, const QString &field, int start, int end,
                               const QString &note)
{
    Statement segment = m_db.prepare(QStringLiteral(
        "SELECT s.text, s.document_id, s.page, d.sha256, "
        "(SELECT t.text FROM translations t WHERE t.segment_id = s.id ORDER BY t.preferred DESC, t.id DESC LIMIT 1) "
        "FROM segments s JOIN documents d ON d.id = s.document_id WHERE s.id = ?"));
    segment.bind(1, segmentId);
    if (!segment.step())
        return 0;
    const QString text = segment.text(0);
    const QString translation = segment.text(4);
    const QString &cited = field == QLatin1String("translation") ? translation : text;
    start = std::clamp(start, 0, int(cited.size()));
    end = std::clamp(end, start, int(cited.size()));
    if (start == end) {
        start = 0;
        end = int(cited.size());
    }
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO event_evidence(event_id, segment_id, document_id, page, field, start, \"end\", quote, "
        "translation_quote, sha256, segment_text, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    insert.bind(1, eventId)
        .bind(2, segmentId)
        .bind(3, segment.int64(1))
        .bind(4, segment.integer(2))
        .bind(5, field)
        .bind(6, start)
        .bind(7, end)
        .bind(8, cited.mid(start, end - start))
        .bind(9, translation)
        .bind(10, segment.text(3))
        .bind(11, text)
        .bind(12, note)
        .exec();
    return m_db.lastInsertId();
}

void EventStore::removeEvidence(qint64 evidenceId)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM event_evidence WHERE id = ?"));
    remove.bind(1, evidenceId).exec();
}

} // namespace dossier
