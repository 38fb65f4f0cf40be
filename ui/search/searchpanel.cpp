#include "search/searchpanel.h"

#include "session/casesession.h"
#include "reader/richtextdelegate.h"
#include "search/searchresultmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace dossier {

SearchPanel::SearchPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_query(new QLineEdit(this)), m_status(new QLabel(this)),
      m_results(new QListView(this)), m_model(new SearchResultModel(this))
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search the case (中文 or English)"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new RichTextDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setAlternatingRowColors(true);
    m_status->setContentsMargins(4, 0, 4, 0);

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const SearchHit *hit = m_model->hitAt(index.row()))
            Q_EMIT hitActivated(*hit);
    });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (const SearchHit *hit = m_model->hitAt(index.row()))
            Q_EMIT hitActivated(*hit);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setSession(session);
}

void SearchPanel::setSession(CaseSession *session)
{
    m_session = session;
    m_lastQuery.clear();
    m_status->clear();
    m_model->setHits({});
}

void SearchPanel::runSearch()
{
    const QString query = m_query->text().trimmed();
    m_lastQuery = query;
    std::vector<SearchHit> hits = query.isEmpty() || !m_session ? std::vector<SearchHit>() : m_session->search(query);
    m_status->setText(query.isEmpty() ? QString() : tr("%n hit(s)", nullptr, int(hits.size())));
    m_model->setHits(std::move(hits));
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

} // namespace dossier
