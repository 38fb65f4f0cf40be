#include "figureindex.h"

#include "../storage/database.h"
#include "figureparser.h"

namespace dossier {

namespace {

Figure::Kind kindFromName(const QString &name)
{
    for (Figure::Kind kind : {Figure::Kind::Money, Figure::Kind::Count, Figure::Kind::Percent})
        if (Figure::kindName(kind) == name)
            return kind;
    return Figure::Kind::Number;
}

} // namespace

void FigureIndex::indexSegment(qint64 segmentId, const QString &text)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO figures(segment_id, start, \"end\", text, value, high, kind, unit) VALUES (?,?,?,?,?,?,?,?)"));
    std::vector<Figure> figures = FigureParser::parse(text);
    m_columns.apply(text, figures);
    for (const Figure &figure : figures) {
        insert.bind(1, segmentId)
            .bind(2, figure.start)
            .bind(3, figure.end)
            .bind(4, figure.text)
            .bind(5, figure.value)
            .bind(6, figure.high)
            .bind(7, Figure::kindName(figure.kind)).bind(8, figure.unit.isNull() ? QStringLiteral("") : figure.unit).exec();
    }
}

void FigureIndex::rebuild()
{
    Transaction transaction(m_db);
    m_db.exec(QStringLiteral("DELETE FROM figures"));
    Statement segments = m_db.prepare(QStringLiteral("SELECT id, text FROM segments ORDER BY document_id, ordinal"));
    while (segments.step())
        indexSegment(segments.int64(0), segments.text(1));
    transaction.commit();
}

std::vector<IndexedFigure> FigureIndex::query(const QString &where, const std::function<void(Statement &)> &bind)
{
    Statement statement = m_db.prepare(QStringLiteral(
        "SELECT f.id, s.document_id, d.title, s.id, s.page, s.text, f.start, f.\"end\", f.text, f.value, f.high, "
        "f.kind, f.unit FROM figures f JOIN segments s ON s.id = f.segment_id "
        "JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL AND ") + where +
        QStringLiteral(" ORDER BY s.document_id, s.ordinal, f.start"));
    bind(statement);
    std::vector<IndexedFigure> result;
    while (statement.step()) {
        IndexedFigure f;
        f.id = statement.int64(0);
        f.documentId = statement.int64(1);
        f.documentTitle = statement.text(2);
        f.segmentId = statement.int64(3);
        f.page = statement.integer(4);
        f.segmentText = statement.text(5);
        f.figure.start = statement.integer(6);
        f.figure.end = statement.integer(7);
        f.figure.text = statement.text(8);
        f.figure.value = statement.real(9);
        if (!statement.isNull(10))
            f.figure.high = statement.real(10);
        f.figure.kind = kindFromName(statement.text(11));
        f.figure.unit = statement.text(12);
        result.push_back(std::move(f));
    }
    return result;
}

std::vector<IndexedFigure> FigureIndex::figures(std::optional<qint64> documentId)
{
    if (!documentId)
        return query(QStringLiteral("1"), [](Statement &) {});
    return query(QStringLiteral("s.document_id = ?"), [&](Statement &s) { s.bind(1, *documentId); });
}

std::vector<IndexedFigure> FigureIndex::withValue(double value)
{
    const double tolerance = std::max(1e-6, std::abs(value) * 1e-9);
    return query(QStringLiteral("((f.value BETWEEN ?1 AND ?2) OR (f.high IS NOT NULL AND ?3 BETWEEN f.value AND f.high))"),
                 [&](Statement &s) {
                     s.bind(1, value - tolerance);
                     s.bind(2, value + tolerance);
                     s.bind(3, value);
                 });
}

} // namespace dossier
