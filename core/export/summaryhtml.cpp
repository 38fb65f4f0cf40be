#include "summaryhtml.h"

#include "../documents/textorigin.h"
#include "../entities/uscc.h"

namespace dossier {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cite(const EventEvidence &evidence)
{
    return e(citation(evidence.documentTitle, evidence.page, evidence.origin));
}

} // namespace

QString SummaryHtml::render(const CaseSummary &s, bool forPrint)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<title>%1</title><style>").arg(e(s.options.title));
    // On paper the printing font is set by the exporter (one whose text layer copies
    // back as the characters shown); on screen the reader's CJK fonts are fine.
    if (!forPrint)
        html += QStringLiteral("body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif}"
                               ".quote{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif}");
    html += QStringLiteral(
        "body{font-size:11pt;line-height:1.45;color:#222}"
        "h1{font-size:18pt;margin-top:0;margin-bottom:0}h2{font-size:14pt;border-bottom:1px solid #999;margin-top:1.6em}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}"
        "th{background:#eee}.cite{color:#555;font-size:9pt}"
        ".flag{color:#b00000;font-weight:bold}.meta{color:#555}");
    if (!forPrint)
        html += QStringLiteral("body{margin:2em}");
    html += QStringLiteral("</style></head><body>");
    html += QStringLiteral("<h1>%1</h1><p class=\"meta\">").arg(e(s.options.title));
    if (!s.options.author.isEmpty())
        html += QStringLiteral("Prepared by %1 · ").arg(e(s.options.author));
    html += QStringLiteral("Generated %1 by Dossier").arg(e(s.generatedAt));
    if (s.options.onlyConfirmed)
        html += QStringLiteral(" · confirmed material only");
    if (s.options.onlyVerified)
        html += QStringLiteral(" · <b>verified items only</b>: every event, entity and claim below was verified by a fact-checker");
    if (!s.options.tag.isEmpty())
        html += QStringLiteral(" · tag “%1”").arg(e(s.options.tag));
    html += QStringLiteral("</p>");
    // On paper the title, author and date stand alone on a title page.
    if (forPrint)
        html += QStringLiteral("<p style=\"page-break-after:always\">%1 · %2 · %3%4</p>")
                    .arg(e(s.options.title), e(s.options.author), e(s.generatedAt.left(10)),
                         s.options.onlyVerified ? QStringLiteral(" · verified items only") : QString());

    html += QStringLiteral("<h2>Key findings</h2>");
    const QStringList paragraphs = s.options.findings.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (paragraphs.isEmpty())
        html += QStringLiteral("<p class=\"meta\">(none written)</p>");
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(e(p.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    html += QStringLiteral("<h2>Timeline</h2>");
    if (s.events.empty())
        html += QStringLiteral("<p class=\"meta\">(no events)</p>");
    else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Date</th><th>Event</th><th>Evidence</th></tr>");
        for (const Event &event : s.events) {
            QStringList involved;
            for (qint64 id : event.entityIds)
                if (s.entityNames.count(id))
                    involved << e(s.entityNames.at(id));
            QString evidence;
            for (const EventEvidence &ev : event.evidence) {
                evidence += QStringLiteral("<p class=\"quote\">“%1”</p>").arg(e(ev.quote));
                if (!ev.translationQuote.isEmpty() && ev.field != QLatin1String("translation"))
                    evidence += QStringLiteral("<p><i>%1</i></p>").arg(e(ev.translationQuote));
                evidence += QStringLiteral("<p class=\"cite\">%1%2</p>")
                                .arg(cite(ev), ev.changed || ev.missing ? QStringLiteral(" <span class=\"flag\">source changed</span>") : QString());
            }
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b>%3%4<br><span class=\"meta\">%6</span></td><td>%5</td></tr>")
                        .arg(e(event.date.toIso()), e(event.title),
                             event.description.isEmpty() ? QString() : QStringLiteral("<br>") + e(event.description),
                             involved.isEmpty() ? QString() : QStringLiteral("<br><span class=\"meta\">%1</span>").arg(involved.join(QStringLiteral(", "))),
                             evidence, e(reviewLine(event.review)));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>Entities</h2>");
    if (s.entities.empty())
        html += QStringLiteral("<p class=\"meta\">(no entities)</p>");
    else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Name (Chinese)</th><th>Name (English)</th><th>Type</th><th>Mentions</th><th>Flags and relations</th></tr>");
        for (const SummaryEntity &item : s.entities) {
            QStringList notes;
            for (const ScreeningHit &hit : item.screening)
                notes << QStringLiteral("<span class=\"flag\">On %1: %2 (%3)</span>").arg(e(hit.entry.list), e(hit.entry.name), e(hit.entry.source));
            if (!item.entity.uscc.isEmpty())
                notes << QStringLiteral("Credit code %1%2").arg(e(item.entity.uscc),
                                                                 Uscc::hasValidCheck(item.entity.uscc) ? QString() : QStringLiteral(" <span class=\"flag\">(check character wrong)</span>"));
            for (const Relation &r : item.relations)
                notes << QStringLiteral("%1 %2").arg(e(r.kind), e(s.entityNames.count(r.toId) ? s.entityNames.at(r.toId) : QString()));
            notes << QStringLiteral("<span class=\"meta\">%1</span>").arg(e(reviewLine(item.entity.review)));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(e(item.entity.nameZh), e(item.entity.nameEn), e(toString(item.entity.type)))
                        .arg(item.mentions)
                        .arg(notes.join(QStringLiteral("<br>")));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>Checked figures</h2>");
    if (s.claims.empty())
        html += QStringLiteral("<p class=\"meta\">(no claims checked)</p>");
    else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Claim</th><th>Verdict</th><th>Evidence</th></tr>");
        for (const Claim &claim : s.claims) {
            QString evidence;
            for (const Evidence &ev : claim.evidence) {
                const DocumentInfo *doc = s.source(ev.documentId);
                evidence += QStringLiteral("<p class=\"quote\">“%1”</p><p class=\"cite\">%2</p>")
                                .arg(e(ev.quote), e(citation(doc ? doc->title : QString(), ev.page, ev.origin)));
            }
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b>%3<br><span class=\"meta\">%5</span></td><td>%4</td></tr>")
                        .arg(e(claim.text), e(verdictLabel(claim.verdict)),
                             claim.note.isEmpty() ? QString() : QStringLiteral("<br>") + e(claim.note), evidence,
                             e(reviewLine(claim.review)));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>Sources</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Title</th><th>Kind</th><th>Source</th><th>Obtained</th><th>Pages</th><th>SHA-256</th></tr>");
    for (const DocumentInfo &d : s.sources) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td><span class=\"cite\">%6</span></td></tr>")
                    .arg(e(d.title), e(d.kind), e(d.sourceUrl.value_or(QString())), e(d.obtainedAt.value_or(QString())))
                    .arg(d.pages)
                    .arg(forPrint ? d.sha256.left(32) + QStringLiteral(" ") + d.sha256.mid(32) : d.sha256);
    }
    html += QStringLiteral("</table></body></html>\n");
    return html;
}

} // namespace dossier
