#include "entity.h"

namespace dossier {

QString toString(EntityType type)
{
    switch (type) {
    case EntityType::Buyer: return QStringLiteral("buyer");
    case EntityType::Intermediary: return QStringLiteral("intermediary");
    case EntityType::Provider: return QStringLiteral("provider");
    case EntityType::ComputingCentre: return QStringLiteral("computing_centre");
    case EntityType::Chip: return QStringLiteral("chip");
    case EntityType::AiModel: return QStringLiteral("ai_model");
    case EntityType::GovernmentBody: return QStringLiteral("government");
    case EntityType::Person: return QStringLiteral("person");
    case EntityType::Other: return QStringLiteral("other");
    }
    return {};
}

QList<EntityType> allEntityTypes()
{
    return {EntityType::Buyer,   EntityType::Intermediary,   EntityType::Provider, EntityType::ComputingCentre,
            EntityType::Chip,    EntityType::AiModel,        EntityType::GovernmentBody, EntityType::Person,
            EntityType::Other};
}

std::optional<EntityType> entityTypeFromString(const QString &name)
{
    for (EntityType type : allEntityTypes())
        if (toString(type) == name)
            return type;
    return std::nullopt;
}

QString Entity::displayName() const
{
    if (!nameZh.isEmpty() && !nameEn.isEmpty())
        return nameZh + QStringLiteral(" / ") + nameEn;
    return nameZh.isEmpty() ? nameEn : nameZh;
}

QStringList Entity::allNames() const
{
    QStringList names;
    for (const QString &name : QStringList{nameZh, nameEn} + aliases)
        if (!name.trimmed().isEmpty() && !names.contains(name.trimmed()))
            names << name.trimmed();
    return names;
}

} // namespace dossier
