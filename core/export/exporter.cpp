#include "exporter.h"

#include "casejson.h"
#include "dataexports.h"
#include "summaryhtml.h"
#include "summarymarkdown.h"

#include <QDir>
#include <QFont>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace dossier {

QStringList Exporter::formats()
{
    return {QStringLiteral("pdf"),  QStringLiteral("odt"),         QStringLiteral("html"),
            QStringLiteral("md"),   QStringLiteral("json"),        QStringLiteral("csv"),
            QStringLiteral("ftm"),  QStringLiteral("claimreview"), QStringLiteral("timelinejs"),
            QStringLiteral("manifest")};
}

Status Exporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(tr("The export could not be written: %1").arg(file.errorString()), path);
    return {};
}

QFont Exporter::printFont()
{
    QFont font(QStringLiteral("WenQuanYi Zen Hei"));
    font.setPointSizeF(10.5);
    // Shaping swaps in glyph variants (digits after Latin letters) that Qt's PDF text
    // layer cannot map back to characters; unshaped glyphs keep every digit copyable.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Status Exporter::writePdf(const QString &html, const QString &path, const QString &title)
{
    const QString temporary = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(temporary);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Dossier"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultFont(printFont());
        document.setHtml(html);
        document.setDocumentMargin(0);
        document.print(&writer);
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error(tr("The PDF could not be written."), path);
    }
    return {};
}

Status Exporter::writeOdt(const QString &html, const QString &path)
{
    const QString temporary = path + QStringLiteral(".partial");
    QTextDocument document;
    document.setHtml(html);
    QTextDocumentWriter writer(temporary, "odf");
    if (!writer.write(&document)) {
        QFile::remove(temporary);
        return Error(tr("The ODT document could not be written."), path);
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path))
        return Error(tr("The ODT document could not be written."), path);
    return {};
}

Status Exporter::exportCase(Database &db, const QString &caseFile, const QString &format, const QString &path,
                            const SummaryOptions &options)
{
    if (!formats().contains(format))
        return Error(tr("Unknown export format “%1”. Use one of: %2").arg(format, formats().join(QStringLiteral(", "))));
    if (format == QLatin1String("json"))
        return writeFile(path, QJsonDocument(CaseJson::exportCase(db)).toJson(QJsonDocument::Indented));

    const CaseSummary summary = CaseSummary::gather(db, options);
    if (format == QLatin1String("html"))
        return writeFile(path, SummaryHtml::render(summary).toUtf8());
    if (format == QLatin1String("md"))
        return writeFile(path, SummaryMarkdown::render(summary).toUtf8());
    if (format == QLatin1String("pdf"))
        return writePdf(SummaryHtml::render(summary, true), path, options.title);
    if (format == QLatin1String("odt"))
        return writeOdt(SummaryHtml::render(summary, true), path);
    if (format == QLatin1String("ftm"))
        return writeFile(path, DataExports::followTheMoney(summary));
    if (format == QLatin1String("claimreview"))
        return writeFile(path, QJsonDocument(DataExports::claimReview(summary)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("timelinejs"))
        return writeFile(path, QJsonDocument(DataExports::timelineJs(summary)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("manifest"))
        return writeFile(path, QJsonDocument(DataExports::manifest(summary, caseFile)).toJson(QJsonDocument::Indented));
    // csv: a folder of three tables
    if (!QDir().mkpath(path))
        return Error(tr("The folder for the CSV files could not be created."), path);
    for (const auto &[name, bytes] : DataExports::csv(db, summary))
        if (Status written = writeFile(QDir(path).filePath(name), bytes); !written)
            return written;
    return {};
}

} // namespace dossier
