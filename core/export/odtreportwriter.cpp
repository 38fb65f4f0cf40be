#include "odtreportwriter.h"

#include "columnwidths.h"
#include "odfpackage.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace dossier {

namespace {

const char *kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char *kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const char *kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char *kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const char *kFo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const char *kDc = "http://purl.org/dc/elements/1.1/";
const char *kMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr double kTextWidthCm = 17.0;

// The root element of an ODF part, with every namespace the parts use.
void startPart(QXmlStreamWriter &xml, const QString &root)
{
    xml.writeStartDocument();
    xml.writeStartElement(QString::fromLatin1(kOffice), root);
    for (const auto &[prefix, uri] : {std::pair{"office", kOffice}, {"style", kStyle}, {"text", kText},
                                      {"table", kTable}, {"fo", kFo}, {"dc", kDc}, {"meta", kMeta}})
        xml.writeNamespace(QString::fromLatin1(uri), QString::fromLatin1(prefix));
    xml.writeAttribute(QString::fromLatin1(kOffice), QStringLiteral("version"), QStringLiteral("1.3"));
}

QString spanStyle(ReportRun::Style style)
{
    switch (style) {
    case ReportRun::Style::Plain: return {};
    case ReportRun::Style::Bold: return QStringLiteral("Strong");
    case ReportRun::Style::Italic: return QStringLiteral("Translation");
    case ReportRun::Style::Quote: return QStringLiteral("Quotation");
    case ReportRun::Style::Small: return QStringLiteral("Citation");
    case ReportRun::Style::Flag: return QStringLiteral("Flag");
    case ReportRun::Style::Mono: return QStringLiteral("Hash");
    }
    return {};
}

// ODF collapses white space: spaces after the first, tabs and line breaks are elements.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString pending;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') && i > 0 && text.at(i - 1) == QLatin1Char(' ')) {
            int run = 0;
            while (i < text.size() && text.at(i) == QLatin1Char(' '))
                ++run, ++i;
            --i;
            xml.writeCharacters(pending);
            pending.clear();
            xml.writeEmptyElement(QString::fromLatin1(kText), QStringLiteral("s"));
            xml.writeAttribute(QString::fromLatin1(kText), QStringLiteral("c"), QString::number(run));
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            xml.writeCharacters(pending);
            pending.clear();
            xml.writeEmptyElement(QString::fromLatin1(kText), c == QLatin1Char('\n') ? QStringLiteral("line-break") : QStringLiteral("tab"));
        } else {
            pending += c;
        }
    }
    xml.writeCharacters(pending);
}

void writeParagraph(QXmlStreamWriter &xml, const ReportParagraph &p, const QString &style, int outlineLevel = 0)
{
    xml.writeStartElement(QString::fromLatin1(kText), outlineLevel ? QStringLiteral("h") : QStringLiteral("p"));
    xml.writeAttribute(QString::fromLatin1(kText), QStringLiteral("style-name"), style);
    if (outlineLevel)
        xml.writeAttribute(QString::fromLatin1(kText), QStringLiteral("outline-level"), QString::number(outlineLevel));
    for (const ReportRun &run : p.runs) {
        const QString span = spanStyle(run.style);
        if (span.isEmpty()) {
            writeText(xml, run.text);
            continue;
        }
        xml.writeStartElement(QString::fromLatin1(kText), QStringLiteral("span"));
        xml.writeAttribute(QString::fromLatin1(kText), QStringLiteral("style-name"), span);
        writeText(xml, run.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// Widths in characters (a Chinese character counts as two Latin ones).
double textWidth(const QString &text)
{
    double width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x2e80 ? 2 : 1;
    return width;
}

std::vector<double> columnShares(const ReportTable &table)
{
    const size_t columns = table.header.size();
    std::vector<double> minimum(columns, 0), natural(columns, 0);
    // The longest word must fit (bold headings are wider); a cell's room goes by all
    // the text it holds, so the evidence column, with quote, translation and citation
    // in each cell, gets more than a column of one long name.
    auto longestWord = [&](size_t c, const QString &text, double scale) {
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("[\\s\\x{2e80}-\\x{9fff}]")), Qt::SkipEmptyParts))
            minimum[c] = std::max(minimum[c], std::min(textWidth(word) * scale, 16.0)); // a longer word (an address) may wrap
        minimum[c] = std::max(minimum[c], text.isEmpty() ? 0.0 : 2.0);
    };
    for (size_t c = 0; c < columns; ++c) {
        longestWord(c, table.header[c], 1.25);
        natural[c] = textWidth(table.header[c]) * 1.25;
    }
    for (const auto &row : table.rows)
        for (size_t c = 0; c < columns && c < row.size(); ++c) {
            double total = 0;
            for (const ReportParagraph &p : row[c]) {
                longestWord(c, p.plainText(), 1.0);
                total += textWidth(p.plainText());
            }
            natural[c] = std::max(natural[c], total);
        }
    // About 75 characters of body text fill a line of the 17 cm text area.
    std::vector<double> widths = ColumnWidths::fit(minimum, natural, 75);
    for (double &w : widths)
        w = w * 100 / 75;
    return widths;
}

