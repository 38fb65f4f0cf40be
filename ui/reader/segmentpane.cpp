#include "reader/segmentpane.h"

#include "reader/segmenthighlights.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace dossier {

namespace {

constexpr int kHeadingState = -2;
constexpr qreal kSegmentGap = 6.0;


} // namespace

SegmentPane::SegmentPane(Side side, QWidget *parent) : QTextBrowser(parent), m_side(side)
{
    setObjectName(side == Side::Original ? QStringLiteral("originalPane")
                                         : QStringLiteral("translationPane"));
    setOpenLinks(false);
    setMouseTracking(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(12);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    document()->setDefaultFont(font);
}

void SegmentPane::fillBlock(QTextCursor &cursor, const SegmentInfo &segment, const Ranges &marked)
{
    QTextCharFormat format;
    QString text;
    if (m_side == Side::Original) {
        text = segment.text;
    } else if (segment.translation) {
        text = *segment.translation;
        if (segment.translationOrigin && segment.translationOrigin->startsWith(QLatin1String("machine")))
            format.setForeground(QColor(60, 60, 110));
    } else {
        text = tr("(not translated — double-click to translate)");
        format.setForeground(QColor(150, 150, 150));
        format.setFontItalic(true);
    }
    // One block per segment: line breaks inside a segment stay inside the block.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (marked.empty() || m_side != Side::Original) {
        cursor.insertText(text, format);
        return;
    }
    QTextCharFormat figure = format;
    figure.setUnderlineStyle(QTextCharFormat::DotLine);
    figure.setUnderlineColor(QColor(30, 90, 200));
    figure.setForeground(QColor(20, 60, 150));
    int at = 0;
    for (const auto &[start, end] : marked) {
        if (start < at || end > text.size())
            continue;
        cursor.insertText(text.mid(at, start - at), format);
        cursor.insertText(text.mid(start, end - start), figure);
        at = end;
    }
    cursor.insertText(text.mid(at), format);
}

void SegmentPane::setSegments(const std::vector<SegmentInfo> &segments, const std::vector<Ranges> &marked)
{
    m_marked = marked;
    m_blockOfSegment.assign(segments.size(), -1);
    m_baseMargins.clear();
    m_current = m_hovered = m_matchSegment = -1;
    m_matches.clear();
    m_flags.clear();
    m_tints.clear();

    // Filled while detached from the widget, so nothing is laid out or repainted until
    // the whole text is in; then it replaces the old document in one step.
    auto *doc = new QTextDocument(this);
    doc->setDocumentMargin(document()->documentMargin());
    doc->setDefaultFont(document()->defaultFont());
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    QTextBlockFormat segmentFormat;
    segmentFormat.setBottomMargin(kSegmentGap);
    // No top margin: Qt collapses it with the bottom margin above, which would swallow
    // the padding that keeps the row before a page break level with its counterpart.
    QTextBlockFormat headingFormat;
    headingFormat.setTopMargin(0);
    headingFormat.setBottomMargin(6);
    QTextCharFormat headingChars;
    headingChars.setForeground(QColor(120, 120, 120));
    headingChars.setFontPointSize(font().pointSizeF() * 0.9);

    bool first = true;
    int page = -1;
    for (size_t i = 0; i < segments.size(); ++i) {
        const SegmentInfo &segment = segments[i];
        if (segment.page != page) {
            page = segment.page;
            if (!first)
                cursor.insertBlock();
            first = false;
            cursor.setBlockFormat(headingFormat);
            cursor.insertText(tr("— Page %1 —").arg(page), headingChars);
            cursor.block().setUserState(kHeadingState);
        }
        cursor.insertBlock(segmentFormat, QTextCharFormat());
        fillBlock(cursor, segment, i < m_marked.size() ? m_marked[i] : Ranges());
        cursor.block().setUserState(int(i));
        m_blockOfSegment[i] = cursor.block().blockNumber();
    }
    cursor.endEditBlock();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        m_baseMargins.push_back(block.blockFormat().bottomMargin());
    setDocument(doc); // deletes the previous document, a child of this editor
    refreshSelections();
}

