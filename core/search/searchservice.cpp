#include "searchservice.h"

#include "../storage/database.h"
#include "../text/textfolder.h"

#include <algorithm>

namespace dossier {

namespace {

bool isWordCharacter(QChar c)
{
    return c.unicode() < 0x3000 && c.isLetterOrNumber();
}

// Latin terms match whole words ("aws" is not in "laws"); Chinese has no word
// boundaries to respect, so any substring counts.
bool atWordBoundaries(const QString &folded, qsizetype at, const QString &term)
{
    const qsizetype end = at + term.size();
    if (isWordCharacter(term.front()) && at > 0 && isWordCharacter(folded[at - 1]))
        return false;
    if (isWordCharacter(term.back()) && end < folded.size() && isWordCharacter(folded[end]))
        return false;
    return true;
}

} // namespace

bool SearchService::allTermsMatch(const QString &text, const SearchQuery &query)
{
    for (const QString &term : query.terms())
        if (findMatches(text, SearchQuery::fromFoldedTerms({term})).empty())
            return false;
    return true;
}

std::vector<std::pair<int, int>> SearchService::findMatches(const QString &text,
                                                            const SearchQuery &query)
{
    const FoldedText folded = TextFolder::fold(text);
    std::vector<std::pair<int, int>> ranges;
    for (const QString &term : query.terms()) {
        for (qsizetype at = folded.text.indexOf(term); at >= 0;
             at = folded.text.indexOf(term, at + term.size())) {
            if (!atWordBoundaries(folded.text, at, term))
                continue;
            ranges.emplace_back(folded.sourcePosition(int(at)),
                                folded.sourcePosition(int(at + term.size() - 1)) + 1);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    // Merge overlaps so highlighting never nests.
    std::vector<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    return merged;
}

QString SearchService::makeSnippet(const QString &text,
                                   const std::vector<std::pair<int, int>> &matches,
                                   const Options &options)
{
    if (matches.empty())
        return text.left(options.context * 2);
    const int from = std::max(0, matches.front().first - options.context);
    const int to = int(std::min<qsizetype>(text.size(), matches.front().second + options.context * 2));
    QString snippet;
    if (from > 0)
        snippet += QChar(0x2026);
    int at = from;
    for (const auto &[start, end] : matches) {
        if (start >= to)
            break;
        snippet += text.mid(at, start - at) + options.markStart +
                   text.mid(start, std::min(end, to) - start) + options.markEnd;
        at = std::min(end, to);
    }
    snippet += text.mid(at, to - at);
    if (to < text.size())
        snippet += QChar(0x2026);
    return snippet.simplified();
}

void SearchService::collect(SearchHit::Field field, const SearchQuery &query,
                            const Options &options, std::vector<SearchHit> &hits)
{
    const bool original = field == SearchHit::Field::Original;
    const QString textColumn = original ? QStringLiteral("s.text") : QStringLiteral("t.text");
    const QString foldedColumn = original ? QStringLiteral("s.folded") : QStringLiteral("t.folded");
    const QStringList shortTerms = query.shortTerms();
    const QString fts = query.ftsExpression();

    QString sql = QStringLiteral("SELECT s.id, s.document_id, d.title, s.page, s.ordinal, ") +
                  textColumn + QStringLiteral(" FROM ");
    if (!fts.isEmpty())
        sql += original ? QStringLiteral("segments_fts f JOIN segments s ON s.id = f.rowid ")
                        : QStringLiteral("translations_fts f JOIN translations t ON t.id = f.rowid "
                                         "JOIN segments s ON s.id = t.segment_id ");
    else
        sql += original ? QStringLiteral("segments s ")
                        : QStringLiteral("translations t JOIN segments s ON s.id = t.segment_id ");
    sql += QStringLiteral("JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL ");
    if (!fts.isEmpty())
        sql += original ? QStringLiteral("AND segments_fts MATCH ? ")
                        : QStringLiteral("AND translations_fts MATCH ? ");
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += QStringLiteral("AND instr(") + foldedColumn + QStringLiteral(", ?) > 0 ");
    sql += fts.isEmpty() ? QStringLiteral("ORDER BY s.document_id, s.ordinal ")
                         : QStringLiteral("ORDER BY f.rank ");
    sql += QStringLiteral("LIMIT ?");

    Statement statement = m_db.prepare(sql);
    int index = 1;
    if (!fts.isEmpty())
        statement.bind(index++, fts);
    for (const QString &term : shortTerms)
        statement.bind(index++, term);
    // Latin terms found inside longer words are dropped below, so ask for more.
    statement.bind(index, options.limit * 3);

    while (statement.step()) {
        SearchHit hit;
        hit.segmentId = statement.int64(0);
        hit.documentId = statement.int64(1);
        hit.documentTitle = statement.text(2);
        hit.page = statement.integer(3);
        hit.ordinal = statement.integer(4);
        hit.field = field;
        hit.text = statement.text(5);
        hit.matches = findMatches(hit.text, query);
        if (hit.matches.size() < size_t(query.terms().size()) && !allTermsMatch(hit.text, query))
            continue;
        hit.snippet = makeSnippet(hit.text, hit.matches, options);
        hits.push_back(std::move(hit));
    }
}

std::vector<SearchHit> SearchService::search(const QString &text, const Options &options)
{
    const SearchQuery query(text);
    std::vector<SearchHit> hits;
    if (query.isEmpty())
        return hits;
    collect(SearchHit::Field::Original, query, options, hits);
    // Translation hits come after the originals' and are cut at the limit: when the
    // originals fill it, or the case has no translations, that pass finds nothing shown.
    if (hits.size() < size_t(options.limit) && m_db.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM translations)")) != 0)
        collect(SearchHit::Field::Translation, query, options, hits);
    if (hits.size() > size_t(options.limit))
        hits.resize(size_t(options.limit));
    return hits;
}

} // namespace dossier
