// dossier-cli commands for a desk's claims: add, list, record a verdict with evidence.
#include "clicase.h"
#include "commands.h"

#include "factcheck/claimstore.h"
#include "storage/casefile.h"
#include "storage/database.h"

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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        Transaction transaction(caseFile.db());
        ClaimStore store(caseFile.db());
        const qint64 id = store.add(context.positional().at(1), context.parser.value(QStringLiteral("draft")));
        transaction.commit();
        if (context.json())
            context.printJson(claimJson(*store.claim(id)));
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        QJsonArray array;
        for (const Claim &claim : ClaimStore(caseFile.db()).claims()) {
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
    return withCase(context, context.positional().at(0), [&](CaseFile &caseFile) {
        ClaimStore store(caseFile.db());
        if (!store.claim(*id))
            return context.fail(QStringLiteral("there is no claim %1").arg(*id));
        Transaction transaction(caseFile.db());
        if (span && !store.addEvidence(*id, span->segment, span->start, span->end))
            return context.fail(QStringLiteral("there is no segment %1").arg(span->segment));
        VerdictState state;
        state.verdict = *verdict;
        state.note = context.parser.value(QStringLiteral("note"));
        state.checkedBy = context.parser.value(QStringLiteral("by"));
        state.checkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        store.setVerdict(*id, state);
        transaction.commit();
        if (context.json())
            context.printJson(claimJson(*store.claim(*id)));
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
