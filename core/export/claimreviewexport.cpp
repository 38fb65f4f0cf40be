#include "claimreviewexport.h"

#include <QJsonObject>
#include <QUrl>

namespace dossier {

namespace {

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

int rating(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported: return 5;
    case Verdict::Unverifiable: return 3;
    case Verdict::Contradicted: return 1;
    case Verdict::Unchecked:
    case Verdict::InProgress:
        break;
    }
    return 0;
}

} // namespace

Result<QJsonArray> ClaimReviewExport::render(const CaseSummary &summary)
{
    const SummaryOptions &options = summary.options;
    if (!isWebAddress(options.publishedUrl))
        return Error(tr("A ClaimReview needs the web address where the fact-check is published "
                        "(give it as “Published at”)."));
    const QString authorName = options.author.isEmpty() ? QStringLiteral("Dossier") : options.author;
    QJsonObject author{{QStringLiteral("@type"), QStringLiteral("Organization")}, {QStringLiteral("name"), authorName}};
    if (isWebAddress(options.authorUrl))
        author.insert(QStringLiteral("url"), options.authorUrl.trimmed());
    else
        author.insert(QStringLiteral("url"), QUrl(options.publishedUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());

    QJsonArray reviews;
    for (const Claim &claim : summary.claims) {
        const int value = rating(claim.verdict);
        if (value == 0)
            continue; // a claim still being checked has no review yet
        QJsonObject appearance{{QStringLiteral("@type"), QStringLiteral("CreativeWork")}};
        if (isWebAddress(claim.draft))
            appearance.insert(QStringLiteral("url"), claim.draft.trimmed());
        else {
            appearance.insert(QStringLiteral("url"), options.publishedUrl.trimmed());
            if (!claim.draft.trimmed().isEmpty())
                appearance.insert(QStringLiteral("name"), claim.draft.trimmed());
        }
        QJsonObject item{{QStringLiteral("@type"), QStringLiteral("Claim")},
                         {QStringLiteral("author"), author},
                         {QStringLiteral("appearance"), appearance}};
        if (!claim.createdAt.isEmpty())
            item.insert(QStringLiteral("datePublished"), claim.createdAt.left(10));
        QJsonObject review{
            {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
            {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
            {QStringLiteral("url"), QStringLiteral("%1#claim-%2").arg(options.publishedUrl.trimmed()).arg(claim.id)},
            {QStringLiteral("claimReviewed"), claim.text},
            {QStringLiteral("author"), author},
            {QStringLiteral("reviewRating"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Rating")},
                                                         {QStringLiteral("ratingValue"), value},
                                                         {QStringLiteral("bestRating"), 5},
                                                         {QStringLiteral("worstRating"), 1},
                                                         {QStringLiteral("alternateName"), verdictLabel(claim.verdict)}}},
            {QStringLiteral("itemReviewed"), item},
        };
        if (!claim.checkedAt.isEmpty())
            review.insert(QStringLiteral("datePublished"), claim.checkedAt.left(10));
        if (!claim.note.isEmpty())
            review.insert(QStringLiteral("reviewBody"), claim.note);
        reviews.append(review);
    }
    return reviews;
}

} // namespace dossier
