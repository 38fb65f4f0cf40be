#pragma once

#include "../error.h"
#include "casesummary.h"

#include <QCoreApplication>

namespace dossier {

class Database;

// Every export of a case in one folder, with manifest.json listing each file written,
// the case file and every source original with its SHA-256 and size, so a reader
// can check with sha256sum that nothing was changed on the way.
class ExportPackage
{
    Q_DECLARE_TR_FUNCTIONS(ExportPackage)

public:
    static Status write(Database &db, const CaseSummary &summary, const QString &casePath, const QString &folder);
    static Result<QString> sha256Of(const QString &path);
};

} // namespace dossier
