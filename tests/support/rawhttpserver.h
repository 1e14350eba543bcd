#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback HTTP server that answers every request with one canned raw
// response and records what it received. For transport cases the sandbox
// cannot produce: huge bodies, redirects to another origin, a server that
// never answers. It reads the request loosely (headers plus Content-Length).
class RawHttpServer : public QTcpServer
{
public:
    explicit RawHttpServer(QByteArray response = {}, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    void setResponse(QByteArray response) { m_response = std::move(response); }
    // Never answer: the client has to time out.
    void setSilent(bool silent) { m_silent = silent; }
    QList<QByteArray> receivedRequests() const { return m_requests; }
    QByteArray baseUrl() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype contentLength = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headerEnd + 4 + contentLength)
                return;
            m_requests << buffer->left(headerEnd + 4 + contentLength);
            buffer->remove(0, headerEnd + 4 + contentLength);
            if (!m_silent) {
                socket->write(m_response);
                socket->flush();
            }
        });
    }

    QByteArray m_response;
    bool m_silent = false;
    QList<QByteArray> m_requests;
};
