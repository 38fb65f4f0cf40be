#include "entitystore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "../storage/database.h"

#include <QDateTime>

namespace dossier {

QString Mention::statusName(Status status)
{
    switch (status) {
    case Status::Proposed:
        return QStringLiteral("proposed");
    case Status::Confirmed:
        return QStringLiteral("confirmed");
    case Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

Mention::Status Mention::statusFromName(const QString &name)
{
    if (name == QLatin1String("proposed"))
        return Status::Proposed;
    if (name == QLatin1String("rejected"))
        return Status::Rejected;
    return Status::Confirmed;
}

namespace {

const char kEntityColumns[] = "id, type, name_zh, name_en, notes, uscc, review_state, review_note";

Entity readEntity(Database &db, const Statement &row)
{
    Entity e;
    e.id = row.int64(0);
    e.type = entityTypeFromString(row.text(1)).value_or(EntityType::Other);
    e.nameZh = row.text(2);
    e.nameEn = row.text(3);
    e.notes = row.text(4);
    e.uscc = row.text(5);
    e.review = {reviewFromCode(row.text(6)).value_or(ReviewState::Draft), row.text(7)};
    Statement aliases = db.prepare(QStringLiteral("SELECT text FROM aliases WHERE entity_id = ? ORDER BY id"));
    aliases.bind(1, e.id);
    while (aliases.step())
        e.aliases << aliases.text(0);
    return e;
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char kMentionColumns[] =
    "m.id, m.entity_id, m.segment_id, s.document_id, s.page, m.field, m.start, m.\"end\", m.text, m.origin, m.status, s.text";

Mention readMention(const Statement &row)
{
    Mention m;
    m.id = row.int64(0);
    m.entityId = row.int64(1);
    m.segmentId = row.int64(2);
    m.documentId = row.int64(3);
    m.page = row.integer(4);
    m.field = row.text(5);
    m.start = row.integer(6);
    m.end = row.integer(7);
    m.text = row.text(8);
    m.origin = row.text(9);
    m.status = Mention::statusFromName(row.text(10));
    m.context = row.text(11);
    return m;
}

} // namespace

void EntityStore::writeAliases(qint64 id, const QStringList &aliases)
{
    // Only the aliases that went are deleted: one that stays keeps its identity, so a
    // merge with another copy of the case sees it unchanged.
    QJsonArray kept;
    for (const QString &alias : aliases)
        kept.append(alias.trimmed());
    Statement remove = m_db.prepare(
        QStringLiteral("DELETE FROM aliases WHERE entity_id = ? AND text NOT IN (SELECT value FROM json_each(?))"));
    remove.bind(1, id).bind(2, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact))).exec();
    Statement insert = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO aliases(entity_id, text) VALUES (?, ?)"));
    for (const QString &alias : aliases)
        if (!alias.trimmed().isEmpty())
            insert.bind(1, id).bind(2, alias.trimmed()).exec();
}

qint64 EntityStore::add(const Entity &entity)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO entities(id, type, name_zh, name_en, notes, uscc, created_at, review_state, review_note) "
        "VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.bindRowId(1, entity.id)
        .bind(2, toString(entity.type))
        .bind(3, orEmpty(entity.nameZh.trimmed()))
        .bind(4, orEmpty(entity.nameEn.trimmed()))
        .bind(5, orEmpty(entity.notes))
        .bind(6, orEmpty(entity.uscc.trimmed().toUpper()))
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(8, reviewCode(entity.review.state))
        .bind(9, entity.review.note)
        .exec();
    const qint64 id = m_db.lastInsertId();
    writeAliases(id, entity.aliases);
    return id;
}

void EntityStore::update(const Entity &entity)
{
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE entities SET type = ?, name_zh = ?, name_en = ?, notes = ?, uscc = ? WHERE id = ?"));
    update.bind(1, toString(entity.type))
        .bind(2, orEmpty(entity.nameZh.trimmed()))
        .bind(3, orEmpty(entity.nameEn.trimmed()))
        .bind(4, orEmpty(entity.notes))
        .bind(5, orEmpty(entity.uscc.trimmed().toUpper()))
        .bind(6, entity.id)
        .exec();
    writeAliases(entity.id, entity.aliases);
}

void EntityStore::remove(qint64 id)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    remove.bind(1, id).exec();
}

