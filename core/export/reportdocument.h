#pragma once

#include <QString>

#include <vector>

namespace dossier {

// A case summary as a printed report is made of: a title block, headings, paragraphs
// and tables whose cells hold paragraphs. The PDF and ODT writers lay out the same
// report, each in its own medium, so a fix to what the report says lands once.
struct ReportRun
{
    enum class Style { Plain, Bold, Italic, Quote, Small, Flag, Mono };
    QString text;
    Style style = Style::Plain;
};

struct ReportParagraph
{
    std::vector<ReportRun> runs;

    ReportParagraph() = default;
    ReportParagraph(QString text, ReportRun::Style style = ReportRun::Style::Plain) { add(std::move(text), style); }
    ReportParagraph &add(QString text, ReportRun::Style style = ReportRun::Style::Plain)
    {
        runs.push_back({std::move(text), style});
        return *this;
    }
    QString plainText() const
    {
        QString text;
        for (const ReportRun &run : runs)
            text += run.text;
        return text;
    }
};

using ReportCell = std::vector<ReportParagraph>;

struct ReportTable
{
    std::vector<QString> header;
    std::vector<std::vector<ReportCell>> rows;
};

struct ReportBlock
{
    // A passage is paragraphs kept on one page (a source: title, facts, address, hash).
    enum class Kind { Title, Subtitle, Heading, Paragraph, Passage, Table };
    Kind kind = Kind::Paragraph;
    ReportParagraph paragraph; // Title, Subtitle, Heading, Paragraph
    ReportTable table;
    ReportCell passage;
};

struct ReportDocument
{
    QString title;
    QString author;
    std::vector<ReportBlock> blocks;

    void heading(const QString &text) { blocks.push_back({ReportBlock::Kind::Heading, ReportParagraph(text), {}, {}}); }
    void paragraph(ReportParagraph p) { blocks.push_back({ReportBlock::Kind::Paragraph, std::move(p), {}, {}}); }
    void table(ReportTable t) { blocks.push_back({ReportBlock::Kind::Table, {}, std::move(t), {}}); }
    void passage(ReportCell paragraphs) { blocks.push_back({ReportBlock::Kind::Passage, {}, {}, std::move(paragraphs)}); }
};

} // namespace dossier
