#include "ftmexport.h"

#include "../entities/relationkind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace dossier {

namespace {

QString id(const char *kind, qint64 n)
{
    return QStringLiteral("dossier-%1-%2").arg(QString::fromLatin1(kind)).arg(n);
}

// FtM dates are ISO prefixes at the precision known: 2024, 2024-07, 2024-07-15. A
// quarter has no such prefix; its months stand for it.
QString ftmDate(const QDate &date, FuzzyDate::Precision precision)
{
    switch (precision) {
    case FuzzyDate::Precision::Day:
        return date.toString(Qt::ISODate);
    case FuzzyDate::Precision::Month:
    case FuzzyDate::Precision::Quarter:
        return date.toString(QStringLiteral("yyyy-MM"));
    case FuzzyDate::Precision::Year:
        break;
    }
    return date.toString(QStringLiteral("yyyy"));
}

bool isLegalEntity(EntityType type)
{
    return type != EntityType::Chip && type != EntityType::AiModel;
}

// A property is written only with values: FtM reads [""] as a value.
void put(QJsonObject &properties, const QString &name, const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        if (!value.trimmed().isEmpty() && !array.contains(value))
            array.append(value);
    if (!array.isEmpty())
        properties.insert(name, array);
}

} // namespace

QString FtmExport::schema(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("Person");
    case EntityType::Intermediary:
    case EntityType::Provider:
        return QStringLiteral("Company");
    case EntityType::GovernmentBody:
        return QStringLiteral("PublicBody");
    case EntityType::Buyer:
    case EntityType::ComputingCentre:
        return QStringLiteral("Organization");
    case EntityType::Chip:
    case EntityType::AiModel:
        return QStringLiteral("Asset");
    case EntityType::Other:
        break;
    }
    return QStringLiteral("LegalEntity");
}

QByteArray FtmExport::render(const CaseSummary &summary)
{
    QByteArray lines;
    auto line = [&lines](const QString &entityId, const QString &schema, const QJsonObject &properties) {
        lines += QJsonDocument(QJsonObject{{QStringLiteral("id"), entityId},
                                           {QStringLiteral("schema"), schema},
                                           {QStringLiteral("properties"), properties}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    };
    std::map<qint64, EntityType> types; // the entities in this export
    for (const SummaryEntity &item : summary.entities)
        types[item.entity.id] = item.entity.type;
    for (const SummaryEntity &item : summary.entities) {
        const Entity &e = item.entity;
        QJsonObject properties;
        put(properties, QStringLiteral("name"), {e.nameZh, e.nameEn});
        put(properties, QStringLiteral("alias"), e.aliases);
        if (isLegalEntity(e.type))
            put(properties, QStringLiteral("registrationNumber"), {e.uscc});
        QStringList notes{e.notes};
        for (const ScreeningHit &hit : item.screening)
            notes << QStringLiteral("On %1: %2 (%3)").arg(hit.entry.list, hit.entry.name, hit.entry.source);
        put(properties, QStringLiteral("notes"), notes);
        line(id("entity", e.id), schema(e.type), properties);
        for (const Relation &r : item.relations) {
            if (!types.count(r.toId))
                continue; // a link to an entity left out of this export would dangle
            QJsonObject link{{QStringLiteral("subject"), QJsonArray{id("entity", r.fromId)}},
                             {QStringLiteral("object"), QJsonArray{id("entity", r.toId)}}};
            put(link, QStringLiteral("role"), {RelationKind::label(r.kind)});
            put(link, QStringLiteral("description"), {r.note});
            line(id("relation", r.id), QStringLiteral("UnknownLink"), link);
        }
    }
    for (const Event &e : summary.events) {
        QJsonObject properties;
        put(properties, QStringLiteral("name"), {e.title});
        put(properties, QStringLiteral("description"), {e.description});
        if (e.date.range || e.date.precision == FuzzyDate::Precision::Quarter) {
            put(properties, QStringLiteral("startDate"), {ftmDate(e.date.start, e.date.precision)});
            put(properties, QStringLiteral("endDate"), {ftmDate(e.date.end, e.date.precision)});
        } else {
            put(properties, QStringLiteral("date"), {ftmDate(e.date.start, e.date.precision)});
        }
        // FtM events involve legal entities only; chips and models are named instead.
        QStringList involved, named, proof;
        for (qint64 entity : e.entityIds) {
            const auto type = types.find(entity);
            if (type == types.end())
                continue;
            if (isLegalEntity(type->second))
                involved << id("entity", entity);
            else
                named << summary.entityName(entity);
        }
        for (const EventEvidence &ev : e.evidence)
            if (summary.source(ev.documentId))
                proof << id("document", ev.documentId);
        put(properties, QStringLiteral("involved"), involved);
        put(properties, QStringLiteral("namesMentioned"), named);
        put(properties, QStringLiteral("proof"), proof);
        line(id("event", e.id), QStringLiteral("Event"), properties);
    }
    for (const DocumentInfo &d : summary.sources) {
        QJsonObject properties;
        put(properties, QStringLiteral("title"), {sourceTitle(d)});
        put(properties, QStringLiteral("fileName"), {d.fileName});
        put(properties, QStringLiteral("fileSize"), {QString::number(d.size)});
        put(properties, QStringLiteral("notes"), {QStringLiteral("SHA-256: ") + d.sha256});
        put(properties, QStringLiteral("sourceUrl"), {d.sourceUrl.value_or(QString())});
        put(properties, QStringLiteral("retrievedAt"), {d.obtainedAt.value_or(QString())});
        line(id("document", d.id), QStringLiteral("Document"), properties);
    }
    return lines;
}

} // namespace dossier
