#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dossier {

class Database;

// A document whose original bytes are not what its fingerprint says: altered or damaged
// since import (or missing altogether).
struct OriginalMismatch
{
    qint64 documentId = 0;
    QString title;
    QString expected; // the SHA-256 recorded at import
    QString actual;   // of the bytes held now; empty when there are none
};

// Checks every document's original bytes against the SHA-256 recorded when it was
// imported: the proof that a quote's source is the file that was obtained.
class OriginalCheck
{
    Q_DECLARE_TR_FUNCTIONS(OriginalCheck)

public:
    // `progress(done, total)` may return false to stop early (what was found so far is
    // returned). Reads one original at a time, so memory stays flat.
    static std::vector<OriginalMismatch> verify(Database &db, const std::function<bool(int, int)> &progress = {});
    static QString describe(const OriginalMismatch &mismatch);
    static QStringList describe(const std::vector<OriginalMismatch> &mismatches);
};

} // namespace dossier
