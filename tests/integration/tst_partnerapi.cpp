// PartnerApi against the sandbox over loopback: every endpoint, every
// documented error, and the transport rules (timeouts, size cap, redirects,
// retries) against a raw loopback server where the sandbox cannot misbehave
// that way.
#include "api/partnerapi.h"
#include "rawhttpserver.h"
#include "sandboxserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace qash;
using qash::sandbox::SandboxServer;

class TestPartnerApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createUserSendsTheDocumentedRequest();
    void createUserDuplicateEmailIsConflict();
    void createUserBadFieldIsValidationWithField();
    void wrongCredentialsAreUnauthorized_data();
    void wrongCredentialsAreUnauthorized();
    void startKycReturnsLink();
    void startKycTwiceIsConflict();
    void startKycUnknownUserIsNotFound();
    void getUserFollowsStatus();
    void getUserUnknownIsNotFound();
    void getUserPercentEncodesTheId();
    void errorBodyStyles_data();
    void errorBodyStyles();
    void malformedSuccessBodies();
    void getIsRetriedOn5xx();
    void getGivesUpAfterMaxAttempts();
    void postIsNeverRetried();
    void postTimeoutHasUnknownOutcome();
    void refusedConnectionIsNetworkWithKnownOutcome();
    void remoteHttpBaseUrlIsRefusedWithoutSending();
    void gatewayBaseUrlWithPathPrefix();
    void oversizedBodyIsCapped();
    void crossOriginRedirectDoesNotCarryCredentials();
    void abortAllAnswersEveryCall();

private:
    struct Outcome
    {
        bool ok = false;
        UserRecord user;
        KycSession session;
        ApiError error;
    };
    Outcome waitFor(PartnerApi::RequestId id, int timeoutMs = 5000);
    QString registerUser(const QString &email);
    NewUserRequest newUser(const QString &email) const;
    KycRequest kycFor(const QString &userId) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PartnerApi> m_api;
};

void TestPartnerApi::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PartnerApi>(m_network.get());
    m_api->setBaseUrl(m_sandbox->baseUrl());
    m_api->setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey),
                           QString::fromLatin1(SandboxServer::DemoApiSecret)});
    m_api->setGetRetryPolicy(3, 20);
}

void TestPartnerApi::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
}

TestPartnerApi::Outcome TestPartnerApi::waitFor(PartnerApi::RequestId id, int timeoutMs)
{
    // An event loop ended by the answer, not QTest::qWaitFor: that sleeps
    // 10 ms between passes, and the sandbox shares this thread.
    Outcome outcome;
    bool done = false;
    QEventLoop loop;
    auto finish = [&] {
        done = true;
        loop.quit();
    };
    connect(m_api.get(), &PartnerApi::userCreated, &loop, [&](auto rid, const UserRecord &user) {
        if (rid == id) { outcome.ok = true; outcome.user = user; finish(); }
    });
    connect(m_api.get(), &PartnerApi::userFetched, &loop, [&](auto rid, const UserRecord &user) {
        if (rid == id) { outcome.ok = true; outcome.user = user; finish(); }
    });
    connect(m_api.get(), &PartnerApi::kycStarted, &loop, [&](auto rid, const KycSession &session) {
        if (rid == id) { outcome.ok = true; outcome.session = session; finish(); }
    });
    connect(m_api.get(), &PartnerApi::requestFailed, &loop, [&](auto rid, ApiOperation, const ApiError &error) {
        if (rid == id) { outcome.error = error; finish(); }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!done)
        qWarning("request %llu did not answer", id);
    return outcome;
}

NewUserRequest TestPartnerApi::newUser(const QString &email) const
{
    NewUserRequest request;
    request.email = email;
    request.countryCode = QStringLiteral("CO");
    request.phone = QStringLiteral("+573001234567");
    request.preferredLanguage = QStringLiteral("es");
    return request;
}

KycRequest TestPartnerApi::kycFor(const QString &userId) const
{
    KycRequest request;
    request.userId = userId;
    request.firstName = QStringLiteral("Juan");
    request.lastName = QStringLiteral("Pérez");
    request.email = QStringLiteral("juan@example.com");
    request.phone = QStringLiteral("+573001234567");
    request.birthDate = QDate(1990, 4, 15);
    return request;
}

QString TestPartnerApi::registerUser(const QString &email)
{
    const Outcome outcome = waitFor(m_api->createUser(newUser(email)));
    return outcome.ok ? outcome.user.id : QString();
}

void TestPartnerApi::createUserSendsTheDocumentedRequest()
{
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("juan@example.com"))));
    QVERIFY(outcome.ok);
    QVERIFY(!outcome.user.id.isEmpty());
    QCOMPARE(outcome.user.status, QStringLiteral("pending"));
    QCOMPARE(outcome.user.email, QStringLiteral("juan@example.com"));
    QVERIFY(outcome.user.createdAt.isValid());

    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    const auto &request = requests.first();
    QCOMPARE(request.method, QStringLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v1/partner/users"));
    QCOMPARE(request.header("X-Api-Key"), QByteArray(SandboxServer::DemoApiKey));
    QCOMPARE(request.header("X-Api-Secret"), QByteArray(SandboxServer::DemoApiSecret));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("userType").toString(), QStringLiteral("personal"));
    QCOMPARE(body.value("email").toString(), QStringLiteral("juan@example.com"));
    QCOMPARE(body.value("countryCode").toString(), QStringLiteral("CO"));
    QCOMPARE(body.value("phone").toString(), QStringLiteral("+573001234567"));
    QCOMPARE(body.value("preferredLanguage").toString(), QStringLiteral("es"));
}

