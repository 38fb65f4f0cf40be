#include "entity.h"

#include <QCoreApplication>

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

QString entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Buyer: return QCoreApplication::translate("EntityType", "Buyer");
    case EntityType::Intermediary: return QCoreApplication::translate("EntityType", "Intermediary");
    case EntityType::Provider: return QCoreApplication::translate("EntityType", "Cloud provider");
    case EntityType::ComputingCentre: return QCoreApplication::translate("EntityType", "Computing centre");
    case EntityType::Chip: return QCoreApplication::translate("EntityType", "Chip");
    case EntityType::AiModel: return QCoreApplication::translate("EntityType", "AI model or service");
    case EntityType::GovernmentBody: return QCoreApplication::translate("EntityType", "Government body");
    case EntityType::Person: return QCoreApplication::translate("EntityType", "Person");
    case EntityType::Other: return QCoreApplication::translate("EntityType", "Other");
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
    // "Claude", not "Claude / Claude": a name both languages write alike is printed once.
    if (!nameZh.isEmpty() && !nameEn.isEmpty() && nameZh.trimmed().compare(nameEn.trimmed(), Qt::CaseInsensitive) != 0)
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
