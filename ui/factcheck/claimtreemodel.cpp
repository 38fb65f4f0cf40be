#include "factcheck/claimtreemodel.h"

#include "shell/reviewcontrols.h"

#include "factcheck/claimchecker.h"
#include "factcheck/outletcomparison.h"
#include "session/casesession.h"
#include "translations/translationchecks.h"

#include <QFileInfo>

#include <algorithm>
#include <map>

namespace dossier {

namespace {

const QColor kGood(0, 120, 40);
const QColor kBad(180, 0, 0);
const QColor kOpen(170, 100, 0);

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return kGood;
    case Verdict::Contradicted:
        return kBad;
    case Verdict::InProgress:
        return QColor(170, 110, 0);
    default:
        return QColor(90, 90, 90);
    }
}

// Rich text, so that a long claim or source wraps in its tooltip instead of running off
// the screen.
QString wrapped(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void setSpan(QStandardItem *item, qint64 documentId, std::optional<qint64> segmentId, int start, int end)
{
    item->setData(segmentId.value_or(0), ClaimTreeModel::SegmentIdRole);
    item->setData(documentId, ClaimTreeModel::DocumentIdRole);
    item->setData(start, ClaimTreeModel::StartRole);
    item->setData(end, ClaimTreeModel::EndRole);
}

} // namespace

ClaimTreeModel::ClaimTreeModel(QObject *parent) : QStandardItemModel(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Claim, figure or source"), tr("Status")});
}

QString ClaimTreeModel::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unchecked:
        return tr("Unchecked");
    case Verdict::InProgress:
        return tr("In progress");
    case Verdict::Supported:
        return tr("Supported");
    case Verdict::Contradicted:
        return tr("Contradicted");
    case Verdict::Unverifiable:
        return tr("Unverifiable");
    }
    return {};
}

void ClaimTreeModel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &CaseSession::claimsChanged, this, &ClaimTreeModel::reload);
        connect(m_session, &CaseSession::translationsChanged, this, &ClaimTreeModel::reload);
    }
    reload();
}

ClaimTreeModel::Row ClaimTreeModel::add(QStandardItem *parent, const QString &text, const QString &status, const QColor &color)
{
    Row row{new QStandardItem(text), new QStandardItem(status)};
    row.text->setEditable(false);
    row.status->setEditable(false);
    row.text->setToolTip(wrapped(text));
    if (color.isValid())
        row.status->setForeground(color);
    (parent ? parent : invisibleRootItem())->appendRow({row.text, row.status});
    return row;
}

int ClaimTreeModel::rowOfClaim(qint64 claimId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (claimId && item(row)->data(ClaimIdRole).toLongLong() == claimId)
            return row;
    return -1;
}

void ClaimTreeModel::setReviewFilter(std::optional<ReviewState> state)
{
    m_reviewFilter = state;
    reload();
}

void ClaimTreeModel::reload()
{
    removeRows(0, rowCount());
    m_claims = m_checked = 0;
    if (m_session)
        m_session->read([&](Database &db) {
            addClaims(db);
            addSlips(db);
        });
    Q_EMIT reloaded();
}