void TestPartnerApi::createUserDuplicateEmailIsConflict()
{
    QVERIFY(!registerUser(QStringLiteral("same@example.com")).isEmpty());
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("SAME@example.com"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Conflict);
    QCOMPARE(outcome.error.httpStatus, 409);
    QVERIFY(!outcome.error.message.isEmpty());
    QVERIFY(!outcome.error.outcomeUnknown);
}

void TestPartnerApi::createUserBadFieldIsValidationWithField()
{
    NewUserRequest request = newUser(QStringLiteral("x@example.com"));
    request.countryCode = QStringLiteral("COL");
    const Outcome outcome = waitFor(m_api->createUser(request));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Validation);
    QCOMPARE(outcome.error.httpStatus, 400);
    QVERIFY2(outcome.error.fieldErrors.contains(QStringLiteral("countryCode")),
             qPrintable(outcome.error.fieldErrors.keys().join(QLatin1Char(','))));
}

void TestPartnerApi::wrongCredentialsAreUnauthorized_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::newRow("wrong secret") << QString::fromLatin1(SandboxServer::DemoApiKey) << QStringLiteral("nope");
    QTest::newRow("wrong key") << QStringLiteral("qash_key_live_x") << QString::fromLatin1(SandboxServer::DemoApiSecret);
    QTest::newRow("none") << QString() << QString();
}

void TestPartnerApi::wrongCredentialsAreUnauthorized()
{
    QFETCH(QString, key);
    QFETCH(QString, secret);
    const QString userId = registerUser(QStringLiteral("creds@example.com"));
    QVERIFY(!userId.isEmpty());
    m_api->setCredentials({key, secret});
    const std::function<PartnerApi::RequestId()> calls[] = {
        [&] { return m_api->createUser(newUser(QStringLiteral("other@example.com"))); },
        [&] { return m_api->startKyc(kycFor(userId)); },
        [&] { return m_api->getUser(userId); },
    };
    for (const auto &call : calls) {
        const Outcome outcome = waitFor(call());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(outcome.error.httpStatus, 401);
    }
}

