#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <functional>
#include <vector>

class QTcpServer;

namespace dossier::test {

// A small HTTP/1.1 server on 127.0.0.1 with its own thread, for testing clients that
// block their own thread. Each request is answered by the handler; every request is
// recorded.
class FakeHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
        int delayMs = 0;
    };
    using Handler = std::function<Response(const Request &, int index)>;

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();

    QString url() const;
    int port() const { return m_port; }
    std::vector<Request> requests() const;
    int requestCount() const;

private:
    Handler m_handler;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    int m_port = 0;
    mutable QMutex m_mutex;
    std::vector<Request> m_requests;
};

} // namespace dossier::test
