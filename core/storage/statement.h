#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace dossier {

// Owns one prepared statement. Binding is by 1-based index; `step()` returns true
// while rows are available and throws SqlError on failure, so callers never check
// codes or finalize by hand.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8) = delete; // say the encoding
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    // An empty optional binds NULL.
    Statement &bind(int index, const std::optional<QString> &value);
    Statement &bind(int index, const std::optional<qint64> &value);
    Statement &bind(int index, const std::optional<double> &value);
    // A row's own id: kept when positive (an undo puts a row back as it was), NULL
    // otherwise so that SQLite gives the new row the next id.
    Statement &bindRowId(int index, qint64 id);

    bool step();
    void exec(); // step once, expecting no rows
    void reset();

    QString text(int column) const;
    std::optional<QString> optionalText(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL

private:
    void check(int rc) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace dossier
