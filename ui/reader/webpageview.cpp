#include "reader/webpageview.h"

#include "reader/offlinewebprofile.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace dossier {

namespace {

// Follows no links: a click on a saved page must not open the live site.
class OfflinePage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        return !isMainFrame || url.scheme() == QLatin1String(OfflineWebProfile::kScheme);
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
};

} // namespace

WebPageView::WebPageView(QWidget *parent)
    : QWidget(parent), m_profile(new OfflineWebProfile(this)), m_view(new QWebEngineView(this)),
      m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("webPageView"));
    m_view->setPage(new OfflinePage(m_profile->profile(), m_view));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_notice->setContentsMargins(6, 3, 6, 3);
    m_notice->setStyleSheet(QStringLiteral("color: #555;"));
    m_notice->setText(tr("Shown offline from the stored copy; JavaScript and remote content are blocked."));
    connect(m_profile, &OfflineWebProfile::requestBlocked, this, [this] {
        m_notice->setText(tr("Shown offline from the stored copy. Requests to the internet blocked: %1.")
                              .arg(m_profile->blockedRequests()));
    });
    connect(m_view, &QWebEngineView::loadFinished, this, &WebPageView::loadFinished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
}

WebPageView::~WebPageView()
{
    // A page must go before its profile.
    delete m_view;
}

void WebPageView::showPage(qint64 documentId, const QByteArray &bytes, const QString &encoding)
{
    QByteArray contentType("text/html");
    if (!encoding.isEmpty())
        contentType += "; charset=" + encoding.toLatin1();
    m_view->setUrl(m_profile->publish(documentId, bytes, contentType));
}

int WebPageView::blockedRequests() const
{
    return m_profile->blockedRequests();
}

} // namespace dossier
