#include "democase.h"

#include "../import/importservice.h"
#include "../casefile/casefile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

Status DemoCase::create(const QString &casePath, const QString &sourceFolder)
{
    QFile manifestFile(QDir(sourceFolder).filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error{tr("The demo documents are missing."), manifestFile.fileName()};
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();

    auto created = CaseFile::create(casePath);
    if (!created)
        return created.error();
    ImportService service((*created)->db());
    for (const QJsonValue &entry : manifest.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject document = entry.toObject();
        ImportOptions options;
        options.sourceUrl = document.value(QStringLiteral("source_url")).toString();
        options.obtainedAt = document.value(QStringLiteral("obtained")).toString();
        const QString path = QDir(sourceFolder).filePath(document.value(QStringLiteral("file")).toString());
        const ImportOutcome outcome = service.importFile(path, options);
        if (outcome.status != ImportOutcome::Status::Imported)
            return Error{tr("A demo document could not be imported: %1").arg(outcome.error), path};
    }
    return {};
}

} // namespace dossier