std::vector<Entity> EntityStore::list()
{
    Statement query = m_db.prepare(QStringLiteral("SELECT %1 FROM entities ORDER BY type, name_zh, name_en")
                                       .arg(QString::fromLatin1(kEntityColumns)));
    std::vector<Entity> entities;
    while (query.step())
        entities.push_back(readEntity(m_db, query));
    return entities;
}

std::optional<Entity> EntityStore::get(qint64 id)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(QString::fromLatin1(kEntityColumns)));
    query.bind(1, id);
    if (query.step())
        return readEntity(m_db, query);
    return std::nullopt;
}

qint64 EntityStore::addMention(const Mention &mention)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO mentions(id, entity_id, segment_id, field, start, \"end\", text, origin, status) "
        "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(entity_id, segment_id, field, start, \"end\") DO NOTHING"));
    insert.bindRowId(1, mention.id)
        .bind(2, mention.entityId)
        .bind(3, mention.segmentId)
        .bind(4, mention.field)
        .bind(5, mention.start)
        .bind(6, mention.end)
        .bind(7, orEmpty(mention.text))
        .bind(8, mention.origin)
        .bind(9, Mention::statusName(mention.status))
        .exec();
    Statement id = m_db.prepare(QStringLiteral(
        "SELECT id FROM mentions WHERE entity_id = ? AND segment_id = ? AND field = ? AND start = ? AND \"end\" = ?"));
    id.bind(1, mention.entityId).bind(2, mention.segmentId).bind(3, mention.field).bind(4, mention.start).bind(5, mention.end);
    return id.step() ? id.int64(0) : 0;
}

void EntityStore::setMentionStatus(qint64 mentionId, Mention::Status status)
{
    Statement update = m_db.prepare(QStringLiteral("UPDATE mentions SET status = ? WHERE id = ?"));
    update.bind(1, Mention::statusName(status)).bind(2, mentionId).exec();
}

void EntityStore::removeMention(qint64 mentionId)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?"));
    remove.bind(1, mentionId).exec();
}

std::vector<Mention> EntityStore::mentionsOf(qint64 entityId, bool includeRejected)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM mentions m JOIN segments s ON s.id = m.segment_id JOIN documents d ON d.id = s.document_id "
        "WHERE m.entity_id = ? AND d.deleted_at IS NULL %2 ORDER BY s.document_id, s.ordinal, m.start")
        .arg(QString::fromLatin1(kMentionColumns), includeRejected ? QString() : QStringLiteral("AND m.status != 'rejected'")));
    query.bind(1, entityId);
    std::vector<Mention> list;
    while (query.step())
        list.push_back(readMention(query));
    return list;
}

std::vector<Mention> EntityStore::mentionsInSegment(qint64 segmentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM mentions m JOIN segments s ON s.id = m.segment_id WHERE m.segment_id = ? "
        "AND m.field = 'original' ORDER BY m.id").arg(QString::fromLatin1(kMentionColumns)));
    query.bind(1, segmentId);
    std::vector<Mention> list;
    while (query.step())
        list.push_back(readMention(query));
    return list;
}

std::vector<Mention> EntityStore::mentionsInDocument(qint64 documentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT %1 FROM mentions m JOIN segments s ON s.id = m.segment_id WHERE s.document_id = ? "
        "AND m.status != 'rejected' ORDER BY s.ordinal, m.start").arg(QString::fromLatin1(kMentionColumns)));
    query.bind(1, documentId);
    std::vector<Mention> list;
    while (query.step())
        list.push_back(readMention(query));
    return list;
}

