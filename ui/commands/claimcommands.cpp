#include "claimcommands.h"

#include "../casesession.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

AddClaimsCommand::AddClaimsCommand(CaseSession *session, QStringList claims, QString draft)
    : m_session(session), m_claims(std::move(claims)), m_draft(std::move(draft))
{
    setText(QCoreApplication::translate("AddClaimsCommand", "Add claims to check"));
}

void AddClaimsCommand::redo()
{
    m_ids.clear();
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        ClaimStore store(db);
        const int base = int(store.claims().size());
        for (int i = 0; i < m_claims.size(); ++i)
            m_ids.push_back(store.add(m_claims[i], m_draft, base + i));
        transaction.commit();
    });
    m_session->notifyClaimsChanged();
}

void AddClaimsCommand::undo()
{
    m_session->write([&] {
        Database &db = m_session->caseFile().db();
        Transaction transaction(db);
        for (qint64 id : m_ids)
            ClaimStore(db).remove(id);
        transaction.commit();
    });
    m_session->notifyClaimsChanged();
}

SetVerdictCommand::SetVerdictCommand(CaseSession *session, qint64 claimId, VerdictState before, VerdictState after)
    : m_session(session), m_claimId(claimId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("SetVerdictCommand", "Record verdict"));
}

void SetVerdictCommand::apply(const VerdictState &state)
{
    m_session->write([&] { ClaimStore(m_session->caseFile().db()).setVerdict(m_claimId, state); });
    m_session->notifyClaimsChanged();
}

AddEvidenceCommand::AddEvidenceCommand(CaseSession *session, qint64 claimId, qint64 segmentId, int start, int end)
    : m_session(session), m_claimId(claimId), m_segmentId(segmentId), m_start(start), m_end(end)
{
    setText(QCoreApplication::translate("AddEvidenceCommand", "Add evidence"));
}

void AddEvidenceCommand::redo()
{
    m_session->write([&] {
        m_evidenceId = ClaimStore(m_session->caseFile().db()).addEvidence(m_claimId, m_segmentId, m_start, m_end);
    });
    m_session->notifyClaimsChanged();
}

void AddEvidenceCommand::undo()
{
    m_session->write([&] { ClaimStore(m_session->caseFile().db()).removeEvidence(m_evidenceId); });
    m_session->notifyClaimsChanged();
}

} // namespace dossier
