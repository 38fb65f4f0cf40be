#pragma once

#include "../error.h"
#include "../storage/database.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace dossier {

// One investigation on disk: a SQLite database with Dossier's application id, the
// current schema, WAL and foreign keys on. While a CaseFile is open it holds a lock
// file beside the case, so a second window or process gets a clear "in use" error
// instead of writing to the same file.
class CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)

public:
    static constexpr int kApplicationId = 0x444f5353; // "DOSS"
    static QString fileSuffix() { return QStringLiteral("dossier"); }

    // Creates a new, empty case; refuses to overwrite an existing file.
    static Result<std::unique_ptr<CaseFile>> create(const QString &path);
    // Opens an existing case, upgrading an older schema after keeping a backup copy.
    static Result<std::unique_ptr<CaseFile>> open(const QString &path);

    // A private copy of another case, upgraded to the current schema, to read from (the
    // other side of a merge): the file itself is only read, never locked or changed.
    // The copy is written into `folder`, which the caller owns.
    static Result<std::unique_ptr<CaseFile>> openSnapshot(const QString &path, const QString &folder);

    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    QString path() const { return m_path; }
    // Why the case is open for reading only (its disk is full), or empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    Database &db() { return *m_db; }

    // A further connection to this case for a worker thread; the caller owns it and
    // must destroy it before the CaseFile.
    std::unique_ptr<Database> openConnection() const;

    // Writes a consistent copy of the case to `target` with SQLite's online backup.
    Status saveCopyAs(const QString &target);

    // Records what changed, for the case's audit trail.
    void audit(const QString &action, const QString &detail);

private:
    CaseFile(const QString &path, std::unique_ptr<QLockFile> lock, std::unique_ptr<Database> db);
    // Readable, and a SQLite database by its first bytes (before SQLite is let at it).
    static Status isSqliteFile(const QString &path);
    static Status acquireLock(const QString &path, std::unique_ptr<QLockFile> &lock);
    static Result<std::unique_ptr<CaseFile>> openOnFullDisk(const QString &path);
    static void configure(Database &db);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    QString m_readOnlyReason;
};

} // namespace dossier
