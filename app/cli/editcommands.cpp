// dossier-cli commands that change a document's details, its translations and its OCR
// text, and that show who changed what: the same edits as the GUI's, one each.
#include "clicase.h"
#include "commands.h"

#include "documents/documentstore.h"
#include "documents/originalcheck.h"
#include "operations/documentedits.h"
#include "operations/ocredit.h"
#include "operations/translationedits.h"
#include "operations/auditlog.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace dossier::cli {

namespace {

int documentEdit(const QStringList &arguments)
{
    CliContext context(QStringLiteral("document edit"), arguments);
    context.parser.addOption({QStringLiteral("title"), QStringLiteral("The title."), QStringLiteral("TEXT")});
    context.parser.addOption({QStringLiteral("source-url"), QStringLiteral("Where it was obtained (empty: unknown)."), QStringLiteral("URL")});
    context.parser.addOption({QStringLiteral("obtained"), QStringLiteral("When: 2024-03-15, 2024-03 or 2024 (empty: unknown)."), QStringLiteral("DATE")});
    context.parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes (replace the old ones)."), QStringLiteral("TEXT")});
    if (!context.parse(QStringLiteral("CASE DOC [--title T] [--source-url URL] [--obtained DATE] [--notes T]"), 2))
        return kUsageError;
    const std::optional<qint64> documentId = documentArgument(context, context.positional().at(1));
    if (!documentId)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        DocumentStore store(opened.db);
        if (!store.get(*documentId))
            return context.fail(QStringLiteral("there is no document %1").arg(*documentId));
        DocumentEdit details = store.editableFields(*documentId);
        const auto optional = [&](const char *option) {
            const QString value = context.parser.value(QLatin1String(option)).trimmed();
            return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
        };
        if (context.parser.isSet(QStringLiteral("title")))
            details.title = context.parser.value(QStringLiteral("title"));
        if (context.parser.isSet(QStringLiteral("source-url")))
            details.sourceUrl = optional("source-url");
        if (context.parser.isSet(QStringLiteral("obtained")))
            details.obtainedAt = optional("obtained");
        if (context.parser.isSet(QStringLiteral("notes")))
            details.notes = context.parser.value(QStringLiteral("notes"));
        return opened.apply(DocumentDetailsEdit::change(*documentId, details)) ? 0 : 1;
    });
}

int documentTrash(const QStringList &arguments, bool toTrash)
{
    CliContext context(toTrash ? QStringLiteral("document trash") : QStringLiteral("document restore"), arguments);
    if (!context.parse(QStringLiteral("CASE DOC..."), 2))
        return kUsageError;
    std::vector<qint64> documents;
    for (const QString &text : context.positional().mid(1)) {
        const std::optional<qint64> id = documentArgument(context, text);
        if (!id)
            return kUsageError;
        documents.push_back(*id);
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        return opened.apply(toTrash ? TrashEdit::moveToTrash(documents) : TrashEdit::restore(documents)) ? 0 : 1;
    });
}

// A segment's text edit: a translation typed by a person, or a correction of OCR.
int segmentTextEdit(const QStringList &arguments, bool ocr)
{
    CliContext context(ocr ? QStringLiteral("ocr correct") : QStringLiteral("translation set"), arguments);
    if (!context.parse(QStringLiteral("CASE SEGMENT TEXT"), 3))
        return kUsageError;
    const std::optional<qint64> segment = context.idAt(1, "SEGMENT");
    if (!segment)
        return kUsageError;
    const QString text = context.positional().at(2);
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const bool applied = ocr ? opened.apply(OcrCorrectionEdit::correct(*segment, text)) != nullptr
                                 : opened.apply(TranslationEdit::set(*segment, text)) != nullptr;
        return applied ? 0 : 1;
    });
}

} // namespace

int document(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("edit"))
        return documentEdit(rest);
    if (action == QLatin1String("trash"))
        return documentTrash(rest, true);
    if (action == QLatin1String("restore"))
        return documentTrash(rest, false);
    QTextStream(stderr) << "dossier-cli document: use edit, trash or restore\n";
    return kUsageError;
}

int translationSet(const QStringList &arguments)
{
    return segmentTextEdit(arguments, false);
}

int ocr(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("correct")) {
        QTextStream(stderr) << "dossier-cli ocr: use correct\n";
        return kUsageError;
    }
    return segmentTextEdit(arguments.mid(1), true);
}

int verify(const QStringList &arguments)
{
    CliContext context(QStringLiteral("verify"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const std::vector<OriginalMismatch> mismatches = OriginalCheck::verify(opened.db);
        QJsonArray array;
        for (const OriginalMismatch &m : mismatches) {
            array.append(QJsonObject{{QStringLiteral("document_id"), m.documentId},
                                     {QStringLiteral("title"), m.title},
                                     {QStringLiteral("recorded_sha256"), m.expected},
                                     {QStringLiteral("actual_sha256"), m.actual.isEmpty() ? QJsonValue() : QJsonValue(m.actual)}});
            context.err << OriginalCheck::describe(m) << Qt::endl;
        }
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("sound"), mismatches.empty()}, {QStringLiteral("mismatches"), array}});
        else if (mismatches.empty())
            context.out << "Every original is the file that was imported." << Qt::endl;
        return mismatches.empty() ? 0 : 1;
    });
}

int history(const QStringList &arguments)
{
    CliContext context(QStringLiteral("history"), arguments);
    if (!context.parse(QStringLiteral("CASE [KIND [ID]]  (KIND: case, document, entity, event, claim, segment, glossary)"), 1))
        return kUsageError;
    const QString kind = context.positional().value(1);
    std::optional<qint64> id;
    if (context.positional().size() >= 3 && !(id = context.idAt(2, "ID")))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        AuditLog log(opened.db);
        std::vector<AuditEntry> entries = id ? log.history(kind, *id) : log.all();
        if (!kind.isEmpty() && !id)
            entries.erase(std::remove_if(entries.begin(), entries.end(), [&](const AuditEntry &e) { return e.targetKind != kind; }),
                          entries.end());
        QJsonArray array;
        for (const AuditEntry &e : entries) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at},
                                     {QStringLiteral("author"), e.author},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("description"), e.description},
                                     {QStringLiteral("item_kind"), e.targetKind},
                                     {QStringLiteral("item_id"), e.targetId}});
            if (!context.json())
                context.out << e.at << '\t' << e.author << '\t' << e.action << '\t' << e.description << '\t'
                            << e.targetKind << (e.targetId ? QStringLiteral(" %1").arg(e.targetId) : QString()) << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

} // namespace dossier::cli
