#pragma once

#include <QString>

namespace dossier {

// When a document was obtained, as precisely as the reporter knows it: a day
// (2024-03-15), a month (2024-03), a year (2024), or a moment (2024-03-15T10:20:00).
// It is kept as written: a year stays a year.
class ObtainedDate
{
public:
    static bool isValid(const QString &date);
};

} // namespace dossier
