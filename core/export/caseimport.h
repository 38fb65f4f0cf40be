#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace dossier {

class CaseFile;

// A new case rebuilt from a case's JSON export. The case is built under a temporary
// name and renamed only when it is whole, so an import that fails or is killed never
// leaves a half-built (or empty) case under the name the person chose.
class CaseImport
{
    Q_DECLARE_TR_FUNCTIONS(CaseImport)

public:
    static Result<std::unique_ptr<CaseFile>> fromExport(const QString &jsonPath, const QString &casePath);
};

} // namespace dossier
