#pragma once

#include "../entities/entity.h"

#include <QString>

#include <vector>

namespace dossier {

class Database;

// A name Dossier thinks is an actor of the story, not yet an entity of the case.
struct EntitySuggestion
{
    QString name;
    EntityType type = EntityType::Other;
    QString reason;     // "organisation suffix", "purchaser field", "known provider"…
    int occurrences = 0;
    qint64 exampleSegmentId = 0;
};

// Proposes entities from the text without a list of known names: the buyer, winner and
// agent a procurement notice names in their roles, organisations by the form of their
// names (…大学, …研究院, …有限公司, "… Co., Ltd.", "… University"), and chips by a
// model code beside a word for a chip.
class EntitySuggester
{
public:
    static std::vector<EntitySuggestion> suggestFromText(const QString &text);
    explicit EntitySuggester(Database &db) : m_db(db) {}
    // Over the whole case, without names already known as entities or aliases.
    std::vector<EntitySuggestion> suggest();

private:
    Database &m_db;
};

} // namespace dossier
