#include "summarymarkdown.h"

namespace dossier {

QString SummaryMarkdown::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'\\': case u'`': case u'*': case u'_': case u'{': case u'}': case u'[': case u']':
        case u'(': case u')': case u'#': case u'+': case u'-': case u'!': case u'|': case u'>': case u'~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'\n':
        case u'\r':
            out += QLatin1Char(' ');
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString SummaryMarkdown::render(const CaseSummary &s)
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escape(s.options.title));
    QStringList meta;
    if (!s.options.author.isEmpty())
        meta << QStringLiteral("Prepared by %1").arg(escape(s.options.author));
    meta << QStringLiteral("Generated %1 by Dossier").arg(escape(s.generatedAt));
    if (s.options.onlyConfirmed)
        meta << QStringLiteral("confirmed material only");
    if (s.options.onlyVerified)
        meta << QStringLiteral("verified items only: every event, entity and claim below was verified by a fact-checker");
    md += QStringLiteral("*%1*\n\n").arg(meta.join(QStringLiteral(" · ")));

    md += QStringLiteral("## Key findings\n\n");
    for (const QString &p : s.options.findings.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        md += escape(p.trimmed()) + QStringLiteral("\n\n");

    md += QStringLiteral("## Timeline\n\n");
    for (const Event &event : s.events) {
        md += QStringLiteral("- **%1** — %2 (%3)\n").arg(escape(event.date.toIso()), escape(event.title), escape(reviewLine(event.review)));
        for (const EventEvidence &ev : event.evidence) {
            md += QStringLiteral("  > “%1”").arg(escape(ev.quote));
            if (!ev.translationQuote.isEmpty() && ev.field != QLatin1String("translation"))
                md += QStringLiteral(" — *%1*").arg(escape(ev.translationQuote));
            md += QStringLiteral(" (%1)\n").arg(escape(citation(ev.documentTitle, ev.page, ev.origin)));
        }
    }
    md += QStringLiteral("\n## Entities\n\n| Chinese | English | Type | Mentions | Flags | Review |\n|---|---|---|---|---|---|\n");
    for (const SummaryEntity &item : s.entities) {
        QStringList flags;
        for (const ScreeningHit &hit : item.screening)
            flags << QStringLiteral("On %1: %2").arg(escape(hit.entry.list), escape(hit.entry.name));
        for (const Relation &r : item.relations)
            flags << QStringLiteral("%1 %2").arg(escape(r.kind), escape(s.entityNames.count(r.toId) ? s.entityNames.at(r.toId) : QString()));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(escape(item.entity.nameZh), escape(item.entity.nameEn), escape(toString(item.entity.type)))
                  .arg(item.mentions)
                  .arg(flags.join(QStringLiteral("; ")), escape(reviewLine(item.entity.review)));
    }
    md += QStringLiteral("\n## Checked figures\n\n");
    for (const Claim &claim : s.claims) {
        md += QStringLiteral("- %1 — **%2** (%3)").arg(escape(claim.text), escape(verdictLabel(claim.verdict)), escape(reviewLine(claim.review)));
        if (!claim.note.isEmpty())
            md += QStringLiteral(": %1").arg(escape(claim.note));
        md += QLatin1Char('\n');
        for (const Evidence &ev : claim.evidence) {
            const DocumentInfo *doc = s.source(ev.documentId);
            md += QStringLiteral("  > “%1” (%2)\n")
                      .arg(escape(ev.quote), escape(citation(doc ? doc->title : QString(), ev.page, ev.origin)));
        }
    }
    md += QStringLiteral("\n## Sources\n\n| Title | Kind | Source | Obtained | Pages | SHA-256 |\n|---|---|---|---|---|---|\n");
    for (const DocumentInfo &d : s.sources)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` |\n")
                  .arg(escape(d.title), escape(d.kind), escape(d.sourceUrl.value_or(QString())),
                       escape(d.obtainedAt.value_or(QString())))
                  .arg(d.pages)
                  .arg(d.sha256);
    return md;
}

} // namespace dossier
