#pragma once

#include <QString>
#include <QStringList>

namespace dossier {

class Database;

// The numbered schema migrations of a case file, kept as one table of (description,
// statements or function): migration N moves a file from user_version N-1 to N, in one
// transaction. Released migrations are never edited: add a new one.
class Migrations
{
public:
    static int latestVersion();
    // Runs every migration above the file's version, each in its own transaction.
    static void upgrade(Database &db, int fromVersion);
    // What migration N brings, in a line.
    static QString description(int version);
};

} // namespace dossier
