#pragma once

#include "figure.h"
#include "tablecolumnunits.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace dossier {

class Database;
class Statement;

// A figure found in a segment of the case, with where it stands.
struct IndexedFigure
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentTitle;
    qint64 segmentId = 0;
    int page = 0;
    QString segmentText;
    Figure figure;
};

// The figures of every original segment in the case, kept in the `figures` table so a
// fact-checker can look up "every 184,000 yuan in the case" at once.
class FigureIndex
{
public:
    explicit FigureIndex(Database &db) : m_db(db) {}

    // Segments given in reading order let a table's header give its columns' units.
    void indexSegment(qint64 segmentId, const QString &text);
    void rebuild(); // every segment of the case
    std::vector<IndexedFigure> figures(std::optional<qint64> documentId = std::nullopt);
    // Figures of the same value (or covering it in a range), any unit.
    std::vector<IndexedFigure> withValue(double value);

private:
    std::vector<IndexedFigure> query(const QString &where, const std::function<void(Statement &)> &bind);
    Database &m_db;
    TableColumnUnits m_columns;
};

} // namespace dossier
