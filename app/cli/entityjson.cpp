#include "entityjson.h"

#include "entities/uscc.h"

#include <QJsonArray>

namespace dossier::cli {

QJsonObject entityJson(const Entity &e)
{
    QJsonObject object{{QStringLiteral("id"), e.id},
                       {QStringLiteral("type"), toString(e.type)},
                       {QStringLiteral("name_zh"), e.nameZh},
                       {QStringLiteral("name_en"), e.nameEn},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                       {QStringLiteral("notes"), e.notes}};
    if (!e.uscc.isEmpty()) {
        object.insert(QStringLiteral("uscc"), e.uscc);
        object.insert(QStringLiteral("uscc_valid"), Uscc::hasValidCheck(e.uscc));
    }
    return object;
}

QJsonObject mentionJson(const Mention &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("entity_id"), m.entityId},
                       {QStringLiteral("document_id"), m.documentId},
                       {QStringLiteral("segment_id"), m.segmentId},
                       {QStringLiteral("page"), m.page},
                       {QStringLiteral("field"), m.field},
                       {QStringLiteral("start"), m.start},
                       {QStringLiteral("end"), m.end},
                       {QStringLiteral("text"), m.text},
                       {QStringLiteral("origin"), m.origin},
                       {QStringLiteral("status"), Mention::statusName(m.status)}};
}

QJsonObject relationJson(const Relation &r)
{
    QJsonArray evidence;
    for (const Relation::Evidence &e : r.evidence)
        evidence.append(QJsonObject{{QStringLiteral("segment_id"), e.segmentId ? QJsonValue(*e.segmentId) : QJsonValue()},
                                    {QStringLiteral("start"), e.start},
                                    {QStringLiteral("end"), e.end},
                                    {QStringLiteral("quote"), e.quote}});
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("from"), r.fromId},
                       {QStringLiteral("to"), r.toId},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("note"), r.note},
                       {QStringLiteral("evidence"), evidence}};
}

} // namespace dossier::cli
