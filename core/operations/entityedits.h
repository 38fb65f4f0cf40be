#pragma once

#include "caseedit.h"
#include "entities/entitystore.h"
#include "entities/mentionscanner.h"

#include <functional>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace dossier {

struct NoticeSuggestions;

// Every edit of entities, their mentions and relations: creating, editing, deleting and
// merging entities, tagging a span, confirming or rejecting found mentions, relating
// two entities, scanning the case for names. Undone by putting back snapshots of the
// entities it touched, mentions and relations included.
class EntityEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(EntityEdit)

public:
    static std::unique_ptr<EntityEdit> create(const Entity &entity);
    static std::unique_ptr<EntityEdit> update(const Entity &entity);
    static std::unique_ptr<EntityEdit> remove(qint64 entityId);
    // Moves the names, mentions and relations of `from` onto `into`.
    static std::unique_ptr<EntityEdit> merge(qint64 into, qint64 from);
    // Tags a span as a confirmed mention of an existing entity…
    static std::unique_ptr<EntityEdit> tag(const Mention &mention, qint64 entityId);
    // …or of a new entity made for it.
    static std::unique_ptr<EntityEdit> tagAsNew(const Mention &mention, const Entity &fresh);
    static std::unique_ptr<EntityEdit> setMentionStatus(qint64 entityId, std::vector<qint64> mentionIds,
                                                        Mention::Status status);
    // Relation evidence without a quote is quoted from the segment as it reads now.
    static std::unique_ptr<EntityEdit> addRelation(const Relation &relation);
    // Finds every entity's names across the case as proposed mentions (see report()).
    static std::unique_ptr<EntityEdit> scanMentions();
    // Gives each valid credit code found in the documents to the entity named beside
    // it, when that entity has none.
    static std::unique_ptr<EntityEdit> attachFoundCodes();
    // The parties and relations a reporter kept from a notice's suggestions.
    static std::unique_ptr<EntityEdit> acceptNoticeParties(const NoticeSuggestions &suggestions,
                                                           std::vector<bool> parties, std::vector<bool> deals);

    // Entities the first application created (the entity a new tag made).
    const std::vector<qint64> &created() const { return m_created; }
    const ScanReport &report() const { return m_report; }

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override;

private:
    using Change = std::function<std::vector<qint64>(Database &, EntityStore &, EntityEdit &)>;
    EntityEdit(const QString &description, std::vector<qint64> touched, Change change);
    // Touches every entity of the case (a scan can add mentions to any of them).
    EntityEdit &touchingAll();

    std::vector<qint64> m_touched;
    bool m_touchAll = false;
    Change m_change;
    std::vector<EntitySnapshot> m_before;
    std::vector<EntitySnapshot> m_after;
    std::vector<qint64> m_created;
    ScanReport m_report;
};

} // namespace dossier