void writeCellStyles(QXmlStreamWriter &xml)
{
    auto style = [&](const QString &name, const QString &family, const QString &properties,
                     const std::vector<std::pair<QString, QString>> &values) {
        xml.writeStartElement(QString::fromLatin1(kStyle), QStringLiteral("style"));
        xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("name"), name);
        xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("family"), family);
        xml.writeEmptyElement(QString::fromLatin1(kStyle), properties);
        for (const auto &[attribute, value] : values)
            xml.writeAttribute(attribute.startsWith(QLatin1String("fo:")) ? QString::fromLatin1(kFo) : QString::fromLatin1(kStyle),
                               attribute.section(QLatin1Char(':'), 1), value);
        xml.writeEndElement();
    };
    // A row never breaks across pages (unless taller than one).
    style(QStringLiteral("Row"), QStringLiteral("table-row"), QStringLiteral("table-row-properties"),
          {{QStringLiteral("fo:keep-together"), QStringLiteral("always")}});
    const std::vector<std::pair<QString, QString>> cell{{QStringLiteral("fo:padding"), QStringLiteral("0.1cm")},
                                                        {QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #bbbbbb")},
                                                        {QStringLiteral("style:vertical-align"), QStringLiteral("top")}};
    style(QStringLiteral("Cell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"), cell);
    auto header = cell;
    header.emplace_back(QStringLiteral("fo:background-color"), QStringLiteral("#eeeeee"));
    style(QStringLiteral("HeaderCell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"), header);
}

