// Serves one huge HTTP answer on loopback, from a process of its own so the
// test measuring the client's memory does not count the server's buffers.
// It sends at most 64 KiB a millisecond (about 500 Mbit/s), faster than any
// network a desk sits on, but not the unbounded speed of loopback.
//   bodyserver MEBIBYTES [--announce]   prints the port, then serves forever
#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = (args.size() > 1 ? args.at(1).toLongLong() : 64) * 1024 * 1024;
    const bool announce = args.contains(QStringLiteral("--announce"));

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QObject::connect(&server, &QTcpServer::newConnection, &app, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (announce)
            head += "Content-Length: " + QByteArray::number(total) + "\r\n";
        socket->write(head + "\r\n");
        auto *sent = new qint64(0);
        const QByteArray chunk(64 * 1024, ' ');
        // Write as the client reads, so this process stays small too.
        auto pump = [socket, sent, total, chunk] {
            if (*sent < total && socket->bytesToWrite() < 4 * chunk.size()) {
                socket->write(chunk);
                *sent += chunk.size();
            }
            if (*sent >= total && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        auto *pacer = new QTimer(socket);
        QObject::connect(pacer, &QTimer::timeout, socket, pump);
        pacer->start(1);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [pacer, sent] {
            pacer->stop(); // before `sent` goes
            delete sent;
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        pump();
    });
    std::printf("%d\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