void SegmentPane::updateSegment(int index, const SegmentInfo &segment)
{
    QTextBlock block = blockOfSegment(index);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::BlockUnderCursor);
    if (block.blockNumber() > 0) {
        // BlockUnderCursor includes the preceding separator; keep it.
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    }
    cursor.removeSelectedText();
    fillBlock(cursor, segment, size_t(index) < m_marked.size() ? m_marked[size_t(index)] : Ranges());
    cursor.endEditBlock();
    refreshSelections();
}

int SegmentPane::blockOfSegmentIndex(int index) const
{
    return index >= 0 && size_t(index) < m_blockOfSegment.size() ? m_blockOfSegment[size_t(index)] : -1;
}

int SegmentPane::blockCount() const
{
    return document()->blockCount();
}

std::vector<qreal> SegmentPane::naturalHeights(int first, int count)
{
    // The bounding rect covers the block's lines, not its margins, so padding added
    // through the bottom margin does not feed back into the measurement.
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    std::vector<qreal> heights;
    for (QTextBlock block = document()->findBlockByNumber(first); block.isValid() && count-- > 0;
         block = block.next())
        heights.push_back(layout->blockBoundingRect(block).height());
    return heights;
}

void SegmentPane::padToHeights(int first, const std::vector<qreal> &heights)
{
    const std::vector<qreal> natural = naturalHeights(first, int(heights.size()));
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    size_t i = 0;
    for (QTextBlock block = document()->findBlockByNumber(first); block.isValid() && i < natural.size();
         block = block.next(), ++i) {
        const qreal base = m_baseMargins.at(size_t(block.blockNumber()));
        const qreal wanted = base + std::max<qreal>(0, heights[i] - natural[i]);
        if (qFuzzyCompare(block.blockFormat().bottomMargin() + 1, wanted + 1))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setBottomMargin(wanted);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

QTextBlock SegmentPane::blockOfSegment(int index) const
{
    if (index < 0 || size_t(index) >= m_blockOfSegment.size())
        return {};
    return document()->findBlockByNumber(m_blockOfSegment[size_t(index)]);
}

void SegmentPane::setCurrentSegment(int index)
{
    m_current = index;
    refreshSelections();
}

void SegmentPane::setHoveredSegment(int index)
{
    if (m_hovered == index)
        return;
    m_hovered = index;
    refreshSelections();
}

void SegmentPane::setMatches(int index, const std::vector<std::pair<int, int>> &ranges)
{
    m_matchSegment = index;
    m_matches = ranges;
    refreshSelections();
}

void SegmentPane::setFlags(const std::vector<QString> &flags)
{
    m_flags = flags;
    refreshSelections();
}

void SegmentPane::setTints(const std::vector<std::vector<Tint>> &tints)
{
    m_tints = tints;
    refreshSelections();
}

void SegmentPane::setDoubtful(const std::vector<Ranges> &spans)
{
    m_doubtful = spans;
    refreshSelections();
}

void SegmentPane::setNotes(const std::vector<QString> &notes)
{
    m_notes = notes;
}

bool SegmentPane::selectionInSegment(int *index, int *start, int *end) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return false;
    const QTextBlock block = document()->findBlock(cursor.selectionStart());
    if (block.userState() < 0 || !block.contains(cursor.selectionEnd() - 1))
        return false; // a tag lies within one segment
    *index = block.userState();
    *start = cursor.selectionStart() - block.position();
    *end = cursor.selectionEnd() - block.position();
    return true;
}

void SegmentPane::selectInSegment(int index, int start, int end)
{
    const QTextBlock block = document()->findBlockByNumber(blockOfSegmentIndex(index));
    if (!block.isValid() || block.userState() != index || start < 0 || end <= start || end > block.length() - 1)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
}

QString SegmentPane::flagOf(int index) const
{
    return index >= 0 && size_t(index) < m_flags.size() ? m_flags[size_t(index)] : QString();
}

bool SegmentPane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = segmentAt(viewport()->mapFromGlobal(help->globalPos()));
        QString flag = flagOf(index);
        if (flag.isEmpty() && index >= 0 && size_t(index) < m_notes.size())
            flag = m_notes[size_t(index)];
        if (!flag.isEmpty())
            QToolTip::showText(help->globalPos(), flag, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::event(event);
}

void SegmentPane::refreshSelections()
{
    SegmentHighlights highlights(document());
    for (size_t i = 0; i < m_flags.size(); ++i)
        if (!m_flags[i].isEmpty() && int(i) != m_current && int(i) != m_hovered)
            highlights.row(blockOfSegment(int(i)), SegmentHighlights::flagColor());
    if (m_hovered >= 0 && m_hovered != m_current)
        highlights.row(blockOfSegment(m_hovered), SegmentHighlights::hoverColor());
    if (m_current >= 0)
        highlights.row(blockOfSegment(m_current), SegmentHighlights::currentColor());
    for (size_t i = 0; i < m_tints.size(); ++i)
        if (const QTextBlock block = blockOfSegment(int(i)); block.isValid())
            for (const Tint &tint : m_tints[i])
                highlights.tint(block, tint.start, tint.end, tint.color);
    for (size_t i = 0; i < m_doubtful.size(); ++i)
        if (const QTextBlock block = blockOfSegment(int(i)); block.isValid())
            for (const auto &[start, end] : m_doubtful[i])
                highlights.doubtful(block, start, end);
    if (const QTextBlock block = blockOfSegment(m_matchSegment); block.isValid())
        for (const auto &[start, end] : m_matches)
            highlights.match(block, start, end);
    setExtraSelections(highlights.selections());
}

int SegmentPane::segmentAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const int state = cursor.block().userState();
    return state >= 0 ? state : -1;
}

