#pragma once

#include "entities/entity.h"
#include "entities/entitystore.h"
#include "entities/mention.h"

#include <QJsonObject>

namespace dossier::cli {

// The JSON forms of entities, mentions and relations that `--json` prints.
QJsonObject entityJson(const Entity &entity);
QJsonObject mentionJson(const Mention &mention);
QJsonObject relationJson(const Relation &relation);

} // namespace dossier::cli
