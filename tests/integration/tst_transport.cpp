// Transport rules of DESIGN.md §4 that need a real peer: TLS errors are
// never ignored, bodies are capped without the memory growing, and the
// system proxy is used.
#include "api/partnerapi.h"
#include "rawhttpserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace qash;

class TestTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void untrustedCertificateIsRefused();
    void hugeBodyKeepsMemoryFlat_data();
    void hugeBodyKeepsMemoryFlat();
    void systemProxyIsUsed();

private:
    ApiError failureOf(PartnerApi::RequestId id);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PartnerApi> m_api;
};

void TestTransport::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PartnerApi>(m_network.get());
    m_api->setCredentials({QStringLiteral("qash_key_test"), QStringLiteral("qash_secret_test")});
    m_api->setGetRetryPolicy(1, 0);
}

void TestTransport::cleanup()
{
    m_api.reset();
    m_network.reset();
}

ApiError TestTransport::failureOf(PartnerApi::RequestId id)
{
    ApiError result;
    bool done = false;
    QObject context;
    connect(m_api.get(), &PartnerApi::requestFailed, &context,
            [&](PartnerApi::RequestId rid, ApiOperation, const ApiError &error) {
                if (rid == id) {
                    result = error;
                    done = true;
                }
            });
    connect(m_api.get(), &PartnerApi::userFetched, &context, [&](PartnerApi::RequestId rid) { done = rid == id; });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("no answer");
    return result;
}

void TestTransport::untrustedCertificateIsRefused()
{
    QFile certFile(QFINDTESTDATA("../data/selfsigned-cert.pem"));
    QFile keyFile(QFINDTESTDATA("../data/selfsigned-key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));

    QSslServer server;
    server.setSslConfiguration(config);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray decrypted;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] { decrypted += socket->readAll(); });
    });

    m_api->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    const ApiError error = failureOf(m_api->createUser(NewUserRequest{}));
    QCOMPARE(error.kind, ApiErrorKind::Tls);
    QVERIFY(!error.outcomeUnknown); // nothing was sent
    QTest::qWait(100);
    QVERIFY2(decrypted.isEmpty(), "the request must never cross an untrusted connection");
}

static qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

static bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void TestTransport::hugeBodyKeepsMemoryFlat_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("streamed, no length") << false;
    QTest::newRow("announced length") << true;
}

void TestTransport::hugeBodyKeepsMemoryFlat()
{
    QFETCH(bool, announced);
#ifndef Q_OS_LINUX
    QSKIP("measures memory through /proc");
#endif
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel); // sanitizer reports stay visible
    QStringList args{QStringLiteral("64")};
    if (announced)
        args << QStringLiteral("--announce");
    server.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bodyserver"), args);
    QVERIFY(server.waitForReadyRead(5000));
    const int port = server.readLine().trimmed().toInt();
    QVERIFY(port > 0);

    // Warm up with the same answer once: Qt's HTTP thread and the allocator's
    // per-thread arena are set up once per process, and that is not what this
    // measures. What must stay flat is every hostile answer after that.
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QCOMPARE(failureOf(m_api->getUser(QStringLiteral("u"))).kind, ApiErrorKind::ResponseTooLarge);
    QVERIFY(resetPeakRss());
    const qint64 before = peakRssKiB();
    const ApiError error = failureOf(m_api->getUser(QStringLiteral("u")));
    const qint64 growth = peakRssKiB() - before;
    server.kill();
    server.waitForFinished();

    QCOMPARE(error.kind, ApiErrorKind::ResponseTooLarge);
    qInfo("peak memory grew by %lld KiB for a 64 MiB body", growth);
    QVERIFY2(growth < 8 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(growth)));
}

void TestTransport::systemProxyIsUsed()
{
    RawHttpServer proxy("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    qputenv("https_proxy", proxy.baseUrl());
    qputenv("HTTPS_PROXY", proxy.baseUrl());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    m_api->setBaseUrl(QUrl(QStringLiteral("https://api.qash.invalid")));
    failureOf(m_api->getUser(QStringLiteral("u")));
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QVERIFY(!proxy.receivedRequests().isEmpty());
    QVERIFY2(proxy.receivedRequests().first().startsWith("CONNECT api.qash.invalid:443"),
             proxy.receivedRequests().first().constData());
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
