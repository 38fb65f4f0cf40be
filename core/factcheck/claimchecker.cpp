#include "claimchecker.h"

#include "../figures/figureconsistency.h"
#include "../figures/figureparser.h"
#include "../storage/database.h"
#include "../text/segmenter.h"
#include "../text/textfolder.h"
#include "../translations/glossary.h"

#include <QRegularExpression>

#include <algorithm>

namespace dossier {

namespace {

bool compatible(const Figure &claim, const Figure &source)
{
    if (claim.kind == Figure::Kind::Money && source.kind == Figure::Kind::Money)
        return claim.unit == source.unit;
    if ((claim.kind == Figure::Kind::Percent) != (source.kind == Figure::Kind::Percent))
        return false;
    return true;
}

double kindScore(const Figure &claim, const Figure &source)
{
    if (claim.kind == source.kind)
        return 1.0;
    if (source.kind == Figure::Kind::Number || claim.kind == Figure::Kind::Number)
        return 0.6;
    return 0.4; // a count against an amount of money: possible, not likely
}

QStringList latinNames(const QString &claim)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:[A-Z][A-Za-z0-9]*(?:\\s+[A-Z][A-Za-z0-9]*)*|[a-z]*[0-9]+[A-Za-z0-9]*)\\b"));
    static const QStringList ignored = {QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("In"),
                                        QStringLiteral("It"), QStringLiteral("This"), QStringLiteral("On")};
    QStringList names;
    for (auto it = pattern.globalMatch(claim); it.hasNext();) {
        QString name = it.next().captured();
        if (ignored.contains(name) || name.size() < 2)
            continue;
        bool numeric = true;
        for (QChar c : name)
            numeric = numeric && (c.isDigit() || c == QLatin1Char(','));
        if (!numeric)
            names << name;
    }
    return names;
}

} // namespace

ClaimChecker::ClaimChecker(Database &db) : m_db(db)
{
    // Rates stated anywhere in the case, originals and translations.
    Statement texts = m_db.prepare(QStringLiteral(
        "SELECT text FROM segments WHERE (text LIKE '%USD%' OR text LIKE '%美元%' OR "
        "text LIKE '%dollar%' OR text LIKE '%$%' OR text LIKE '%rate%' OR text LIKE '%汇率%') "
        "UNION ALL SELECT text FROM translations WHERE (text LIKE '%USD%' OR "
        "text LIKE '%dollar%' OR text LIKE '%$%' OR text LIKE '%rate%')"));
    while (texts.step())
        for (const ExchangeRate &rate : ExchangeRateFinder::find(texts.text(0)))
            m_rates.push_back(rate);
    for (const GlossaryEntry &entry : Glossary(m_db).entries())
        m_glossary.emplace_back(entry.rendering.toLower(), entry.term);
}

