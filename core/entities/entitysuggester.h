#pragma once

#include "entity.h"

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

// Proposes entities from the text: Chinese organisation names by their suffixes
// (大学, 研究院, 有限公司…), English ones ("… Co., Ltd.", "… University"), cloud
// providers, chips and AI models from a built-in list, and the purchaser and winning
// supplier fields of procurement notices.
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
