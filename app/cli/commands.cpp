#include "commands.h"

#include "clicase.h"

#include "documents/documentstore.h"
#include "documents/obtaineddate.h"
#include "import/importservice.h"
#include "json/jsonformat.h"
#include "search/searchservice.h"
#include "notices/procurementfields.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <memory>

namespace dossier::cli {

int withCase(CliContext &context, const QString &path, const std::function<int(CliCase &)> &work)
{
    Result<std::unique_ptr<CaseSession>> opened = CaseSession::open(path);
    if (!opened)
        return context.fail(opened.error().fullText());
    CaseSession &session = **opened;
    bool failed = false;
    QObject::connect(&session, &CaseSession::errorOccurred, [&](const QString &message) {
        context.fail(message);
        failed = true;
    });
    int code = 1;
    session.read([&](Database &db) {
        CliCase open{session, db};
        code = work(open);
    });
    return failed && code == 0 ? 1 : code;
}

std::optional<SpanArgument> parseSpan(const QString &text)
{
    SpanArgument span;
    QString spec = text;
    if (spec.startsWith(QLatin1Char('t'))) {
        span.field = QStringLiteral("translation");
        spec.remove(0, 1);
    }
    const QStringList parts = spec.split(QLatin1Char(':'));
    bool ok = false;
    span.segment = parts.value(0).toLongLong(&ok);
    if (!ok || (parts.size() != 1 && parts.size() != 3))
        return std::nullopt;
    span.wholeSegment = parts.size() == 1;
    if (!span.wholeSegment) {
        bool startOk = false;
        bool endOk = false;
        span.start = parts[1].toInt(&startOk);
        span.end = parts[2].toInt(&endOk);
        if (!startOk || !endOk || span.start < 0 || span.end <= span.start)
            return std::nullopt;
    }
    return span;
}

std::optional<qint64> documentArgument(CliContext &context, const QString &text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (!numeric || id <= 0) {
        context.fail(QStringLiteral("DOC must be a document number, as listed by `docs`"));
        return std::nullopt;
    }
    return id;
}

bool optionalDocumentArgument(CliContext &context, int index, std::optional<qint64> &documentId)
{
    documentId.reset();
    if (context.positional().size() <= index)
        return true;
    documentId = documentArgument(context, context.positional().at(index));
    return documentId.has_value();
}

int newCase(const QStringList &arguments)
{
    CliContext context(QStringLiteral("new"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    Result<std::unique_ptr<CaseSession>> created = CaseSession::create(context.positional().at(0));
    if (!created)
        return context.fail(created.error().fullText());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("path"), (*created)->path()}});
    else
        context.out << "Created " << (*created)->path() << Qt::endl;
    return 0;
}

