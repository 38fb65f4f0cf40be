#pragma once

#include "entity.h"
#include "mention.h"

#include <optional>
#include <vector>

namespace dossier {

class Database;

struct Relation
{
    qint64 id = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind; // procured_from, supplied_by, resells, subsidiary_of, uses, listed_on…
    QString note;
    struct Evidence
    {
        std::optional<qint64> segmentId;
        int start = 0;
        int end = 0;
        QString quote;
    };
    std::vector<Evidence> evidence;
};

// Everything the store held of an entity, to put it back exactly (undo of a delete or
// a merge).
struct EntitySnapshot
{
    Entity entity;
    std::vector<Mention> mentions;
    std::vector<Relation> relations;
};

// Entities, their aliases, mentions and relations.
class EntityStore
{
public:
    explicit EntityStore(Database &db) : m_db(db) {}

    qint64 add(const Entity &entity);
    void update(const Entity &entity);
    void remove(qint64 id);
    std::vector<Entity> list();
    std::optional<Entity> get(qint64 id);

    qint64 addMention(const Mention &mention); // returns the id (existing one if the span is known)
    void setMentionStatus(qint64 mentionId, Mention::Status status);
    void removeMention(qint64 mentionId);
    std::vector<Mention> mentionsOf(qint64 entityId, bool includeRejected = false);
    std::vector<Mention> mentionsInDocument(qint64 documentId);
    // Every mention in a segment's original, rejected ones too, in the order they were made.
    std::vector<Mention> mentionsInSegment(qint64 segmentId);

    qint64 addRelation(const Relation &relation);
    void removeRelation(qint64 relationId);
    std::vector<Relation> relations(std::optional<qint64> entityId = std::nullopt);

    // Moves mentions, relations and names of `from` onto `into` and deletes `from`.
    void merge(qint64 into, qint64 from);
    EntitySnapshot snapshot(qint64 id);
    void restore(const EntitySnapshot &snapshot); // re-creates it with the same ids

private:
    void writeAliases(qint64 id, const QStringList &aliases);
    Database &m_db;
};

} // namespace dossier
