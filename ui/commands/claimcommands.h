#pragma once

#include "factcheck/claimstore.h"

#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace dossier {

class CaseSession;

// Adds the claims of a draft to the case's fact-check list.
class AddClaimsCommand : public QUndoCommand
{
public:
    AddClaimsCommand(CaseSession *session, QStringList claims, QString draft);
    void redo() override;
    void undo() override;

private:
    CaseSession *m_session;
    QStringList m_claims;
    QString m_draft;
    std::vector<qint64> m_ids;
};

// Records a verdict (with its note, who and when) on a claim.
class SetVerdictCommand : public QUndoCommand
{
public:
    SetVerdictCommand(CaseSession *session, qint64 claimId, VerdictState before, VerdictState after);
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const VerdictState &state);
    CaseSession *m_session;
    qint64 m_claimId;
    VerdictState m_before;
    VerdictState m_after;
};

// Cites a span of a segment as evidence for a claim, frozen as it reads now.
class AddEvidenceCommand : public QUndoCommand
{
public:
    AddEvidenceCommand(CaseSession *session, qint64 claimId, qint64 segmentId, int start, int end);
    void redo() override;
    void undo() override;

private:
    CaseSession *m_session;
    qint64 m_claimId;
    qint64 m_segmentId;
    int m_start;
    int m_end;
    qint64 m_evidenceId = 0;
};

} // namespace dossier