void TestPartnerApi::startKycReturnsLink()
{
    const QString userId = registerUser(QStringLiteral("kyc@example.com"));
    QVERIFY(!userId.isEmpty());
    m_sandbox->clearRequests();
    const Outcome outcome = waitFor(m_api->startKyc(kycFor(userId)));
    QVERIFY(outcome.ok);
    QVERIFY(outcome.session.inquiryId.startsWith(QStringLiteral("inq_")));
    QCOMPARE(outcome.session.verificationUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(outcome.session.verificationUrl.port(), int(m_sandbox->port()));

    const auto request = m_sandbox->requests().value(0);
    QCOMPARE(request.path, QStringLiteral("/api/v1/partner/kyc"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("userId").toString(), userId);
    QCOMPARE(body.value("lastName").toString(), QStringLiteral("Pérez"));
    QCOMPARE(body.value("birthDate").toString(), QStringLiteral("1990-04-15"));
}

void TestPartnerApi::startKycTwiceIsConflict()
{
    const QString userId = registerUser(QStringLiteral("twice@example.com"));
    QVERIFY(waitFor(m_api->startKyc(kycFor(userId))).ok);
    const Outcome second = waitFor(m_api->startKyc(kycFor(userId)));
    QVERIFY(!second.ok);
    QCOMPARE(second.error.kind, ApiErrorKind::Conflict);
}

void TestPartnerApi::startKycUnknownUserIsNotFound()
{
    const Outcome outcome = waitFor(m_api->startKyc(kycFor(QStringLiteral("00000000-0000-4000-8000-000000000000"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::NotFound);
}

void TestPartnerApi::getUserFollowsStatus()
{
    const QString userId = registerUser(QStringLiteral("status@example.com"));
    const Outcome kyc = waitFor(m_api->startKyc(kycFor(userId)));
    QVERIFY(kyc.ok);
    Outcome fetched = waitFor(m_api->getUser(userId));
    QVERIFY(fetched.ok);
    QCOMPARE(fetched.user.id, userId);
    QCOMPARE(fetched.user.status, QStringLiteral("pending"));
    QCOMPARE(fetched.user.countryCode, QStringLiteral("CO"));
    QCOMPARE(fetched.user.phone, QStringLiteral("+573001234567"));

    QVERIFY(m_sandbox->completeVerification(kyc.session.inquiryId));
    fetched = waitFor(m_api->getUser(userId));
    QVERIFY(fetched.ok);
    QCOMPARE(fetched.user.status, QStringLiteral("active"));

    const auto last = m_sandbox->requests().last();
    QCOMPARE(last.method, QStringLiteral("GET"));
    QCOMPARE(last.path, QStringLiteral("/api/v1/partner/users/") + userId);
    QVERIFY(last.header("Content-Type").isEmpty());
    QCOMPARE(last.header("X-Api-Secret"), QByteArray(SandboxServer::DemoApiSecret));
}

void TestPartnerApi::getUserUnknownIsNotFound()
{
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::NotFound);
    QCOMPARE(m_sandbox->requests().size(), 1); // 404 is an answer, not a reason to retry
}

void TestPartnerApi::getUserPercentEncodesTheId()
{
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("../kyc?x=1")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::NotFound);
    const auto request = m_sandbox->requests().value(0);
    QCOMPARE(request.method, QStringLiteral("GET"));
    QVERIFY2(request.path.startsWith(QStringLiteral("/api/v1/partner/users/")), qPrintable(request.path));
}

void TestPartnerApi::errorBodyStyles_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<bool>("expectText");
    QTest::newRow("message") << QStringLiteral("message") << true;
    QTest::newRow("message-array") << QStringLiteral("message-array") << true;
    QTest::newRow("error-string") << QStringLiteral("error-string") << true;
    QTest::newRow("error-object") << QStringLiteral("error-object") << true;
    QTest::newRow("plain-text") << QStringLiteral("plain-text") << true;
    QTest::newRow("empty") << QStringLiteral("empty") << false;
    QTest::newRow("html") << QStringLiteral("html") << false;
}

void TestPartnerApi::errorBodyStyles()
{
    QFETCH(QString, style);
    QFETCH(bool, expectText);
    m_sandbox->setErrorBodyStyle(style);
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("00000000-0000-4000-8000-000000000000")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::NotFound);
    QCOMPARE(!outcome.error.message.isEmpty(), expectText);
    if (expectText)
        QVERIFY2(outcome.error.message.contains(QLatin1String("not found"), Qt::CaseInsensitive),
                 qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(QLatin1Char('<')));
}

void TestPartnerApi::malformedSuccessBodies()
{
    m_sandbox->setMalformedResponses(true);
    // The sandbox rotates through truncated JSON, a missing key field and a
    // key field of the wrong type.
    for (int i = 0; i < 3; ++i) {
        const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("m%1@example.com").arg(i))));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.kind, ApiErrorKind::MalformedResponse);
    }
}

void TestPartnerApi::getIsRetriedOn5xx()
{
    const QString userId = registerUser(QStringLiteral("retry@example.com"));
    m_sandbox->clearRequests();
    m_sandbox->failNextRequests(2, 503);
    const Outcome outcome = waitFor(m_api->getUser(userId));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.user.status, QStringLiteral("pending"));
    QCOMPARE(m_sandbox->requests().size(), 3);
}

void TestPartnerApi::getGivesUpAfterMaxAttempts()
{
    const QString userId = registerUser(QStringLiteral("giveup@example.com"));
    m_sandbox->clearRequests();
    m_sandbox->failNextRequests(5, 502);
    const Outcome outcome = waitFor(m_api->getUser(userId));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Server);
    QCOMPARE(outcome.error.httpStatus, 502);
    QCOMPARE(m_sandbox->requests().size(), 3);
}

