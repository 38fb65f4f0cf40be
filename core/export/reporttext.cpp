#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace dossier {

namespace {

QTextCharFormat charFormat(ReportRun::Style style, const QFont &base)
{
    QTextCharFormat format;
    QFont font = base;
    switch (style) {
    case ReportRun::Style::Plain:
    case ReportRun::Style::Quote:
        break;
    case ReportRun::Style::Bold:
        font.setBold(true);
        break;
    case ReportRun::Style::Italic:
        font.setItalic(true);
        format.setForeground(QColor(0x33, 0x33, 0x33));
        break;
    case ReportRun::Style::Small:
        font.setPointSizeF(base.pointSizeF() * 0.85);
        format.setForeground(QColor(0x55, 0x55, 0x55));
        break;
    case ReportRun::Style::Flag:
        font.setBold(true);
        format.setForeground(QColor(0xb0, 0x00, 0x00));
        break;
    case ReportRun::Style::Mono:
        font = ReportText::monoFont();
        font.setPointSizeF(base.pointSizeF() * 0.8);
        break;
    }
    format.setFont(font);
    return format;
}

} // namespace

ReportText::ReportText(QPaintDevice *device) : m_device(device) {}

QFont ReportText::bodyFont()
{
    QFont font(QStringLiteral("WenQuanYi Zen Hei"));
    font.setPointSizeF(10);
    // Shaping swaps in glyph variants (digits after Latin letters) that Qt's PDF text
    // layer cannot map back to characters; unshaped glyphs keep every digit copyable.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont ReportText::monoFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

double ReportText::points(double pt) const
{
    return pt * m_device->logicalDpiY() / 72.0;
}

std::unique_ptr<QTextDocument> ReportText::make(const std::vector<ReportParagraph> &paragraphs, const QFont &base) const
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(m_device);
    document->setDefaultFont(base);
    document->setDocumentMargin(0);
    QTextCursor cursor(document.get());
    QTextBlockFormat block;
    block.setBottomMargin(points(2));
    block.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        if (i == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        for (const ReportRun &run : paragraphs[i].runs)
            cursor.insertText(run.text, charFormat(run.style, base));
    }
    return document;
}

std::unique_ptr<QTextDocument> ReportText::make(const ReportParagraph &paragraph, const QFont &base) const
{
    return make(std::vector<ReportParagraph>{paragraph}, base);
}

double ReportText::lineBreakAbove(const QTextDocument &document, double limit)
{
    double best = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const double top = document.documentLayout()->blockBoundingRect(block).top();
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const double bottom = top + layout->lineAt(i).rect().bottom();
            if (bottom <= limit)
                best = std::max(best, bottom);
        }
    }
    return best;
}

} // namespace dossier
