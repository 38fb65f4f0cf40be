#include "searchquery.h"

#include "../text/textfolder.h"

namespace dossier {

namespace {

QStringList splitTerms(const QString &text)
{
    QStringList raw;
    QString current;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            quoted = !quoted;
            if (!quoted && !current.isEmpty()) {
                raw << current;
                current.clear();
            }
            continue;
        }
        if (!quoted && (c.isSpace() || c == QChar(0x3000))) {
            if (!current.isEmpty())
                raw << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.isEmpty())
        raw << current;
    return raw;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
{
    for (const QString &term : splitTerms(text)) {
        const QString folded = TextFolder::foldedString(term).trimmed();
        if (!folded.isEmpty() && !m_terms.contains(folded))
            m_terms << folded;
    }
}

SearchQuery SearchQuery::fromFoldedTerms(const QStringList &terms)
{
    SearchQuery query;
    query.m_terms = terms;
    return query;
}

bool SearchQuery::isIndexable(const QString &term)
{
    return term.toUcs4().size() >= 3;
}

QStringList SearchQuery::indexableTerms() const
{
    QStringList list;
    for (const QString &term : m_terms)
        if (isIndexable(term))
            list << term;
    return list;
}

QStringList SearchQuery::shortTerms() const
{
    QStringList list;
    for (const QString &term : m_terms)
        if (!isIndexable(term))
            list << term;
    return list;
}

QString SearchQuery::ftsExpression() const
{
    QStringList quoted;
    for (QString term : indexableTerms())
        quoted << QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                      QLatin1Char('"');
    return quoted.join(QStringLiteral(" AND "));
}

} // namespace dossier
