#include "casesummary.h"

#include "../documents/documentstore.h"
#include "../storage/database.h"
#include "../timeline/eventstore.h"

#include <QDateTime>

namespace dossier {

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unchecked:
        return QStringLiteral("Unchecked");
    case Verdict::InProgress:
        return QStringLiteral("In progress");
    case Verdict::Supported:
        return QStringLiteral("Supported");
    case Verdict::Contradicted:
        return QStringLiteral("Contradicted");
    case Verdict::Unverifiable:
        return QStringLiteral("Unverifiable");
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

const DocumentInfo *CaseSummary::source(qint64 documentId) const
{
    for (const DocumentInfo &d : sources)
        if (d.id == documentId)
            return &d;
    return nullptr;
}

} // namespace dossier
