#include "claimstore.h"

#include "../storage/database.h"

#include <QDateTime>

namespace dossier {

QString toString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unchecked:
        return QStringLiteral("unchecked");
    case Verdict::InProgress:
        return QStringLiteral("in_progress");
    case Verdict::Supported:
        return QStringLiteral("supported");
    case Verdict::Contradicted:
        return QStringLiteral("contradicted");
    case Verdict::Unverifiable:
        return QStringLiteral("unverifiable");
    }
    return {};
}

std::optional<Verdict> verdictFromString(const QString &name)
{
    for (Verdict v : {Verdict::Unchecked, Verdict::InProgress, Verdict::Supported, Verdict::Contradicted,
                      Verdict::Unverifiable})
        if (toString(v) == name)
            return v;
    return std::nullopt;
}

qint64 ClaimStore::add(const QString &text, const QString &draft, int ordinal)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO claims(text, draft, ordinal, created_at) VALUES (?, ?, ?, ?)"));
    insert.bind(1, text)
        .bind(2, draft.isNull() ? QStringLiteral("") : draft)
        .bind(3, ordinal)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .exec();
    return m_db.lastInsertId();
}

void ClaimStore::remove(qint64 claimId)
{
    Statement statement = m_db.prepare(QStringLiteral("DELETE FROM claims WHERE id = ?"));
    statement.bind(1, claimId).exec();
}

std::vector<Evidence> ClaimStore::evidenceOf(qint64 claimId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.claim_id, e.segment_id, e.document_id, e.page, e.start, e.\"end\", e.quote, e.segment_text, "
        "e.sha256, s.text, d.sha256, d.deleted_at, ") + QString::fromLatin1(kTextOriginSql) +
        QStringLiteral(" FROM claim_evidence e LEFT JOIN segments s ON s.id = e.segment_id "
        "LEFT JOIN documents d ON d.id = e.document_id "
        "LEFT JOIN pages p ON p.document_id = s.document_id AND p.number = s.page "
        "WHERE e.claim_id = ? ORDER BY e.id"));
    query.bind(1, claimId);
    std::vector<Evidence> list;
    while (query.step()) {
        Evidence e;
        e.id = query.int64(0);
        e.claimId = query.int64(1);
        if (!query.isNull(2))
            e.segmentId = query.int64(2);
        e.documentId = query.int64(3);
        e.page = query.integer(4);
        e.start = query.integer(5);
        e.end = query.integer(6);
        e.quote = query.text(7);
        e.segmentText = query.text(8);
        e.sha256 = query.text(9);
        // Changed: the segment is gone or reads differently, or its document was
        // replaced or moved to the trash.
        e.changed = query.isNull(10) || query.text(10) != e.segmentText || query.text(11) != e.sha256 ||
                    !query.isNull(12);
        e.origin = textOriginFromInt(query.integer(13));
        list.push_back(std::move(e));
    }
    return list;
}

std::vector<Claim> ClaimStore::claims()
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT id, text, ordinal, status, note, checked_by, checked_at, draft, review_state, review_note, created_at "
        "FROM claims ORDER BY ordinal, id"));
    std::vector<Claim> list;
    while (query.step()) {
        Claim c;
        c.id = query.int64(0);
        c.text = query.text(1);
        c.ordinal = query.integer(2);
        c.verdict = verdictFromString(query.text(3)).value_or(Verdict::Unchecked);
        c.note = query.text(4);
        c.checkedBy = query.text(5);
        c.checkedAt = query.text(6);
        c.draft = query.text(7);
        c.review = {reviewFromCode(query.text(8)).value_or(ReviewState::Draft), query.text(9)};
        c.createdAt = query.text(10);
        list.push_back(std::move(c));
    }
    for (Claim &c : list) {
        c.evidence = evidenceOf(c.id);
        const bool decided = c.verdict == Verdict::Supported || c.verdict == Verdict::Contradicted;
        c.needsRecheck = decided && std::any_of(c.evidence.begin(), c.evidence.end(),
                                                [](const Evidence &e) { return e.changed; });
    }
    return list;
}

std::optional<Claim> ClaimStore::claim(qint64 claimId)
{
    for (Claim &c : claims())
        if (c.id == claimId)
            return c;
    return std::nullopt;
}

VerdictState ClaimStore::verdict(qint64 claimId)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT status, note, checked_by, checked_at FROM claims WHERE id = ?"));
    query.bind(1, claimId);
    VerdictState state;
    if (query.step())
        state = {verdictFromString(query.text(0)).value_or(Verdict::Unchecked), query.text(1), query.text(2),
                 query.text(3)};
    return state;
}

void ClaimStore::setVerdict(qint64 claimId, const VerdictState &state)
{
    Statement update = m_db.prepare(QStringLiteral(
        "UPDATE claims SET status = ?, note = ?, checked_by = ?, checked_at = ? WHERE id = ?"));
    update.bind(1, toString(state.verdict))
        .bind(2, state.note.isNull() ? QStringLiteral("") : state.note)
        .bind(3, state.checkedBy)
        .bind(4, state.checkedAt)
        .bind(5, claimId)
        .exec();
}

qint64 ClaimStore::addEvidence(qint64 claimId, qint64 segmentId, int start, int end)
{
    Statement segment = m_db.prepare(QStringLiteral(
        "SELECT s.text, s.document_id, s.page, d.sha256 FROM segments s JOIN documents d ON d.id = s.document_id "
        "WHERE s.id = ?"));
    segment.bind(1, segmentId);
    if (!segment.step())
        return 0;
    const QString text = segment.text(0);
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    if (start == end) {
        start = 0;
        end = int(text.size());
    }
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO claim_evidence(claim_id, segment_id, document_id, page, start, \"end\", quote, segment_text, sha256) "
        "VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.bind(1, claimId)
        .bind(2, segmentId)
        .bind(3, segment.int64(1))
        .bind(4, segment.integer(2))
        .bind(5, start)
        .bind(6, end)
        .bind(7, text.mid(start, end - start))
        .bind(8, text)
        .bind(9, segment.text(3))
        .exec();
    return m_db.lastInsertId();
}

void ClaimStore::removeEvidence(qint64 evidenceId)
{
    Statement statement = m_db.prepare(QStringLiteral("DELETE FROM claim_evidence WHERE id = ?"));
    statement.bind(1, evidenceId).exec();
}

} // namespace dossier