int importFiles(const QStringList &arguments)
{
    CliContext context(QStringLiteral("import"), arguments);
    context.parser.addOption({QStringLiteral("source-url"),
                              QStringLiteral("Where the files were obtained (a web address)."),
                              QStringLiteral("URL")});
    context.parser.addOption({QStringLiteral("obtained"),
                              QStringLiteral("When the files were obtained."),
                              QStringLiteral("YYYY-MM-DD")});
    context.parser.addOption({QStringLiteral("kind"),
                              QStringLiteral("Read text files as: text, bilingual or html."),
                              QStringLiteral("KIND")});
    context.parser.addOption({QStringLiteral("no-ocr"),
                              QStringLiteral("Do not read scanned pages and images with OCR (they import without text).")});
    if (!context.parse(QStringLiteral("CASE PATH..."), 2))
        return kUsageError;

    ImportOptions options;
    options.ocr = !context.parser.isSet(QStringLiteral("no-ocr"));
    if (context.parser.isSet(QStringLiteral("source-url"))) {
        const QString url = context.parser.value(QStringLiteral("source-url"));
        if (!QUrl(url, QUrl::StrictMode).isValid()) {
            context.fail(QStringLiteral("--source-url is not a valid address: ") + url);
            return kUsageError;
        }
        options.sourceUrl = url;
    }
    if (context.parser.isSet(QStringLiteral("obtained"))) {
        const QString date = context.parser.value(QStringLiteral("obtained"));
        if (!ObtainedDate::isValid(date)) {
            context.fail(QStringLiteral("--obtained must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not ") + date);
            return kUsageError;
        }
        options.obtainedAt = date;
    }
    if (context.parser.isSet(QStringLiteral("kind"))) {
        options.kind = documentKindFromString(context.parser.value(QStringLiteral("kind")));
        if (!options.kind || *options.kind == DocumentKind::Pdf || *options.kind == DocumentKind::Image) {
            context.fail(QStringLiteral("--kind must be text, bilingual or html"));
            return kUsageError;
        }
    }

    QStringList paths = context.positional();
    const QString casePath = paths.takeFirst();
    return withCase(context, casePath, [&](CliCase &opened) {
    ImportService service(opened.db);
    const auto progress = [&](int done, int total, const QString &path) {
        if (!context.json() && !path.isEmpty())
            context.err << '[' << done + 1 << '/' << total << "] " << path << Qt::endl;
    };
    service.setPageProgress([&](const QString &, int page, int pages) {
        if (!context.json())
            context.err << "  reading page " << page << '/' << pages << Qt::endl;
    });
    const std::vector<ImportOutcome> outcomes = service.importFiles(paths, options, progress);

    bool failed = outcomes.empty();
    QJsonArray array;
    for (const ImportOutcome &outcome : outcomes) {
        failed = failed || outcome.status == ImportOutcome::Status::Failed;
        array.append(JsonFormat::importOutcome(outcome));
        if (context.json())
            continue;
        context.out << ImportOutcome::statusName(outcome.status) << '\t' << outcome.path;
        if (outcome.documentId > 0)
            context.out << "\t#" << outcome.documentId << ' ' << outcome.title;
        if (!outcome.error.isEmpty())
            context.out << '\t' << outcome.error;
        context.out << Qt::endl;
    }
    if (context.json())
        context.printJson(array);
    if (outcomes.empty())
        context.fail(QStringLiteral("no files to import"));
    if (failed)
        return 1;
    opened.session.notifyDocumentsChanged();
    return 0;
    });
}

int listDocuments(const QStringList &arguments)
{
    CliContext context(QStringLiteral("docs"), arguments);
    if (!context.parse(QStringLiteral("CASE"), 1))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const std::vector<DocumentInfo> documents = DocumentStore(opened.db).list();
        if (context.json()) {
            QJsonArray array;
            for (const DocumentInfo &document : documents)
                array.append(JsonFormat::document(document));
            context.printJson(array);
            return 0;
        }
        for (const DocumentInfo &d : documents) {
            context.out << d.id << '\t' << d.kind << '\t' << d.language << '\t' << d.pages
                        << "p\t" << d.segments << "s\t" << d.title << Qt::endl;
        }
        return 0;
    });
}

