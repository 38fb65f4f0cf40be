#include "noticetext.h"

#include "../text/textfolder.h"

namespace dossier {

namespace {

bool isHan(QChar c)
{
    return TextFolder::isHan(c.unicode());
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\u3000' || c == u'\u00a0';
}

NoticeCell squeeze(const QString &line, int from, int to)
{
    while (from < to && (isBlank(line[from]) || line[from] == u'\t'))
        ++from;
    while (to > from && (isBlank(line[to - 1]) || line[to - 1] == u'\t'))
        --to;
    NoticeCell cell;
    cell.lineStart = from;
    cell.lineEnd = to;
    for (int i = from; i < to; ++i) {
        if (isBlank(line[i])) {
            // A run of blanks between two ideographs, one of which stands alone (the
            // spacing of a form: "采 购 人", "名　称"), is no word break.
            int j = i;
            while (j < to && isBlank(line[j]))
                ++j;
            const bool hanAround = i > from && j < to && isHan(line[i - 1]) && isHan(line[j]);
            // Alone: the ideograph has a blank, a colon or the cell's edge on its far side.
            const auto edge = [&](int k) { return k < from || k >= to || isBlank(line[k]) || line[k] == u'：' || line[k] == u':'; };
            const bool leftAlone = edge(i - 2);
            const bool rightAlone = edge(j + 1);
            if (hanAround && leftAlone && rightAlone) {
                i = j - 1;
                continue;
            }
            cell.text += QLatin1Char(' ');
            cell.source.push_back(i);
            i = j - 1;
            continue;
        }
        cell.text += line[i];
        cell.source.push_back(i);
    }
    cell.source.push_back(to);
    return cell;
}

} // namespace

NoticeLine::NoticeLine(qint64 id, const QString &line) : segmentId(id), text(line)
{
    int start = 0;
    for (int i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != u'\t')
            continue;
        cells.push_back(squeeze(line, start, i));
        start = i + 1;
    }
}

} // namespace dossier
