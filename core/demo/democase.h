#pragma once

#include "../error.h"

#include <QCoreApplication>
#include <QString>

namespace dossier {

// Builds the demo case from a folder holding the demo documents and a manifest.json
// naming each file with its (fictional) source address and date obtained.
class DemoCase
{
    Q_DECLARE_TR_FUNCTIONS(DemoCase)

public:
    static QString defaultSourceFolder() { return QStringLiteral(":/demo"); }
    // Creates `casePath` (which must not exist) and imports every document.
    static Status create(const QString &casePath, const QString &sourceFolder = defaultSourceFolder());
};

} // namespace dossier
