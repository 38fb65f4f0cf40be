#include "mergesource.h"

#include "casefile/casefile.h"
#include "export/caseimport.h"

#include <QFileInfo>

namespace dossier {

MergeSource::~MergeSource() = default;

Database &MergeSource::db()
{
    return m_case->db();
}

Result<std::unique_ptr<MergeSource>> MergeSource::open(const QString &path, const QString &ownCase)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error(tr("There is no case file or case export at this location."), path);
    if (!ownCase.isEmpty() && info.canonicalFilePath() == QFileInfo(ownCase).canonicalFilePath())
        return Error(tr("This is the open case itself: choose another copy of it to merge."), path);
    std::unique_ptr<MergeSource> source(new MergeSource);
    source->m_name = info.fileName();
    source->m_folder = std::make_unique<QTemporaryDir>();
    if (!source->m_folder->isValid())
        return Error(tr("There is no room for a temporary copy of the other case."), source->m_folder->errorString());
    Result<std::unique_ptr<CaseFile>> opened =
        info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
            ? CaseImport::fromExport(path, source->m_folder->filePath(QStringLiteral("export.dossier")))
            : CaseFile::openSnapshot(path, source->m_folder->path());
    if (!opened)
        return Error(tr("“%1” cannot be merged: %2").arg(info.fileName(), opened.error().message), opened.error().detail);
    source->m_case = std::move(*opened);
    return source;
}

} // namespace dossier
