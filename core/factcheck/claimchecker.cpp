#include "claimchecker.h"

#include "../entities/entitystore.h"
#include "../figures/figureconsistency.h"
#include "countedthing.h"
#include "../notices/organisationname.h"
#include "../figures/figureparser.h"
#include "../storage/database.h"
#include "../text/segmenter.h"
#include "../text/textfolder.h"
#include "../translations/glossary.h"

#include <QRegularExpression>

#include <algorithm>

namespace dossier {

namespace {

// Product codes (A100, H100, H800): a count of one model's chips is no count of another's.
QStringList productCodes(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{2,4}[A-Z]?(?![A-Za-z0-9])"));
    QStringList codes;
    for (auto it = code.globalMatch(text); it.hasNext();)
        codes << it.next().captured();
    return codes;
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
    for (const Entity &entity : EntityStore(m_db).list())
        m_entityNames.push_back(entity.allNames());
}

std::optional<FigureMatch> ClaimChecker::match(const Figure &claim, const QString &claimText, const IndexedFigure &source,
                                               const ClaimNames &names)
{
    const QStringList &chinese = names.chinese;
    const QStringList &latin = names.latin;
    const QStringList &known = names.known;
    const QStringList &unknownOrganisations = names.unknownOrganisations;
    using K = Figure::Kind;
    const Figure &s = source.figure;
    FigureMatch m;
    m.source = source;
    bool strong = true;
    // The kind: money is money in the same currency, a percentage a percentage, a count a
    // count. A bare number in the source may be either, but says neither.
    if (claim.kind == K::Money) {
        if (s.kind == K::Money && s.unit != claim.unit)
            return std::nullopt;
        if (s.kind != K::Money && s.kind != K::Number)
            return std::nullopt;
        if (s.kind == K::Number) {
            strong = false;
            m.why << tr("the source gives no currency");
        } else {
            m.why << tr("same amount in %1").arg(s.unit);
        }
    } else if (claim.kind == K::Percent || s.kind == K::Percent) {
        if (claim.kind != s.kind)
            return std::nullopt;
        m.why << tr("same percentage");
    } else if (claim.kind == K::Count) {
        if (s.kind != K::Count && s.kind != K::Number)
            return std::nullopt;
        const QString claimThing = CountedThing::of(claim, claimText);
        const QString sourceThing = CountedThing::of(s, source.segmentText);
        if (!claimThing.isEmpty() && !sourceThing.isEmpty() && claimThing != sourceThing)
            return std::nullopt; // eight servers are no eight chips
        if (claimThing.isEmpty() || sourceThing.isEmpty()) {
            strong = false;
            m.why << tr("what is counted is not stated on both sides");
        } else {
            m.why << tr("same count of %1").arg(claimThing);
        }
    } else {
        strong = false; // the claim's number says nothing of what it is
        m.why << tr("same number, no unit in the claim");
    }
    // Products named with the figure must agree: 8块 H100 is no support for eight A100s.
    // Only the claim figure's own words count ("eight Nvidia A100 chips"), so that a
    // sentence's other figures (40 million tokens) need no chip beside them.
    const QStringList claimCodes = productCodes(claimText.mid(claim.start, claim.end - claim.start + 12));
    if (!claimCodes.isEmpty()) {
        const QString around = source.segmentText.mid(std::max(0, s.start - 24), s.end - s.start + 48);
        const QStringList sourceCodes = productCodes(around);
        const bool shared = std::any_of(claimCodes.begin(), claimCodes.end(), [&](const QString &c) { return sourceCodes.contains(c); });
        if (!sourceCodes.isEmpty() && !shared)
            return std::nullopt;
        if (!shared) {
            strong = false;
            m.why << tr("%1 is not named beside it").arg(claimCodes.join(QStringLiteral(", ")));
        } else {
            m.why << tr("%1 named beside it").arg(claimCodes.join(QStringLiteral(", ")));
        }
    }
    // An organisation the claim names that the case cannot tie to its documents (no
    // entity, no glossary term) leaves the subject unchecked: the figure may be another's.
    if (!unknownOrganisations.isEmpty() && known.isEmpty()) {
        strong = false;
        m.why << tr("%1 is not known to the case (add it as an entity or a glossary term)")
                     .arg(unknownOrganisations.join(QStringLiteral(", ")));
    }
    // Names the case knows (its entities, its glossary) must stand near the source figure;
    // other capitalised words only add weight.
    m.nearName = (!chinese.isEmpty() || !latin.isEmpty()) && nearName(source, chinese, latin);
    if (!known.isEmpty()) {
        if (namedInDocument(source.documentId, known)) {
            m.why << (m.nearName ? tr("the claim's names are near it") : tr("the claim's names are in the same document"));
        } else {
            strong = false;
            m.why << tr("none of the claim's names is in this document");
        }
    }
    m.strength = strong ? FigureMatch::Strength::Supports : FigureMatch::Strength::Candidate;
    m.score = (strong ? 2.0 : 0.0) + (m.nearName ? 1.0 : 0.0) + (s.kind == claim.kind ? 0.5 : 0.0) +
              (FigureConsistency::sameFigure(claim, s) ? 0.25 : 0.0);
    return m;
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

bool ClaimChecker::namedInDocument(qint64 documentId, const QStringList &names)
{
    auto cached = m_documentText.find(documentId);
    if (cached == m_documentText.end()) {
        Statement all = m_db.prepare(QStringLiteral("SELECT group_concat(folded, ' ') FROM segments WHERE document_id = ?"));
        all.bind(1, documentId);
        cached = m_documentText.insert(documentId, all.step() ? all.text(0) : QString());
    }
    return std::any_of(names.begin(), names.end(),
                       [&](const QString &name) { return cached->contains(TextFolder::foldedString(name)); });
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
    QStringList latin = latinNames(claim);
    QStringList chinese;
    const QString lower = claim.toLower();
    for (const auto &[rendering, term] : m_glossary)
        if (!rendering.isEmpty() && lower.contains(rendering))
            chinese << term;
    // An entity named in the claim brings all its names: Nvidia finds 英伟达.
    const QString folded = TextFolder::foldedString(claim);
    for (const QStringList &names : m_entityNames) {
        const bool named = std::any_of(names.begin(), names.end(), [&](const QString &n) {
            const QString f = TextFolder::foldedString(n);
            return f.size() >= 2 && folded.contains(f);
        });
        if (!named)
            continue;
        for (const QString &n : names) {
            const bool han = std::any_of(n.begin(), n.end(), [](QChar c) { return c.unicode() >= 0x3400; });
            QStringList &list = han ? chinese : latin;
            if (!list.contains(n))
                list << n;
        }
    }
    checked.names = latin + chinese;
    QStringList known = chinese; // glossary terms and entities' Chinese names
    for (const QStringList &names : m_entityNames)
        for (const QString &n : names)
            if (latin.contains(n) && !known.contains(n))
                known << n;
    ClaimNames names{chinese, latin, known, {}};
    for (const FoundOrganisation &org : OrganisationName::find(claim)) {
        const QString foldedOrg = TextFolder::foldedString(org.name);
        const bool isKnown = std::any_of(known.begin(), known.end(), [&](const QString &k) {
            const QString f = TextFolder::foldedString(k);
            return foldedOrg.contains(f) || f.contains(foldedOrg);
        });
        if (!isKnown)
            names.unknownOrganisations << org.name;
    }

    FigureIndex index(m_db);
    // A rate the claim states ("at 7.144 yuan per dollar") is not one of its figures.
    const std::vector<ExchangeRate> statedRates = ExchangeRateFinder::find(claim);
    std::vector<Figure> figures;
    for (const Figure &figure : FigureParser::parse(claim)) {
        const bool inRate = std::any_of(statedRates.begin(), statedRates.end(), [&](const ExchangeRate &rate) {
            return figure.start < rate.end && figure.end > rate.start;
        });
        // 一位, 一家, 一种: "a", "an" in Chinese, no figure to check; nor a lone digit.
        const bool article = figure.kind == Figure::Kind::Count && figure.value == 1 && figure.text.startsWith(QChar(u'一'));
        const bool loneDigit = figure.kind == Figure::Kind::Number && figure.text.size() == 1;
        if (!inRate && !article && !loneDigit)
            figures.push_back(figure);
    }
    for (const Figure &figure : figures) {
        ClaimFigure item;
        item.figure = figure;
        item.thing = CountedThing::of(figure, claim);
        for (const IndexedFigure &source : index.withValue(figure.value))
            if (std::optional<FigureMatch> m = match(figure, claim, source, names))
                item.matches.push_back(std::move(*m));
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
