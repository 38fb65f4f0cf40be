#pragma once

#include <QString>

#include <vector>

namespace dossier {

// A cell of a notice's line with the letter-spacing of forms squeezed out ("采 购 人"
// becomes "采购人", "名\u3000称" "名称"), so that labels match however they were
// spaced, and a map back to the line for quoting.
struct NoticeCell
{
    QString text;            // squeezed
    std::vector<int> source; // source[i]: offset in the line of text[i]; one extra entry for the end
    int lineStart = 0;       // the cell's span in the line
    int lineEnd = 0;

    // The line's span [start, end) for squeezed [from, to).
    int sourceStart(int from) const { return source[size_t(from)]; }
    int sourceEnd(int to) const { return to == 0 ? source[0] : source[size_t(to - 1)] + 1; }
};

// One line of a notice as the importer stored it: a segment, whose table cells are
// separated by tabs.
struct NoticeLine
{
    qint64 segmentId = 0;
    QString text;
    std::vector<NoticeCell> cells;

    NoticeLine(qint64 id, const QString &line);
    bool isTableRow() const { return cells.size() > 1; }
};

} // namespace dossier
