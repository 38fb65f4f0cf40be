#include "casefile.h"


#include "migrations.h"
#include "../storage/sqlerror.h"

#include <QDateTime>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <sqlite3.h>

namespace dossier {

namespace {

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A consistent, self-contained copy of what `source` holds, committed rows still in its
// -wal file included (SQLite's online backup reads through the connection).
void writeCopy(Database &source, const QString &target)
{
    Database copy(target, Database::Mode::ReadWriteCreate);
    sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!backup)
        throw SqlError(sqlite3_errcode(copy.handle()), QString::fromUtf8(sqlite3_errmsg(copy.handle())));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw SqlError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    // A single file: no -wal beside the copy.
    copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
}

// Less room than SQLite needs for a journal page and a lock file.
bool diskIsFull(const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < 64 * 1024;
}

Error sqlFailure(const QString &path, const SqlError &error)
{
    qWarning() << "Case file" << path << "SQLite error" << error.code() << error.message();
    return Error{error.userMessage(), displayName(path) + QStringLiteral(": ") + error.message()};
}

} // namespace

CaseFile::CaseFile(const QString &path, std::unique_ptr<QLockFile> lock,
                   std::unique_ptr<Database> db)
    : m_path(path), m_lock(std::move(lock)), m_db(std::move(db))
{
}

CaseFile::~CaseFile()
{
    m_db.reset(); // close (and checkpoint) before the lock is released
}

Status CaseFile::acquireLock(const QString &path, std::unique_ptr<QLockFile> &lock)
{
    lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // A lock left by a crashed Dossier is detected by its dead process id, so there
    // is no reason to ever wait or to expire a live lock by age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return {};
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return Error{tr("This case is already open in another Dossier window or program. "
                        "Close it there first."),
                     tr("%1 is locked by process %2 on %3").arg(displayName(path)).arg(pid).arg(host)};
    }
    return Error{tr("The case file cannot be opened for writing: its folder is read-only."),
                 displayName(path)};
}

void CaseFile::configure(Database &db)
{
    db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // FULL: a finished import survives a power cut, not only a crash.
    db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

Result<std::unique_ptr<CaseFile>> CaseFile::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error{tr("A file with this name already exists; choose another name."),
                     displayName(path)};
    std::unique_ptr<QLockFile> lock;
    if (Status locked = acquireLock(path, lock); !locked)
        return locked.error();
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWriteCreate);
        db->exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        configure(*db);
        Migrations::upgrade(*db, 0);
        auto caseFile = std::unique_ptr<CaseFile>(new CaseFile(path, std::move(lock), std::move(db)));
        caseFile->audit(QStringLiteral("create"), displayName(path));
        return caseFile;
    } catch (const SqlError &error) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return sqlFailure(path, error);
    }
}

Status CaseFile::isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The case file cannot be read: %1").arg(file.errorString()), displayName(path)};
    if (file.read(kSqliteHeader.size()) != kSqliteHeader)
        return Error{tr("This file is not a Dossier case file."), displayName(path)};
    return {};
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("There is no case file at this location."), displayName(path)};
    if (info.isDir())
        return Error{tr("This is a folder, not a case file."), displayName(path)};

    if (const Status readable = isSqliteFile(path); !readable)
        return readable.error();

    // Root may write anywhere; a file without write bits was still marked read-only on
    // purpose (an archive copy), so respect the bits too.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return Error{tr("The case file is read-only. Copy it to a writable folder, or change "
                        "its permissions, to open it."),
                     displayName(path)};

    std::unique_ptr<QLockFile> lock;
    if (Status locked = acquireLock(path, lock); !locked) {
        // No room even for the lock file: read what can be read, and say why nothing can be written.
        if (diskIsFull(path))
            return openOnFullDisk(path);
        return locked.error();
    }

    try {
        auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
        // SQLite silently falls back to read-only on a read-only medium.
        if (sqlite3_db_readonly(db->handle(), "main") == 1)
            return Error{tr("The case file is on a read-only disk. Copy it to a writable folder "
                            "to open it."),
                         displayName(path)};
        // Read before writing anything: a foreign or newer file must stay untouched.
        const qint64 applicationId = db->queryInt(QStringLiteral("PRAGMA application_id"));
        const int version = int(db->queryInt(QStringLiteral("PRAGMA user_version")));
        if (applicationId != kApplicationId)
            return Error{tr("This is a SQLite database, but not a Dossier case file."),
                         displayName(path)};
        if (version > Migrations::latestVersion())
            return Error{tr("This case was saved by a newer version of Dossier (format %1; this "
                            "version reads up to %2). Update Dossier to open it.")
                             .arg(version)
                             .arg(Migrations::latestVersion()),
                         displayName(path)};
        const qint64 tables = db->queryInt(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'originals', 'segments')"));
        // Format 0 with no tables is a case whose creation was cut short: it is simply made.
        if (version < 0 || (version == 0 && tables > 0))
            return Error{tr("The case file records format %1, which no version of Dossier writes: another "
                            "program changed it. Nothing was changed; restore it from a backup copy.")
                             .arg(version),
                         displayName(path)};
        if (version > 0 && tables < 3)
            return Error{tr("The case file has lost its tables (its documents, originals or text): another "
                            "program emptied or damaged it. Nothing was changed; restore it from a backup copy."),
                         displayName(path)};

        if (version > 0 && version < Migrations::latestVersion()) {
            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            if (!QFile::exists(backup))
                writeCopy(*db, backup);
        }
        db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        configure(*db);
        Migrations::upgrade(*db, version);
        return std::unique_ptr<CaseFile>(new CaseFile(path, std::move(lock), std::move(db)));
    } catch (const SqlError &error) {
        if ((error.code() & 0xff) == SQLITE_NOTADB)
            return Error{tr("This file is not a Dossier case file."), displayName(path)};
        return sqlFailure(path, error);
    }
}

