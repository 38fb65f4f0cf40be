#pragma once

#include "factcheck/claimstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dossier {

class CaseSession;

// The fact-checker's workspace: paste a draft, get its claims with every figure traced
// to the source spans that carry the same value (or to none), conversions checked
// against the case's exchange rates, and the translation slips of the case; record a
// verdict with evidence and a note for each claim. Every edit is undoable.
class FactCheckPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { ClaimIdRole = Qt::UserRole + 1, SegmentIdRole, DocumentIdRole, StartRole, EndRole, VerdictRole };

    explicit FactCheckPanel(CaseSession *session, QWidget *parent = nullptr);

    QPlainTextEdit *draftEdit() const { return m_draft; }
    QTreeWidget *tree() const { return m_tree; }
    void checkDraft();
    void recordVerdict(Verdict verdict, const QString &note);
    void citeSelectedSource();
    qint64 currentClaimId() const;
    // Opens an article or draft (web page, text or Markdown) and keeps its checkable
    // sentences — figures, dates, the case's names — as claims, in reading order.
    void openArticle(const QString &path);
    // The next or previous claim of the list (F8, Shift+F8): the walk through an article.
    void moveToClaim(int step);
    QLabel *progressLabel() const { return m_progress; }

Q_SIGNALS:
    void sourceActivated(qint64 documentId, qint64 segmentId, int start, int end);

private:
    void reload();
    void showCurrent();
    QTreeWidgetItem *claimItem(const Claim &claim);

    CaseSession *m_session;
    QPlainTextEdit *m_draft;
    QTreeWidget *m_tree;
    QComboBox *m_verdict;
    QLineEdit *m_note;
    QPushButton *m_record;
    QPushButton *m_cite;
    QLabel *m_detail;
    QLabel *m_progress;
    qint64 m_selectedClaim = 0;
};

} // namespace dossier