int showDocument(const QStringList &arguments)
{
    CliContext context(QStringLiteral("show"), arguments);
    if (!context.parse(QStringLiteral("CASE DOC"), 2))
        return kUsageError;
    const std::optional<qint64> documentId = documentArgument(context, context.positional().at(1));
    if (!documentId)
        return kUsageError;
    const qint64 id = *documentId;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        DocumentStore store(opened.db);
        const std::optional<DocumentInfo> document = store.get(id);
        if (!document)
            return context.fail(QStringLiteral("there is no document %1 in this case").arg(id));
        const std::vector<SegmentInfo> segments = store.segments(id);
        // A notice's publication date, read from it: the date the document is proposed to bear.
        const NoticeReading notice = ProcurementFields(opened.db).read(id);
        const ProcurementField *published = notice.field("published");
        if (context.json()) {
            QJsonObject object = JsonFormat::documentWithSegments(*document, segments);
            if (published && published->date)
                object.insert(QStringLiteral("published"),
                              QJsonObject{{QStringLiteral("date"), published->date->toIso()},
                                          {QStringLiteral("quote"), published->value},
                                          {QStringLiteral("evidence"),
                                           QStringLiteral("%1:%2:%3").arg(published->segmentId).arg(published->start).arg(published->end)}});
            context.printJson(object);
            return 0;
        }
        context.out << document->title << Qt::endl
                    << document->kind << ", " << document->language << ", " << document->pages
                    << " pages, sha256 " << document->sha256 << Qt::endl;
        if (published && published->date)
            context.out << "published " << published->date->toIso() << " (read from the notice: " << published->value << ')'
                        << Qt::endl;
        for (const SegmentInfo &segment : segments) {
            context.out << "\n[p" << segment.page << " #" << segment.id << "] " << segment.text
                        << Qt::endl;
            if (segment.translation)
                context.out << "    " << *segment.translation << Qt::endl;
        }
        return 0;
    });
}

namespace {

// A reporter's list of names, one query per line; blank lines and # notes are skipped.
std::optional<QStringList> readQueries(CliContext &context, const QString &path)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        context.fail(QStringLiteral("cannot read the queries in %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QStringList queries;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString query = line.trimmed();
        if (!query.isEmpty() && !query.startsWith(QLatin1Char('#')))
            queries << query;
    }
    return queries;
}

} // namespace

int search(const QStringList &arguments)
{
    CliContext context(QStringLiteral("search"), arguments);
    context.parser.addOption({QStringLiteral("limit"),
                              QStringLiteral("At most this many hits (default 100)."),
                              QStringLiteral("N"), QStringLiteral("100")});
    context.parser.addOption({QStringLiteral("queries"),
                              QStringLiteral("Run every query in FILE (one per line, - for standard input) in one go."),
                              QStringLiteral("FILE")});
    if (!context.parse(QStringLiteral("CASE QUERY... | CASE --queries FILE"), 1))
        return kUsageError;
    QStringList positional = context.positional();
    const QString casePath = positional.takeFirst();
    QStringList queries;
    if (context.parser.isSet(QStringLiteral("queries"))) {
        const std::optional<QStringList> read = readQueries(context, context.parser.value(QStringLiteral("queries")));
        if (!read)
            return kUsageError;
        queries = *read;
    } else if (positional.isEmpty()) {
        context.fail(QStringLiteral("give a QUERY or --queries FILE"));
        return kUsageError;
    } else {
        queries << positional.join(QLatin1Char(' '));
    }
    const bool batch = context.parser.isSet(QStringLiteral("queries"));
    SearchService::Options options;
    options.limit = std::max(1, context.parser.value(QStringLiteral("limit")).toInt());
    return withCase(context, casePath, [&](CliCase &opened) {
        SearchService service(opened.db);
        QJsonArray results;
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timer.start();
            const std::vector<SearchHit> hits = service.search(query, options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QJsonArray array;
            if (context.json()) {
                for (const SearchHit &hit : hits)
                    array.append(JsonFormat::searchHit(hit));
                results.append(QJsonObject{{QStringLiteral("query"), query},
                                           {QStringLiteral("count"), int(hits.size())},
                                           {QStringLiteral("elapsed_ms"), ms},
                                           {QStringLiteral("hits"), array}});
                continue;
            }
            if (batch)
                context.out << "== " << query << " (" << hits.size() << ")" << Qt::endl;
            for (const SearchHit &hit : hits)
                context.out << hit.documentId << ':' << hit.page << ':' << hit.segmentId << '\t'
                            << hit.documentTitle << '\t' << hit.snippet << Qt::endl;
        }
        if (context.json())
            context.printJson(batch ? QJsonValue(results) : results.first()[QStringLiteral("hits")]);
        return 0;
    });
}

} // namespace dossier::cli
