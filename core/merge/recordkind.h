#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dossier {

// A column that holds another record's local row id; a merge rewrites it to the id the
// same record has in the receiving case.
struct RecordReference
{
    QString column;
    QString table; // "segments" and "documents" are matched by content, the rest by uuid
    bool optional = false; // may be NULL when the record it named is not in the case
};

// One kind of record people make in a case, as a merge sees it: where it lives, which
// columns are its content (a change there is a new revision), which columns refer to
// other records, and what identifies the same item in two copies made independently.
struct RecordKind
{
    QString table;
    QString kind; // as conflicts and summaries name it: "entity", "event" ...
    QStringList content;
    std::vector<RecordReference> references;
    QStringList naturalKey; // empty: only the uuid identifies it
    QStringList labelColumns; // the first non-empty one names the item for a person

    // Every kind, parents before the records that refer to them.
    static const std::vector<RecordKind> &all();
    static const RecordKind *forTable(const QString &table);
    static const RecordKind *forKind(const QString &kind);
    // The word a person reads for a kind ("entity" -> "Entity"), translated.
    static QString label(const QString &kind);
    // A column as a person reads it ("name_zh" -> "Chinese name"); empty for the
    // bookkeeping columns a person never needs to see (ids, revisions, sort keys).
    static QString fieldLabel(const QString &column);
    // A stored value in words where it is a code (a review state, a relation kind).
    static QString valueLabel(const QString &column, const QString &value);
};

} // namespace dossier
