// dossier-cli export and import of whole cases.
#include "clicase.h"
#include "commands.h"

#include "export/casejson.h"
#include "export/exporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace dossier::cli {

int exportCase(const QStringList &arguments)
{
    CliContext context(QStringLiteral("export"), arguments);
    context.parser.addOption({QStringLiteral("format"), Exporter::formats().join(QLatin1Char('|')), QStringLiteral("FORMAT")});
    context.parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Where to write."), QStringLiteral("PATH")});
    context.parser.addOption({QStringLiteral("only-confirmed"), QStringLiteral("Only events with sound evidence and supported claims.")});
    context.parser.addOption({QStringLiteral("only-verified"), QStringLiteral("Only entities, events and claims a fact-checker verified.")});
    context.parser.addOption({QStringLiteral("tag"), QStringLiteral("Only events with this tag."), QStringLiteral("TAG")});
    context.parser.addOption({QStringLiteral("title"), QStringLiteral("Title of the summary."), QStringLiteral("TEXT")});
    context.parser.addOption({QStringLiteral("author"), QStringLiteral("Author of the summary."), QStringLiteral("NAME")});
    context.parser.addOption({QStringLiteral("published-url"), QStringLiteral("Where the fact-check is published (ClaimReview needs it)."), QStringLiteral("URL")});
    context.parser.addOption({QStringLiteral("author-url"), QStringLiteral("The author's web address (ClaimReview)."), QStringLiteral("URL")});
    context.parser.addOption({QStringLiteral("findings"), QStringLiteral("A text file with the key findings."), QStringLiteral("FILE")});
    if (!context.parse(QStringLiteral("CASE --format FORMAT -o PATH [--only-confirmed] [--only-verified]"), 1))
        return kUsageError;
    const QString format = context.parser.value(QStringLiteral("format"));
    const QString output = context.parser.value(QStringLiteral("output"));
    if (!Exporter::formats().contains(format) || output.isEmpty()) {
        context.fail(QStringLiteral("give --format (%1) and -o PATH").arg(Exporter::formats().join(QLatin1Char('|'))));
        return kUsageError;
    }
    SummaryOptions options;
    options.title = context.parser.value(QStringLiteral("title"));
    if (options.title.isEmpty())
        options.title = QFileInfo(context.positional().at(0)).completeBaseName();
    options.author = context.parser.value(QStringLiteral("author"));
    options.publishedUrl = context.parser.value(QStringLiteral("published-url"));
    options.authorUrl = context.parser.value(QStringLiteral("author-url"));
    options.onlyConfirmed = context.parser.isSet(QStringLiteral("only-confirmed"));
    options.onlyVerified = context.parser.isSet(QStringLiteral("only-verified"));
    options.tag = context.parser.value(QStringLiteral("tag"));
    if (context.parser.isSet(QStringLiteral("findings"))) {
        QFile findings(context.parser.value(QStringLiteral("findings")));
        if (!findings.open(QIODevice::ReadOnly))
            return context.fail(QStringLiteral("cannot read %1").arg(findings.fileName()));
        options.findings = QString::fromUtf8(findings.readAll());
    }
    return withCase(context, context.positional().at(0), [&](CliCase &opened) {
        const Status exported = Exporter::exportCase(opened.db, opened.session.path(), format, output, options);
        if (!exported)
            return context.fail(exported.error().fullText());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("format"), format},
                                          {QStringLiteral("path"), QFileInfo(output).absoluteFilePath()},
                                          {QStringLiteral("bytes"), QFileInfo(output).size()}});
        else
            context.out << "Wrote " << output << Qt::endl;
        return 0;
    });
}

int importCase(const QStringList &arguments)
{
    CliContext context(QStringLiteral("import-case"), arguments);
    if (!context.parse(QStringLiteral("NEW-CASE EXPORT.json"), 2))
        return kUsageError;
    Result<std::unique_ptr<CaseSession>> created = CaseSession::fromExport(context.positional().at(1), context.positional().at(0));
    if (!created)
        return context.fail(created.error().fullText());
    if (!context.json())
        context.out << "Imported into " << (*created)->path() << Qt::endl;
    return 0;
}

} // namespace dossier::cli
