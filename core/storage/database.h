#pragma once

#include "statement.h"

#include <QString>

struct sqlite3;

namespace dossier {

// Owns one SQLite connection. Non-copyable; every statement it prepares must be
// destroyed before it. Errors are thrown as SqlError.
class Database
{
public:
    // Immutable: read-only without the -shm and -wal files SQLite would otherwise need
    // (a full disk cannot hold them); only safe when no one else writes the file.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, Immutable };

    Database(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const QString &sql);
    Statement prepare(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;
    qint64 queryInt(const QString &sql);

    sqlite3 *handle() const { return m_db; }

    // Makes every unit of work that would write fail with this SQLite code and reason
    // (a case opened for reading on a full disk says the disk is full, not "read-only").
    void refuseWrites(int sqliteCode, const QString &reason);
    int writeRefusalCode() const { return m_refusalCode; }
    QString writeRefusalReason() const { return m_refusalReason; }
    QString path() const { return m_path; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_refusalCode = 0;
    QString m_refusalReason;
};

// Begins on construction, rolls back on destruction unless commit() was called, so an
// exception anywhere in a unit of work leaves the case as it was. Inside another
// transaction it becomes a savepoint, so units of work compose.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace dossier
