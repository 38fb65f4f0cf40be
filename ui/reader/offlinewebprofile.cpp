#include "reader/offlinewebprofile.h"

#include <QBuffer>
#include <QDebug>
#include <QMutex>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace dossier {

// Runs on WebEngine's IO thread: every request the page makes passes here.
class OfflineWebProfile::Interceptor : public QWebEngineUrlRequestInterceptor
{
public:
    explicit Interceptor(OfflineWebProfile *owner) : QWebEngineUrlRequestInterceptor(owner), m_owner(owner) {}

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String(kScheme) || scheme == QLatin1String("data"))
            return;
        info.block(true);
        ++m_blocked;
        const QUrl url = info.requestUrl();
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, url] { Q_EMIT owner->requestBlocked(url); });
    }

    std::atomic_int m_blocked{0};

private:
    OfflineWebProfile *m_owner;
};

class OfflineWebProfile::SchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    struct Resource
    {
        QByteArray bytes;
        QByteArray contentType;
    };

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        Resource resource;
        {
            QMutexLocker lock(&m_mutex);
            const auto found = m_resources.constFind(job->requestUrl().path());
            if (found == m_resources.constEnd()) {
                // Relative links of the saved page (images, styles) were not saved with it.
                job->fail(QWebEngineUrlRequestJob::UrlNotFound);
                return;
            }
            resource = *found;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(resource.bytes);
        buffer->open(QIODevice::ReadOnly);
        job->reply(resource.contentType, buffer);
    }

    void publish(const QString &path, Resource resource)
    {
        QMutexLocker lock(&m_mutex);
        m_resources.insert(path, std::move(resource));
    }

private:
    QMutex m_mutex;
    QHash<QString, Resource> m_resources;
};

void OfflineWebProfile::registerScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::ContentSecurityPolicyIgnored);
    QWebEngineUrlScheme::registerScheme(scheme);
}

OfflineWebProfile::OfflineWebProfile(QObject *parent)
    : QObject(parent), m_profile(new QWebEngineProfile(this)), m_interceptor(new Interceptor(this)),
      m_handler(new SchemeHandler(this))
{
    // Off the record: no cookies, cache or history written to disk.
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(kScheme, m_handler);

    QWebEngineSettings *settings = m_profile->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
}

OfflineWebProfile::~OfflineWebProfile() = default;

QUrl OfflineWebProfile::publish(qint64 id, const QByteArray &bytes, const QByteArray &contentType)
{
    const QString path = QStringLiteral("/%1/page.html").arg(id);
    m_handler->publish(path, {bytes, contentType});
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setPath(path);
    return url;
}

int OfflineWebProfile::blockedRequests() const
{
    return m_interceptor->m_blocked.load();
}

} // namespace dossier
