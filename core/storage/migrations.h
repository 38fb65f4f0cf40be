#pragma once

#include <QString>
#include <QStringList>

namespace dossier {

class Database;

// The numbered schema migrations of a case file. Migration N moves a file from
// user_version N-1 to N. Released migrations are never edited: add a new one.
class Migrations
{
public:
    static int latestVersion();
    // Runs every migration above the file's version, each in its own transaction.
    static void upgrade(Database &db, int fromVersion);

private:
    static QStringList migration(int version);
};

} // namespace dossier
