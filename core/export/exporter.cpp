#include "exporter.h"

#include "casejson.h"
#include "claimreviewexport.h"
#include "csvexport.h"
#include "exportpackage.h"
#include "ftmexport.h"
#include "odtreportwriter.h"
#include "pdfreportwriter.h"
#include "summaryhtml.h"
#include "summarymarkdown.h"
#include "summaryreport.h"
#include "timelinejsexport.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

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

Status Exporter::exportCase(Database &db, const QString &casePath, const QString &format, const QString &path,
                            const SummaryOptions &options)
{
    if (!formats().contains(format))
        return Error(tr("Unknown export format “%1”. Use one of: %2").arg(format, formats().join(QStringLiteral(", "))));
    if (format == QLatin1String("json"))
        return CaseJson::write(db, path);
    const CaseSummary summary = CaseSummary::gather(db, options);
    if (format == QLatin1String("manifest"))
        return ExportPackage::write(db, summary, casePath, path);
    return writeFormat(db, summary, format, path);
}

Status Exporter::writeFormat(Database &db, const CaseSummary &summary, const QString &format, const QString &path)
{
    if (format == QLatin1String("html"))
        return writeFile(path, SummaryHtml::render(summary).toUtf8());
    if (format == QLatin1String("md"))
        return writeFile(path, SummaryMarkdown::render(summary).toUtf8());
    if (format == QLatin1String("pdf"))
        return PdfReportWriter::write(SummaryReport::build(summary), path);
    if (format == QLatin1String("odt"))
        return OdtReportWriter::write(SummaryReport::build(summary), path);
    if (format == QLatin1String("ftm"))
        return writeFile(path, FtmExport::render(summary));
    if (format == QLatin1String("claimreview")) {
        const Result<QJsonArray> reviews = ClaimReviewExport::render(summary);
        if (!reviews)
            return reviews.error();
        return writeFile(path, QJsonDocument(*reviews).toJson(QJsonDocument::Indented));
    }
    if (format == QLatin1String("timelinejs"))
        return writeFile(path, QJsonDocument(TimelineJsExport::render(summary)).toJson(QJsonDocument::Indented));
    if (format != QLatin1String("csv"))
        return Error(tr("Unknown export format “%1”.").arg(format));
    if (!QDir().mkpath(path))
        return Error(tr("The folder for the CSV files could not be created."), path);
    for (const auto &[name, bytes] : CsvExport::tables(db, summary))
        if (Status written = writeFile(QDir(path).filePath(name), bytes); !written)
            return written;
    return {};
}

} // namespace dossier
