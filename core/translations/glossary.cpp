#include "glossary.h"

#include "../storage/database.h"
#include "../text/textfolder.h"

namespace dossier {

std::vector<GlossaryEntry> Glossary::entries()
{
    Statement query = m_db.prepare(QStringLiteral("SELECT id, term, rendering, note FROM glossary ORDER BY term"));
    std::vector<GlossaryEntry> list;
    while (query.step())
        list.push_back({query.int64(0), query.text(1), query.text(2), query.text(3)});
    return list;
}

qint64 Glossary::add(const QString &term, const QString &rendering, const QString &note)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO glossary(term, rendering, note) VALUES (?, ?, ?) "
        "ON CONFLICT(term) DO UPDATE SET rendering = excluded.rendering, note = excluded.note"));
    insert.bind(1, term.trimmed()).bind(2, rendering.trimmed()).bind(3, note.isNull() ? QStringLiteral("") : note).exec();
    Statement id = m_db.prepare(QStringLiteral("SELECT id FROM glossary WHERE term = ?"));
    id.bind(1, term.trimmed());
    return id.step() ? id.int64(0) : 0;
}

void Glossary::remove(qint64 id)
{
    Statement statement = m_db.prepare(QStringLiteral("DELETE FROM glossary WHERE id = ?"));
    statement.bind(1, id).exec();
}

std::vector<GlossaryEntry> Glossary::occurringIn(const QString &original, const std::vector<GlossaryEntry> &entries)
{
    const QString folded = TextFolder::foldedString(original);
    std::vector<GlossaryEntry> found;
    for (const GlossaryEntry &entry : entries)
        if (!entry.term.isEmpty() && folded.contains(TextFolder::foldedString(entry.term)))
            found.push_back(entry);
    return found;
}

std::vector<GlossaryEntry> Glossary::violations(const QString &original, const QString &translation,
                                                const std::vector<GlossaryEntry> &entries)
{
    const QString folded = TextFolder::foldedString(translation);
    std::vector<GlossaryEntry> issues;
    for (const GlossaryEntry &entry : occurringIn(original, entries))
        if (!folded.contains(TextFolder::foldedString(entry.rendering)))
            issues.push_back(entry);
    return issues;
}

} // namespace dossier
