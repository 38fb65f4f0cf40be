#pragma once

#include <QString>
#include <QStringList>

namespace dossier {

// A user's query, folded like the index, split into terms (whitespace separates terms,
// "double quotes" keep a phrase). Terms of three or more characters can use the trigram
// index; shorter ones (most Chinese words: 中标, 华为) need a substring scan.
class SearchQuery
{
public:
    explicit SearchQuery(const QString &text);
    static SearchQuery fromFoldedTerms(const QStringList &terms);

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QStringList &terms() const { return m_terms; }
    QStringList indexableTerms() const;
    QStringList shortTerms() const;
    // An FTS5 MATCH expression for the indexable terms: "t1" AND "t2".
    QString ftsExpression() const;

    static bool isIndexable(const QString &term);

private:
    SearchQuery() = default;
    QStringList m_terms;
};

} // namespace dossier
