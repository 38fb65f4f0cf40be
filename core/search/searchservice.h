#pragma once

#include "searchhit.h"
#include "searchquery.h"

#include <vector>

namespace dossier {

class Database;

// Full-text search over every segment and translation of a case. Long terms go
// through the FTS5 trigram index, ranked by bm25; short terms filter with instr() on
// the folded text (the trigram index cannot answer them). Snippets and match ranges
// are computed on the original text through the folding map, so the reader can
// highlight exactly what matched.
class SearchService
{
public:
    struct Options
    {
        int limit = 100;
        QString markStart = QStringLiteral("[");
        QString markEnd = QStringLiteral("]");
        int context = 30; // characters of context either side of the first match
    };

    explicit SearchService(Database &db) : m_db(db) {}

    std::vector<SearchHit> search(const QString &query) { return search(query, Options()); }
    std::vector<SearchHit> search(const QString &query, const Options &options);

    // Match ranges of the query's terms in `text`, in `text`'s own offsets.
    static std::vector<std::pair<int, int>> findMatches(const QString &text, const SearchQuery &query);
    static bool allTermsMatch(const QString &text, const SearchQuery &query);
    static QString makeSnippet(const QString &text, const std::vector<std::pair<int, int>> &matches,
                               const Options &options);

private:
    void collect(SearchHit::Field field, const SearchQuery &query, const Options &options,
                 std::vector<SearchHit> &hits);

    Database &m_db;
};

} // namespace dossier
