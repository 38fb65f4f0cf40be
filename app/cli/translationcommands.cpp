// dossier-cli commands for translations: import and align a translation file, run a
// machine-translation service, check figures and glossary terms, edit the glossary.
#include "clicase.h"
#include "commands.h"

#include "figures/figureparser.h"
#include "operations/glossaryedit.h"
#include "operations/translationedits.h"
#include "translations/glossary.h"
#include "translations/machinetranslator.h"
#include "translations/translationchecks.h"
#include "translations/translationimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace dossier::cli {

namespace {

// The providers the reporter configured in Dossier's settings, or one given on the
// command line with --url.
std::optional<ProviderConfig> chooseProvider(CliContext &context)
{
    const QCommandLineParser &p = context.parser;
    if (p.isSet(QStringLiteral("url"))) {
        ProviderConfig config;
        config.name = p.value(QStringLiteral("provider")).isEmpty() ? QStringLiteral("cli") : p.value(QStringLiteral("provider"));
        config.url = QUrl(p.value(QStringLiteral("url")));
        config.model = p.value(QStringLiteral("model"));
        config.kind = p.value(QStringLiteral("kind")) == QLatin1String("libretranslate")
                          ? ProviderConfig::Kind::LibreTranslate
                          : ProviderConfig::Kind::OpenAiCompatible;
        if (p.isSet(QStringLiteral("api-key-env")))
            config.apiKey = qEnvironmentVariable(p.value(QStringLiteral("api-key-env")).toUtf8().constData());
        if (p.isSet(QStringLiteral("batch-size")))
            config.batchSize = std::max(1, p.value(QStringLiteral("batch-size")).toInt());
        return config;
    }
    QSettings settings(QStringLiteral("Dossier"), QStringLiteral("Dossier"));
    const std::vector<ProviderConfig> providers = ProviderConfig::loadAll(settings);
    QString wanted = p.value(QStringLiteral("provider"));
    if (wanted.isEmpty())
        wanted = ProviderConfig::defaultProviderName(settings);
    for (const ProviderConfig &provider : providers)
        if (provider.name == wanted || (wanted.isEmpty() && providers.size() == 1))
            return provider;
    context.fail(providers.empty() ? QStringLiteral("no translation service is configured; add one in Dossier's "
                                                    "settings or give --url")
                                   : QStringLiteral("no translation service named '%1'").arg(wanted));
    return std::nullopt;
}

QJsonObject figureJson(const Figure &figure)
{
    return QJsonObject{{QStringLiteral("text"), figure.text},
                       {QStringLiteral("value"), figure.value},
                       {QStringLiteral("unit"), figure.unit},
                       {QStringLiteral("kind"), Figure::kindName(figure.kind)}};
}

} // namespace

int translationImport(const QStringList &arguments)
{
    CliContext context(QStringLiteral("translation import"), arguments);
    context.parser.addOption({QStringLiteral("language"), QStringLiteral("Language of the translation (default en)."),
                              QStringLiteral("LANG"), QStringLiteral("en")});
    if (!context.parse(QStringLiteral("CASE DOC FILE"), 3))
        return kUsageError;
    const std::optional<qint64> documentId = documentArgument(context, context.positional().at(1));
    if (!documentId)
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const TranslationBatchEdit *edit = opened.apply(TranslationBatchEdit::importFile(
            *documentId, context.positional().at(2), context.parser.value(QStringLiteral("language"))));
        if (!edit)
            return 1;
        const TranslationImportReport *report = &edit->importReport();
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("document_id"), *documentId},
                                          {QStringLiteral("translation_sentences"), report->translationSentences},
                                          {QStringLiteral("aligned_segments"), report->alignedSegments},
                                          {QStringLiteral("one_to_one"), report->oneToOne},
                                          {QStringLiteral("merged"), report->merged},
                                          {QStringLiteral("unmatched"), report->unmatched}});
        } else {
            context.out << "Aligned " << report->translationSentences << " translated sentences to "
                        << report->alignedSegments << " segments (" << report->oneToOne << " one to one, "
                        << report->merged << " merged, " << report->unmatched << " unmatched)" << Qt::endl;
        }
        return 0;
    });
}

