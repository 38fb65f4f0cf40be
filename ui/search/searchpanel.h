#pragma once

#include "search/searchhit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace dossier {

class CaseSession;
class SearchResultModel;

// Search over the whole case: a query box and the hits, each opening the document at
// the matching segment.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(CaseSession *session, QWidget *parent = nullptr);
    // The case searched, or none: the hits of another case are dropped.
    void setSession(CaseSession *session);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    void runSearch();
    QString lastQuery() const { return m_lastQuery; }

Q_SIGNALS:
    void hitActivated(const dossier::SearchHit &hit);

private:
    // Why a search found nothing, when there is a reason a reporter can act on.
    QString whyNothing(const QString &query) const;

    CaseSession *m_session;
    QLineEdit *m_query;
    QLabel *m_status;
    QListView *m_results;
    SearchResultModel *m_model;
    QString m_lastQuery;
};

} // namespace dossier
