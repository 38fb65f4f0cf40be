#include "summaryhtml.h"

#include "summaryreport.h"

namespace dossier {

namespace {

QString runHtml(const ReportRun &run)
{
    const QString text = run.text.toHtmlEscaped();
    switch (run.style) {
    case ReportRun::Style::Plain: return text;
    case ReportRun::Style::Bold: return QStringLiteral("<b>%1</b>").arg(text);
    case ReportRun::Style::Italic: return QStringLiteral("<i class=\"translation\">%1</i>").arg(text);
    case ReportRun::Style::Quote: return QStringLiteral("<span class=\"quote\">%1</span>").arg(text);
    case ReportRun::Style::Small: return QStringLiteral("<span class=\"cite\">%1</span>").arg(text);
    case ReportRun::Style::Flag: return QStringLiteral("<span class=\"flag\">%1</span>").arg(text);
    case ReportRun::Style::Mono: return QStringLiteral("<code>%1</code>").arg(text);
    }
    return text;
}

QString paragraphHtml(const ReportParagraph &p, const char *tag = "p")
{
    QString html;
    for (const ReportRun &run : p.runs)
        html += runHtml(run);
    return QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(tag), html);
}

} // namespace

QString SummaryHtml::render(const CaseSummary &summary)
{
    return render(SummaryReport::build(summary));
}

QString SummaryHtml::render(const ReportDocument &report)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
        "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;font-size:11pt;line-height:1.45;color:#222;"
        "margin:2em auto;max-width:60em;padding:0 1em}"
        ".quote{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif}"
        "h1{font-size:20pt;margin:0}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.6em}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}"
        "th{background:#eee}td p{margin:0 0 .3em}.cite{color:#555;font-size:9pt}.translation{color:#333}"
        ".flag{color:#b00000;font-weight:bold}.meta{color:#555;font-size:9pt}"
        ".passage{margin-bottom:1em}.passage p{margin:.15em 0}"
        "code{font-family:'DejaVu Sans Mono',monospace;font-size:9pt;white-space:nowrap}"
        "</style></head><body>\n")
                       .arg(report.title.toHtmlEscaped());
    for (const ReportBlock &block : report.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            html += paragraphHtml(block.paragraph, "h1");
            break;
        case ReportBlock::Kind::Subtitle:
            html += QStringLiteral("<p class=\"meta\">%1</p>").arg(block.paragraph.plainText().toHtmlEscaped());
            break;
        case ReportBlock::Kind::Heading:
            html += paragraphHtml(block.paragraph, "h2");
            break;
        case ReportBlock::Kind::Paragraph:
            html += paragraphHtml(block.paragraph);
            break;
        case ReportBlock::Kind::Passage:
            html += QStringLiteral("<div class=\"passage\">");
            for (const ReportParagraph &p : block.passage)
                html += paragraphHtml(p);
            html += QStringLiteral("</div>");
            break;
        case ReportBlock::Kind::Table:
            html += QStringLiteral("<table><thead><tr>");
            for (const QString &title : block.table.header)
                html += QStringLiteral("<th>%1</th>").arg(title.toHtmlEscaped());
            html += QStringLiteral("</tr></thead><tbody>");
            for (const auto &row : block.table.rows) {
                html += QStringLiteral("<tr>");
                for (const ReportCell &cell : row) {
                    html += QStringLiteral("<td>");
                    for (const ReportParagraph &p : cell)
                        html += paragraphHtml(p);
                    html += QStringLiteral("</td>");
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</tbody></table>");
            break;
        }
        html += QLatin1Char('\n');
    }
    return html + QStringLiteral("</body></html>\n");
}

} // namespace dossier
