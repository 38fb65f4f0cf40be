#include "support/fixtures.h"

#include "session/casesession.h"
#include "shell/mainwindow.h"
#include "reader/pdfpageview.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "reader/webpageview.h"

#include "demo/democase.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace dossier;
using namespace dossier::test;

namespace {

// Counts every connection made to it and answers each with an empty 200.
class CountingServer : public QTcpServer
{
public:
    int connections = 0;

    CountingServer()
    {
        REQUIRE(listen(QHostAddress::LocalHost));
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

QString trackedPage(const QString &base)
{
    return QStringLiteral(
               "<html><head><meta charset=\"gbk\"><title>之江实验室采购公告</title>"
               "<link rel=\"stylesheet\" href=\"%1/style.css\">"
               "<link rel=\"preconnect\" href=\"%1\">"
               "<script src=\"%1/tracker.js\"></script>"
               "<style>@font-face { font-family: remote; src: url(%1/font.woff); } body { font-family: remote; }</style>"
               "</head><body><h1>之江实验室采购公告</h1>"
               "<p>预算金额：184,000元</p>"
               "<img src=\"%1/logo.png\"><img src=\"%1/pixel.gif?reader=1\" width=1 height=1>"
               "<iframe src=\"%1/frame.html\"></iframe>"
               "<div style=\"background-image: url(%1/bg.png)\">背景</div>"
               "<script>var i = new Image(); i.src = '%1/js-pixel.gif';</script>"
               "</body></html>")
        .arg(base);
}

QString plainTextOf(QWebEnginePage *page)
{
    QString text;
    bool done = false;
    page->toPlainText([&](const QString &result) {
        text = result;
        done = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 10000));
    return text;
}

} // namespace

TEST_CASE("A saved page with remote content is shown without a single request leaving", "[ui][web]")
{
    CountingServer server;
    const QString html = trackedPage(server.base());

    SECTION("control: an ordinary browser view does contact the server")
    {
        QWebEngineProfile profile;
        QWebEngineView view;
        view.setPage(new QWebEnginePage(&profile, &view));
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.setHtml(html, QUrl(server.base() + QStringLiteral("/page.html")));
        REQUIRE(loaded.wait(20000));
        REQUIRE(QTest::qWaitFor([&] { return server.connections > 0; }, 5000));
    }
    SECTION("Dossier's offline view of the stored GBK bytes")
    {
        WebPageView view;
        view.resize(800, 600);
        view.show();
        QSignalSpy loaded(&view, &WebPageView::loadFinished);
        view.showPage(1, encode(html, "GB18030"), QStringLiteral("GB18030"));
        REQUIRE(loaded.wait(20000));
        CHECK(loaded.at(0).at(0).toBool());
        QTest::qWait(1500); // give late loads (fonts, background images) their chance
        CHECK(server.connections == 0);
        CHECK(view.blockedRequests() > 0);
        const QString text = plainTextOf(view.view()->page());
        CHECK(text.contains(QStringLiteral("预算金额：184,000元")));
    }
}

TEST_CASE("The reader shows PDF pages and saved pages as they looked", "[ui][web]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    ReaderView *reader = window.reader();

    auto openTitled = [&](const QString &start) {
        for (const DocumentInfo &d : window.session()->documents())
            if (d.title.startsWith(start))
                reader->showDocument(d.id);
    };

    SECTION("PDF: the page of the selected segment, rendered by poppler")
    {
        openTitled(QStringLiteral("深圳大学"));
        REQUIRE(reader->showPageAction()->isEnabled());
        reader->setShowOriginalPage(true);
        REQUIRE(reader->pdfView());
        QSignalSpy shown(reader->pdfView(), &PdfPageView::pageShown);
        REQUIRE((shown.count() > 0 || shown.wait(10000)));
        CHECK(reader->pdfView()->pageCount() == 2);
        CHECK(reader->pdfView()->currentPage() == 1);
        const QImage first = reader->pdfView()->currentImage();
        CHECK(first.width() > 500);

        int onPageTwo = -1;
        for (size_t i = 0; i < reader->segments().size(); ++i)
            if (reader->segments()[i].page == 2 && onPageTwo < 0)
                onPageTwo = int(i);
        REQUIRE(onPageTwo >= 0);
        reader->selectSegment(onPageTwo);
        REQUIRE(QTest::qWaitFor([&] { return reader->pdfView()->currentPage() == 2; }, 10000));

        reader->pdfView()->setZoom(2.0);
        REQUIRE(QTest::qWaitFor([&] { return reader->pdfView()->currentImage().width() > first.width() * 3 / 2; }, 10000));
        reader->setShowOriginalPage(false);
        CHECK(reader->originalPane()->isVisible());
    }
    SECTION("HTML: the stored GBK page, offline")
    {
        openTitled(QStringLiteral("之江实验室"));
        REQUIRE(reader->showPageAction()->isEnabled());
        reader->setShowOriginalPage(true);
        REQUIRE(reader->webView());
        QSignalSpy loaded(reader->webView(), &WebPageView::loadFinished);
        REQUIRE(loaded.wait(20000));
        const QString text = plainTextOf(reader->webView()->view()->page());
        CHECK(text.contains(QStringLiteral("之江实验室云计算服务采购公告")));
        CHECK(text.contains(QStringLiteral("184,000元")));
    }
    SECTION("plain text has no page view")
    {
        openTitled(QStringLiteral("中国科学技术大学"));
        CHECK_FALSE(reader->showPageAction()->isEnabled());
    }
}