void ClaimTreeModel::addClaims(Database &db)
{
    ClaimChecker checker(db);
    std::map<QString, std::vector<CheckedClaim>> byArticle;
    for (const Claim &claim : ClaimStore(db).claims()) {
        if (m_reviewFilter && claim.review.state != *m_reviewFilter)
            continue;
        ++m_claims;
        m_checked += claim.verdict > Verdict::InProgress ? 1 : 0;
        const QString review = claim.review.state == ReviewState::Draft ? QString()
                                                                        : QStringLiteral(" · ") + ReviewControls::text(claim.review);
        const Row row = add(nullptr, claim.text,
                            verdictLabel(claim.verdict) + (claim.needsRecheck ? tr(" ⚠ re-check") : QString()) + review,
                            verdictColor(claim.verdict));
        QStandardItem *item = row.text;
        item->setData(claim.id, ClaimIdRole);
        item->setData(int(claim.verdict), VerdictRole);
        item->setToolTip(wrapped(claim.note.isEmpty() ? claim.text : claim.text + QStringLiteral("\n\n") + claim.note));
        const CheckedClaim checked = checker.checkClaim(claim.text);
        // An opened article is named by its file; a pasted draft is no outlet.
        if (!claim.draft.contains(QLatin1Char(' ')) && !QFileInfo(claim.draft).suffix().isEmpty())
            byArticle[claim.draft].push_back(checked);
        for (const ClaimFigure &figure : checked.figures) {
            // "Supported" and "no source found" must never look alike: a candidate
            // agrees in value only until a person confirms it.
            const int supporting = int(std::count_if(figure.matches.begin(), figure.matches.end(),
                                                     [](const FigureMatch &m) { return m.supports(); }));
            const QString state = figure.matches.empty() ? tr("not in the sources")
                                  : supporting > 0       ? tr("supported by %n source(s)", nullptr, supporting)
                                                         : tr("%n candidate(s), none confirmed", nullptr, int(figure.matches.size()));
            QStandardItem *figureItem =
                add(item, figure.figure.text, state, figure.matches.empty() ? kBad : supporting > 0 ? kGood : kOpen).text;
            for (const FigureMatch &match : figure.matches) {
                const QString why = match.why.join(QStringLiteral("; "));
                const Row source = add(figureItem,
                                       tr("%1 — %2, p. %3").arg(match.source.figure.text, match.source.documentTitle).arg(match.source.page),
                                       match.supports() ? tr("supports") : tr("candidate"), match.supports() ? kGood : kOpen);
                source.text->setToolTip(QStringLiteral("<p>%1</p><p>%2</p>").arg(match.source.segmentText.toHtmlEscaped(), why.toHtmlEscaped()));
                source.status->setToolTip(wrapped(why));
                setSpan(source.text, match.source.documentId, match.source.segmentId, match.source.figure.start,
                        match.source.figure.end);
            }
        }
        for (const ConversionResult &conversion : checked.conversions)
            add(item, conversion.arithmetic, conversion.consistent ? tr("conversion right") : tr("conversion wrong"),
                conversion.consistent ? kGood : kBad);
        if (!checked.conversionProblem.isEmpty())
            add(item, checked.conversionProblem, tr("no rate"));
        for (const Evidence &evidence : claim.evidence) {
            const Row cited = add(item, tr("Evidence: “%1” (p. %2)").arg(evidence.quote).arg(evidence.page),
                                  evidence.changed ? tr("source changed") : tr("cited"), evidence.changed ? kBad : QColor());
            setSpan(cited.text, evidence.documentId, evidence.segmentId, evidence.start, evidence.end);
        }
    }
    // The same fact as several outlets report it: where they disagree, and whose
    // conversion fails at its own rate.
    if (byArticle.size() < 2)
        return;
    const std::vector<OutletFact> facts = OutletComparison::compare({byArticle.begin(), byArticle.end()});
    if (facts.empty())
        return;
    QStandardItem *group = add(nullptr, tr("Across outlets"), tr("%n fact(s)", nullptr, int(facts.size()))).text;
    for (const OutletFact &fact : facts) {
        QStandardItem *f = add(group, tr("%1 — %2, p. %3").arg(fact.source.figure.text, fact.source.documentTitle).arg(fact.source.page),
                               fact.disagreement ? tr("outlets disagree") : tr("outlets agree"),
                               fact.disagreement ? kBad : kGood).text;
        setSpan(f, fact.source.documentId, fact.source.segmentId, fact.source.figure.start, fact.source.figure.end);
        for (const OutletStatement &s : fact.statements)
            add(f, QStringLiteral("%1: %2").arg(s.outlet, s.claim), s.supported ? tr("supports") : tr("candidate"));
        for (const QString &note : fact.notes)
            add(f, note, QString()).text->setForeground(kBad);
    }
}

void ClaimTreeModel::addSlips(Database &db)
{
    const std::vector<TranslationIssue> slips = TranslationChecks(db).issues();
    if (slips.empty())
        return;
    QStandardItem *group = add(nullptr, tr("Figures lost in translation"), QString::number(slips.size()), kBad).text;
    for (const TranslationIssue &slip : slips) {
        QStringList missing;
        for (const Figure &figure : slip.missingFigures)
            missing << figure.text;
        for (const GlossaryEntry &entry : slip.glossaryMisses)
            missing << entry.term;
        QStandardItem *item = add(group, slip.original, missing.join(QStringLiteral(", "))).text;
        item->setToolTip(wrapped(slip.translation));
        setSpan(item, slip.documentId, slip.segmentId, 0, 0);
    }
}

} // namespace dossier
