#pragma once

#include "../entities/entity.h"
#include "noticereading.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

class Database;
class EntityStore;

// A party a notice names in a role: its buyer, its winner, its agent.
struct NoticeParty
{
    QString name;
    QString role; // purchaser, supplier, agent
    EntityType type = EntityType::Other;
    QString uscc;                   // a credit code written beside the name, if any
    std::optional<qint64> entityId; // the case's entity of that name, if there is one
    qint64 segmentId = 0;           // where the notice names it
    int start = 0;
    int end = 0;
};

// Buyer bought from winner: a relation the notice states, with the award (its amount and
// its quote) behind it.
struct NoticeDeal
{
    size_t buyer = 0; // indexes into the parties
    size_t supplier = 0;
    NoticeAward award;

    std::optional<double> yuan() const { return award.amount ? award.amount->yuan : std::nullopt; }
};

struct NoticeSuggestions
{
    std::vector<NoticeParty> parties;
    std::vector<NoticeDeal> deals;
};

// The entities and relations a notice suggests, and accepting the ones a reporter keeps:
// each party becomes an entity (or is found among the case's), its name in the notice a
// confirmed mention, and each award a "procured from" relation from buyer to winner that
// carries the amount and cites the award's line.
class NoticeParties
{
public:
    static NoticeSuggestions suggest(Database &db, qint64 documentId);
    // The same from a reading of the notice the caller already has.
    static NoticeSuggestions suggest(Database &db, qint64 documentId, const NoticeReading &reading);
    // Creates what is chosen in one go; returns the ids of the entities it created.
    static std::vector<qint64> accept(EntityStore &store, const NoticeSuggestions &suggestions,
                                      const std::vector<bool> &partiesChosen, const std::vector<bool> &dealsChosen);
};

} // namespace dossier
