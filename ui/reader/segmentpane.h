#pragma once

#include "documents/documentinfo.h"

#include <QTextBrowser>

#include <utility>
#include <vector>

namespace dossier {

// One side of the reader: the original text or its translation, one text block per
// segment (plus a page heading where a new page starts), so block N is the same segment
// in both panes. The ReaderView pads blocks to equal heights so rows line up.
class SegmentPane : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Side { Original, Translation };

    SegmentPane(Side side, QWidget *parent = nullptr);

    Side side() const { return m_side; }
    using Ranges = std::vector<std::pair<int, int>>;
    // `marked[i]`: spans of segment i to underline (the figures of an original).
    void setSegments(const std::vector<SegmentInfo> &segments, const std::vector<Ranges> &marked = {});
    void updateSegment(int index, const SegmentInfo &segment);

    int blockCount() const;
    int blockOfSegmentIndex(int index) const;
    // Heights of `count` blocks from `first` as laid out now, without alignment padding.
    std::vector<qreal> naturalHeights(int first, int count);
    // Pads blocks from `first` so each is as tall as the given height.
    void padToHeights(int first, const std::vector<qreal> &heights);

    void setCurrentSegment(int index);
    void setHoveredSegment(int index);
    void setMatches(int index, const std::vector<std::pair<int, int>> &ranges);
    // Segments to mark as suspect (a figure or glossary term lost in translation), with
    // the explanation shown as their tooltip; an empty string marks nothing.
    void setFlags(const std::vector<QString> &flags);
    // Entity mentions to tint: per segment, spans with their type colour.
    struct Tint
    {
        int start;
        int end;
        QColor color;
    };
    void setTints(const std::vector<std::vector<Tint>> &tints);
    // Per segment, the spans OCR read with low confidence: wavy orange underlines.
    void setDoubtful(const std::vector<Ranges> &spans);
    // Per segment, a note for its tooltip when it has no flag (how OCR read it).
    void setNotes(const std::vector<QString> &notes);
    const std::vector<Ranges> &doubtful() const { return m_doubtful; }
    // A translation is edited on double-click; an original only when it is OCR text
    // (otherwise double-click selects a word, to tag it).
    void setDoubleClickEdits(bool edits) { m_doubleClickEdits = edits; }
    // The segment and [start, end) within it of the current text selection, if any.
    bool selectionInSegment(int *index, int *start, int *end) const;
    // Selects [start, end) of a segment's text and takes the focus, as if the reader had
    // (a search hit, so the next Ctrl+T or Ctrl+E acts on the words found).
    void selectInSegment(int index, int start, int end);
    QString flagOf(int index) const;
    int currentSegment() const { return m_current; }
    int segmentAt(const QPoint &viewportPos) const;
    int segmentAtCursor() const;
    QRect segmentRect(int index) const; // in viewport coordinates
    void scrollToSegment(int index);
    int topSegment() const;
    QString selectedTextPlain() const;

Q_SIGNALS:
    void segmentClicked(int index);
    void segmentHovered(int index);
    void segmentDoubleClicked(int index);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QTextBlock blockOfSegment(int index) const;
    void fillBlock(QTextCursor &cursor, const SegmentInfo &segment, const Ranges &marked = {});
    void refreshSelections();

    Side m_side;
    std::vector<int> m_blockOfSegment; // segment index -> block number
    std::vector<qreal> m_baseMargins;
    int m_current = -1;
    int m_hovered = -1;
    int m_matchSegment = -1;
    std::vector<std::pair<int, int>> m_matches;
    std::vector<QString> m_flags;
    std::vector<Ranges> m_marked;
    std::vector<std::vector<Tint>> m_tints;
    std::vector<Ranges> m_doubtful;
    std::vector<QString> m_notes;
    bool m_doubleClickEdits = false;
};

} // namespace dossier
