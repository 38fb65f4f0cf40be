// dossier-cli commands for entities, their mentions and relations, and screening lists.
#include "clicase.h"
#include "commands.h"

#include "entities/codereport.h"
#include "entities/entitystore.h"
#include "entities/entitysuggester.h"
#include "entities/mentionscanner.h"
#include "entities/screeninglist.h"
#include "entities/uscc.h"
#include "storage/casefile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dossier::cli {

namespace {

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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        entity.id = EntityStore(caseFile.db()).add(entity);
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        QJsonArray array;
        for (const Entity &e : EntityStore(caseFile.db()).list()) {
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        EntityStore store(caseFile.db());
        const std::optional<Entity> entity = store.get(*id);
        if (!entity)
            return context.fail(QStringLiteral("there is no entity %1").arg(*id));
        QJsonObject object = entityJson(*entity);
        QJsonArray mentions, relations, screening;
        for (const Mention &m : store.mentionsOf(*id))
            mentions.append(mentionJson(m));
        for (const Relation &r : store.relations(*id))
            relations.append(relationJson(r));
        for (const ScreeningHit &hit : ScreeningList(caseFile.db()).check(*entity))
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        EntityStore store(caseFile.db());
        if (!store.get(*into) || !store.get(*from))
            return context.fail(QStringLiteral("both entities must exist"));
        Transaction transaction(caseFile.db());
        store.merge(*into, *from);
        transaction.commit();
        if (context.json())
            context.printJson(entityJson(*store.get(*into)));
        return 0;
    });
}

int entityScan(const QStringList &arguments)
{
    CliContext context(QStringLiteral("entity scan"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        const ScanReport report = MentionScanner(caseFile.db()).scan();
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        QJsonArray array;
        for (const Mention &m : EntityStore(caseFile.db()).mentionsOf(*id, true)) {
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        QJsonArray array;
        for (const EntitySuggestion &s : EntitySuggester(caseFile.db()).suggest()) {
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        CodeReport report(caseFile.db());
        QJsonArray codes, shared;
        const std::vector<FoundCode> found = report.codesInDocuments();
        if (context.parser.isSet(QStringLiteral("attach"))) {
            Transaction transaction(caseFile.db());
            EntityStore store(caseFile.db());
            for (const FoundCode &f : found) {
                std::optional<Entity> entity = f.entityId ? store.get(f.entityId) : std::nullopt;
                if (f.valid && entity && entity->uscc.isEmpty()) {
                    entity->uscc = f.code;
                    store.update(*entity);
                }
            }
            transaction.commit();
        }
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
    if (action == QLatin1String("scan"))
        return entityScan(rest);
    if (action == QLatin1String("mentions"))
        return entityMentions(rest);
    if (action == QLatin1String("suggest"))
        return entitySuggest(rest);
    if (action == QLatin1String("codes"))
        return entityCodes(rest);
    QTextStream(stderr) << "dossier-cli entity: use add, list, show, merge, scan, mentions, suggest or codes\n";
    return kUsageError;
}

int relation(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    CliContext context(QStringLiteral("relation ") + action, arguments.mid(1));
    if (action == QLatin1String("add")) {
        context.parser.addOption({QStringLiteral("kind"), QStringLiteral("procured_from, supplied_by, resells, subsidiary_of, uses, listed_on…"), QStringLiteral("KIND"), QStringLiteral("related_to")});
        context.parser.addOption({QStringLiteral("evidence"), QStringLiteral("SEGMENT:START:END (repeatable)."), QStringLiteral("SPAN")});
        context.parser.addOption({QStringLiteral("note"), QStringLiteral("Note."), QStringLiteral("TEXT")});
        if (!context.parse(QStringLiteral("CASE FROM TO --kind K [--evidence SEGMENT:START:END]"), 3))
            return kUsageError;
        const std::optional<qint64> from = context.idAt(1, "FROM");
        const std::optional<qint64> to = context.idAt(2, "TO");
        if (!from || !to)
            return kUsageError;
        return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
            Relation r;
            r.fromId = *from;
            r.toId = *to;
            r.kind = context.parser.value(QStringLiteral("kind"));
            r.note = context.parser.value(QStringLiteral("note"));
            for (const QString &argument : context.parser.values(QStringLiteral("evidence"))) {
                // Relation evidence quotes an original, always a span of it.
                const std::optional<SpanArgument> span = parseSpan(argument);
                if (!span || span->wholeSegment || span->field != QLatin1String("original"))
                    return context.fail(QStringLiteral("--evidence is SEGMENT:START:END"));
                Statement text = caseFile.db().prepare(QStringLiteral("SELECT text FROM segments WHERE id = ?"));
                text.bind(1, span->segment);
                if (!text.step())
                    return context.fail(QStringLiteral("there is no segment %1").arg(span->segment));
                r.evidence.push_back({span->segment, span->start, span->end,
                                      text.text(0).mid(span->start, span->end - span->start)});
            }
            EntityStore store(caseFile.db());
            if (!store.get(r.fromId) || !store.get(r.toId))
                return context.fail(QStringLiteral("both entities must exist"));
            r.id = store.addRelation(r);
            if (context.json())
                context.printJson(relationJson(store.relations(r.fromId).back()));
            return 0;
        });
    }
    if (action == QLatin1String("list")) {
        if (!context.parse(QStringLiteral("CASE"), 1))
            return kUsageError;
        return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
            QJsonArray array;
            for (const Relation &r : EntityStore(caseFile.db()).relations()) {
                array.append(relationJson(r));
                if (!context.json())
                    context.out << r.id << '\t' << r.fromId << " -" << r.kind << "-> " << r.toId << Qt::endl;
            }
            if (context.json())
                context.printJson(array);
            return 0;
        });
    }
    QTextStream(stderr) << "dossier-cli relation: use add or list\n";
    return kUsageError;
}

