#include "pdfreportwriter.h"

#include "columnwidths.h"
#include "pdfoutline.h"
#include "reporttext.h"

#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace dossier {

namespace {

// Lays the report out page by page. Run once to count the pages and once to paint
// (with a painter): the footer says "page 2 of 7".
class Paginator
{
public:
    Paginator(QPdfWriter &writer, const ReportDocument &report, QPainter *painter, int pageCount)
        : m_writer(writer), m_report(report), m_painter(painter), m_text(&writer), m_pageCount(pageCount)
    {
        const QRect body = writer.pageLayout().paintRectPixels(writer.resolution());
        m_width = body.width();
        m_footer = m_text.points(22);
        m_bottom = body.height() - m_footer;
        m_padding = m_text.points(3.5);
    }

    void run()
    {
        for (const ReportBlock &block : m_report.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Title:
                flow(*m_text.make(block.paragraph, titleFont()), m_text.points(4));
                break;
            case ReportBlock::Kind::Subtitle:
                flow(*m_text.make(ReportParagraph(block.paragraph.plainText(), ReportRun::Style::Small), ReportText::bodyFont()),
                     m_text.points(10));
                break;
            case ReportBlock::Kind::Heading:
                heading(block.paragraph.plainText());
                break;
            case ReportBlock::Kind::Paragraph:
                flow(*m_text.make(block.paragraph, ReportText::bodyFont()), m_text.points(3));
                break;
            case ReportBlock::Kind::Passage:
                flow(*m_text.make(block.passage, ReportText::bodyFont()), m_text.points(6), true);
                break;
            case ReportBlock::Kind::Table:
                table(block.table);
                break;
            }
        }
        footer();
    }

    int pages() const { return m_page + 1; }
    std::vector<OutlineEntry> outline() const { return m_outline; }

private:
    static QFont titleFont()
    {
        QFont font = ReportText::bodyFont();
        font.setPointSizeF(20);
        font.setBold(true);
        return font;
    }

    void newPage()
    {
        footer();
        if (m_painter)
            m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        if (!m_painter)
            return;
        m_painter->save();
        QFont font = ReportText::bodyFont();
        font.setPointSizeF(8);
        m_painter->setFont(font);
        m_painter->setPen(QColor(0x77, 0x77, 0x77));
        const double top = m_bottom + m_footer * 0.45;
        m_painter->drawLine(QPointF(0, top), QPointF(m_width, top));
        const QRectF line(0, top + m_text.points(2), m_width, m_footer * 0.5);
        m_painter->drawText(line, Qt::AlignLeft | Qt::AlignTop, m_report.title);
        m_painter->drawText(line, Qt::AlignRight | Qt::AlignTop,
                            PdfReportWriter::tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
        m_painter->restore();
    }

    void paint(QTextDocument &document, double x, double from, double to)
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->translate(x, m_y - from);
        document.drawContents(m_painter, QRectF(0, from, document.textWidth() + 1, to - from));
        m_painter->restore();
    }

    // A paragraph at full width, broken between lines where it meets the page foot; a
    // passage kept whole goes to the next page when it would break and fits there.
    void flow(QTextDocument &document, double after, bool keepTogether = false)
    {
        document.setTextWidth(m_width);
        const double height = document.size().height();
        if (keepTogether && m_y > 0 && m_y + height > m_bottom && height <= m_bottom)
            newPage();
        double offset = 0;
        while (offset < height - 0.5) {
            double cut = height;
            if (m_y + (height - offset) > m_bottom) {
                cut = ReportText::lineBreakAbove(document, offset + (m_bottom - m_y));
                if (cut <= offset && m_y == 0) // a line taller than a page: cut through it
                    cut = std::min(height, offset + m_bottom);
                if (cut <= offset) {
                    newPage();
                    continue;
                }
            }
            paint(document, 0, offset, cut);
            m_y += cut - offset;
            offset = cut;
            if (offset < height - 0.5)
                newPage();
        }
        m_y += after;
    }

