// dossier-cli commands for relations between entities and for screening lists.
#include "clicase.h"
#include "commands.h"
#include "entityjson.h"

#include "entities/entitystore.h"
#include "entities/screeninglist.h"
#include "operations/entityedits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dossier::cli {

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
        return withCase(context, context.positional().at(0), [&](CliCase &opened) {
            Relation r;
            r.fromId = *from;
            r.toId = *to;
            r.kind = context.parser.value(QStringLiteral("kind"));
            r.note = context.parser.value(QStringLiteral("note"));
            for (const QString &argument : context.parser.values(QStringLiteral("evidence"))) {
                // Relation evidence quotes an original, always a span of it; core quotes it.
                const std::optional<SpanArgument> span = parseSpan(argument);
                if (!span || span->wholeSegment || span->field != QLatin1String("original"))
                    return context.fail(QStringLiteral("--evidence is SEGMENT:START:END"));
                r.evidence.push_back({span->segment, span->start, span->end, {}});
            }
            if (!opened.apply(EntityEdit::addRelation(r)))
                return 1;
            if (context.json())
                context.printJson(relationJson(EntityStore(opened.db).relations(r.fromId).back()));
            return 0;
        });
    }
    if (action == QLatin1String("list")) {
        if (!context.parse(QStringLiteral("CASE"), 1))
            return kUsageError;
        return withCase(context, context.positional().at(0), [&](CliCase &opened) {
            QJsonArray array;
            for (const Relation &r : EntityStore(opened.db).relations()) {
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
        return withCase(context, context.positional().at(0), [&](CliCase &opened) {
            Result<int> imported = ScreeningList(opened.db).importCsv(context.positional().at(1),
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
        return withCase(context, context.positional().at(0), [&](CliCase &opened) {
            QJsonArray array;
            ScreeningList list(opened.db);
            for (const Entity &e : EntityStore(opened.db).list()) {
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
