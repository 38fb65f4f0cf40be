#include "documentcopier.h"

#include "sqlrow.h"
#include "storage/database.h"

#include <functional>
#include <vector>

namespace dossier {

// One table copied row by row with statements prepared once, so a thousand documents
// with their hundred thousand segments cost one prepare per table.
struct DocumentCopier::Table
{
    QStringList columns; // what both copies have, without the row id
    std::unique_ptr<Statement> select; // rows of one document (or one segment)
    std::unique_ptr<Statement> insert;
};

namespace {

QString parentColumn(const QString &table)
{
    return table == QLatin1String("documents") ? QStringLiteral("id")
           : table == QLatin1String("figures") ? QStringLiteral("segment_id")
                                               : QStringLiteral("document_id");
}

} // namespace

DocumentCopier::DocumentCopier(Database &from, Database &to) : m_from(from), m_to(to) {}

DocumentCopier::~DocumentCopier() = default;

DocumentCopier::Table &DocumentCopier::table(const QString &name)
{
    std::unique_ptr<Table> &slot = m_tables[name];
    if (slot)
        return *slot;
    slot = std::make_unique<Table>();
    const QStringList here = sqlrow::columns(m_to, name);
    QStringList quoted, marks;
    // `id` first (read to map segments; not inserted, so the row gets an id here).
    for (const QString &column : sqlrow::columns(m_from, name)) {
        if (column == QLatin1String("id") || !here.contains(column))
            continue;
        slot->columns << column;
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    const QString idColumn = sqlrow::columns(m_from, name).contains(QStringLiteral("id")) ? QStringLiteral("id") : QStringLiteral("rowid");
    slot->select = std::make_unique<Statement>(m_from.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = ? ORDER BY rowid")
                                                                  .arg(idColumn, quoted.join(QLatin1Char(',')), name, parentColumn(name))));
    slot->insert = std::make_unique<Statement>(m_to.prepare(
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(name, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(',')))));
    return *slot;
}

qint64 DocumentCopier::copy(qint64 documentId, std::unordered_map<qint64, qint64> &segments)
{
    // Copies the rows under `parent` there; `parent` here replaces the parent column,
    // and `rowCopied` hears of each (its old and new id).
    const auto copyRows = [&](const QString &name, qint64 parentThere, qint64 parentHere,
                              const std::function<void(qint64, qint64)> &rowCopied) {
        Table &t = table(name);
        t.select->reset();
        t.select->bind(1, parentThere);
        const QString parent = parentColumn(name);
        while (t.select->step()) {
            t.insert->reset();
            for (int c = 0; c < t.columns.size(); ++c) {
                if (t.columns[c] == parent)
                    t.insert->bind(c + 1, parentHere);
                else
                    sqlrow::bind(*t.insert, c + 1, sqlrow::value(*t.select, c + 1));
            }
            t.insert->exec();
            if (rowCopied)
                rowCopied(t.select->int64(0), m_to.lastInsertId());
        }
    };
    qint64 here = 0;
    copyRows(QStringLiteral("documents"), documentId, 0, [&](qint64, qint64 id) { here = id; });
    if (here == 0)
        return 0;
    for (const char *name : {"originals", "pages", "ocr_words"})
        copyRows(QLatin1String(name), documentId, here, {});
    std::vector<std::pair<qint64, qint64>> copied;
    copyRows(QStringLiteral("segments"), documentId, here, [&](qint64 there, qint64 id) {
        segments[there] = id;
        copied.emplace_back(there, id);
    });
    for (const auto &[there, id] : copied)
        copyRows(QStringLiteral("figures"), there, id, {});
    return here;
}

} // namespace dossier
