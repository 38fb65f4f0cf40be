#pragma once

#include <QStringList>

namespace dossier {

// The case files opened last, newest first, as the user's settings keep them; files
// that no longer exist are left out.
class RecentCases
{
public:
    static QStringList list();
    static void remember(const QString &path);
};

} // namespace dossier
