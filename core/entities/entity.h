#pragma once

#include "../reviewstate.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dossier {

// The kinds of actors in a procurement story.
enum class EntityType { Buyer, Intermediary, Provider, ComputingCentre, Chip, AiModel, GovernmentBody, Person, Other };

QString toString(EntityType type);
// The type as a person reads it ("Cloud provider"), translated.
QString entityTypeLabel(EntityType type);
std::optional<EntityType> entityTypeFromString(const QString &name);
QList<EntityType> allEntityTypes();

struct Entity
{
    qint64 id = 0;
    EntityType type = EntityType::Other;
    QString nameZh;
    QString nameEn;
    QStringList aliases;
    QString notes;
    QString uscc; // unified social credit code (统一社会信用代码), if known
    Review review; // set by ReviewEdit only; kept as it is by add (a restore) and update

    QString displayName() const;
    QStringList allNames() const; // both names and every alias
};

} // namespace dossier
