#pragma once

#include "../error.h"

#include <QString>

#include <stdexcept>

namespace dossier {

// Thrown by the SQLite wrappers. Storage code lets it propagate to the service
// boundary, which rolls back and turns it into an Error value with a readable message.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message, const QString &sql = {});

    int code() const { return m_code; }
    QString message() const { return m_message; }
    QString sql() const { return m_sql; }

    // A sentence for the user: what went wrong in terms of the case file, not SQL.
    QString userMessage() const;
    // The failure as an Error value: the sentence for the user, SQLite's words as detail.
    Error error() const { return Error{userMessage(), m_message}; }

private:
    int m_code;
    QString m_message;
    QString m_sql;
};

} // namespace dossier
