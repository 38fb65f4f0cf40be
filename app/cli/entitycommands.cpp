// dossier-cli commands for entities, their mentions and relations, and screening lists.
#include "clicase.h"
#include "commands.h"
#include "entityjson.h"

#include "entities/codereport.h"
#include "entities/entitystore.h"
#include "notices/entitysuggester.h"
#include "entities/mentionscanner.h"
#include "entities/screeninglist.h"
#include "entities/uscc.h"
#include "operations/entityedits.h"

#include <QJsonArray>
#include <QJsonObject>

#include <set>

namespace dossier::cli {

namespace {

int entityAdd(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity add"), arguments);
    context.parser.addOption({QStringLiteral("type"), QStringLiteral("buyer, intermediary, provider, computing_centre, chip, ai_model, government, person, other"), QStringLiteral("TYPE"), QStringLiteral("other")});
    context.parser.addOption({QStringLiteral("zh"), QStringLiteral("Chinese name."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("en"), QStringLiteral("English name."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("alias"), QStringLiteral("Another name (repeatable)."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("uscc"), QStringLiteral("Unified social credit code."), QStringLiteral("CODE")});
    context.parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes."), QStringLiteral("TEXT")});
    if (!context.parse(QStringLiteral("CASE --type T --zh NAME --en NAME [--alias A]..."), 1))
        return kUsageError;
    Entity entity;
    const std::optional<EntityType> type = entityTypeFromString(context.parser.value(QStringLiteral("type")));
    if (!type) {
        context.fail(QStringLiteral("unknown --type %1").arg(context.parser.value(QStringLiteral("type"))));
        return kUsageError;
    }
    entity.type = *type;
    entity.nameZh = context.parser.value(QStringLiteral("zh"));
    entity.nameEn = context.parser.value(QStringLiteral("en"));
    entity.aliases = context.parser.values(QStringLiteral("alias"));
    entity.uscc = Uscc::normalize(context.parser.value(QStringLiteral("uscc")));
    entity.notes = context.parser.value(QStringLiteral("notes"));
    if (entity.nameZh.isEmpty() && entity.nameEn.isEmpty()) {
        context.fail(QStringLiteral("give --zh or --en"));
        return kUsageError;
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const EntityEdit *created = opened.apply(EntityEdit::create(entity));
        if (!created)
            return 1;
        entity.id = created->created().front();
        if (context.json())
            context.printJson(entityJson(entity));
        else
            context.out << entity.id << '\t' << entity.displayName() << Qt::endl;
        if (!entity.uscc.isEmpty() && !Uscc::hasValidCheck(entity.uscc))
            context.err << "warning: credit code " << entity.uscc << ": " << Uscc::describe(entity.uscc) << Qt::endl;
        return 0;
    });
}

int entityList(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity list"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const Entity &e : EntityStore(opened.db).list()) {
            array.append(entityJson(e));
            if (!context.json())
                context.out << e.id << '\t' << toString(e.type) << '\t' << e.displayName() << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int entityShow(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity show"), arguments);
    if (!context.parse(QStringLiteral("CASE ID"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        EntityStore store(opened.db);
        const std::optional<Entity> entity = store.get(*id);
        if (!entity)
            return context.fail(QStringLiteral("there is no entity %1").arg(*id));
        QJsonObject object = entityJson(*entity);
        QJsonArray mentions, relations, screening;
        for (const Mention &m : store.mentionsOf(*id))
            mentions.append(mentionJson(m));
        for (const Relation &r : store.relations(*id))
            relations.append(relationJson(r));
        for (const ScreeningHit &hit : ScreeningList(opened.db).check(*entity))
            screening.append(QJsonObject{{QStringLiteral("list"), hit.entry.list},
                                         {QStringLiteral("name"), hit.entry.name},
                                         {QStringLiteral("source"), hit.entry.source},
                                         {QStringLiteral("matched"), hit.entityName}});
        object.insert(QStringLiteral("mentions"), mentions);
        object.insert(QStringLiteral("relations"), relations);
        object.insert(QStringLiteral("screening"), screening);
        if (context.json()) {
            context.printJson(object);
        } else {
            context.out << entity->displayName() << " (" << toString(entity->type) << ")\n"
                        << mentions.size() << " mentions, " << relations.size() << " relations";
            for (const QJsonValue &hit : screening)
                context.out << "\nON LIST: " << hit[QStringLiteral("name")].toString() << " — "
                            << hit[QStringLiteral("source")].toString();
            context.out << Qt::endl;
        }
        return 0;
    });
}

int entityMerge(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity merge"), arguments);
    if (!context.parse(QStringLiteral("CASE INTO FROM"), 3))
        return kUsageError;
    const std::optional<qint64> into = context.idAt(1, "INTO");
    const std::optional<qint64> from = context.idAt(2, "FROM");
    if (!into || !from)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        if (!opened.apply(EntityEdit::merge(*into, *from)))
            return 1;
        if (context.json())
            context.printJson(entityJson(*EntityStore(opened.db).get(*into)));
        return 0;
    });
}

int entityEdit(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity edit"), arguments);
    context.parser.addOption({QStringLiteral("type"), QStringLiteral("The new type."), QStringLiteral("TYPE")});
    context.parser.addOption({QStringLiteral("zh"), QStringLiteral("The new Chinese name."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("en"), QStringLiteral("The new English name."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("alias"), QStringLiteral("Another name to add (repeatable)."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("uscc"), QStringLiteral("Unified social credit code."), QStringLiteral("CODE")});
    context.parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes (replace the old ones)."), QStringLiteral("TEXT")});
    if (!context.parse(QStringLiteral("CASE ID [--type T] [--zh NAME] [--en NAME] [--alias A]... [--uscc C] [--notes T]"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    std::optional<EntityType> type;
    if (context.parser.isSet(QStringLiteral("type"))) {
        type = entityTypeFromString(context.parser.value(QStringLiteral("type")));
        if (!type) {
            context.fail(QStringLiteral("unknown --type %1").arg(context.parser.value(QStringLiteral("type"))));
            return kUsageError;
        }
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        std::optional<Entity> entity = EntityStore(opened.db).get(*id);
        if (!entity)
            return context.fail(QStringLiteral("there is no entity %1").arg(*id));
        if (type)
            entity->type = *type;
        if (context.parser.isSet(QStringLiteral("zh")))
            entity->nameZh = context.parser.value(QStringLiteral("zh"));
        if (context.parser.isSet(QStringLiteral("en")))
            entity->nameEn = context.parser.value(QStringLiteral("en"));
        for (const QString &alias : context.parser.values(QStringLiteral("alias")))
            if (!entity->allNames().contains(alias))
                entity->aliases << alias;
        if (context.parser.isSet(QStringLiteral("uscc")))
            entity->uscc = Uscc::normalize(context.parser.value(QStringLiteral("uscc")));
        if (context.parser.isSet(QStringLiteral("notes")))
            entity->notes = context.parser.value(QStringLiteral("notes"));
        if (!opened.apply(EntityEdit::update(*entity)))
            return 1;
        if (context.json())
            context.printJson(entityJson(*EntityStore(opened.db).get(*id)));
        return 0;
    });
}

int entityDelete(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity delete"), arguments);
    if (!context.parse(QStringLiteral("CASE ID"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        return opened.apply(EntityEdit::remove(*id)) ? 0 : 1;
    });
}

int entityTag(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity tag"), arguments);
    if (!context.parse(QStringLiteral("CASE ID SEGMENT:START:END"), 3))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    const std::optional<SpanArgument> span = parseSpan(context.positional().at(2));
    if (!span || span->wholeSegment) {
        context.fail(QStringLiteral("the span is SEGMENT:START:END (tSEGMENT:START:END in the translation)"));
        return kUsageError;
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        Mention mention;
        mention.segmentId = span->segment;
        mention.field = span->field;
        mention.start = span->start;
        mention.end = span->end;
        mention.origin = QStringLiteral("manual");
        mention.status = Mention::Status::Confirmed;
        if (!opened.apply(EntityEdit::tag(mention, *id)))
            return 1;
        if (context.json())
            context.printJson(entityJson(*EntityStore(opened.db).get(*id)));
        return 0;
    });
}

int entityMentionStatus(const QStringList &arguments, Mention::Status status)
{
    CliContext context(status == Mention::Status::Confirmed ? QStringLiteral("entity confirm") : QStringLiteral("entity reject"),
                       arguments);
    if (!context.parse(QStringLiteral("CASE ID MENTION..."), 3))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    std::vector<qint64> mentions;
    for (int i = 2; i < context.positional().size(); ++i) {
        const std::optional<qint64> mention = context.idAt(i, "MENTION");
        if (!mention)
            return kUsageError;
        mentions.push_back(*mention);
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        std::set<qint64> own;
        for (const Mention &m : EntityStore(opened.db).mentionsOf(*id, true))
            own.insert(m.id);
        for (qint64 mention : mentions)
            if (!own.count(mention))
                return context.fail(QStringLiteral("mention %1 is not one of entity %2's").arg(mention).arg(*id));
        return opened.apply(EntityEdit::setMentionStatus(*id, mentions, status)) ? 0 : 1;
    });
}

int entityScan(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity scan"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const EntityEdit *scan = opened.apply(EntityEdit::scanMentions());
        if (!scan)
            return 1;
        const ScanReport &report = scan->report();
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("segments"), report.segments},
                                          {QStringLiteral("found"), report.found},
                                          {QStringLiteral("proposed"), report.proposed}});
        else
            context.out << "Read " << report.segments << " texts, found " << report.found << " mentions, "
                        << report.proposed << " new proposals" << Qt::endl;
        return 0;
    });
}

int entityMentions(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity mentions"), arguments);
    if (!context.parse(QStringLiteral("CASE ID"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const Mention &m : EntityStore(opened.db).mentionsOf(*id, true)) {
            array.append(mentionJson(m));
            if (!context.json())
                context.out << m.documentId << ':' << m.page << ':' << m.segmentId << '\t' << m.text << '\t'
                            << Mention::statusName(m.status) << '\t' << m.context << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int entitySuggest(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity suggest"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const EntitySuggestion &s : EntitySuggester(opened.db).suggest()) {
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("type"), toString(s.type)},
                                     {QStringLiteral("reason"), s.reason},
                                     {QStringLiteral("occurrences"), s.occurrences},
                                     {QStringLiteral("segment_id"), s.exampleSegmentId}});
            if (!context.json())
                context.out << s.name << '\t' << toString(s.type) << '\t' << s.reason << '\t' << s.occurrences << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int entityCodes(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity codes"), arguments);
    context.parser.addOption({QStringLiteral("attach"), QStringLiteral("Give each valid code to the entity named beside it, if it has none.")});
    if (!context.parse(QStringLiteral("CASE [--attach]"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        if (context.parser.isSet(QStringLiteral("attach")) && !opened.apply(EntityEdit::attachFoundCodes()))
            return 1;
        CodeReport report(opened.db);
        QJsonArray codes, shared;
        const std::vector<FoundCode> found = report.codesInDocuments();
        for (const FoundCode &f : found) {
            codes.append(QJsonObject{{QStringLiteral("code"), f.code},
                                     {QStringLiteral("valid"), f.valid},
                                     {QStringLiteral("document_id"), f.documentId},
                                     {QStringLiteral("segment_id"), f.segmentId},
                                     {QStringLiteral("page"), f.page},
                                     {QStringLiteral("entity_id"), f.entityId ? QJsonValue(f.entityId) : QJsonValue()}});
            if (!context.json())
                context.out << f.code << '\t' << (f.valid ? "valid" : "CHECK CHARACTER WRONG") << '\t' << f.documentId
                            << ':' << f.page << Qt::endl;
        }
        for (const SharedCode &s : report.entitiesSharingCodes()) {
            shared.append(QJsonObject{{QStringLiteral("code"), s.code},
                                      {QStringLiteral("entities"), QJsonArray{s.firstId, s.secondId}}});
            if (!context.json())
                context.out << "merge? entities " << s.firstId << " and " << s.secondId << " share " << s.code << Qt::endl;
        }
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("codes"), codes}, {QStringLiteral("merge_proposals"), shared}});
        return 0;
    });
}

} // namespace

int entity(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add"))
        return entityAdd(rest);
    if (action == QLatin1String("list"))
        return entityList(rest);
    if (action == QLatin1String("show"))
        return entityShow(rest);
    if (action == QLatin1String("merge"))
        return entityMerge(rest);
    if (action == QLatin1String("edit"))
        return entityEdit(rest);
    if (action == QLatin1String("delete"))
        return entityDelete(rest);
    if (action == QLatin1String("tag"))
        return entityTag(rest);
    if (action == QLatin1String("confirm"))
        return entityMentionStatus(rest, Mention::Status::Confirmed);
    if (action == QLatin1String("reject"))
        return entityMentionStatus(rest, Mention::Status::Rejected);
    if (action == QLatin1String("scan"))
        return entityScan(rest);
    if (action == QLatin1String("mentions"))
        return entityMentions(rest);
    if (action == QLatin1String("suggest"))
        return entitySuggest(rest);
    if (action == QLatin1String("codes"))
        return entityCodes(rest);
    QTextStream(stderr) << "dossier-cli entity: use add, list, show, edit, delete, merge, tag, confirm, reject, scan, "
                           "mentions, suggest or codes\n";
    return kUsageError;
}

} // namespace dossier::cli