int SegmentPane::segmentAtCursor() const
{
    const int state = textCursor().block().userState();
    return state >= 0 ? state : -1;
}

QRect SegmentPane::segmentRect(int index) const
{
    const QTextBlock block = blockOfSegment(index);
    if (!block.isValid())
        return {};
    QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    rect.translate(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    return rect.toAlignedRect();
}

void SegmentPane::scrollToSegment(int index)
{
    const QTextBlock block = blockOfSegment(index);
    if (!block.isValid())
        return;
    const QRectF rect = document()->documentLayout()->blockBoundingRect(block);
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    if (rect.top() < top || rect.bottom() > bottom)
        verticalScrollBar()->setValue(int(rect.top() - viewport()->height() / 4));
}

int SegmentPane::topSegment() const
{
    for (int y = 2; y < viewport()->height(); y += 8) {
        const int index = segmentAt(QPoint(20, y));
        if (index >= 0)
            return index;
    }
    return -1;
}

QString SegmentPane::selectedTextPlain() const
{
    QString text = textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

void SegmentPane::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    const int index = segmentAt(event->position().toPoint());
    setHoveredSegment(index);
    Q_EMIT segmentHovered(index);
}

void SegmentPane::mousePressEvent(QMouseEvent *event)
{
    QTextBrowser::mousePressEvent(event);
    const int index = segmentAt(event->position().toPoint());
    if (index >= 0)
        Q_EMIT segmentClicked(index);
}

void SegmentPane::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = segmentAt(event->position().toPoint());
    if ((m_side == Side::Translation || m_doubleClickEdits) && index >= 0) {
        Q_EMIT segmentDoubleClicked(index);
        return;
    }
    QTextBrowser::mouseDoubleClickEvent(event);
}

void SegmentPane::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    setHoveredSegment(-1);
    Q_EMIT segmentHovered(-1);
}

} // namespace dossier
