// dossier-cli commands for a desk's claims: add, list, record a verdict with evidence.
#include "clicase.h"
#include "commands.h"

#include "factcheck/claimstore.h"
#include "operations/claimedits.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace dossier::cli {

namespace {

QJsonObject claimJson(const Claim &claim)
{
    QJsonArray evidence;
    for (const Evidence &e : claim.evidence)
        evidence.append(QJsonObject{{QStringLiteral("quote"), e.quote},
                                    {QStringLiteral("document_id"), e.documentId},
                                    {QStringLiteral("page"), e.page},
                                    {QStringLiteral("changed"), e.changed}});
    return QJsonObject{{QStringLiteral("id"), claim.id},
                       {QStringLiteral("text"), claim.text},
                       {QStringLiteral("verdict"), toString(claim.verdict)},
                       {QStringLiteral("note"), claim.note},
                       {QStringLiteral("checked_by"), claim.checkedBy},
                       {QStringLiteral("checked_at"), claim.checkedAt},
                       {QStringLiteral("needs_recheck"), claim.needsRecheck},
                       {QStringLiteral("evidence"), evidence}};
}

int claimAdd(const QStringList &arguments)
{
    CliContext context(QStringLiteral("claim add"), arguments);
    context.parser.addOption({QStringLiteral("draft"), QStringLiteral("The article or draft it comes from."), QStringLiteral("NAME")});
    if (!context.parse(QStringLiteral("CASE TEXT [--draft NAME]"), 2))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const ClaimEdit *added = opened.apply(ClaimEdit::add({context.positional().at(1)}, context.parser.value(QStringLiteral("draft"))));
        if (!added)
            return 1;
        const qint64 id = added->claimIds().front();
        if (context.json())
            context.printJson(claimJson(*ClaimStore(opened.db).claim(id)));
        else
            context.out << id << Qt::endl;
        return 0;
    });
}

int claimList(const QStringList &arguments)
{
    CliContext context(QStringLiteral("claim list"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray array;
        for (const Claim &claim : ClaimStore(opened.db).claims()) {
            array.append(claimJson(claim));
            if (!context.json())
                context.out << claim.id << '\t' << toString(claim.verdict) << '\t' << claim.text << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int claimVerdict(const QStringList &arguments)
{
    CliContext context(QStringLiteral("claim verdict"), arguments);
    context.parser.addOption({QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT")});
    context.parser.addOption({QStringLiteral("by"), QStringLiteral("Who checked it."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("evidence"), QStringLiteral("A quote that decides it."), QStringLiteral("SEGMENT:START:END")});
    if (!context.parse(QStringLiteral("CASE CLAIM VERDICT [--note TEXT] [--by NAME] [--evidence SEGMENT:START:END]"), 3))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "CLAIM");
    if (!id)
        return kUsageError;
    const std::optional<Verdict> verdict = verdictFromString(context.positional().at(2));
    if (!verdict) {
        context.fail(QStringLiteral("a verdict is one of unchecked, in_progress, supported, contradicted, unverifiable"));
        return kUsageError;
    }
    std::optional<SpanArgument> span;
    if (context.parser.isSet(QStringLiteral("evidence"))) {
        span = parseSpan(context.parser.value(QStringLiteral("evidence")));
        if (!span) {
            context.fail(QStringLiteral("the evidence is SEGMENT:START:END"));
            return kUsageError;
        }
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        std::optional<std::tuple<qint64, int, int>> evidence;
        if (span)
            evidence = std::make_tuple(span->segment, span->start, span->end);
        if (!opened.apply(ClaimEdit::setVerdict(*id, *verdict, context.parser.value(QStringLiteral("note")),
                                                context.parser.value(QStringLiteral("by")), evidence)))
            return 1;
        if (context.json())
            context.printJson(claimJson(*ClaimStore(opened.db).claim(*id)));
        return 0;
    });
}

} // namespace

int claim(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("add"))
        return claimAdd(rest);
    if (action == QLatin1String("list"))
        return claimList(rest);
    if (action == QLatin1String("verdict"))
        return claimVerdict(rest);
    QTextStream(stderr) << "dossier-cli claim: use add, list or verdict\n";
    return kUsageError;
}

} // namespace dossier::cli