    void heading(const QString &text)
    {
        QFont font = ReportText::bodyFont();
        font.setPointSizeF(14);
        font.setBold(true);
        auto document = m_text.make(ReportParagraph(text), font);
        document->setTextWidth(m_width);
        const double height = document->size().height();
        // A heading never ends a page: it goes with at least a few lines of its section.
        if (m_y > 0 && m_y + m_text.points(8) + height + m_text.points(60) > m_bottom)
            newPage();
        else if (m_y > 0)
            m_y += m_text.points(8);
        m_outline.push_back({text, m_page, m_y});
        paint(*document, 0, 0, height);
        m_y += height;
        if (m_painter) {
            m_painter->save();
            m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), m_text.points(0.6)));
            m_painter->drawLine(QPointF(0, m_y + m_text.points(1)), QPointF(m_width, m_y + m_text.points(1)));
            m_painter->restore();
        }
        m_y += m_text.points(6);
    }

    using Row = std::vector<std::unique_ptr<QTextDocument>>;

    Row makeRow(const std::vector<ReportCell> &cells, const QFont &font) const
    {
        Row row;
        for (const ReportCell &cell : cells)
            row.push_back(m_text.make(cell, font));
        return row;
    }

    std::vector<double> columnWidths(const Row &header, const std::vector<Row> &rows) const
    {
        const size_t columns = header.size();
        std::vector<double> minimum(columns, 0), natural(columns, 0);
        auto measure = [&](const Row &row) {
            for (size_t c = 0; c < columns && c < row.size(); ++c) {
                QTextDocument &d = *row[c];
                QTextOption option = d.defaultTextOption();
                option.setWrapMode(QTextOption::NoWrap);
                d.setDefaultTextOption(option);
                d.setTextWidth(-1);
                natural[c] = std::max(natural[c], d.idealWidth());
                option.setWrapMode(QTextOption::WordWrap);
                d.setDefaultTextOption(option);
                d.setTextWidth(1);
                minimum[c] = std::max(minimum[c], std::min(d.idealWidth(), m_width / 3));
                option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
                d.setDefaultTextOption(option);
            }
        };
        measure(header);
        for (const Row &row : rows)
            measure(row);
        std::vector<double> widths = ColumnWidths::fit(minimum, natural, m_width - 2 * m_padding * double(columns));
        for (double &w : widths)
            w += 2 * m_padding;
        return widths;
    }

    double rowHeight(const Row &row, const std::vector<double> &widths) const
    {
        double height = 0;
        for (size_t c = 0; c < row.size(); ++c) {
            row[c]->setTextWidth(widths[c] - 2 * m_padding);
            height = std::max(height, row[c]->size().height());
        }
        return height + 2 * m_padding;
    }

    void paintRow(const Row &row, const std::vector<double> &widths, double height, bool header)
    {
        if (m_painter) {
            m_painter->save();
            m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_text.points(0.5)));
            double x = 0;
            for (size_t c = 0; c < row.size(); ++c) {
                const QRectF box(x, m_y, widths[c], height);
                if (header)
                    m_painter->fillRect(box, QColor(0xee, 0xee, 0xee));
                m_painter->drawRect(box);
                x += widths[c];
            }
            m_painter->restore();
        }
        double x = 0;
        for (size_t c = 0; c < row.size(); ++c) {
            const double y = m_y;
            m_y += m_padding;
            paint(*row[c], x + m_padding, 0, row[c]->size().height());
            m_y = y;
            x += widths[c];
        }
        m_y += height;
    }

    // A row taller than a page: each cell broken between its own lines.
    void splitRow(const Row &row, const std::vector<double> &widths)
    {
        std::vector<double> offsets(row.size(), 0);
        auto done = [&] {
            for (size_t c = 0; c < row.size(); ++c)
                if (offsets[c] < row[c]->size().height() - 0.5)
                    return false;
            return true;
        };
        while (!done()) {
            const double room = m_bottom - m_y - 2 * m_padding;
            double used = 0, x = 0;
            for (size_t c = 0; c < row.size(); ++c) {
                const double height = row[c]->size().height();
                double cut = offsets[c] + room >= height ? height : ReportText::lineBreakAbove(*row[c], offsets[c] + room);
                if (cut <= offsets[c] && m_y == 0) // a line taller than a page: cut through it
                    cut = offsets[c] + room;
                const double y = m_y;
                m_y += m_padding;
                paint(*row[c], x + m_padding, offsets[c], std::max(cut, offsets[c]));
                m_y = y;
                used = std::max(used, cut - offsets[c]);
                offsets[c] = std::max(cut, offsets[c]);
                x += widths[c];
            }
            if (m_painter) {
                m_painter->save();
                m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), m_text.points(0.5)));
                double left = 0;
                for (double w : widths) {
                    m_painter->drawRect(QRectF(left, m_y, w, used + 2 * m_padding));
                    left += w;
                }
                m_painter->restore();
            }
            m_y += used + 2 * m_padding;
            if (!done())
                newPage();
        }
    }

    void table(const ReportTable &table)
    {
        QFont bold = ReportText::bodyFont();
        bold.setBold(true);
        std::vector<ReportCell> headerCells;
        for (const QString &title : table.header)
            headerCells.push_back({ReportParagraph(title)});
        const Row header = makeRow(headerCells, bold);
        std::vector<Row> rows;
        for (const auto &cells : table.rows)
            rows.push_back(makeRow(cells, ReportText::bodyFont()));
        const std::vector<double> widths = columnWidths(header, rows);
        const double headerHeight = rowHeight(header, widths);
        bool headerOnPage = false;
        for (const Row &row : rows) {
            const double height = rowHeight(row, widths);
            const bool fits = m_y + (headerOnPage ? 0 : headerHeight) + height <= m_bottom;
            if (!fits && (height + headerHeight <= m_bottom || m_y + headerHeight + m_text.points(40) > m_bottom)) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage) {
                paintRow(header, widths, headerHeight, true);
                headerOnPage = true;
            }
            if (m_y + height <= m_bottom)
                paintRow(row, widths, height, false);
            else
                splitRow(row, widths);
        }
        m_y += m_text.points(6);
    }

    QPdfWriter &m_writer;
    const ReportDocument &m_report;
    QPainter *m_painter;
    ReportText m_text;
    int m_pageCount;
    double m_width = 0, m_bottom = 0, m_footer = 0, m_padding = 0, m_y = 0;
    int m_page = 0;
    std::vector<OutlineEntry> m_outline;
};

} // namespace

Status PdfReportWriter::write(const ReportDocument &report, const QString &path)
{
    const QString drawn = path + QStringLiteral(".partial");
    std::vector<OutlineEntry> outline;
    double topMargin = 0, pageHeight = 0, resolution = 0;
    {
        QPdfWriter writer(drawn);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Dossier"));
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 12),
                                         QPageLayout::Millimeter));
        Paginator counting(writer, report, nullptr, 0);
        counting.run();
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(tr("The PDF could not be written."), path);
        Paginator painting(writer, report, &painter, counting.pages());
        painting.run();
        painter.end();
        outline = painting.outline();
        topMargin = writer.pageLayout().margins(QPageLayout::Point).top();
        pageHeight = writer.pageLayout().fullRect(QPageLayout::Point).height();
        resolution = writer.resolution();
    }
    // Bookmarks point at the heading: PDF measures from the page foot, in points.
    for (OutlineEntry &entry : outline)
        entry.top = pageHeight - topMargin - entry.top * 72.0 / resolution;
    const Status outlined = PdfOutline::add(drawn, outline, path);
    QFile::remove(drawn);
    return outlined;
}

} // namespace dossier
