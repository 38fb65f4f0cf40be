// dossier-cli commands for the evidence timeline: events, their evidence, the timeline
// itself and events proposed from procurement notices.
#include "clicase.h"
#include "commands.h"

#include "documents/documentstore.h"
#include "operations/eventedits.h"
#include "timeline/dateparser.h"
#include "timeline/eventstore.h"
#include "notices/procurementfields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dossier::cli {

namespace {

QJsonObject evidenceJson(const EventEvidence &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("document_id"), e.documentId},
                       {QStringLiteral("document_title"), e.documentTitle},
                       {QStringLiteral("segment_id"), e.segmentId ? QJsonValue(*e.segmentId) : QJsonValue()},
                       {QStringLiteral("page"), e.page},
                       {QStringLiteral("text_origin"), textOriginName(e.origin)},
                       {QStringLiteral("field"), e.field},
                       {QStringLiteral("start"), e.start},
                       {QStringLiteral("end"), e.end},
                       {QStringLiteral("quote"), e.quote},
                       {QStringLiteral("translation"), e.translationQuote},
                       {QStringLiteral("sha256"), e.sha256},
                       {QStringLiteral("source_changed"), e.changed},
                       {QStringLiteral("source_missing"), e.missing}};
}

QJsonObject eventJson(const Event &event)
{
    QJsonArray evidence, entities;
    for (const EventEvidence &e : event.evidence)
        evidence.append(evidenceJson(e));
    for (qint64 id : event.entityIds)
        entities.append(id);
    return QJsonObject{{QStringLiteral("id"), event.id},
                       {QStringLiteral("date"), event.date.toIso()},
                       {QStringLiteral("precision"), FuzzyDate::precisionName(event.date.precision)},
                       {QStringLiteral("title"), event.title},
                       {QStringLiteral("description"), event.description},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(event.tags)},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("evidence"), evidence}};
}

std::optional<FuzzyDate> dateArgument(CliContext &context, const QString &text)
{
    std::optional<FuzzyDate> date = FuzzyDate::fromIso(text);
    if (!date)
        date = DateParser::parse(text);
    if (!date)
        context.fail(QStringLiteral("cannot read the date '%1' (use 2024-03-15, 2024-03, 2024-Q2, 2024 or a range a/b)").arg(text));
    return date;
}

int eventAdd(const QStringList &arguments)
{
    CliContext context(QStringLiteral("event add"), arguments);
    context.parser.addOption({QStringLiteral("date"), QStringLiteral("The date, at its precision."), QStringLiteral("D")});
    context.parser.addOption({QStringLiteral("title"), QStringLiteral("What happened."), QStringLiteral("T")});
    context.parser.addOption({QStringLiteral("description"), QStringLiteral("More words."), QStringLiteral("TEXT")});
    context.parser.addOption({QStringLiteral("evidence"), QStringLiteral("SEGMENT:START:END (repeatable)."), QStringLiteral("SPAN")});
    context.parser.addOption({QStringLiteral("entity"), QStringLiteral("An entity involved (repeatable)."), QStringLiteral("ID")});
    context.parser.addOption({QStringLiteral("tag"), QStringLiteral("A tag (repeatable)."), QStringLiteral("TAG")});
    if (!context.parse(QStringLiteral("CASE --date D --title T [--evidence SEGMENT:START:END]..."), 1))
        return kUsageError;
    if (!context.parser.isSet(QStringLiteral("date")) || context.parser.value(QStringLiteral("title")).isEmpty()) {
        context.fail(QStringLiteral("give --date and --title"));
        return kUsageError;
    }
    const std::optional<FuzzyDate> date = dateArgument(context, context.parser.value(QStringLiteral("date")));
    if (!date)
        return kUsageError;
    Event event;
    event.date = *date;
    event.title = context.parser.value(QStringLiteral("title"));
    event.description = context.parser.value(QStringLiteral("description"));
    event.tags = context.parser.values(QStringLiteral("tag"));
    for (const QString &text : context.parser.values(QStringLiteral("entity"))) {
        bool numeric = false;
        const qint64 entity = text.toLongLong(&numeric);
        if (!numeric || entity <= 0) {
            context.fail(QStringLiteral("--entity must be an entity number, as listed by `entity list`, not '%1'").arg(text));
            return kUsageError;
        }
        event.entityIds.push_back(entity);
    }
    std::vector<Citation> evidence;
    for (const QString &text : context.parser.values(QStringLiteral("evidence"))) {
        const std::optional<SpanArgument> span = parseSpan(text);
        if (!span) {
            context.fail(QStringLiteral("--evidence is SEGMENT:START:END or SEGMENT, not '%1'").arg(text));
            return kUsageError;
        }
        evidence.push_back(Citation{span->segment, span->field, span->start, span->end, {}});
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const EventEdit *added = opened.apply(EventEdit::create(event, evidence));
        if (!added)
            return 1;
        const qint64 id = added->eventId();
        if (context.json())
            context.printJson(eventJson(*EventStore(opened.db).get(id)));
        else
            context.out << id << '\t' << event.date.toIso() << '\t' << event.title << Qt::endl;
        return 0;
    });
}

