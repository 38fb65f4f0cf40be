#include "exportpackage.h"

#include "casejson.h"
#include "exporter.h"
#include "../storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

struct PackagedFile
{
    const char *format;
    const char *name;
};

// ClaimReview joins only when the summary says where it is published.
const PackagedFile kFiles[] = {
    {"pdf", "summary.pdf"},     {"odt", "summary.odt"},           {"html", "summary.html"},
    {"md", "summary.md"},       {"ftm", "case.ftm.jsonl"},        {"timelinejs", "timeline.json"},
    {"csv", "csv"},             {"claimreview", "claimreview.json"},
};

Result<QJsonObject> fileEntry(const QString &path, const QString &name)
{
    Result<QString> hash = ExportPackage::sha256Of(path);
    if (!hash)
        return hash.error();
    return QJsonObject{{QStringLiteral("path"), name},
                       {QStringLiteral("sha256"), *hash},
                       {QStringLiteral("size"), QFileInfo(path).size()}};
}

} // namespace

Result<QString> ExportPackage::sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error(tr("%1 could not be read to record its SHA-256.").arg(QFileInfo(path).fileName()), file.errorString());
    return QString::fromLatin1(hash.result().toHex());
}

Status ExportPackage::write(Database &db, const CaseSummary &summary, const QString &casePath, const QString &folder)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder))
        return Error(tr("The export folder could not be created."), folder);
    QJsonArray files;
    auto add = [&](const QString &name, const QString &format) -> Status {
        Result<QJsonObject> entry = fileEntry(dir.filePath(name), name);
        if (!entry)
            return entry.error();
        entry->insert(QStringLiteral("format"), format);
        files.append(*entry);
        return {};
    };
    for (const PackagedFile &file : kFiles) {
        const QString format = QString::fromLatin1(file.format);
        const QString name = QString::fromLatin1(file.name);
        if (format == QLatin1String("claimreview") && summary.options.publishedUrl.isEmpty())
            continue;
        if (Status written = Exporter::writeFormat(db, summary, format, dir.filePath(name)); !written)
            return written;
        if (format != QLatin1String("csv")) {
            if (Status added = add(name, format); !added)
                return added;
            continue;
        }
        for (const QString &table : QDir(dir.filePath(name)).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
            if (Status added = add(name + QLatin1Char('/') + table, format); !added)
                return added;
    }
    if (Status written = CaseJson::write(db, dir.filePath(QStringLiteral("case.json"))); !written)
        return written;
    if (Status added = add(QStringLiteral("case.json"), QStringLiteral("json")); !added)
        return added;

    // The case file as it stands: what is still in the write-ahead log goes into it first.
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Result<QJsonObject> caseEntry = fileEntry(casePath, QFileInfo(casePath).fileName());
    if (!caseEntry)
        return caseEntry.error();

    QJsonArray sources;
    for (const DocumentInfo &d : summary.sources)
        sources.append(QJsonObject{{QStringLiteral("document_id"), d.id},
                                   {QStringLiteral("title"), sourceTitle(d)},
                                   {QStringLiteral("file_name"), d.fileName},
                                   {QStringLiteral("sha256"), d.sha256},
                                   {QStringLiteral("size"), d.size},
                                   {QStringLiteral("source_url"), d.sourceUrl ? QJsonValue(*d.sourceUrl) : QJsonValue()},
                                   {QStringLiteral("obtained_at"), d.obtainedAt ? QJsonValue(*d.obtainedAt) : QJsonValue()},
                                   {QStringLiteral("imported_at"), d.importedAt}});
    const QJsonObject manifest{
        {QStringLiteral("title"), summary.options.title},
        {QStringLiteral("generated_at"), summary.generatedAt},
        {QStringLiteral("how_to_verify"),
         QStringLiteral("In this folder run `sha256sum -c manifest.sha256`, or compute the SHA-256 of each file "
                        "and compare it with `sha256`; sizes are in bytes. Source originals are inside the case "
                        "file and in case.json, with their SHA-256 under `sources`.")},
        {QStringLiteral("case_file"), *caseEntry},
        {QStringLiteral("files"), files},
        {QStringLiteral("sources"), sources}};
    // The same list in sha256sum's own format, so checking is one command.
    QByteArray sums;
    for (const QJsonValue &file : files)
        sums += file[QStringLiteral("sha256")].toString().toLatin1() + "  " + file[QStringLiteral("path")].toString().toUtf8() + '\n';
    if (Status written = Exporter::writeFile(dir.filePath(QStringLiteral("manifest.sha256")), sums); !written)
        return written;
    return Exporter::writeFile(dir.filePath(QStringLiteral("manifest.json")), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
}

} // namespace dossier
