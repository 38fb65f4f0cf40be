#pragma once

#include <QString>

namespace dossier {

// The person making changes in this process, recorded with every change to a case.
// Set once from preferences or the CLI's --author; otherwise DOSSIER_AUTHOR, otherwise
// the login name.
class Author
{
public:
    static QString current();
    static void set(const QString &name); // empty: back to the default
};

} // namespace dossier
