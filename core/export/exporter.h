#pragma once

#include "../error.h"
#include "casesummary.h"

#include <QCoreApplication>
#include <QStringList>

namespace dossier {

class Database;

// Writes a case in one of the formats editors and other tools use. Files are written
// whole or not at all (a failed export leaves nothing half-written behind).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    // pdf, odt, html, md, json, csv, ftm, claimreview, timelinejs, and manifest: every
    // format in one folder with a manifest of their SHA-256 and the case file's.
    static QStringList formats();

    // `path` is a file, or for csv and manifest a folder. `casePath` is the case file,
    // whose hash the manifest records.
    static Status exportCase(Database &db, const QString &casePath, const QString &format, const QString &path,
                             const SummaryOptions &options);
    // One summary or data format (not json or manifest) from a gathered summary.
    static Status writeFormat(Database &db, const CaseSummary &summary, const QString &format, const QString &path);

    static Status writeFile(const QString &path, const QByteArray &bytes);
};

} // namespace dossier
