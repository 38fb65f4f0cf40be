#pragma once

#include "../error.h"
#include "casesummary.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace dossier {

class Database;

// Writes a case in one of the formats editors and other tools use. Files are written
// whole or not at all (a failed export leaves nothing half-written behind).
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static QStringList formats(); // pdf, odt, html, md, json, csv, ftm, claimreview, timelinejs, manifest

    // `path` is a file, or for csv a folder that receives three files.
    static Status exportCase(Database &db, const QString &caseFile, const QString &format, const QString &path,
                             const SummaryOptions &options);

    static Status writeFile(const QString &path, const QByteArray &bytes);
    static Status writePdf(const QString &html, const QString &path, const QString &title);
    static Status writeOdt(const QString &html, const QString &path);
    static QFont printFont();
};

} // namespace dossier
