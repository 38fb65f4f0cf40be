#pragma once

#include "../documents/documentinfo.h"
#include "../entities/entitystore.h"
#include "../entities/screeninglist.h"
#include "../factcheck/claimstore.h"
#include "../timeline/event.h"

#include <QString>

#include <map>
#include <vector>

namespace dossier {

class Database;

// What goes into a summary: everything, or only what is confirmed (events whose
// evidence still reads as cited, supported claims, confirmed mentions), optionally only
// what carries a tag.
struct SummaryOptions
{
    QString title;
    QString author;
    QString findings; // the key findings the editor writes, plain text paragraphs
    bool onlyConfirmed = false;
    // Only entities, events and claims a fact-checker verified; the title says so.
    bool onlyVerified = false;
    QString tag;
};

struct SummaryEntity
{
    Entity entity;
    int mentions = 0;
    std::vector<ScreeningHit> screening;
    std::vector<Relation> relations;
};

// The case as an editor reads it, gathered once and rendered in every format.
struct CaseSummary
{
    SummaryOptions options;
    QString generatedAt;
    std::vector<Event> events;
    std::vector<SummaryEntity> entities;
    std::vector<Claim> claims;
    std::vector<DocumentInfo> sources;
    std::map<qint64, QString> entityNames; // id -> display name, for relations and events

    static CaseSummary gather(Database &db, const SummaryOptions &options);
    const DocumentInfo *source(qint64 documentId) const;
};

QString verdictLabel(Verdict verdict);
// "Verified by fact-checker", or with a disputed item "Disputed: why", for a summary.
QString reviewLine(const Review &review);

} // namespace dossier