qint64 EntityStore::addRelation(const Relation &relation)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO relations(id, from_id, to_id, kind, note) VALUES (?,?,?,?,?)"));
    insert.bindRowId(1, relation.id)
        .bind(2, relation.fromId)
        .bind(3, relation.toId)
        .bind(4, relation.kind)
        .bind(5, orEmpty(relation.note))
        .exec();
    const qint64 id = m_db.lastInsertId();
    Statement evidence = m_db.prepare(QStringLiteral(
        "INSERT INTO relation_evidence(relation_id, segment_id, start, \"end\", quote) VALUES (?,?,?,?,?)"));
    for (const Relation::Evidence &e : relation.evidence) {
        evidence.bind(1, id).bind(2, e.segmentId).bind(3, e.start).bind(4, e.end).bind(5, orEmpty(e.quote)).exec();
    }
    return id;
}

void EntityStore::removeRelation(qint64 relationId)
{
    Statement remove = m_db.prepare(QStringLiteral("DELETE FROM relations WHERE id = ?"));
    remove.bind(1, relationId).exec();
}

std::vector<Relation> EntityStore::relations(std::optional<qint64> entityId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT id, from_id, to_id, kind, note FROM relations WHERE ? IS NULL OR from_id = ? OR to_id = ? ORDER BY id"));
    query.bind(1, entityId).bind(2, entityId).bind(3, entityId);
    std::vector<Relation> list;
    while (query.step())
        list.push_back({query.int64(0), query.int64(1), query.int64(2), query.text(3), query.text(4), {}});
    Statement evidence = m_db.prepare(QStringLiteral(
        "SELECT segment_id, start, \"end\", quote FROM relation_evidence WHERE relation_id = ? ORDER BY id"));
    for (Relation &r : list) {
        evidence.bind(1, r.id);
        while (evidence.step()) {
            Relation::Evidence e;
            if (!evidence.isNull(0))
                e.segmentId = evidence.int64(0);
            e.start = evidence.integer(1);
            e.end = evidence.integer(2);
            e.quote = evidence.text(3);
            r.evidence.push_back(e);
        }
        evidence.reset();
    }
    return list;
}

EntitySnapshot EntityStore::snapshot(qint64 id)
{
    EntitySnapshot s;
    s.entity = get(id).value_or(Entity());
    s.mentions = mentionsOf(id, true);
    s.relations = relations(id);
    return s;
}

void EntityStore::restore(const EntitySnapshot &snapshot)
{
    if (!get(snapshot.entity.id))
        add(snapshot.entity);
    else
        update(snapshot.entity);
    for (const Mention &m : snapshot.mentions) {
        Statement existing = m_db.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?"));
        existing.bind(1, m.id).exec();
        addMention(m);
    }
    for (const Relation &r : snapshot.relations) {
        removeRelation(r.id);
        addRelation(r);
    }
}

void EntityStore::merge(qint64 into, qint64 from)
{
    const std::optional<Entity> target = get(into);
    const std::optional<Entity> source = get(from);
    if (!target || !source || into == from)
        return;
    Entity merged = *target;
    for (const QString &name : source->allNames())
        if (!merged.allNames().contains(name))
            merged.aliases << name;
    if (merged.uscc.isEmpty())
        merged.uscc = source->uscc;
    if (!source->notes.isEmpty())
        merged.notes = merged.notes.isEmpty() ? source->notes : merged.notes + QLatin1Char('\n') + source->notes;
    update(merged);
    // Mentions of the same span on both become one.
    Statement moveMentions = m_db.prepare(QStringLiteral(
        "UPDATE OR IGNORE mentions SET entity_id = ? WHERE entity_id = ?"));
    moveMentions.bind(1, into).bind(2, from).exec();
    Statement moveFrom = m_db.prepare(QStringLiteral("UPDATE relations SET from_id = ? WHERE from_id = ?"));
    moveFrom.bind(1, into).bind(2, from).exec();
    Statement moveTo = m_db.prepare(QStringLiteral("UPDATE relations SET to_id = ? WHERE to_id = ?"));
    moveTo.bind(1, into).bind(2, from).exec();
    Statement selfLinks = m_db.prepare(QStringLiteral("DELETE FROM relations WHERE from_id = to_id"));
    selfLinks.exec();
    remove(from);
}

} // namespace dossier
