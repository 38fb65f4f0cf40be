#include "fakehttpserver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace dossier::test {

namespace {

const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

FakeHttpServer::FakeHttpServer(Handler handler) : m_handler(std::move(handler))
{
    m_thread.start();
    // Create the server inside the thread so its sockets live there.
    QObject *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [this, context] {
        m_server = new QTcpServer(context);
        m_server->listen(QHostAddress::LocalHost);
        m_port = m_server->serverPort();
        QObject::connect(m_server, &QTcpServer::newConnection, context, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
                    if (headerEnd < 0)
                        return;
                    Request request;
                    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                    request.method = first.value(0);
                    request.path = first.value(1);
                    for (int i = 1; i < lines.size(); ++i) {
                        const int colon = int(lines[i].indexOf(':'));
                        if (colon > 0)
                            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                    }
                    const int length = request.headers.value("content-length").toInt();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    request.body = buffer->mid(headerEnd + 4, length);
                    buffer->remove(0, headerEnd + 4 + length);
                    int index = 0;
                    {
                        QMutexLocker lock(&m_mutex);
                        index = int(m_requests.size());
                        m_requests.push_back(request);
                    }
                    const Response response = m_handler(request, index);
                    auto send = [socket, response] {
                        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
                        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                        for (auto it = response.headers.begin(); it != response.headers.end(); ++it)
                            out += it.key() + ": " + it.value() + "\r\n";
                        out += "Connection: keep-alive\r\n\r\n" + response.body;
                        socket->write(out);
                    };
                    if (response.delayMs > 0)
                        QTimer::singleShot(response.delayMs, socket, send);
                    else
                        send();
                });
            }
        });
    }, Qt::BlockingQueuedConnection);
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
}

FakeHttpServer::~FakeHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

QString FakeHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

std::vector<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeHttpServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

} // namespace dossier::test
