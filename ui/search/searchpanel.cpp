#include "search/searchpanel.h"

#include "session/casesession.h"
#include "reader/richtextdelegate.h"
#include "search/searchresultmodel.h"
#include "translations/glossary.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QShortcut>
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
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    // A glossary term offered for an English search that found nothing: search it instead.
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &term) {
        m_query->setText(term);
        runSearch();
    });

    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    // From the query, Down goes to the hits (Enter on one opens it), as in a browser.
    auto *toHits = new QShortcut(QKeySequence(Qt::Key_Down), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    toHits->setWhatsThis(tr("From the search field: to the hits (Enter opens one, its words selected)"));
    connect(toHits, &QShortcut::activated, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_results->setFocus(Qt::TabFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0, 0));
    });
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
    m_status->setText(query.isEmpty() ? QString()
                      : hits.empty()    ? whyNothing(query)
                                        : tr("%n hit(s)", nullptr, int(hits.size())));
    m_model->setHits(std::move(hits));
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
}

QString SearchPanel::whyNothing(const QString &query) const
{
    // English words cannot be found in Chinese documents nobody has translated: say so,
    // and offer the Chinese terms the case's glossary gives for those words.
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    if (!query.contains(latin) || query.contains(han))
        return tr("No hits.");
    int untranslated = 0;
    const std::vector<DocumentInfo> documents = m_session->documents();
    for (const DocumentInfo &d : documents)
        untranslated += d.translatedSegments < d.segments ? 1 : 0;
    if (untranslated == 0)
        return tr("No hits.");
    QString text = tr("No hits. %1 of %2 documents have no full English translation, so English words are not found "
                      "in them: search in Chinese, or translate them first.")
                       .arg(untranslated)
                       .arg(documents.size());
    std::vector<GlossaryEntry> glossary;
    m_session->read([&](Database &db) { glossary = Glossary(db).entries(); });
    QStringList terms;
    for (const GlossaryEntry &entry : glossary)
        if (entry.rendering.contains(query, Qt::CaseInsensitive) || query.contains(entry.rendering, Qt::CaseInsensitive))
            terms << QStringLiteral("<a href=\"%1\">%1</a>").arg(entry.term.toHtmlEscaped());
    if (!terms.isEmpty())
        text += QStringLiteral("<br>") + tr("The glossary's Chinese for it: %1").arg(terms.join(QStringLiteral(", ")));
    return text;
}

} // namespace dossier
