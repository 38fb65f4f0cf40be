#include "sqlerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace dossier {

SqlError::SqlError(int code, const QString &message, const QString &sql)
    : std::runtime_error(message.toStdString()), m_code(code), m_message(message), m_sql(sql)
{
}

QString SqlError::userMessage() const
{
    switch (m_code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "SqlError", "The disk is full. The change was rolled back and nothing was lost; "
                        "free some space and try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate(
            "SqlError", "The case file cannot be written (it is read-only or on a read-only disk).");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("SqlError",
                                           "The case file is busy in another program. Try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate(
            "SqlError", "The case file is damaged. Restore it from a backup copy.");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate(
            "SqlError", "The case file could not be read or written (disk or permission error).");
    default:
        return QCoreApplication::translate("SqlError", "The case file reported an error.");
    }
}

} // namespace dossier
