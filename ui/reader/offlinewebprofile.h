#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>

#include <atomic>

class QWebEngineProfile;

namespace dossier {

// Saved web pages are shown from their stored bytes through the dossier-doc: scheme and
// must never reach the network: opening a tender page must not tell its server (or any
// tracker on it) that a reporter is reading it.
class OfflineWebProfile : public QObject
{
    Q_OBJECT

public:
    static constexpr char kScheme[] = "dossier-doc";
    // Must run before the QApplication is created.
    static void registerScheme();

    explicit OfflineWebProfile(QObject *parent = nullptr);
    ~OfflineWebProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    // Makes `bytes` available at dossier-doc:/<id>; returns that URL.
    QUrl publish(qint64 id, const QByteArray &bytes, const QByteArray &contentType);
    int blockedRequests() const;

Q_SIGNALS:
    void requestBlocked(const QUrl &url);

private:
    class Interceptor;
    class SchemeHandler;

    QWebEngineProfile *m_profile;
    Interceptor *m_interceptor;
    SchemeHandler *m_handler;
};

} // namespace dossier
