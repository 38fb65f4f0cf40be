#include "claimedits.h"

#include "author.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dossier {

namespace {

void requireClaim(ClaimStore &store, qint64 claimId)
{
    if (!store.claim(claimId))
        throw EditRefused(ClaimEdit::tr("There is no claim %1 in this case.").arg(claimId));
}

// Cites the (segment, start, end) span for a claim; a refusal when there is no such segment.
qint64 cite(ClaimStore &store, qint64 claimId, const std::tuple<qint64, int, int> &span)
{
    const auto &[segmentId, start, end] = span;
    const qint64 id = store.addEvidence(claimId, segmentId, start, end);
    if (!id)
        throw EditRefused(ClaimEdit::tr("There is no segment %1 in this case to quote.").arg(segmentId));
    return id;
}

} // namespace

ClaimEdit::ClaimEdit(Kind kind, const QString &description) : CaseEdit(description, CaseArea::Claims), m_kind(kind) {}

std::unique_ptr<ClaimEdit> ClaimEdit::add(const QStringList &claims, const QString &draft, std::vector<int> ordinals)
{
    std::unique_ptr<ClaimEdit> edit(new ClaimEdit(Kind::Add, tr("Add claims to check")));
    edit->m_texts = claims;
    edit->m_draft = draft;
    edit->m_ordinals = std::move(ordinals);
    return edit;
}

std::unique_ptr<ClaimEdit> ClaimEdit::setVerdict(qint64 claimId, Verdict verdict, const QString &note, const QString &by,
                                                 std::optional<std::tuple<qint64, int, int>> evidence)
{
    std::unique_ptr<ClaimEdit> edit(new ClaimEdit(Kind::Verdict, tr("Record verdict")));
    edit->m_claimId = claimId;
    edit->m_after = VerdictState{verdict, note, by, {}};
    edit->m_evidence = evidence;
    return edit;
}

std::unique_ptr<ClaimEdit> ClaimEdit::cite(qint64 claimId, qint64 segmentId, int start, int end)
{
    std::unique_ptr<ClaimEdit> edit(new ClaimEdit(Kind::Cite, tr("Add evidence")));
    edit->m_claimId = claimId;
    edit->m_evidence = std::make_tuple(segmentId, start, end);
    return edit;
}

void ClaimEdit::perform(Database &db)
{
    ClaimStore store(db);
    switch (m_kind) {
    case Kind::Add: {
        if (m_texts.isEmpty())
            throw EditRefused(tr("There are no claims to add."));
        if (!m_ordinals.empty() && m_ordinals.size() != size_t(m_texts.size()))
            throw EditRefused(tr("Each claim needs its place in the article."));
        const int base = int(store.claims().size());
        for (int i = 0; i < m_texts.size(); ++i)
            m_ids.push_back(store.add(m_texts[i], m_draft, base + (m_ordinals.empty() ? i : m_ordinals[size_t(i)])));
        break;
    }
    case Kind::Verdict:
        requireClaim(store, m_claimId);
        m_before = store.verdict(m_claimId);
        if (m_evidence)
            m_ids.push_back(dossier::cite(store, m_claimId, *m_evidence));
        if (m_after.checkedBy.trimmed().isEmpty())
            m_after.checkedBy = Author::current();
        m_after.checkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        store.setVerdict(m_claimId, m_after);
        break;
    case Kind::Cite:
        requireClaim(store, m_claimId);
        m_ids.push_back(dossier::cite(store, m_claimId, *m_evidence));
        break;
    }
}

void ClaimEdit::performAgain(Database &db)
{
    ClaimStore store(db);
    switch (m_kind) {
    case Kind::Add:
        m_ids.clear();
        perform(db);
        break;
    case Kind::Verdict:
        if (m_evidence)
            m_ids = {dossier::cite(store, m_claimId, *m_evidence)};
        store.setVerdict(m_claimId, m_after);
        break;
    case Kind::Cite:
        m_ids = {dossier::cite(store, m_claimId, *m_evidence)};
        break;
    }
}

void ClaimEdit::takeBack(Database &db)
{
    ClaimStore store(db);
    switch (m_kind) {
    case Kind::Add:
        for (qint64 id : m_ids)
            store.remove(id);
        break;
    case Kind::Verdict:
        store.setVerdict(m_claimId, m_before);
        for (qint64 id : m_ids)
            store.removeEvidence(id);
        break;
    case Kind::Cite:
        for (qint64 id : m_ids)
            store.removeEvidence(id);
        break;
    }
}

EditTarget ClaimEdit::target() const
{
    if (m_kind == Kind::Add)
        return {QStringLiteral("claim"), m_ids.empty() ? 0 : m_ids.front()};
    return {QStringLiteral("claim"), m_claimId};
}

} // namespace dossier