int eventList(const QStringList &arguments, bool timeline)
{
    CliContext context(timeline ? QStringLiteral("timeline") : QStringLiteral("event list"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const Event &event : EventStore(opened.db).list()) {
            array.append(eventJson(event));
            if (context.json())
                continue;
            context.out << event.date.toIso() << '\t' << event.title << Qt::endl;
            if (timeline)
                for (const EventEvidence &e : event.evidence)
                    context.out << "    “" << e.quote << "” (" << e.documentTitle << ", p. " << e.page << ')'
                                << (e.changed ? " [source changed]" : "") << (e.missing ? " [source missing]" : "")
                                << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int eventShowOrDelete(const QStringList &arguments, bool remove)
{
    CliContext context(remove ? QStringLiteral("event delete") : QStringLiteral("event show"), arguments);
    if (!context.parse(QStringLiteral("CASE ID"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "ID");
    if (!id)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        if (remove)
            return opened.apply(EventEdit::remove(*id)) ? 0 : 1;
        const std::optional<Event> event = EventStore(opened.db).get(*id);
        if (!event)
            return context.fail(QStringLiteral("there is no event %1").arg(*id));
        if (context.json())
            context.printJson(eventJson(*event));
        else
            context.out << event->date.toIso() << '\t' << event->title << '\n' << event->description << Qt::endl;
        return 0;
    });
}

} // namespace

int event(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add"))
        return eventAdd(rest);
    if (action == QLatin1String("list"))
        return eventList(rest, false);
    if (action == QLatin1String("show"))
        return eventShowOrDelete(rest, false);
    if (action == QLatin1String("delete"))
        return eventShowOrDelete(rest, true);
    QTextStream(stderr) << "dossier-cli event: use add, list, show or delete\n";
    return kUsageError;
}

int timeline(const QStringList &arguments)
{
    return eventList(arguments, true);
}

int evidence(const QStringList &arguments)
{
    CliContext context(QStringLiteral("evidence add"), arguments.mid(1));
    context.parser.addOption({QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT")});
    if (arguments.value(0) != QLatin1String("add") || !context.parse(QStringLiteral("CASE EVENT SEGMENT:START:END"), 3)) {
        QTextStream(stderr) << "Usage: dossier-cli evidence add CASE EVENT SEGMENT:START:END\n";
        return kUsageError;
    }
    const std::optional<SpanArgument> span = parseSpan(context.positional().at(2));
    if (!span) {
        context.fail(QStringLiteral("the span is SEGMENT:START:END"));
        return kUsageError;
    }
    const std::optional<qint64> event = context.idAt(1, "EVENT");
    if (!event)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const Citation citation{span->segment, span->field, span->start, span->end,
                                context.parser.value(QStringLiteral("note"))};
        if (!opened.apply(EventEdit::cite(*event, citation)))
            return 1;
        if (context.json())
            context.printJson(eventJson(*EventStore(opened.db).get(*event)));
        return 0;
    });
}

int propose(const QStringList &arguments)
{
    CliContext context(QStringLiteral("propose"), arguments);
    if (!context.parse(QStringLiteral("CASE DOC"), 2))
        return kUsageError;
    const std::optional<qint64> documentId = documentArgument(context, context.positional().at(1));
    if (!documentId)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        ProcurementFields procurement(opened.db);
        const NoticeReading reading = procurement.read(*documentId);
        const auto fieldJson = [](const ProcurementField &f) {
            QJsonObject object{{QStringLiteral("label"), f.label},
                               {QStringLiteral("value"), f.value},
                               {QStringLiteral("how"), f.how},
                               {QStringLiteral("segment_id"), f.segmentId},
                               {QStringLiteral("evidence"), QStringLiteral("%1:%2:%3").arg(f.segmentId).arg(f.start).arg(f.end)}};
            if (f.date)
                object.insert(QStringLiteral("date"), f.date->toIso());
            if (f.yuan)
                object.insert(QStringLiteral("yuan"), *f.yuan);
            if (f.yuanHigh)
                object.insert(QStringLiteral("yuan_high"), *f.yuanHigh);
            return object;
        };
        QJsonObject found;
        for (const ProcurementField &f : reading.fields)
            found.insert(f.key, fieldJson(f));
        QJsonArray awards;
        for (const NoticeAward &a : reading.awards) {
            QJsonObject award{{QStringLiteral("package"), a.package}, {QStringLiteral("supplier"), fieldJson(*a.supplier)}};
            if (a.amount)
                award.insert(QStringLiteral("amount"), fieldJson(*a.amount));
            awards.append(award);
        }
        const std::optional<DocumentInfo> document = DocumentStore(opened.db).get(*documentId);
        QJsonArray proposals;
        for (const ProposedEvent &p : ProcurementFields::propose(reading, document ? document->title : QString())) {
            QJsonObject proposal{{QStringLiteral("date"), p.date.toIso()},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("description"), p.description},
                                 {QStringLiteral("entities"), QJsonArray::fromStringList(p.entityNames)},
                                 {QStringLiteral("quote"), p.quote},
                                 {QStringLiteral("evidence"), QStringLiteral("%1:%2:%3").arg(p.segmentId).arg(p.start).arg(p.end)}};
            if (!p.package.isEmpty())
                proposal.insert(QStringLiteral("package"), p.package);
            if (p.yuan)
                proposal.insert(QStringLiteral("yuan"), *p.yuan);
            proposals.append(proposal);
        }
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("fields"), found},
                                          {QStringLiteral("awards"), awards},
                                          {QStringLiteral("events"), proposals}});
        } else {
            for (auto it = found.begin(); it != found.end(); ++it)
                context.out << it.key() << '\t' << it.value()[QStringLiteral("value")].toString() << Qt::endl;
            for (const QJsonValue &a : awards)
                context.out << "award\t" << a[QStringLiteral("package")].toString() << '\t'
                            << a[QStringLiteral("supplier")][QStringLiteral("value")].toString() << '\t'
                            << a[QStringLiteral("amount")][QStringLiteral("value")].toString() << Qt::endl;
            for (const QJsonValue &p : proposals)
                context.out << "propose\t" << p[QStringLiteral("date")].toString() << '\t' << p[QStringLiteral("title")].toString() << Qt::endl;
        }
        return 0;
    });
}

} // namespace dossier::cli
