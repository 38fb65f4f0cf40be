#pragma once

#include "reviewstate.h"

#include <optional>

#include "factcheck/claimstore.h"

#include <QStandardItemModel>

namespace dossier {

class CaseSession;
class Database;

// The fact-checker's tree, read from the case: each claim with its verdict; under it each
// figure with the source spans that carry the same value (or none), conversions checked
// against the case's rates, and the evidence cited; then the facts reported by several
// outlets, and the figures lost in translation. Refreshed when claims or translations change.
class ClaimTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { ClaimIdRole = Qt::UserRole + 1, SegmentIdRole, DocumentIdRole, StartRole, EndRole, VerdictRole };

    explicit ClaimTreeModel(QObject *parent = nullptr);

    void setSession(CaseSession *session);
    void reload();
    int claimCount() const { return m_claims; }
    // Lists only claims in this review state (nothing: all).
    void setReviewFilter(std::optional<ReviewState> state);
    int checkedCount() const { return m_checked; }
    // The row of a claim at the top level, or -1.
    int rowOfClaim(qint64 claimId) const;

    static QString verdictLabel(Verdict verdict);

Q_SIGNALS:
    // The tree was read afresh: views restore their selection and expansion.
    void reloaded();

private:
    struct Row
    {
        QStandardItem *text;
        QStandardItem *status;
    };
    // A row of two columns under `parent` (the root for none); the status coloured.
    Row add(QStandardItem *parent, const QString &text, const QString &status, const QColor &color = {});
    void addClaims(Database &db);
    void addSlips(Database &db);

    CaseSession *m_session = nullptr;
    int m_claims = 0;
    int m_checked = 0;
    std::optional<ReviewState> m_reviewFilter;
};

} // namespace dossier
