#pragma once

#include <QColor>
#include <QList>
#include <QTextEdit>

namespace dossier {

// The colours laid over a pane's text, as Qt's extra selections: whole rows (a flagged
// translation, the hovered and the current segment) and spans within a row (an entity's
// tint, words OCR doubts, search matches). Later additions paint over earlier ones.
class SegmentHighlights
{
public:
    explicit SegmentHighlights(QTextDocument *document) : m_document(document) {}

    static QColor currentColor() { return QColor(255, 236, 160); }
    static QColor hoverColor() { return QColor(232, 240, 255); }
    static QColor flagColor() { return QColor(255, 225, 225); }

    void row(const QTextBlock &block, const QColor &color);
    void tint(const QTextBlock &block, int start, int end, const QColor &color);
    void doubtful(const QTextBlock &block, int start, int end);
    void match(const QTextBlock &block, int start, int end);
    const QList<QTextEdit::ExtraSelection> &selections() const { return m_selections; }

private:
    // [start, end) of a block, clamped to it.
    QTextEdit::ExtraSelection span(const QTextBlock &block, int start, int end) const;

    QTextDocument *m_document;
    QList<QTextEdit::ExtraSelection> m_selections;
};

} // namespace dossier
