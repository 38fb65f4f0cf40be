#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace dossier {

class Database;

// The whole case as JSON: every table a reporter's work lives in, row by row with its
// ids, original bytes in base64. Importing it into an empty case gives back the same
// case (exporting that again gives the same JSON). Derived data — the search index,
// the figure index — is rebuilt, not stored. The schema is described in the README.
class CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)

public:
    static QJsonObject exportCase(Database &db);
    // The same JSON written to a file row by row, whole or not at all.
    static Status write(Database &db, const QString &path);
    static Status importCase(Database &db, const QJsonObject &json);
    // Every table of the schema that holds what people made, read from the case file
    // itself, parents before the tables that refer to them. Left out: SQLite's own
    // tables, the full-text indexes and the figure index, which an import derives again.
    static QStringList tables(Database &db);
};

} // namespace dossier
