#include "caseimport.h"

#include "casejson.h"
#include "casefile/casefile.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

void removeCaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<std::unique_ptr<CaseFile>> CaseImport::fromExport(const QString &jsonPath, const QString &casePath)
{
    const QString exportName = QDir::toNativeSeparators(jsonPath);
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The export %1 cannot be read: %2").arg(exportName, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1 is not valid JSON: %2 at byte %3.")
                         .arg(exportName, parseError.errorString())
                         .arg(parseError.offset)};
    if (!json.isObject())
        return Error{tr("%1 is not a Dossier case export (it holds no case object).").arg(exportName)};
    if (QFileInfo::exists(casePath))
        return Error{tr("A file with this name already exists; choose another name."), QDir::toNativeSeparators(casePath)};

    // A .partial left by a killed import is ours to replace; a live one is locked.
    const QString partial = casePath + QStringLiteral(".partial");
    if (QFileInfo::exists(partial) && !QFileInfo::exists(partial + QStringLiteral(".lock")))
        removeCaseFiles(partial);
    {
        Result<std::unique_ptr<CaseFile>> created = CaseFile::create(partial);
        if (!created)
            return created.error();
        const Status imported = CaseJson::importCase((*created)->db(), json.object());
        if (!imported) {
            created.value().reset();
            removeCaseFiles(partial);
            return Error{tr("%1 could not be imported: %2").arg(exportName, imported.error().message),
                         imported.error().detail};
        }
    } // closed: checkpointed, its lock released
    if (!QFile::rename(partial, casePath)) {
        removeCaseFiles(partial);
        return Error{tr("The new case could not be given its name."), QDir::toNativeSeparators(casePath)};
    }
    return CaseFile::open(casePath);
}

} // namespace dossier