int translate(const QStringList &arguments)
{
    CliContext context(QStringLiteral("translate"), arguments);
    context.parser.addOption({QStringLiteral("provider"), QStringLiteral("A configured translation service."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("url"), QStringLiteral("Service address, instead of a configured one."), QStringLiteral("URL")});
    context.parser.addOption({QStringLiteral("kind"), QStringLiteral("With --url: openai or libretranslate."), QStringLiteral("KIND")});
    context.parser.addOption({QStringLiteral("model"), QStringLiteral("With --url: the model name."), QStringLiteral("MODEL")});
    context.parser.addOption({QStringLiteral("api-key-env"), QStringLiteral("With --url: environment variable holding the API key."), QStringLiteral("VAR")});
    context.parser.addOption({QStringLiteral("batch-size"), QStringLiteral("Segments per request."), QStringLiteral("N")});
    if (!context.parse(QStringLiteral("CASE [DOC]"), 1))
        return kUsageError;
    std::optional<qint64> documentId;
    if (!optionalDocumentArgument(context, 1, documentId))
        return kUsageError;
    const std::optional<ProviderConfig> provider = chooseProvider(context);
    if (!provider)
        return 1;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const std::vector<qint64> segments =
            MachineTranslator::untranslatedSegments(opened.db, documentId, provider->targetLanguage);
        const MachineTranslationReport report = MachineTranslator(opened.db, *provider)
            .run(segments, [&](int done, int total) {
                if (!context.json())
                    context.err << "\r" << done << '/' << total << Qt::flush;
            });
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("segments"), report.segments},
                                          {QStringLiteral("translated"), report.translated},
                                          {QStringLiteral("reused"), report.reused},
                                          {QStringLiteral("failed"), report.failed},
                                          {QStringLiteral("requests"), report.requests},
                                          {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}});
        } else {
            context.out << "\nTranslated " << report.translated << ", reused " << report.reused << ", failed "
                        << report.failed << " of " << report.segments << " segments" << Qt::endl;
            for (const QString &error : report.errors)
                context.err << error << Qt::endl;
        }
        return report.failed > 0 || !report.errors.isEmpty() ? 1 : 0;
    });
}

int consistency(const QStringList &arguments)
{
    CliContext context(QStringLiteral("consistency"), arguments);
    if (!context.parse(QStringLiteral("CASE [DOC]"), 1))
        return kUsageError;
    std::optional<qint64> documentId;
    if (!optionalDocumentArgument(context, 1, documentId))
        return kUsageError;
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const std::vector<TranslationIssue> issues = TranslationChecks(opened.db).issues(documentId);
        QJsonArray array;
        for (const TranslationIssue &issue : issues) {
            QJsonArray missing;
            for (const Figure &figure : issue.missingFigures)
                missing.append(figureJson(figure));
            QJsonArray terms;
            for (const GlossaryEntry &entry : issue.glossaryMisses)
                terms.append(QJsonObject{{QStringLiteral("term"), entry.term}, {QStringLiteral("rendering"), entry.rendering}});
            array.append(QJsonObject{{QStringLiteral("document_id"), issue.documentId},
                                     {QStringLiteral("segment_id"), issue.segmentId},
                                     {QStringLiteral("page"), issue.page},
                                     {QStringLiteral("original"), issue.original},
                                     {QStringLiteral("translation"), issue.translation},
                                     {QStringLiteral("missing"), missing},
                                     {QStringLiteral("glossary"), terms}});
            if (context.json())
                continue;
            QStringList figures;
            for (const Figure &figure : issue.missingFigures)
                figures << figure.text;
            context.out << issue.documentId << ':' << issue.page << ':' << issue.segmentId << '\t'
                        << issue.original << "\n\t" << issue.translation << "\n\tmissing: " << figures.join(QStringLiteral(", "));
            for (const GlossaryEntry &entry : issue.glossaryMisses)
                context.out << "\n\tglossary: " << entry.term << " = " << entry.rendering;
            context.out << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

int glossary(const QStringList &arguments)
{
    CliContext context(QStringLiteral("glossary"), arguments);
    if (!context.parse(QStringLiteral("(list CASE | add CASE TERM RENDERING | remove CASE ID)"), 2))
        return kUsageError;
    const QStringList args = context.positional();
    const QString action = args.at(0);
    return withCase(context, args.at(1), [&](CliCase &opened) {
        Glossary glossary(opened.db);
        if (action == QLatin1String("add") && args.size() >= 4) {
            if (!opened.apply(GlossaryEdit::add(GlossaryEntry{0, args.at(2), args.at(3), {}})))
                return 1;
            if (context.json())
                for (const GlossaryEntry &entry : glossary.entries())
                    if (entry.term == args.at(2).trimmed())
                        context.printJson(QJsonObject{{QStringLiteral("id"), entry.id}});
            return 0;
        }
        if (action == QLatin1String("remove") && args.size() >= 3) {
            // By number, as `glossary list` shows it, or by the term itself.
            QString term = args.at(2);
            for (const GlossaryEntry &entry : glossary.entries())
                if (QString::number(entry.id) == args.at(2))
                    term = entry.term;
            return opened.apply(GlossaryEdit::remove(term)) ? 0 : 1;
        }
        if (action != QLatin1String("list")) {
            context.fail(QStringLiteral("use: glossary list|add|remove"));
            return kUsageError;
        }
        QJsonArray array;
        for (const GlossaryEntry &entry : glossary.entries()) {
            array.append(QJsonObject{{QStringLiteral("id"), entry.id}, {QStringLiteral("term"), entry.term},
                                     {QStringLiteral("rendering"), entry.rendering}});
            if (!context.json())
                context.out << entry.id << '\t' << entry.term << '\t' << entry.rendering << Qt::endl;
        }
        if (context.json())
            context.printJson(array);
        return 0;
    });
}

} // namespace dossier::cli
