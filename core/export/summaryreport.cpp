#include "summaryreport.h"

#include "../documents/documentkind.h"
#include "../entities/uscc.h"

namespace dossier {

namespace {

using Style = ReportRun::Style;

void addEvidence(ReportCell &cell, const CaseSummary &s, const EventEvidence &ev)
{
    cell.push_back(ReportParagraph(QStringLiteral("“%1”").arg(ev.quote), Style::Quote));
    if (const QString translation = CaseSummary::shownTranslation(ev); !translation.isEmpty())
        cell.push_back(ReportParagraph(translation, Style::Italic));
    if (const QString flag = s.translationFlag(ev); !flag.isEmpty())
        cell.push_back(ReportParagraph(SummaryReport::tr("Translation flagged: %1").arg(flag), Style::Flag));
    ReportParagraph cite(s.citationOf(ev), Style::Small);
    if (ev.changed || ev.missing)
        cite.add(QStringLiteral(" ")).add(SummaryReport::tr("source changed since cited"), Style::Flag);
    cell.push_back(cite);
}

ReportTable timeline(const CaseSummary &s)
{
    ReportTable table{{SummaryReport::tr("Date"), SummaryReport::tr("Event"), SummaryReport::tr("Evidence")}, {}};
    for (const Event &event : s.events) {
        ReportCell what{ReportParagraph(event.title, Style::Bold)};
        if (!event.description.isEmpty())
            what.push_back(ReportParagraph(event.description));
        QStringList involved;
        for (qint64 id : event.entityIds)
            involved << s.entityName(id);
        involved.removeAll(QString());
        if (!involved.isEmpty())
            what.push_back(ReportParagraph(involved.join(QStringLiteral(", ")), Style::Small));
        what.push_back(ReportParagraph(reviewLine(event.review), Style::Small));
        ReportCell evidence;
        for (const EventEvidence &ev : event.evidence)
            addEvidence(evidence, s, ev);
        if (evidence.empty())
            evidence.push_back(ReportParagraph(SummaryReport::tr("No evidence attached"), Style::Flag));
        // A range reads "2024-04-08 – 2024-04-22" and may wrap between its two days.
        const QString date = event.date.toIso().replace(QLatin1Char('/'), QStringLiteral(" – "));
        table.rows.push_back({{ReportParagraph(date)}, what, evidence});
    }
    return table;
}

ReportTable entities(const CaseSummary &s)
{
    ReportTable table{{SummaryReport::tr("Name"), SummaryReport::tr("Type"), SummaryReport::tr("Mentions"),
                       SummaryReport::tr("Flags and relations")}, {}};
    for (const SummaryEntity &item : s.entities) {
        const Entity &e = item.entity;
        ReportCell name;
        for (const QString &line : QStringList{e.nameZh, e.nameEn})
            if (!line.isEmpty() && (name.empty() || name.front().plainText().compare(line, Qt::CaseInsensitive) != 0))
                name.push_back(ReportParagraph(line, name.empty() ? Style::Bold : Style::Plain));
        ReportCell notes;
        for (const ScreeningHit &hit : item.screening)
            notes.push_back(ReportParagraph(SummaryReport::tr("On %1: %2 (%3)").arg(hit.entry.list, hit.entry.name, hit.entry.source), Style::Flag));
        if (!e.uscc.isEmpty()) {
            ReportParagraph code(SummaryReport::tr("Credit code "));
            code.add(e.uscc, Style::Mono);
            if (!Uscc::hasValidCheck(e.uscc))
                code.add(QStringLiteral(" ")).add(SummaryReport::tr("(check character wrong)"), Style::Flag);
            notes.push_back(code);
        }
        for (const Relation &r : item.relations)
            notes.push_back(ReportParagraph(s.relationText(r)));
        notes.push_back(ReportParagraph(reviewLine(e.review), Style::Small));
        table.rows.push_back({name, {ReportParagraph(entityTypeLabel(e.type))}, {ReportParagraph(QString::number(item.mentions))}, notes});
    }
    return table;
}

ReportTable claims(const CaseSummary &s)
{
    ReportTable table{{SummaryReport::tr("Claim"), SummaryReport::tr("Verdict"), SummaryReport::tr("Evidence")}, {}};
    for (const Claim &claim : s.claims) {
        ReportCell verdict{ReportParagraph(verdictLabel(claim.verdict), Style::Bold)};
        if (!claim.note.isEmpty())
            verdict.push_back(ReportParagraph(claim.note));
        verdict.push_back(ReportParagraph(reviewLine(claim.review), Style::Small));
        ReportCell evidence;
        for (const Evidence &ev : claim.evidence) {
            evidence.push_back(ReportParagraph(QStringLiteral("“%1”").arg(ev.quote), Style::Quote));
            evidence.push_back(ReportParagraph(s.citationOf(ev), Style::Small));
        }
        table.rows.push_back({{ReportParagraph(claim.text)}, verdict, evidence});
    }
    return table;
}

void sources(ReportDocument &report, const CaseSummary &s)
{
    for (const DocumentInfo &d : s.sources) {
        ReportCell source{ReportParagraph(sourceTitle(d), Style::Bold)};
        QStringList facts{documentKindLabel(d.kind), SummaryReport::tr("%n page(s)", nullptr, d.pages)};
        if (d.ocrPages > 0)
            facts << SummaryReport::tr("%n page(s) read by OCR", nullptr, d.ocrPages);
        if (d.obtainedAt)
            facts << SummaryReport::tr("obtained %1").arg(*d.obtainedAt);
        source.push_back(ReportParagraph(facts.join(QStringLiteral(" · ")), Style::Small));
        if (d.sourceUrl && !d.sourceUrl->isEmpty())
            source.push_back(ReportParagraph(*d.sourceUrl, Style::Mono));
        source.push_back(ReportParagraph(QStringLiteral("SHA-256 ")).add(d.sha256, Style::Mono));
        report.passage(std::move(source));
    }
}

} // namespace

ReportDocument SummaryReport::build(const CaseSummary &s)
{
    ReportDocument report;
    report.title = s.options.title;
    report.author = s.options.author;
    report.blocks.push_back({ReportBlock::Kind::Title, ReportParagraph(s.options.title), {}, {}});
    QStringList meta;
    if (!s.options.author.isEmpty())
        meta << tr("Prepared by %1").arg(s.options.author);
    meta << s.generatedOn();
    if (s.options.onlyConfirmed)
        meta << tr("confirmed material only");
    if (s.options.onlyVerified)
        meta << tr("verified items only: every event, entity and claim below was verified by a fact-checker");
    if (!s.options.tag.isEmpty())
        meta << tr("tag “%1”").arg(s.options.tag);
    report.blocks.push_back({ReportBlock::Kind::Subtitle, ReportParagraph(meta.join(QStringLiteral(" · "))), {}, {}});
    report.paragraph(ReportParagraph(tr("This case holds %1, %2, %3 and %4.")
                                         .arg(tr("%n event(s)", nullptr, int(s.events.size())),
                                              tr("%n entity(s)", nullptr, int(s.entities.size())),
                                              tr("%n checked figure(s)", nullptr, int(s.claims.size())),
                                              tr("%n source document(s)", nullptr, int(s.sources.size())))));

    report.heading(tr("Key findings"));
    const QStringList findings = s.options.findings.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    if (findings.isEmpty())
        report.paragraph(ReportParagraph(tr("(none written)"), Style::Small));
    for (const QString &p : findings)
        report.paragraph(ReportParagraph(p.trimmed()));

    report.heading(tr("Timeline"));
    if (s.events.empty())
        report.paragraph(ReportParagraph(tr("(no events)"), Style::Small));
    else
        report.table(timeline(s));
    report.heading(tr("Entities"));
    if (s.entities.empty())
        report.paragraph(ReportParagraph(tr("(no entities)"), Style::Small));
    else
        report.table(entities(s));
    report.heading(tr("Checked figures"));
    if (s.claims.empty())
        report.paragraph(ReportParagraph(tr("(no claims checked)"), Style::Small));
    else
        report.table(claims(s));
    report.heading(tr("Sources"));
    sources(report, s);
    return report;
}

} // namespace dossier
