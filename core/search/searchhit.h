#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace dossier {

// One place where a query matched: the segment, and whether the words were found in
// the original or in its translation.
struct SearchHit
{
    enum class Field { Original, Translation };

    qint64 documentId = 0;
    QString documentTitle;
    qint64 segmentId = 0;
    int page = 0;
    int ordinal = 0;
    Field field = Field::Original;
    QString text;                                  // the matched text, unfolded
    std::vector<std::pair<int, int>> matches;      // [start, end) ranges in `text`
    QString snippet;                               // text around the first match, marked

    static QString fieldName(Field field)
    {
        return field == Field::Original ? QStringLiteral("original") : QStringLiteral("translation");
    }
};

} // namespace dossier
