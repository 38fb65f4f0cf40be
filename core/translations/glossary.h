#pragma once

#include <QString>

#include <vector>

namespace dossier {

class Database;

struct GlossaryEntry
{
    qint64 id = 0;
    QString term;      // as written in the original: 中标
    QString rendering; // as the case translates it: "won the tender"
    QString note;
};

// A glossary term whose agreed rendering is missing from a segment's translation.
struct GlossaryIssue
{
    GlossaryEntry entry;
};

// The case's terminology. Shown in the reader, sent to machine translation so terms
// are rendered the agreed way, and used to flag translations that render them otherwise.
class Glossary
{
public:
    explicit Glossary(Database &db) : m_db(db) {}

    std::vector<GlossaryEntry> entries();
    qint64 add(const QString &term, const QString &rendering, const QString &note = {});
    void remove(qint64 id);

    // Entries whose term occurs in `original` (folded: Traditional, width, case).
    static std::vector<GlossaryEntry> occurringIn(const QString &original, const std::vector<GlossaryEntry> &entries);
    // Entries occurring in `original` whose rendering `translation` does not contain.
    static std::vector<GlossaryEntry> violations(const QString &original, const QString &translation,
                                                 const std::vector<GlossaryEntry> &entries);

private:
    Database &m_db;
};

} // namespace dossier