int screening(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    CliContext context(QStringLiteral("screening ") + action, arguments.mid(1));
    if (action == QLatin1String("import")) {
        context.parser.addOption({QStringLiteral("name"), QStringLiteral("Name of the list."), QStringLiteral("NAME"), QStringLiteral("Consolidated Screening List")});
        if (!context.parse(QStringLiteral("CASE FILE.csv [--name NAME]"), 2))
            return kUsageError;
        return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
            Result<int> imported = ScreeningList(caseFile.db()).importCsv(context.positional().at(1),
                                                                        context.parser.value(QStringLiteral("name")));
            if (!imported)
                return context.fail(imported.error().fullText());
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("entries"), *imported}});
            else
                context.out << "Imported " << *imported << " entries" << Qt::endl;
            return 0;
        });
    }
    if (action == QLatin1String("check")) {
        if (!context.parse(QStringLiteral("CASE"), 1))
            return kUsageError;
        return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
            QJsonArray array;
            ScreeningList list(caseFile.db());
            for (const Entity &e : EntityStore(caseFile.db()).list()) {
                for (const ScreeningHit &hit : list.check(e)) {
                    array.append(QJsonObject{{QStringLiteral("entity_id"), e.id},
                                             {QStringLiteral("entity"), e.displayName()},
                                             {QStringLiteral("matched"), hit.entityName},
                                             {QStringLiteral("list"), hit.entry.list},
                                             {QStringLiteral("entry"), hit.entry.name},
                                             {QStringLiteral("source"), hit.entry.source}});
                    if (!context.json())
                        context.out << e.displayName() << "\ton " << hit.entry.list << ": " << hit.entry.name << " ("
                                    << hit.entry.source << ')' << Qt::endl;
                }
            }
            if (context.json())
                context.printJson(array);
            return 0;
        });
    }
    QTextStream(stderr) << "dossier-cli screening: use import or check\n";
    return kUsageError;
}

} // namespace dossier::cli
