#include "casesummary.h"

#include "../documents/documentstore.h"
#include "../storage/database.h"
#include "../entities/relationkind.h"
#include "../timeline/eventstore.h"
#include "../translations/translationchecks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dossier {

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unchecked:
        return QCoreApplication::translate("Verdict", "Unchecked");
    case Verdict::InProgress:
        return QCoreApplication::translate("Verdict", "In progress");
    case Verdict::Supported:
        return QCoreApplication::translate("Verdict", "Supported");
    case Verdict::Contradicted:
        return QCoreApplication::translate("Verdict", "Contradicted");
    case Verdict::Unverifiable:
        return QCoreApplication::translate("Verdict", "Unverifiable");
    }
    return {};
}

QString reviewLine(const Review &review)
{
    const QString label = reviewLabel(review.state);
    return review.note.isEmpty() ? label : label + QStringLiteral(": ") + review.note;
}

CaseSummary CaseSummary::gather(Database &db, const SummaryOptions &options)
{
    CaseSummary summary;
    summary.options = options;
    summary.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    EntityStore entities(db);
    ScreeningList screening(db);
    for (const Entity &e : entities.list())
        summary.entityNames[e.id] = e.displayName();

    const auto wanted = [&](const Review &review) {
        return !options.onlyVerified || review.state == ReviewState::Verified;
    };
    for (Event &event : EventStore(db).list()) {
        if (!options.tag.isEmpty() && !event.tags.contains(options.tag))
            continue;
        if (!wanted(event.review))
            continue;
        if (options.onlyConfirmed) {
            const bool sound = !event.evidence.empty() &&
                               std::all_of(event.evidence.begin(), event.evidence.end(),
                                           [](const EventEvidence &e) { return !e.changed && !e.missing; });
            if (!sound)
                continue;
        }
        summary.events.push_back(std::move(event));
    }
    const std::vector<GlossaryEntry> glossary = Glossary(db).entries();
    for (const Event &event : summary.events)
        for (const EventEvidence &ev : event.evidence) {
            const QString translation = shownTranslation(ev);
            if (translation.isEmpty())
                continue;
            const QString original = ev.segmentText.isEmpty() ? ev.quote : ev.segmentText;
            const QStringList flags = TranslationChecks::describe(TranslationChecks::check(original, translation, glossary));
            if (!flags.isEmpty())
                summary.translationFlags[ev.id] = flags.join(QStringLiteral("; "));
        }
    for (const Entity &e : entities.list()) {
        if (!wanted(e.review))
            continue;
        SummaryEntity item;
        item.entity = e;
        for (const Mention &m : entities.mentionsOf(e.id))
            if (!options.onlyConfirmed || m.status == Mention::Status::Confirmed)
                ++item.mentions;
        item.screening = screening.check(e);
        for (const Relation &r : entities.relations(e.id))
            if (r.fromId == e.id)
                item.relations.push_back(r);
        summary.entities.push_back(std::move(item));
    }
    for (const Claim &claim : ClaimStore(db).claims())
        if ((!options.onlyConfirmed || claim.verdict == Verdict::Supported) && wanted(claim.review))
            summary.claims.push_back(claim);
    summary.sources = DocumentStore(db).list();
    return summary;
}

QString CaseSummary::entityName(qint64 id) const
{
    const auto found = entityNames.find(id);
    return found == entityNames.end() ? QString() : found->second;
}

QString CaseSummary::relationText(const Relation &relation) const
{
    return RelationKind::label(relation.kind) + QLatin1Char(' ') + entityName(relation.toId);
}

QString CaseSummary::generatedOn() const
{
    const QDateTime when = QDateTime::fromString(generatedAt, Qt::ISODate);
    return QLocale().toString(when.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm")) + QStringLiteral(" UTC");
}

namespace {

// Every page read by OCR: the title was taken from OCR text, unless someone typed it.
QString markedTitle(const DocumentInfo *document, const QString &title)
{
    if (document && document->ocrPages > 0 && document->ocrPages >= document->pages)
        return QCoreApplication::translate("CaseSummary", "%1 (title read by OCR)").arg(title);
    return title;
}

} // namespace

QString sourceTitle(const DocumentInfo &document)
{
    return markedTitle(&document, document.title);
}

QString CaseSummary::shownTranslation(const EventEvidence &evidence)
{
    return evidence.field == QLatin1String("translation") ? QString() : evidence.translationQuote;
}

QString CaseSummary::translationFlag(const EventEvidence &evidence) const
{
    const auto found = translationFlags.find(evidence.id);
    return found == translationFlags.end() ? QString() : found->second;
}

QString CaseSummary::citedTitle(const EventEvidence &evidence) const
{
    return markedTitle(source(evidence.documentId), evidence.documentTitle);
}

QString CaseSummary::citationOf(const EventEvidence &evidence) const
{
    return citation(citedTitle(evidence), evidence.page, evidence.origin);
}

QString CaseSummary::citationOf(const Evidence &evidence) const
{
    const DocumentInfo *document = source(evidence.documentId);
    return citation(document ? sourceTitle(*document) : QString(), evidence.page, evidence.origin);
}

const DocumentInfo *CaseSummary::source(qint64 documentId) const
{
    for (const DocumentInfo &d : sources)
        if (d.id == documentId)
            return &d;
    return nullptr;
}

} // namespace dossier