void TestPartnerApi::postIsNeverRetried()
{
    m_sandbox->failNextRequests(1, 503);
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("once@example.com"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Server);
    QTest::qWait(100);
    QCOMPARE(m_sandbox->requests().size(), 1);
}

void TestPartnerApi::postTimeoutHasUnknownOutcome()
{
    m_sandbox->setResponseDelayMs(3000);
    m_api->setTimeouts(5000, 300);
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("slow@example.com"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Timeout);
    QVERIFY(outcome.error.outcomeUnknown);
}

void TestPartnerApi::refusedConnectionIsNetworkWithKnownOutcome()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("x@example.com"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Network);
    QVERIFY(!outcome.error.outcomeUnknown);
}

void TestPartnerApi::remoteHttpBaseUrlIsRefusedWithoutSending()
{
    m_api->setBaseUrl(QUrl(QStringLiteral("http://api.qash.ai")));
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("u")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::Network);
    QVERIFY(outcome.error.message.contains(QLatin1String("https")));
    QCOMPARE(m_api->pendingCount(), 0);
}

void TestPartnerApi::gatewayBaseUrlWithPathPrefix()
{
    RawHttpServer gateway(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52\r\n\r\n"
                                     R"({"success":true,"data":{"user":{"id":"u1","status":"active"}}})")
                              .left(0));
    const QByteArray json = R"({"success":true,"data":{"user":{"id":"u1","status":"active"}}})";
    gateway.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    m_api->setBaseUrl(QUrl(QString::fromLatin1(gateway.baseUrl() + "/qash/")));
    m_api->setCredentials({});
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("u1")));
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.user.status, QStringLiteral("active"));
    const QByteArray request = gateway.receivedRequests().value(0);
    QVERIFY2(request.startsWith("GET /qash/api/v1/partner/users/u1 HTTP/1.1"), request.constData());
    // A gateway adds the credentials itself: none are sent when none are set.
    QVERIFY(!request.toLower().contains("x-api-secret"));
}

void TestPartnerApi::oversizedBodyIsCapped()
{
    const QByteArray body(2 * 1024 * 1024, 'x');
    RawHttpServer server;
    // No Content-Length: the cap must hold while reading, not just from the header.
    server.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body);
    m_api->setBaseUrl(QUrl(QString::fromLatin1(server.baseUrl())));
    const Outcome outcome = waitFor(m_api->getUser(QStringLiteral("u1")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.kind, ApiErrorKind::ResponseTooLarge);

    RawHttpServer announced;
    announced.setResponse("HTTP/1.1 200 OK\r\nContent-Length: 67108864\r\n\r\n" + QByteArray(1024, 'x'));
    m_api->setBaseUrl(QUrl(QString::fromLatin1(announced.baseUrl())));
    const Outcome early = waitFor(m_api->getUser(QStringLiteral("u1")));
    QVERIFY(!early.ok);
    QCOMPARE(early.error.kind, ApiErrorKind::ResponseTooLarge);
}

void TestPartnerApi::crossOriginRedirectDoesNotCarryCredentials()
{
    RawHttpServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    RawHttpServer redirector("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.baseUrl()
                             + "/api/v1/partner/users\r\nContent-Length: 0\r\n\r\n");
    m_api->setBaseUrl(QUrl(QString::fromLatin1(redirector.baseUrl())));
    const Outcome outcome = waitFor(m_api->createUser(newUser(QStringLiteral("r@example.com"))));
    QVERIFY(!outcome.ok);
    QCOMPARE(redirector.receivedRequests().size(), 1);
    QVERIFY(redirector.receivedRequests().first().contains("X-Api-Secret"));
    QTest::qWait(100);
    QVERIFY(elsewhere.receivedRequests().isEmpty());
}

void TestPartnerApi::abortAllAnswersEveryCall()
{
    m_sandbox->setResponseDelayMs(2000);
    QSignalSpy failures(m_api.get(), &PartnerApi::requestFailed);
    m_api->createUser(newUser(QStringLiteral("a@example.com")));
    m_api->getUser(QStringLiteral("u"));
    QCOMPARE(m_api->pendingCount(), 2);
    m_api->abortAll();
    QTRY_COMPARE(failures.size(), 2);
    QCOMPARE(m_api->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestPartnerApi)
#include "tst_partnerapi.moc"
