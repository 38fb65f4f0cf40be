// dossier-cli commands for a case worked on by several people: merging another copy,
// settling what both copies changed, and the review state of entities, events and claims.
#include "clicase.h"
#include "commands.h"

#include "merge/mergecaseedit.h"
#include "merge/mergeconflicts.h"
#include "merge/recordkind.h"
#include "merge/resolveconflictedit.h"
#include "operations/reviewedit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier::cli {

namespace {

void printReport(CliContext &context, const MergeReport &report)
{
    if (context.json()) {
        context.printJson(report.toJson());
        return;
    }
    for (const MergeChange &change : report.changes)
        context.out << MergeChange::actionName(change.action) << '\t' << change.kind << '\t' << change.label
                    << (change.detail.isEmpty() ? QString() : QStringLiteral("\t(%1)").arg(change.detail)) << Qt::endl;
    for (const QString &line : report.summary())
        context.out << line << Qt::endl;
}

QString versionText(const std::optional<QJsonObject> &version, const QStringList &fields)
{
    if (!version)
        return QStringLiteral("(deleted)");
    QStringList parts;
    for (const QString &field : fields) {
        const QString name = RecordKind::fieldLabel(field);
        parts << (name.isEmpty() ? field : name) + QStringLiteral(": ") +
                     RecordKind::valueLabel(field, version->value(field).toVariant().toString());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

int merge(const QStringList &arguments)
{
    CliContext context(QStringLiteral("merge"), arguments);
    context.parser.addOption({QStringLiteral("dry-run"), QStringLiteral("List what would change; change nothing.")});
    if (!context.parse(QStringLiteral("CASE OTHER  (OTHER: a .dossier copy of the case or its JSON export)"), 2))
        return kUsageError;
    const QString other = context.positional().at(1);
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const QString own = context.positional().at(0);
        if (context.parser.isSet(QStringLiteral("dry-run"))) {
            Result<MergeReport> preview = MergeCaseEdit::preview(opened.db, other, own);
            if (!preview)
                return context.fail(preview.error().fullText());
            printReport(context, *preview);
            return 0;
        }
        Result<std::unique_ptr<MergeCaseEdit>> edit = MergeCaseEdit::from(other, own);
        if (!edit)
            return context.fail(edit.error().fullText());
        MergeCaseEdit *done = opened.apply(std::move(*edit));
        if (!done)
            return 1;
        printReport(context, done->report());
        return 0;
    });
}

int conflicts(const QStringList &arguments)
{
    CliContext context(QStringLiteral("conflicts"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        QJsonArray list;
        for (const MergeConflict &conflict : MergeConflicts(opened.db).all()) {
            const QStringList fields = conflict.differingFields();
            list.append(QJsonObject{{QStringLiteral("id"), conflict.id},
                                    {QStringLiteral("kind"), conflict.kind},
                                    {QStringLiteral("uuid"), conflict.uuid},
                                    {QStringLiteral("label"), conflict.label},
                                    {QStringLiteral("source"), conflict.source},
                                    {QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                                    {QStringLiteral("mine"), conflict.mine ? QJsonValue(*conflict.mine) : QJsonValue()},
                                    {QStringLiteral("theirs"), conflict.theirs ? QJsonValue(*conflict.theirs) : QJsonValue()}});
            if (!context.json())
                context.out << conflict.id << '\t' << RecordKind::label(conflict.kind) << '\t' << conflict.label << '\n'
                            << "\there:  " << versionText(conflict.mine, fields) << '\n'
                            << "\tthere: " << versionText(conflict.theirs, fields) << " (" << conflict.source << ")"
                            << Qt::endl;
        }
        if (context.json())
            context.printJson(list);
        return 0;
    });
}

int resolve(const QStringList &arguments)
{
    CliContext context(QStringLiteral("resolve"), arguments);
    context.parser.addOption({QStringLiteral("keep"), QStringLiteral("Whose version: mine (this case's) or theirs."),
                              QStringLiteral("mine|theirs")});
    if (!context.parse(QStringLiteral("CASE CONFLICT --keep mine|theirs"), 2))
        return kUsageError;
    const std::optional<qint64> id = context.idAt(1, "CONFLICT");
    const QString keep = context.parser.value(QStringLiteral("keep"));
    if (!id)
        return kUsageError;
    if (keep != QLatin1String("mine") && keep != QLatin1String("theirs")) {
        context.err << "dossier-cli resolve: --keep must be mine or theirs\n";
        return kUsageError;
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const auto choice = keep == QLatin1String("mine") ? ResolveConflictEdit::Choice::KeepMine
                                                          : ResolveConflictEdit::Choice::TakeTheirs;
        return opened.apply(ResolveConflictEdit::choose(*id, choice)) ? 0 : 1;
    });
}

int review(const QStringList &arguments)
{
    CliContext context(QStringLiteral("review"), arguments);
    context.parser.addOption({QStringLiteral("note"), QStringLiteral("Why (needed for disputed)."), QStringLiteral("TEXT")});
    if (!context.parse(QStringLiteral("CASE entity|event|claim ID draft|checked|verified|disputed [--note T]"), 4))
        return kUsageError;
    const std::optional<ReviewedKind> kind = ReviewStates::kindFromCode(context.positional().at(1));
    const std::optional<qint64> id = context.idAt(2, "ID");
    const std::optional<ReviewState> state = reviewFromCode(context.positional().at(3));
    if (!kind || !state) {
        context.err << "dossier-cli review: the kind is entity, event or claim; the state draft, checked, verified or disputed\n";
        return kUsageError;
    }
    if (!id)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        return opened.apply(ReviewEdit::set(*kind, *id, *state, context.parser.value(QStringLiteral("note")))) ? 0 : 1;
    });
}

} // namespace dossier::cli
