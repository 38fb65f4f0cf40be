#include "database.h"

#include "sqlerror.h"

#include <QDebug>
#include <QUrl>

#include <sqlite3.h>

namespace dossier {

Database::Database(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    const QByteArray name = mode == Mode::Immutable
                                ? "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1"
                                : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                     : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError(rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another connection of ours (a worker) may hold the write lock briefly.
    sqlite3_busy_timeout(m_db, 5000);
}

Database::~Database()
{
    if (m_db && sqlite3_close(m_db) != SQLITE_OK)
        qWarning() << "Closing case file" << m_path << "left statements open";
}

void Database::refuseWrites(int sqliteCode, const QString &reason)
{
    m_refusalCode = sqliteCode;
    m_refusalReason = reason;
}

void Database::exec(const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw SqlError(rc, message, sql);
    }
}

Statement Database::prepare(const QString &sql)
{
    return Statement(m_db, sql);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::queryInt(const QString &sql)
{
    Statement statement = prepare(sql);
    return statement.step() ? statement.int64(0) : 0;
}

Transaction::Transaction(Database &db) : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    if (db.writeRefusalCode())
        throw SqlError(db.writeRefusalCode(), db.writeRefusalReason());
    m_db.exec(m_nested ? QStringLiteral("SAVEPOINT nested") : QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    // SQLite rolls a transaction back by itself after some errors (SQLITE_FULL, SQLITE_IOERR).
    if (m_done || (!m_nested && sqlite3_get_autocommit(m_db.handle()) != 0))
        return;
    try {
        m_db.exec(m_nested ? QStringLiteral("ROLLBACK TO nested; RELEASE nested") : QStringLiteral("ROLLBACK"));
    } catch (const SqlError &error) {
        qWarning() << "Rollback failed:" << error.message();
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? QStringLiteral("RELEASE nested") : QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace dossier
