#include "reader/segmenthighlights.h"

#include <QTextBlock>

#include <algorithm>

namespace dossier {

QTextEdit::ExtraSelection SegmentHighlights::span(const QTextBlock &block, int start, int end) const
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(m_document);
    selection.cursor.setPosition(block.position() + std::min(start, block.length() - 1));
    selection.cursor.setPosition(block.position() + std::min(end, block.length() - 1), QTextCursor::KeepAnchor);
    return selection;
}

void SegmentHighlights::row(const QTextBlock &block, const QColor &color)
{
    if (!block.isValid())
        return;
    // The whole block is selected: a full-width selection paints every line it covers,
    // so a wrapped row is highlighted over all its lines.
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(block);
    selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    selection.format.setBackground(color);
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_selections << selection;
}

void SegmentHighlights::tint(const QTextBlock &block, int start, int end, const QColor &color)
{
    QTextEdit::ExtraSelection selection = span(block, start, end);
    QColor light = color;
    light.setAlpha(70);
    selection.format.setBackground(light);
    selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    selection.format.setUnderlineColor(color);
    m_selections << selection;
}

void SegmentHighlights::doubtful(const QTextBlock &block, int start, int end)
{
    QTextEdit::ExtraSelection selection = span(block, start, end);
    selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    selection.format.setUnderlineColor(QColor(230, 110, 0));
    m_selections << selection;
}

void SegmentHighlights::match(const QTextBlock &block, int start, int end)
{
    QTextEdit::ExtraSelection selection = span(block, start, end);
    selection.format.setBackground(QColor(255, 170, 60));
    m_selections << selection;
}

} // namespace dossier
