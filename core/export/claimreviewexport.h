#pragma once

#include "../error.h"
#include "casesummary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dossier {

// Checked claims as schema.org ClaimReview, with what Google's fact-check rich results
// require (claimReviewed, reviewRating with its words, the url of the published review)
// and recommend (author with url, the claim with its author, date and appearance).
class ClaimReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(ClaimReviewExport)

public:
    // Refused without the address the fact-check is published at: a review without
    // its url is not one Google or anyone else can show.
    static Result<QJsonArray> render(const CaseSummary &summary);
};

} // namespace dossier