void writeRow(QXmlStreamWriter &xml, const std::vector<ReportCell> &cells, size_t columns, bool header)
{
    xml.writeStartElement(QString::fromLatin1(kTable), QStringLiteral("table-row"));
    xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("style-name"), QStringLiteral("Row"));
    for (size_t c = 0; c < columns; ++c) {
        xml.writeStartElement(QString::fromLatin1(kTable), QStringLiteral("table-cell"));
        xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("style-name"), header ? QStringLiteral("HeaderCell") : QStringLiteral("Cell"));
        xml.writeAttribute(QString::fromLatin1(kOffice), QStringLiteral("value-type"), QStringLiteral("string"));
        const ReportCell empty{ReportParagraph()};
        for (const ReportParagraph &p : c < cells.size() && !cells[c].empty() ? cells[c] : empty)
            writeParagraph(xml, p, header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace

QByteArray OdtReportWriter::content(const ReportDocument &report)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startPart(xml, QStringLiteral("document-content"));

    xml.writeStartElement(QString::fromLatin1(kOffice), QStringLiteral("automatic-styles"));
    // Automatic styles belong to the part that uses them: a cell style in styles.xml
    // is not seen by the tables here.
    writeCellStyles(xml);
    int tableNumber = 0;
    for (const ReportBlock &block : report.blocks) {
        if (block.kind != ReportBlock::Kind::Table)
            continue;
        const QString name = QStringLiteral("Table%1").arg(++tableNumber);
        xml.writeStartElement(QString::fromLatin1(kStyle), QStringLiteral("style"));
        xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("name"), name);
        xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("family"), QStringLiteral("table"));
        xml.writeEmptyElement(QString::fromLatin1(kStyle), QStringLiteral("table-properties"));
        xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("width"), QStringLiteral("%1cm").arg(kTextWidthCm));
        xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("align"), QStringLiteral("margins"));
        xml.writeEndElement();
        const std::vector<double> shares = columnShares(block.table);
        for (size_t c = 0; c < shares.size(); ++c) {
            xml.writeStartElement(QString::fromLatin1(kStyle), QStringLiteral("style"));
            xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("name"), QStringLiteral("%1.C%2").arg(name).arg(c));
            xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(QString::fromLatin1(kStyle), QStringLiteral("table-column-properties"));
            xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("column-width"),
                               QStringLiteral("%1cm").arg(kTextWidthCm * shares[c] / 100, 0, 'f', 2));
            xml.writeAttribute(QString::fromLatin1(kStyle), QStringLiteral("rel-column-width"), QStringLiteral("%1*").arg(qRound(shares[c] * 100)));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QString::fromLatin1(kOffice), QStringLiteral("body"));
    xml.writeStartElement(QString::fromLatin1(kOffice), QStringLiteral("text"));
    tableNumber = 0;
    for (const ReportBlock &block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            writeParagraph(xml, block.paragraph, QStringLiteral("Title"));
            break;
        case ReportBlock::Kind::Subtitle:
            writeParagraph(xml, block.paragraph, QStringLiteral("Subtitle"));
            break;
        case ReportBlock::Kind::Heading:
            writeParagraph(xml, block.paragraph, QStringLiteral("Heading_20_1"), 1);
            break;
        case ReportBlock::Kind::Paragraph:
            writeParagraph(xml, block.paragraph, QStringLiteral("Text_20_body"));
            break;
        case ReportBlock::Kind::Passage:
            for (size_t i = 0; i < block.passage.size(); ++i)
                writeParagraph(xml, block.passage[i], i + 1 < block.passage.size() ? QStringLiteral("Passage") : QStringLiteral("Passage_20_end"));
            break;
        case ReportBlock::Kind::Table: {
            const QString name = QStringLiteral("Table%1").arg(++tableNumber);
            const size_t columns = block.table.header.size();
            xml.writeStartElement(QString::fromLatin1(kTable), QStringLiteral("table"));
            xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("name"), name);
            xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("style-name"), name);
            for (size_t c = 0; c < columns; ++c) {
                xml.writeEmptyElement(QString::fromLatin1(kTable), QStringLiteral("table-column"));
                xml.writeAttribute(QString::fromLatin1(kTable), QStringLiteral("style-name"), QStringLiteral("%1.C%2").arg(name).arg(c));
            }
            xml.writeStartElement(QString::fromLatin1(kTable), QStringLiteral("table-header-rows"));
            std::vector<ReportCell> header;
            for (const QString &title : block.table.header)
                header.push_back({ReportParagraph(title)});
            writeRow(xml, header, columns, true);
            xml.writeEndElement();
            for (const auto &row : block.table.rows)
                writeRow(xml, row, columns, false);
            xml.writeEndElement();
            break;
        }
        }
    }
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtReportWriter::meta(const ReportDocument &report)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startPart(xml, QStringLiteral("document-meta"));
    xml.writeStartElement(QString::fromLatin1(kOffice), QStringLiteral("meta"));
    xml.writeTextElement(QString::fromLatin1(kMeta), QStringLiteral("generator"), QStringLiteral("Dossier"));
    xml.writeTextElement(QString::fromLatin1(kDc), QStringLiteral("title"), report.title);
    if (!report.author.isEmpty())
        xml.writeTextElement(QString::fromLatin1(kMeta), QStringLiteral("initial-creator"), report.author);
    xml.writeTextElement(QString::fromLatin1(kMeta), QStringLiteral("creation-date"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeTextElement(QString::fromLatin1(kDc), QStringLiteral("language"), QStringLiteral("en-GB"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Status OdtReportWriter::write(const ReportDocument &report, const QString &path)
{
    OdfPackage package("application/vnd.oasis.opendocument.text");
    package.add(QStringLiteral("content.xml"), content(report));
    package.add(QStringLiteral("styles.xml"), styles(report));
    package.add(QStringLiteral("meta.xml"), meta(report));
    return package.write(path);
}

} // namespace dossier
