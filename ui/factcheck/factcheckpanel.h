#pragma once

#include "factcheck/claimstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace dossier {

class CaseSession;
class ClaimTreeModel;

// The fact-checker's workspace: paste a draft, get its claims with every figure traced
// to the source spans that carry the same value (or to none), conversions checked
// against the case's exchange rates, and the translation slips of the case; record a
// verdict with evidence and a note for each claim. Every edit is undoable.
class FactCheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FactCheckPanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);

    QPlainTextEdit *draftEdit() const { return m_draft; }
    QTreeView *tree() const { return m_tree; }
    ClaimTreeModel *model() const { return m_model; }
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
    void afterReload();
    void showCurrent();

    CaseSession *m_session = nullptr;
    QPlainTextEdit *m_draft;
    ClaimTreeModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QComboBox *m_verdict;
    QLineEdit *m_note;
    QPushButton *m_record;
    QPushButton *m_cite;
    QLabel *m_detail;
    QLabel *m_progress;
    qint64 m_selectedClaim = 0;
};

} // namespace dossier
