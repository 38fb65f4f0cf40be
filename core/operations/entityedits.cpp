#include "entityedits.h"

#include "documents/documentstore.h"
#include "entities/codereport.h"
#include "notices/noticeparties.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>

namespace dossier {

namespace {

Entity existing(EntityStore &store, qint64 id)
{
    const std::optional<Entity> entity = store.get(id);
    if (!entity)
        throw EditRefused(EntityEdit::tr("There is no entity %1 in this case.").arg(id));
    return *entity;
}

void requireName(const Entity &entity)
{
    if (entity.nameZh.trimmed().isEmpty() && entity.nameEn.trimmed().isEmpty())
        throw EditRefused(EntityEdit::tr("An entity needs a Chinese or an English name."));
}

// The text of a segment's original as it reads now, or a refusal naming the segment.
QString segmentText(Database &db, qint64 segmentId)
{
    const std::optional<QString> text = DocumentStore(db).segmentText(segmentId);
    if (!text)
        throw EditRefused(EntityEdit::tr("There is no segment %1 in this case.").arg(segmentId));
    return *text;
}

// The words [start, end) of a segment's text, or a refusal saying the span is not in it.
QString quote(const QString &text, qint64 segmentId, int start, int end)
{
    if (start < 0 || end > text.size() || start >= end)
        throw EditRefused(EntityEdit::tr("Characters %1–%2 are not inside segment %3 (it has %4).")
                              .arg(start)
                              .arg(end)
                              .arg(segmentId)
                              .arg(text.size()));
    return text.mid(start, end - start);
}

// A tagged span must lie inside its segment; an original's span is quoted from it.
Mention checkedMention(Database &db, const Mention &mention)
{
    const QString text = segmentText(db, mention.segmentId);
    Mention checked = mention;
    if (mention.start < 0 || mention.start >= mention.end)
        throw EditRefused(EntityEdit::tr("A mention needs a span of at least one character."));
    if (mention.field == QLatin1String("original")) {
        const QString words = quote(text, mention.segmentId, mention.start, mention.end);
        if (checked.text.isEmpty())
            checked.text = words;
    }
    return checked;
}

} // namespace

EntityEdit::EntityEdit(const QString &description, std::vector<qint64> touched, Change change)
    : CaseEdit(description, CaseArea::Entities), m_touched(std::move(touched)), m_change(std::move(change))
{
}

EntityEdit &EntityEdit::touchingAll()
{
    m_touchAll = true;
    return *this;
}

std::unique_ptr<EntityEdit> EntityEdit::create(const Entity &entity)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("New entity"), {}, [entity](Database &, EntityStore &store, EntityEdit &) {
        requireName(entity);
        return std::vector<qint64>{store.add(entity)};
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::update(const Entity &entity)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Edit entity"), {entity.id}, [entity](Database &, EntityStore &store, EntityEdit &) {
        existing(store, entity.id);
        requireName(entity);
        store.update(entity);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::remove(qint64 entityId)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Delete entity"), {entityId}, [entityId](Database &, EntityStore &store, EntityEdit &) {
        existing(store, entityId);
        store.remove(entityId);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::merge(qint64 into, qint64 from)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Merge entities"), {into, from}, [into, from](Database &, EntityStore &store, EntityEdit &) {
        existing(store, into);
        existing(store, from);
        if (into == from)
            throw EditRefused(tr("An entity cannot be merged into itself."));
        store.merge(into, from);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::tag(const Mention &mention, qint64 entityId)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Tag mention"), {entityId}, [mention, entityId](Database &db, EntityStore &store, EntityEdit &) {
        existing(store, entityId);
        Mention tagged = checkedMention(db, mention);
        tagged.entityId = entityId;
        store.setMentionStatus(store.addMention(tagged), Mention::Status::Confirmed);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::tagAsNew(const Mention &mention, const Entity &fresh)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Tag mention"), {}, [mention, fresh](Database &db, EntityStore &store, EntityEdit &) {
        requireName(fresh);
        Mention tagged = checkedMention(db, mention);
        tagged.entityId = store.add(fresh);
        store.setMentionStatus(store.addMention(tagged), Mention::Status::Confirmed);
        return std::vector<qint64>{tagged.entityId};
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::setMentionStatus(qint64 entityId, std::vector<qint64> mentionIds,
                                                         Mention::Status status)
{
    const QString description = status == Mention::Status::Confirmed ? tr("Confirm mentions")
                                : status == Mention::Status::Rejected ? tr("Reject mentions")
                                                                      : tr("Reopen mentions");
    return std::unique_ptr<EntityEdit>(new EntityEdit(description, {entityId}, [entityId, mentionIds, status](Database &, EntityStore &store, EntityEdit &) {
        existing(store, entityId);
        for (qint64 id : mentionIds)
            store.setMentionStatus(id, status);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::addRelation(const Relation &relation)
{
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Add relation"), {relation.fromId, relation.toId}, [relation](Database &db, EntityStore &store, EntityEdit &) {
        existing(store, relation.fromId);
        existing(store, relation.toId);
        if (relation.kind.trimmed().isEmpty())
            throw EditRefused(tr("A relation needs a kind (for example “buys from”)."));
        Relation quoted = relation;
        for (Relation::Evidence &evidence : quoted.evidence) {
            if (!evidence.segmentId || !evidence.quote.isEmpty())
                continue;
            evidence.quote = quote(segmentText(db, *evidence.segmentId), *evidence.segmentId, evidence.start, evidence.end);
        }
        store.addRelation(quoted);
        return std::vector<qint64>();
    }));
}

std::unique_ptr<EntityEdit> EntityEdit::scanMentions()
{
    auto edit = std::unique_ptr<EntityEdit>(new EntityEdit(tr("Find mentions"), {}, [](Database &db, EntityStore &, EntityEdit &self) {
        self.m_report = MentionScanner(db).scan();
        return std::vector<qint64>();
    }));
    edit->touchingAll();
    return edit;
}

std::unique_ptr<EntityEdit> EntityEdit::attachFoundCodes()
{
    auto edit = std::unique_ptr<EntityEdit>(new EntityEdit(tr("Attach credit codes"), {}, [](Database &db, EntityStore &store, EntityEdit &) {
        for (const FoundCode &f : CodeReport(db).codesInDocuments()) {
            std::optional<Entity> entity = f.entityId ? store.get(f.entityId) : std::nullopt;
            if (f.valid && entity && entity->uscc.isEmpty()) {
                entity->uscc = f.code;
                store.update(*entity);
            }
        }
        return std::vector<qint64>();
    }));
    edit->touchingAll();
    return edit;
}

std::unique_ptr<EntityEdit> EntityEdit::acceptNoticeParties(const NoticeSuggestions &suggestions,
                                                            std::vector<bool> parties, std::vector<bool> deals)
{
    std::vector<qint64> touched;
    for (const NoticeParty &party : suggestions.parties)
        if (party.entityId)
            touched.push_back(*party.entityId);
    return std::unique_ptr<EntityEdit>(new EntityEdit(tr("Add the notice's parties"), touched, [suggestions, parties, deals](Database &, EntityStore &store, EntityEdit &) {
        return NoticeParties::accept(store, suggestions, parties, deals);
    }));
}

void EntityEdit::perform(Database &db)
{
    EntityStore store(db);
    if (m_touchAll)
        for (const Entity &e : store.list())
            m_touched.push_back(e.id);
    for (qint64 id : m_touched)
        if (store.get(id))
            m_before.push_back(store.snapshot(id));
    m_created = m_change(db, store, *this);
    for (qint64 id : m_touched)
        m_after.push_back(store.snapshot(id));
    for (qint64 id : m_created)
        m_after.push_back(store.snapshot(id));
}

void EntityEdit::performAgain(Database &db)
{
    EntityStore store(db);
    // Entities that no longer exist after the change (merged away, deleted) go again.
    for (const EntitySnapshot &s : m_before)
        if (std::none_of(m_after.begin(), m_after.end(),
                         [&](const EntitySnapshot &a) { return a.entity.id && a.entity.id == s.entity.id; }))
            store.remove(s.entity.id);
    for (const EntitySnapshot &s : m_after)
        if (s.entity.id)
            store.restore(s);
}

void EntityEdit::takeBack(Database &db)
{
    EntityStore store(db);
    for (qint64 id : m_created)
        store.remove(id);
    for (const EntitySnapshot &s : m_before) {
        // Mentions and relations the change added to this entity go; the snapshot's come back.
        for (const Mention &m : store.mentionsOf(s.entity.id, true))
            store.removeMention(m.id);
        for (const Relation &r : store.relations(s.entity.id))
            store.removeRelation(r.id);
        store.restore(s);
    }
}

EditTarget EntityEdit::target() const
{
    if (!m_created.empty())
        return {QStringLiteral("entity"), m_created.front()};
    if (!m_touchAll && !m_touched.empty())
        return {QStringLiteral("entity"), m_touched.front()};
    return {QStringLiteral("case"), 0};
}

} // namespace dossier