Result<std::unique_ptr<CaseFile>> CaseFile::openSnapshot(const QString &path, const QString &folder)
{
    if (const Status readable = isSqliteFile(path); !readable)
        return readable.error();
    const QString snapshot = QDir(folder).filePath(QStringLiteral("snapshot.dossier"));
    try {
        Database source(path, Database::Mode::ReadOnly);
        if (source.queryInt(QStringLiteral("PRAGMA application_id")) != kApplicationId)
            return Error{tr("This is a SQLite database, but not a Dossier case file."), displayName(path)};
        writeCopy(source, snapshot);
    } catch (const SqlError &error) {
        return sqlFailure(path, error);
    }
    return open(snapshot);
}

std::unique_ptr<Database> CaseFile::openConnection() const
{
    if (!m_readOnlyReason.isEmpty()) {
        auto db = std::make_unique<Database>(m_path, Database::Mode::Immutable);
        db->refuseWrites(SQLITE_FULL, m_db->writeRefusalReason());
        return db;
    }
    auto db = std::make_unique<Database>(m_path, Database::Mode::ReadWrite);
    configure(*db);
    return db;
}

Result<std::unique_ptr<CaseFile>> CaseFile::openOnFullDisk(const QString &path)
{
    const Error full{tr("The disk holding this case is full. Free some space to open it."), displayName(path)};
    // Changes still in the write-ahead log need room to be read: without it, only the
    // main file could be read, and it would be missing them.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return full;
    try {
        auto db = std::make_unique<Database>(path, Database::Mode::Immutable);
        if (db->queryInt(QStringLiteral("PRAGMA application_id")) != kApplicationId)
            return Error{tr("This is a SQLite database, but not a Dossier case file."), displayName(path)};
        if (db->queryInt(QStringLiteral("PRAGMA user_version")) != Migrations::latestVersion())
            return Error{tr("The disk holding this case is full, and the case must be upgraded before it can "
                            "be read. Free some space to open it."),
                         displayName(path)};
        db->refuseWrites(SQLITE_FULL, QStringLiteral("the disk is full; the case is open for reading only"));
        auto caseFile = std::unique_ptr<CaseFile>(new CaseFile(path, nullptr, std::move(db)));
        caseFile->m_readOnlyReason = tr("The disk holding this case is full: it is open for reading only. "
                                        "Free some space and open it again to make changes.");
        qWarning().noquote() << "Opened" << path << "for reading only: its disk is full";
        return caseFile;
    } catch (const SqlError &error) {
        qWarning() << "Case file" << path << "could not be read on a full disk:" << error.message();
        return full;
    }
}

Status CaseFile::saveCopyAs(const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error{tr("Choose a different file name for the copy."), displayName(target)};
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    try {
        writeCopy(*m_db, temporary);
        QFile::remove(target);
        if (!QFile::rename(temporary, target))
            return Error{tr("The copy could not be written to its final name."), displayName(target)};
        return {};
    } catch (const SqlError &error) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return sqlFailure(target, error);
    }
}

void CaseFile::audit(const QString &action, const QString &detail)
{
    // The trail's other rows are written by core's edits (operations/auditlog.h).
    Statement insert = m_db->prepare(
        QStringLiteral("INSERT INTO audit(at, action, detail, target_kind) VALUES (?, ?, ?, 'case')"));
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(2, action).bind(3, detail).exec();
}

} // namespace dossier
