#include "articleclaims.h"

#include "../figures/figureparser.h"
#include "../text/encodingdetector.h"
#include "../text/htmltextextractor.h"
#include "../text/segmenter.h"
#include "../text/textfolder.h"
#include "../timeline/dateparser.h"
#include "../entities/entitystore.h"
#include "../translations/glossary.h"
#include "claimchecker.h"

namespace dossier {

Result<QString> ArticleClaims::textOf(const QByteArray &bytes, const QString &fileName)
{
    const QString lower = fileName.toLower();
    const bool html = lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")) ||
                      bytes.left(512).toLower().contains("<html");
    const Result<DecodedText> decoded = EncodingDetector::decode(bytes, html);
    if (!decoded)
        return Error{tr("The article's text encoding could not be recognised."), fileName};
    if (html)
        return HtmlTextExtractor::extract(decoded->text).text;
    return ClaimChecker::plainText(decoded->text);
}

QStringList ArticleClaims::knownNames(Database &db)
{
    QStringList known;
    for (const Entity &e : EntityStore(db).list())
        known << e.allNames();
    for (const GlossaryEntry &g : Glossary(db).entries())
        known << g.rendering << g.term;
    return known;
}

std::vector<ArticleClaim> ArticleClaims::checkable(const QString &text, const QStringList &knownNames)
{
    QStringList folded;
    for (const QString &name : knownNames)
        if (name.size() >= 2)
            folded << TextFolder::foldedString(name);
    std::vector<ArticleClaim> claims;
    int ordinal = 0;
    for (const TextSpan &span : Segmenter::segment(text)) {
        ArticleClaim claim;
        claim.ordinal = ordinal++;
        claim.text = span.text;
        if (!FigureParser::parse(span.text).empty())
            claim.reasons << tr("figures");
        if (!DateParser::find(span.text).empty())
            claim.reasons << tr("dates");
        const QString f = TextFolder::foldedString(span.text);
        if (std::any_of(folded.begin(), folded.end(), [&](const QString &n) { return f.contains(n); }))
            claim.reasons << tr("names the case knows");
        if (!claim.reasons.isEmpty())
            claims.push_back(claim);
    }
    return claims;
}

} // namespace dossier