QString ClaimChecker::plainText(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s*"), QRegularExpression::MultilineOption);
    static const QRegularExpression listMark(QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+"), QRegularExpression::MultilineOption);
    static const QRegularExpression quoteMark(QStringLiteral("^\\s*>\\s?"), QRegularExpression::MultilineOption);
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression emphasis(QStringLiteral("(\\*\\*|__|\\*|`)"));
    text.replace(heading, QString());
    text.replace(listMark, QString());
    text.replace(quoteMark, QString());
    text.replace(link, QStringLiteral("\\1"));
    text.replace(emphasis, QString());
    return text;
}

QStringList ClaimChecker::splitClaims(const QString &draft)
{
    QStringList claims;
    for (const TextSpan &span : Segmenter::segment(plainText(draft)))
        claims << span.text;
    return claims;
}

std::vector<CheckedClaim> ClaimChecker::checkDraft(const QString &draft)
{
    std::vector<CheckedClaim> result;
    const std::vector<ExchangeRate> draftRates = ExchangeRateFinder::find(draft);
    for (const QString &claim : splitClaims(draft))
        result.push_back(checkClaim(claim, draftRates));
    return result;
}

bool ClaimChecker::nearName(const IndexedFigure &source, const QStringList &chinese, const QStringList &latin)
{
    // The segment itself and its neighbours in the same document.
    Statement around = m_db.prepare(QStringLiteral(
        "SELECT group_concat(folded, ' ') FROM segments WHERE document_id = ? AND ordinal BETWEEN "
        "(SELECT ordinal FROM segments WHERE id = ?) - 3 AND (SELECT ordinal FROM segments WHERE id = ?) + 3"));
    around.bind(1, source.documentId).bind(2, source.segmentId).bind(3, source.segmentId);
    if (!around.step())
        return false;
    const QString context = around.text(0);
    for (const QString &name : chinese)
        if (context.contains(TextFolder::foldedString(name)))
            return true;
    for (const QString &name : latin)
        if (context.contains(TextFolder::foldedString(name)))
            return true;
    return false;
}

CheckedClaim ClaimChecker::checkClaim(const QString &claim, const std::vector<ExchangeRate> &draftRates)
{
    CheckedClaim checked;
    checked.text = claim;
    const QStringList latin = latinNames(claim);
    QStringList chinese;
    const QString lower = claim.toLower();
    for (const auto &[rendering, term] : m_glossary)
        if (!rendering.isEmpty() && lower.contains(rendering))
            chinese << term;
    checked.names = latin + chinese;

    FigureIndex index(m_db);
    // A rate the claim states ("at 7.144 yuan per dollar") is not one of its figures.
    const std::vector<ExchangeRate> statedRates = ExchangeRateFinder::find(claim);
    std::vector<Figure> figures;
    for (const Figure &figure : FigureParser::parse(claim)) {
        const bool inRate = std::any_of(statedRates.begin(), statedRates.end(), [&](const ExchangeRate &rate) {
            return figure.start < rate.end && figure.end > rate.start;
        });
        if (!inRate)
            figures.push_back(figure);
    }
    for (const Figure &figure : figures) {
        ClaimFigure item;
        item.figure = figure;
        for (const IndexedFigure &source : index.withValue(figure.value)) {
            if (!compatible(figure, source.figure))
                continue;
            FigureMatch match;
            match.source = source;
            match.nearName = !checked.names.isEmpty() && nearName(source, chinese, latin);
            match.score = kindScore(figure, source.figure) + (match.nearName ? 1.0 : 0.0) +
                          (FigureConsistency::sameFigure(figure, source.figure) ? 0.5 : 0.0);
            item.matches.push_back(std::move(match));
        }
        std::stable_sort(item.matches.begin(), item.matches.end(),
                         [](const FigureMatch &a, const FigureMatch &b) { return a.score > b.score; });
        checked.figures.push_back(std::move(item));
    }

    // "200,000 yuan ($27,996)": two amounts in different currencies state a conversion.
    std::vector<ExchangeRate> rates = statedRates;
    rates.insert(rates.end(), draftRates.begin(), draftRates.end());
    rates.insert(rates.end(), m_rates.begin(), m_rates.end());
    for (size_t i = 0; i + 1 < figures.size(); ++i) {
        const Figure &a = figures[i];
        const Figure &b = figures[i + 1];
        if (a.kind != Figure::Kind::Money || b.kind != Figure::Kind::Money || a.unit == b.unit)
            continue;
        bool found = false;
        for (const ExchangeRate &rate : rates) {
            if (std::optional<ConversionResult> result = ConversionCheck::check(a, b, rate)) {
                checked.conversions.push_back(*result);
                found = true;
                break;
            }
        }
        if (!found)
            checked.conversionProblem = tr("No exchange rate between %1 and %2 is stated in the case; add the "
                                           "source of the rate (e.g. “1 USD = 7.1440 CNY”) to check the conversion.")
                                            .arg(a.unit, b.unit);
    }
    return checked;
}

} // namespace dossier
