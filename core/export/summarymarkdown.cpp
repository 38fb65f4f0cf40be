#include "summarymarkdown.h"

#include "../documents/documentkind.h"

#include <QCoreApplication>
#include <QUrl>

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

namespace {

// A web address as a GFM autolink: nothing inside is escaped (a "\-" would break the
// link); spaces and angle brackets, which would end it, are percent-encoded.
QString autolink(const QString &address)
{
    const QUrl url(address.trimmed());
    if (!url.isValid() || url.scheme().isEmpty())
        return SummaryMarkdown::escape(address);
    return QStringLiteral("<%1>").arg(QString::fromUtf8(url.toEncoded()));
}

QString blockquote(const QStringList &paragraphs)
{
    return QStringLiteral("> ") + paragraphs.join(QStringLiteral("\n>\n> ")) + QStringLiteral("\n\n");
}

} // namespace

QString SummaryMarkdown::render(const CaseSummary &s)
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(escape(s.options.title));
    QStringList meta;
    if (!s.options.author.isEmpty())
        meta << QCoreApplication::translate("SummaryReport", "Prepared by %1").arg(escape(s.options.author));
    meta << escape(s.generatedOn());
    if (s.options.onlyConfirmed)
        meta << QCoreApplication::translate("SummaryReport", "confirmed material only");
    if (s.options.onlyVerified)
        meta << QCoreApplication::translate("SummaryReport", "verified items only: every event, entity and claim below was verified by a fact-checker");
    md += QStringLiteral("*%1*\n\n").arg(meta.join(QStringLiteral(" · ")));

    md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("SummaryReport", "Key findings"));
    for (const QString &p : s.options.findings.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        md += escape(p.trimmed()) + QStringLiteral("\n\n");

    md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("SummaryReport", "Timeline"));
    for (const Event &event : s.events) {
        md += QStringLiteral("### %1 — %2\n\n").arg(escape(event.date.toIso()), escape(event.title));
        if (!event.description.isEmpty())
            md += escape(event.description) + QStringLiteral("\n\n");
        QStringList about;
        for (qint64 id : event.entityIds)
            if (!s.entityName(id).isEmpty())
                about << escape(s.entityName(id));
        about << escape(reviewLine(event.review));
        md += QStringLiteral("*%1*\n\n").arg(about.join(QStringLiteral(" · ")));
        for (const EventEvidence &ev : event.evidence) {
            QStringList quote{QStringLiteral("“%1”").arg(escape(ev.quote))};
            if (const QString translation = CaseSummary::shownTranslation(ev); !translation.isEmpty())
                quote << QStringLiteral("*%1*").arg(escape(translation));
            if (const QString flag = s.translationFlag(ev); !flag.isEmpty())
                quote << QStringLiteral("**%1**").arg(escape(QCoreApplication::translate("SummaryReport", "Translation flagged: %1").arg(flag)));
            QString cite = QStringLiteral("— ") + escape(s.citationOf(ev));
            if (ev.changed || ev.missing)
                cite += QStringLiteral(" **%1**").arg(escape(QCoreApplication::translate("SummaryReport", "source changed since cited")));
            md += blockquote(quote << cite);
        }
    }
    md += QStringLiteral("## %1\n\n| %2 | %3 | %4 | %5 |\n|---|---|---|---|\n")
              .arg(QCoreApplication::translate("SummaryReport", "Entities"), QCoreApplication::translate("SummaryReport", "Name"),
                   QCoreApplication::translate("SummaryReport", "Type"), QCoreApplication::translate("SummaryReport", "Mentions"),
                   QCoreApplication::translate("SummaryReport", "Flags and relations"));
    for (const SummaryEntity &item : s.entities) {
        QStringList notes;
        for (const ScreeningHit &hit : item.screening)
            notes << QStringLiteral("**%1**").arg(escape(QCoreApplication::translate("SummaryReport", "On %1: %2 (%3)")
                                                             .arg(hit.entry.list, hit.entry.name, hit.entry.source)));
        if (!item.entity.uscc.isEmpty())
            notes << QCoreApplication::translate("SummaryReport", "Credit code ") + QStringLiteral("`%1`").arg(item.entity.uscc);
        for (const Relation &r : item.relations)
            notes << escape(s.relationText(r));
        notes << escape(reviewLine(item.entity.review));
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(escape(item.entity.displayName()), escape(entityTypeLabel(item.entity.type)))
                  .arg(item.mentions)
                  .arg(notes.join(QStringLiteral("<br>")));
    }
    md += QStringLiteral("\n## %1\n\n").arg(QCoreApplication::translate("SummaryReport", "Checked figures"));
    for (const Claim &claim : s.claims) {
        md += QStringLiteral("- %1 — **%2** (%3)").arg(escape(claim.text), escape(verdictLabel(claim.verdict)), escape(reviewLine(claim.review)));
        if (!claim.note.isEmpty())
            md += QStringLiteral(": %1").arg(escape(claim.note));
        md += QStringLiteral("\n\n");
        for (const Evidence &ev : claim.evidence)
            md += QStringLiteral("  > “%1” — %2\n\n").arg(escape(ev.quote), escape(s.citationOf(ev)));
    }
    md += QStringLiteral("## %1\n\n").arg(QCoreApplication::translate("SummaryReport", "Sources"));
    for (const DocumentInfo &d : s.sources) {
        QStringList facts{documentKindLabel(d.kind), QCoreApplication::translate("SummaryReport", "%n page(s)", nullptr, d.pages)};
        if (d.obtainedAt)
            facts << QCoreApplication::translate("SummaryReport", "obtained %1").arg(*d.obtainedAt);
        md += QStringLiteral("- **%1** (%2)  \n").arg(escape(sourceTitle(d)), escape(facts.join(QStringLiteral(", "))));
        if (d.sourceUrl && !d.sourceUrl->isEmpty())
            md += QStringLiteral("  %1  \n").arg(autolink(*d.sourceUrl));
        md += QStringLiteral("  SHA-256 `%1`\n").arg(d.sha256);
    }
    return md;
}

} // namespace dossier
