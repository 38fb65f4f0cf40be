#pragma once

#include <QWidget>

class QLabel;
class QWebEngineView;

namespace dossier {

class OfflineWebProfile;

// A saved web page as it looked, in QtWebEngine, from its stored bytes only: JavaScript
// off, every request to anywhere else blocked, links not followed.
class WebPageView : public QWidget
{
    Q_OBJECT

public:
    explicit WebPageView(QWidget *parent = nullptr);
    ~WebPageView() override;

    // `encoding` is the one Dossier detected at import, passed on as the charset so a
    // page without a declaration still renders right.
    void showPage(qint64 documentId, const QByteArray &bytes, const QString &encoding);
    QWebEngineView *view() const { return m_view; }
    int blockedRequests() const;

Q_SIGNALS:
    void loadFinished(bool ok);

private:
    OfflineWebProfile *m_profile;
    QWebEngineView *m_view;
    QLabel *m_notice;
};

} // namespace dossier
