// Checks the sandbox against the documented Partner API contract, over real
// HTTP on 127.0.0.1, with a plain QNetworkAccessManager in the same thread
// (as the app and the other integration tests use it).

#include "sandboxserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using qash::sandbox::SandboxServer;

namespace {

enum class Creds { Valid, None, KeyOnly, SecretOnly, WrongKey, WrongSecret };

struct Result
{
    bool finished = false;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json;
    bool isJsonObject = false;
};

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonObject userOf(const Result &r)
{
    return r.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("user")).toObject();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject minimalUser(const QString &email)
{
    return {{QStringLiteral("userType"), QStringLiteral("personal")},
            {QStringLiteral("email"), email},
            {QStringLiteral("countryCode"), QStringLiteral("CO")}};
}

QJsonObject kycBody(const QString &userId)
{
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("firstName"), QStringLiteral("Juan")},
            {QStringLiteral("lastName"), QStringLiteral("Pérez")},
            {QStringLiteral("email"), QStringLiteral("usuario@empresa.com")}};
}

const QRegularExpression IsoUtcMs(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
const QRegularExpression InquiryId(QStringLiteral("^inq_[A-Za-z0-9]{28}$"));

} // namespace

Q_DECLARE_METATYPE(Creds)

class TstSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listensOnLoopback();
    void credentialsRequired_data();
    void credentialsRequired();
    void customCredentials();

    void createUser_data();
    void createUser();
    void createUserRejectsBadField_data();
    void createUserRejectsBadField();
    void createUserRejectsBadBody_data();
    void createUserRejectsBadBody();
    void createUserRejectsDuplicateEmail();

    void startKyc();
    void startKycRejectsBadField_data();
    void startKycRejectsBadField();
    void startKycUnknownUser();
    void startKycTwice();

    void getUser_data();
    void getUser();
    void getUnknownUser();
    void unknownApiPath();

    void verificationPage();
    void verificationPageEscapesUnknownInquiry();
    void completeViaHtmlForm();
    void completeVerificationFromCode();
    void activationDelay();
    void setUserStatus();

    void responseDelayDoesNotBlock();
    void responseDelayClientGone();
    void destroyedWithAnswerPending();
    void failNextRequests();
    void errorBodyStyles_data();
    void errorBodyStyles();
    void gatewayHtmlOnFailure();
    void malformedResponses();
    void verificationUrlOverride();
    void recordsRequests();

private:
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                        Creds creds = Creds::Valid,
                        const QByteArray &contentType = "application/json");
    static Result finish(QNetworkReply *reply, int timeoutMs = 10000);
    Result call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                Creds creds = Creds::Valid, const QByteArray &contentType = "application/json")
    {
        return finish(send(verb, path, body, creds, contentType));
    }
    Result createUser(const QJsonObject &body) { return call("POST", QStringLiteral("/api/v1/partner/users"), json(body)); }
    Result startKyc(const QJsonObject &body) { return call("POST", QStringLiteral("/api/v1/partner/kyc"), json(body)); }
    Result getUser(const QString &id) { return call("GET", QStringLiteral("/api/v1/partner/users/") + id); }
    // Registers a user and returns its id (empty on failure).
    QString registerUser(const QString &email);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TstSandboxServer::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen());
}

void TstSandboxServer::cleanup()
{
    m_server.reset(); // may already be gone
    m_nam.reset();
}

QNetworkReply *TstSandboxServer::send(const QByteArray &verb, const QString &path,
                                      const QByteArray &body, Creds creds,
                                      const QByteArray &contentType)
{
    QUrl url = m_server->baseUrl();
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    const QByteArray key = SandboxServer::DemoApiKey;
    const QByteArray secret = SandboxServer::DemoApiSecret;
    switch (creds) {
    case Creds::Valid:
        request.setRawHeader("X-Api-Key", key);
        request.setRawHeader("X-Api-Secret", secret);
        break;
    case Creds::None:
        break;
    case Creds::KeyOnly:
        request.setRawHeader("X-Api-Key", key);
        break;
    case Creds::SecretOnly:
        request.setRawHeader("X-Api-Secret", secret);
        break;
    case Creds::WrongKey:
        request.setRawHeader("X-Api-Key", "qash_key_test_wrong");
        request.setRawHeader("X-Api-Secret", secret);
        break;
    case Creds::WrongSecret:
        request.setRawHeader("X-Api-Key", key);
        request.setRawHeader("X-Api-Secret", "qash_secret_test_wrong");
        break;
    }
    if (verb == "POST")
        request.setRawHeader("Content-Type", contentType);
    return m_nam->sendCustomRequest(request, verb, body);
}

Result TstSandboxServer::finish(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> guard(reply);
    Result r;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(timeoutMs);
    }
    r.finished = reply->isFinished();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->rawHeader("Content-Type");
    r.body = reply->readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    r.isJsonObject = error.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    return r;
}

QString TstSandboxServer::registerUser(const QString &email)
{
    const Result r = createUser(minimalUser(email));
    return r.status == 201 ? userOf(r).value(QStringLiteral("id")).toString() : QString();
}

void TstSandboxServer::listensOnLoopback()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().toString(),
             QStringLiteral("http://127.0.0.1:") + QString::number(m_server->port()));
    // A second listen on the same object is refused rather than silently ignored.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^already listening on port \\d+$")));
    QVERIFY(!m_server->listen());
}

void TstSandboxServer::credentialsRequired_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Creds>("creds");
    QTest::addColumn<QString>("message");

    const QString missing = QStringLiteral("Missing partner credentials");
    const QString invalid = QStringLiteral("Invalid partner credentials");
    for (const QString &endpoint : {QStringLiteral("users"), QStringLiteral("kyc"), QStringLiteral("get")}) {
        const QByteArray e = endpoint.toLatin1();
        QTest::addRow("%s none", e.constData()) << endpoint << Creds::None << missing;
        QTest::addRow("%s key only", e.constData()) << endpoint << Creds::KeyOnly << missing;
        QTest::addRow("%s secret only", e.constData()) << endpoint << Creds::SecretOnly << missing;
        QTest::addRow("%s wrong key", e.constData()) << endpoint << Creds::WrongKey << invalid;
        QTest::addRow("%s wrong secret", e.constData()) << endpoint << Creds::WrongSecret << invalid;
    }
}

void TstSandboxServer::credentialsRequired()
{
    QFETCH(QString, endpoint);
    QFETCH(Creds, creds);
    QFETCH(QString, message);

    const QString userId = registerUser(QStringLiteral("cred@example.com"));
    QVERIFY(!userId.isEmpty());

    Result r;
    if (endpoint == QLatin1String("users"))
        r = call("POST", QStringLiteral("/api/v1/partner/users"), json(minimalUser(QStringLiteral("other@example.com"))), creds);
    else if (endpoint == QLatin1String("kyc"))
        r = call("POST", QStringLiteral("/api/v1/partner/kyc"), json(kycBody(userId)), creds);
    else
        r = call("GET", QStringLiteral("/api/v1/partner/users/") + userId, {}, creds);

    QVERIFY(r.finished);
    QCOMPARE(r.status, 401);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), message);
    // Rejected requests change nothing.
    QCOMPARE(m_server->userStatus(userId), QStringLiteral("pending"));
    QVERIFY(startKyc(kycBody(userId)).status == 200);
}

void TstSandboxServer::customCredentials()
{
    m_server->setCredentials("qash_key_live_abc", "qash_secret_live_xyz");
    // The demo pair no longer works...
    QCOMPARE(getUser(QUuid::createUuid().toString(QUuid::WithoutBraces)).status, 401);

    // ...the configured one does.
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/partner/users"));
    QNetworkRequest request(url);
    request.setRawHeader("x-api-key", "qash_key_live_abc"); // header names are case-insensitive
    request.setRawHeader("X-API-SECRET", "qash_secret_live_xyz");
    request.setRawHeader("Content-Type", "application/json");
    const Result r = finish(m_nam->post(request, json(minimalUser(QStringLiteral("live@example.com")))));
    QCOMPARE(r.status, 201);
}

void TstSandboxServer::createUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("minimal") << minimalUser(QStringLiteral("user@example.com"));
    QTest::newRow("full") << QJsonObject{{QStringLiteral("userType"), QStringLiteral("personal")},
                                         {QStringLiteral("email"), QStringLiteral("juan@example.com")},
                                         {QStringLiteral("phone"), QStringLiteral("+5215512345678")},
                                         {QStringLiteral("countryCode"), QStringLiteral("MX")},
                                         {QStringLiteral("preferredLanguage"), QStringLiteral("es")}};
    QTest::newRow("business") << QJsonObject{{QStringLiteral("userType"), QStringLiteral("business")},
                                             {QStringLiteral("email"), QStringLiteral("ops@empresa.co")},
                                             {QStringLiteral("countryCode"), QStringLiteral("CO")}};
    QTest::newRow("unknown fields ignored") << QJsonObject{{QStringLiteral("userType"), QStringLiteral("personal")},
                                                           {QStringLiteral("email"), QStringLiteral("x@example.org")},
                                                           {QStringLiteral("countryCode"), QStringLiteral("ES")},
                                                           {QStringLiteral("nickname"), QStringLiteral("x")}};
}

void TstSandboxServer::createUser()
{
    QFETCH(QJsonObject, body);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Result r = createUser(body);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 201);
    QVERIFY(r.contentType.startsWith("application/json"));
    QVERIFY(r.isJsonObject);

    QCOMPARE(sortedKeys(r.json), (QStringList{"data", "message", "success"}));
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(true));
    QCOMPARE(r.json.value(QStringLiteral("message")), QJsonValue(QStringLiteral("User created successfully")));
    QCOMPARE(sortedKeys(r.json.value(QStringLiteral("data")).toObject()), QStringList{"user"});

    const QJsonObject user = userOf(r);
    // The contract: no echo of userType, countryCode, phone or preferredLanguage.
    QCOMPARE(sortedKeys(user), (QStringList{"createdAt", "email", "id", "status"}));
    QVERIFY(user.value(QStringLiteral("id")).isString());
    const QUuid id(user.value(QStringLiteral("id")).toString());
    QVERIFY(!id.isNull());
    QCOMPARE(id.version(), QUuid::Random);
    QCOMPARE(id.variant(), QUuid::DCE);
    QCOMPARE(user.value(QStringLiteral("id")).toString(), id.toString(QUuid::WithoutBraces));
    QCOMPARE(user.value(QStringLiteral("email")), body.value(QStringLiteral("email")));
    QCOMPARE(user.value(QStringLiteral("status")), QJsonValue(QStringLiteral("pending")));

    const QString createdAt = user.value(QStringLiteral("createdAt")).toString();
    QVERIFY2(IsoUtcMs.match(createdAt).hasMatch(), qPrintable(createdAt));
    const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    QVERIFY(created.isValid());
    QCOMPARE(created.timeSpec(), Qt::UTC);
    QVERIFY(created >= before);
    QVERIFY(created <= QDateTime::currentDateTimeUtc().addSecs(1));
}

void TstSandboxServer::createUserRejectsBadField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: remove the field

    QTest::newRow("userType missing") << "userType" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("userType unknown") << "userType" << QJsonValue(QStringLiteral("company"));
    QTest::newRow("userType number") << "userType" << QJsonValue(1);
    QTest::newRow("email missing") << "email" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("email null") << "email" << QJsonValue(QJsonValue::Null);
    QTest::newRow("email empty") << "email" << QJsonValue(QString());
    QTest::newRow("email no at") << "email" << QJsonValue(QStringLiteral("not-an-email"));
    QTest::newRow("email no domain dot") << "email" << QJsonValue(QStringLiteral("a@localhost"));
    QTest::newRow("email space") << "email" << QJsonValue(QStringLiteral("a b@example.com"));
    QTest::newRow("email number") << "email" << QJsonValue(42);
    QTest::newRow("countryCode missing") << "countryCode" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("countryCode lower") << "countryCode" << QJsonValue(QStringLiteral("co"));
    QTest::newRow("countryCode alpha-3") << "countryCode" << QJsonValue(QStringLiteral("COL"));
    QTest::newRow("countryCode digits") << "countryCode" << QJsonValue(QStringLiteral("12"));
    QTest::newRow("phone no plus") << "phone" << QJsonValue(QStringLiteral("573001234567"));
    QTest::newRow("phone letters") << "phone" << QJsonValue(QStringLiteral("+57 300 ABC"));
    QTest::newRow("phone too long") << "phone" << QJsonValue(QStringLiteral("+1234567890123456"));
    QTest::newRow("phone number") << "phone" << QJsonValue(573001234567.0);
    QTest::newRow("language long") << "preferredLanguage" << QJsonValue(QStringLiteral("spanish"));
    QTest::newRow("language upper") << "preferredLanguage" << QJsonValue(QStringLiteral("ES"));
}

void TstSandboxServer::createUserRejectsBadField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    QJsonObject body = minimalUser(QStringLiteral("valid@example.com"));
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);

    const Result r = createUser(body);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 400);
    QVERIFY(r.isJsonObject);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().startsWith(field + QLatin1Char(' ')), r.body.constData());
    const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!errors.first().toObject().value(QStringLiteral("message")).toString().isEmpty());

    // Nothing was stored: the email is still free.
    QCOMPARE(createUser(minimalUser(QStringLiteral("valid@example.com"))).status, 201);
}

void TstSandboxServer::createUserRejectsBadBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message");

    const QByteArray good = json(minimalUser(QStringLiteral("a@example.com")));
    QTest::newRow("not json") << QByteArray("userType=personal") << QByteArray("application/json")
                              << "Request body is not valid JSON";
    QTest::newRow("truncated json") << good.left(10) << QByteArray("application/json")
                                    << "Request body is not valid JSON";
    QTest::newRow("json array") << QByteArray("[1,2]") << QByteArray("application/json")
                                << "Request body must be a JSON object";
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << "Request body is not valid JSON";
    QTest::newRow("text/plain") << good << QByteArray("text/plain") << "Content-Type must be application/json";
    QTest::newRow("form") << good << QByteArray("application/x-www-form-urlencoded")
                          << "Content-Type must be application/json";
}

void TstSandboxServer::createUserRejectsBadBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);

    const Result r = call("POST", QStringLiteral("/api/v1/partner/users"), body, Creds::Valid, contentType);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), message);
    // A charset parameter is fine.
    QCOMPARE(call("POST", QStringLiteral("/api/v1/partner/users"), json(minimalUser(QStringLiteral("a@example.com"))),
                  Creds::Valid, "Application/JSON; charset=utf-8").status,
             201);
}

void TstSandboxServer::createUserRejectsDuplicateEmail()
{
    QVERIFY(!registerUser(QStringLiteral("Maria@Example.com")).isEmpty());

    const Result r = createUser(minimalUser(QStringLiteral("maria@example.COM")));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("Email already registered"));
}

void TstSandboxServer::startKyc()
{
    const QString userId = registerUser(QStringLiteral("juan@example.com"));
    QVERIFY(!userId.isEmpty());

    QJsonObject body = kycBody(userId);
    body.insert(QStringLiteral("phone"), QStringLiteral("+573001234567"));
    body.insert(QStringLiteral("birthDate"), QStringLiteral("1990-04-15"));
    const Result r = startKyc(body);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QVERIFY(r.isJsonObject);
    // Flat, unlike the users endpoints.
    QCOMPARE(sortedKeys(r.json), (QStringList{"inquiryId", "success", "verificationUrl"}));
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(true));
    const QString inquiryId = r.json.value(QStringLiteral("inquiryId")).toString();
    QVERIFY2(InquiryId.match(inquiryId).hasMatch(), qPrintable(inquiryId));
    QCOMPARE(r.json.value(QStringLiteral("verificationUrl")).toString(),
             m_server->baseUrl().toString() + QStringLiteral("/verify?inquiry-id=") + inquiryId);
    QCOMPARE(m_server->userStatus(userId), QStringLiteral("pending"));

    // UTF-8 names arrive intact and come back out on the verification page.
    const Result page = call("GET", QStringLiteral("/verify?inquiry-id=") + inquiryId, {}, Creds::None);
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("Juan Pérez")));
}

void TstSandboxServer::startKycRejectsBadField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("userId missing") << "userId" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("userId number") << "userId" << QJsonValue(7);
    QTest::newRow("firstName missing") << "firstName" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("firstName blank") << "firstName" << QJsonValue(QStringLiteral("   "));
    QTest::newRow("lastName missing") << "lastName" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("lastName too long") << "lastName" << QJsonValue(QString(101, QLatin1Char('x')));
    QTest::newRow("email missing") << "email" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("email bad") << "email" << QJsonValue(QStringLiteral("usuario@"));
    QTest::newRow("phone bad") << "phone" << QJsonValue(QStringLiteral("3001234567"));
    QTest::newRow("birthDate format") << "birthDate" << QJsonValue(QStringLiteral("15/04/1990"));
    QTest::newRow("birthDate impossible") << "birthDate" << QJsonValue(QStringLiteral("1990-02-30"));
    QTest::newRow("birthDate with time") << "birthDate" << QJsonValue(QStringLiteral("1990-04-15T00:00:00Z"));
    QTest::newRow("birthDate future") << "birthDate"
                                      << QJsonValue(QDate::currentDate().addDays(2).toString(Qt::ISODate));
}

void TstSandboxServer::startKycRejectsBadField()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);

    const QString userId = registerUser(QStringLiteral("kyc@example.com"));
    QVERIFY(!userId.isEmpty());
    QJsonObject body = kycBody(userId);
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);

    const Result r = startKyc(body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(QStringLiteral("message")).toString().startsWith(field + QLatin1Char(' ')), r.body.constData());
    const QJsonArray errors = r.json.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);

    // No inquiry was started: a valid request still goes through.
    QCOMPARE(startKyc(kycBody(userId)).status, 200);
}

void TstSandboxServer::startKycUnknownUser()
{
    const Result r = startKyc(kycBody(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("User not found"));
}

void TstSandboxServer::startKycTwice()
{
    const QString userId = registerUser(QStringLiteral("twice@example.com"));
    QVERIFY(!userId.isEmpty());
    QCOMPARE(startKyc(kycBody(userId)).status, 200);

    const Result r = startKyc(kycBody(userId));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("KYC already in progress"));
}

void TstSandboxServer::getUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonValue>("phone");
    QTest::addColumn<QString>("language");

    QTest::newRow("minimal") << minimalUser(QStringLiteral("min@example.com"))
                             << QJsonValue(QJsonValue::Undefined) << "en";
    QJsonObject full = minimalUser(QStringLiteral("full@example.com"));
    full.insert(QStringLiteral("phone"), QStringLiteral(" +573001234567 "));
    full.insert(QStringLiteral("preferredLanguage"), QStringLiteral("es"));
    QTest::newRow("full, phone trimmed") << full << QJsonValue(QStringLiteral("+573001234567")) << "es";
}

void TstSandboxServer::getUser()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonValue, phone);
    QFETCH(QString, language);

    const Result created = createUser(body);
    QCOMPARE(created.status, 201);
    const QJsonObject createdUser = userOf(created);
    const QString id = createdUser.value(QStringLiteral("id")).toString();

    const Result r = getUser(id);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("application/json"));
    QCOMPARE(sortedKeys(r.json), (QStringList{"data", "success"}));
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(true));
    const QJsonObject user = userOf(r);
    QStringList expectedKeys{"countryCode", "createdAt", "email", "id", "preferredLanguage", "status"};
    if (!phone.isUndefined())
        expectedKeys.append(QStringLiteral("phone"));
    expectedKeys.sort();
    QCOMPARE(sortedKeys(user), expectedKeys);
    QCOMPARE(user.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(user.value(QStringLiteral("email")), body.value(QStringLiteral("email")));
    QCOMPARE(user.value(QStringLiteral("status")), QJsonValue(QStringLiteral("pending")));
    QCOMPARE(user.value(QStringLiteral("countryCode")), QJsonValue(QStringLiteral("CO")));
    QCOMPARE(user.value(QStringLiteral("phone")), phone);
    QCOMPARE(user.value(QStringLiteral("preferredLanguage")).toString(), language);
    QCOMPARE(user.value(QStringLiteral("createdAt")), createdUser.value(QStringLiteral("createdAt")));
}

void TstSandboxServer::getUnknownUser()
{
    const Result r = getUser(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
    QCOMPARE(r.json.value(QStringLiteral("message")).toString(), QStringLiteral("User not found"));
}

void TstSandboxServer::unknownApiPath()
{
    // Undocumented routes (list users, token exchange) are not faked.
    for (const auto &[verb, path] : {std::pair<QByteArray, QString>{"GET", QStringLiteral("/api/v1/partner/users")},
                                     {"POST", QStringLiteral("/api/v1/partner/auth/token")},
                                     {"GET", QStringLiteral("/api/v1/partner/users/a/b")},
                                     {"DELETE", QStringLiteral("/api/v1/partner/users/abc")}}) {
        const Result r = call(verb, path, {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
        QCOMPARE(r.json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Cannot ") + QString::fromLatin1(verb) + QLatin1Char(' ') + path);
    }
}

void TstSandboxServer::verificationPage()
{
    const QString userId = registerUser(QStringLiteral("page@example.com"));
    const Result kyc = startKyc(kycBody(userId));
    QCOMPARE(kyc.status, 200);
    const QString inquiryId = kyc.json.value(QStringLiteral("inquiryId")).toString();

    // Fetch exactly the URL the API handed out, with no credentials, like a browser.
    const QUrl url(kyc.json.value(QStringLiteral("verificationUrl")).toString());
    const Result page = finish(m_nam->get(QNetworkRequest(url)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("<title>Qash sandbox — identity verification</title>")));
    QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/verify/complete\">")));
    QVERIFY(html.contains(QStringLiteral("name=\"inquiry-id\" value=\"") + inquiryId + QLatin1Char('"')));
    QVERIFY(html.contains(QStringLiteral("Complete verification")));
    QVERIFY(html.contains(QStringLiteral("Demo only")));
    QVERIFY(!html.contains(QStringLiteral("Verification complete")));
}

void TstSandboxServer::verificationPageEscapesUnknownInquiry()
{
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/verify"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("inquiry-id"), QStringLiteral("<script>alert(1)</script>"));
    url.setQuery(query);
    const Result page = finish(m_nam->get(QNetworkRequest(url)));
    QCOMPARE(page.status, 404);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));

    QCOMPARE(call("GET", QStringLiteral("/verify"), {}, Creds::None).status, 400);
}

void TstSandboxServer::completeViaHtmlForm()
{
    const QString userId = registerUser(QStringLiteral("form@example.com"));
    const Result kyc = startKyc(kycBody(userId));
    const QString inquiryId = kyc.json.value(QStringLiteral("inquiryId")).toString();
    QVERIFY(!inquiryId.isEmpty());

    QSignalSpy completed(m_server.get(), &SandboxServer::verificationCompleted);
    // What the browser sends when the button is pressed.
    const Result done = call("POST", QStringLiteral("/verify/complete"),
                             "inquiry-id=" + QUrl::toPercentEncoding(inquiryId), Creds::None,
                             "application/x-www-form-urlencoded");
    QCOMPARE(done.status, 200);
    QVERIFY(QString::fromUtf8(done.body).contains(
        QStringLiteral("Verification complete — you can return to the desk")));
    QVERIFY(!QString::fromUtf8(done.body).contains(QStringLiteral("<form")));

    QTRY_COMPARE(completed.count(), 1);
    QCOMPARE(completed.first().first().toString(), userId);
    QCOMPARE(userOf(getUser(userId)).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // The link now shows the finished state; the user is still active after a second press.
    const Result again = call("GET", QStringLiteral("/verify?inquiry-id=") + inquiryId, {}, Creds::None);
    QVERIFY(QString::fromUtf8(again.body).contains(QStringLiteral("Verification complete")));
    QCOMPARE(call("POST", QStringLiteral("/verify/complete"), "inquiry-id=" + inquiryId.toLatin1(),
                  Creds::None, "application/x-www-form-urlencoded").status,
             200);
    QCOMPARE(completed.count(), 1);

    // An unknown inquiry is refused.
    QCOMPARE(call("POST", QStringLiteral("/verify/complete"), "inquiry-id=inq_nope", Creds::None,
                  "application/x-www-form-urlencoded").status,
             404);
}

void TstSandboxServer::completeVerificationFromCode()
{
    QVERIFY(!m_server->completeVerification(QStringLiteral("inq_unknown")));

    const QString userId = registerUser(QStringLiteral("code@example.com"));
    const QString inquiryId = startKyc(kycBody(userId)).json.value(QStringLiteral("inquiryId")).toString();
    QSignalSpy completed(m_server.get(), &SandboxServer::verificationCompleted);
    QVERIFY(m_server->completeVerification(inquiryId));
    QTRY_COMPARE(completed.count(), 1);
    QCOMPARE(completed.first().first().toString(), userId);
    QCOMPARE(userOf(getUser(userId)).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TstSandboxServer::activationDelay()
{
    m_server->setActivationDelayMs(300);
    const QString userId = registerUser(QStringLiteral("slow@example.com"));
    const QString inquiryId = startKyc(kycBody(userId)).json.value(QStringLiteral("inquiryId")).toString();

    QSignalSpy completed(m_server.get(), &SandboxServer::verificationCompleted);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_server->completeVerification(inquiryId));
    // Still pending right after completion, as a real provider takes a moment.
    QCOMPARE(userOf(getUser(userId)).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QVERIFY(completed.wait(5000));
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(userOf(getUser(userId)).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

void TstSandboxServer::setUserStatus()
{
    QVERIFY(!m_server->setUserStatus(QStringLiteral("nobody"), QStringLiteral("active")));
    const QString userId = registerUser(QStringLiteral("status@example.com"));
    for (const QString &status : {QStringLiteral("suspended"), QStringLiteral("banned"), QStringLiteral("frozen")}) {
        QVERIFY(m_server->setUserStatus(userId, status));
        QCOMPARE(userOf(getUser(userId)).value(QStringLiteral("status")).toString(), status);
    }

    // Completing verification does not lift a suspension.
    QVERIFY(m_server->setUserStatus(userId, QStringLiteral("suspended")));
    const QString inquiryId = startKyc(kycBody(userId)).json.value(QStringLiteral("inquiryId")).toString();
    QSignalSpy completed(m_server.get(), &SandboxServer::verificationCompleted);
    QVERIFY(m_server->completeVerification(inquiryId));
    QTRY_COMPARE(completed.count(), 1);
    QCOMPARE(m_server->userStatus(userId), QStringLiteral("suspended"));
}

void TstSandboxServer::responseDelayDoesNotBlock()
{
    const QString userId = registerUser(QStringLiteral("delay@example.com"));
    QVERIFY(!userId.isEmpty());

    m_server->setResponseDelayMs(800);
    QElapsedTimer elapsed;
    elapsed.start();
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QNetworkReply *slow = send("GET", QStringLiteral("/api/v1/partner/users/") + userId);
    // The delay applies to what the server has received; wait for that first.
    QVERIFY(received.wait(5000));

    // The event loop keeps turning while the answer is held back...
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);

    // ...and other requests are served meanwhile, on the same thread.
    m_server->setResponseDelayMs(0);
    const Result fast = createUser(minimalUser(QStringLiteral("fast@example.com")));
    QCOMPARE(fast.status, 201);
    const Result page = call("GET", QStringLiteral("/verify?inquiry-id=inq_x"), {}, Creds::None);
    QCOMPARE(page.status, 404);
    QVERIFY(!slow->isFinished());
    QVERIFY(elapsed.elapsed() < 800);

    const Result r = finish(slow);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QCOMPARE(userOf(r).value(QStringLiteral("id")).toString(), userId);
    QVERIFY(elapsed.elapsed() >= 750);
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
}

void TstSandboxServer::responseDelayClientGone()
{
    m_server->setResponseDelayMs(150);
    QNetworkReply *abandoned = send("POST", QStringLiteral("/api/v1/partner/users"),
                                    json(minimalUser(QStringLiteral("gone@example.com"))));
    QTRY_COMPARE(m_server->requests().size(), 1);
    abandoned->abort();
    delete abandoned;

    // The held-back answer finds its client gone; the server carries on.
    const Result next = createUser(minimalUser(QStringLiteral("next@example.com")));
    QCOMPARE(next.status, 201);
    // The abandoned request was processed all the same (a timed-out POST may have succeeded).
    QCOMPARE(createUser(minimalUser(QStringLiteral("gone@example.com"))).status, 409);
}

void TstSandboxServer::destroyedWithAnswerPending()
{
    m_server->setResponseDelayMs(5000);
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    QNetworkReply *reply = send("GET", QStringLiteral("/api/v1/partner/users/x"));
    QVERIFY(received.wait(5000));

    // Tearing the sandbox down (the demo window closing) drops the held answer
    // and closes the connection instead of leaving the client hanging.
    m_server.reset();
    const Result r = finish(reply, 4000);
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
}

void TstSandboxServer::failNextRequests()
{
    m_server->failNextRequests(2, 503);
    const QJsonObject body = minimalUser(QStringLiteral("retry@example.com"));
    for (int i = 0; i < 2; ++i) {
        const Result r = createUser(body);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json.value(QStringLiteral("success")), QJsonValue(false));
        QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    }
    // The failures did not reach the API: the email is still free.
    QCOMPARE(createUser(body).status, 201);

    // Failures come before the credentials check, like a gateway in front.
    m_server->failNextRequests(1, 429);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/partner/users/x"), {}, Creds::None).status, 429);
    QCOMPARE(call("GET", QStringLiteral("/api/v1/partner/users/x"), {}, Creds::None).status, 401);

    // The verification page is not an API request and never fails.
    m_server->failNextRequests(1, 500);
    QCOMPARE(call("GET", QStringLiteral("/verify?inquiry-id=inq_x"), {}, Creds::None).status, 404);
    QCOMPARE(getUser(QStringLiteral("x")).status, 500);
}

void TstSandboxServer::errorBodyStyles_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("expectedBody"); // exact; empty: checked below

    QTest::newRow("message")
        << "message" << QByteArray("application/json")
        << QByteArray(R"({"errors":[{"field":"email","message":"must be a valid email"}],"message":"email must be a valid email","success":false})");
    QTest::newRow("message-array")
        << "message-array" << QByteArray("application/json")
        << QByteArray(R"({"error":"Bad Request","message":["email must be a valid email"],"statusCode":400})");
    QTest::newRow("error-string") << "error-string" << QByteArray("application/json")
                                  << QByteArray(R"({"error":"email must be a valid email"})");
    QTest::newRow("error-object") << "error-object" << QByteArray("application/json")
                                  << QByteArray(R"({"error":{"message":"email must be a valid email"}})");
    QTest::newRow("plain-text") << "plain-text" << QByteArray("text/plain")
                                << QByteArray("email must be a valid email");
    QTest::newRow("empty") << "empty" << QByteArray() << QByteArray();
    QTest::newRow("html") << "html" << QByteArray("text/html") << QByteArray();
}

void TstSandboxServer::errorBodyStyles()
{
    QFETCH(QString, style);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, expectedBody);

    m_server->setErrorBodyStyle(style);
    QJsonObject body = minimalUser(QStringLiteral("bad"));
    const Result r = createUser(body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.contentType.split(';').first(), contentType);
    if (style == QLatin1String("empty")) {
        QVERIFY(r.body.isEmpty());
    } else if (style == QLatin1String("html")) {
        QVERIFY(r.body.startsWith("<html>"));
        QVERIFY(r.body.contains("<title>400 Bad Request</title>"));
    } else {
        QCOMPARE(r.body, expectedBody);
    }

    // Every error goes through the style, not just 400s.
    const Result unauthorized = call("GET", QStringLiteral("/api/v1/partner/users/x"), {}, Creds::WrongKey);
    QCOMPARE(unauthorized.status, 401);
    if (style == QLatin1String("error-string"))
        QCOMPARE(unauthorized.json.value(QStringLiteral("error")).toString(), QStringLiteral("Invalid partner credentials"));
    else if (style == QLatin1String("message-array"))
        QCOMPARE(unauthorized.json.value(QStringLiteral("message")).toArray(), QJsonArray{QStringLiteral("Invalid partner credentials")});
    else if (style == QLatin1String("plain-text"))
        QCOMPARE(unauthorized.body, QByteArray("Invalid partner credentials"));
    else if (style == QLatin1String("empty"))
        QVERIFY(unauthorized.body.isEmpty());
}

void TstSandboxServer::gatewayHtmlOnFailure()
{
    m_server->setErrorBodyStyle(QStringLiteral("html"));
    m_server->failNextRequests(1, 502);
    const Result r = getUser(QStringLiteral("x"));
    QCOMPARE(r.status, 502);
    QVERIFY(r.contentType.startsWith("text/html"));
    QVERIFY(r.body.contains("<h1>502 Bad Gateway</h1>"));
    QVERIFY(!r.isJsonObject);
}

void TstSandboxServer::malformedResponses()
{
    // Users for the KYC and GET rounds, made while the server behaves.
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(registerUser(QStringLiteral("m%1@example.com").arg(i)));
    QVERIFY(!ids.contains(QString()));

    m_server->setMalformedResponses(true);
    // Kind 0: truncated JSON; kind 1: key field missing; kind 2: key field a number.
    for (int kind = 0; kind < 3; ++kind) {
        const Result r = createUser(minimalUser(QStringLiteral("new%1@example.com").arg(kind)));
        QCOMPARE(r.status, 201);
        if (kind == 0) {
            QVERIFY(!r.isJsonObject);
            QVERIFY(!r.body.isEmpty());
        } else {
            QVERIFY(r.isJsonObject);
            const QJsonValue id = userOf(r).value(QStringLiteral("id"));
            QVERIFY(kind == 1 ? id.isUndefined() : id.isDouble());
            QCOMPARE(userOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        }
    }
    for (int kind = 0; kind < 3; ++kind) {
        const Result r = startKyc(kycBody(ids.at(kind)));
        QCOMPARE(r.status, 200);
        if (kind == 0) {
            QVERIFY(!r.isJsonObject);
        } else {
            const QJsonValue url = r.json.value(QStringLiteral("verificationUrl"));
            QVERIFY(kind == 1 ? url.isUndefined() : url.isDouble());
            QVERIFY(InquiryId.match(r.json.value(QStringLiteral("inquiryId")).toString()).hasMatch());
        }
    }
    for (int kind = 0; kind < 3; ++kind) {
        const Result r = getUser(ids.at(3 + kind));
        QCOMPARE(r.status, 200);
        if (kind == 0) {
            QVERIFY(!r.isJsonObject);
        } else {
            const QJsonValue status = userOf(r).value(QStringLiteral("status"));
            QVERIFY(kind == 1 ? status.isUndefined() : status.isDouble());
            QCOMPARE(userOf(r).value(QStringLiteral("id")).toString(), ids.at(3 + kind));
        }
    }
    // Only 2xx answers are mangled; errors keep their shape.
    const Result notFound = getUser(QStringLiteral("x"));
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.json.value(QStringLiteral("message")).toString(), QStringLiteral("User not found"));

    // The server did the work behind the broken answers.
    m_server->setMalformedResponses(false);
    QCOMPARE(createUser(minimalUser(QStringLiteral("new0@example.com"))).status, 409);
    QCOMPARE(startKyc(kycBody(ids.at(0))).status, 409);
    QCOMPARE(getUser(ids.at(3)).json.value(QStringLiteral("success")), QJsonValue(true));
}

void TstSandboxServer::verificationUrlOverride()
{
    const QString hostile = QStringLiteral("http://evil.example:8080/verify?inquiry-id=inq_x");
    m_server->setVerificationUrlOverride(hostile);
    const QString userId = registerUser(QStringLiteral("override@example.com"));
    const Result r = startKyc(kycBody(userId));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("verificationUrl")).toString(), hostile);
    // The inquiry is real all the same.
    const QString inquiryId = r.json.value(QStringLiteral("inquiryId")).toString();
    QVERIFY(InquiryId.match(inquiryId).hasMatch());
    QVERIFY(m_server->completeVerification(inquiryId));
    QTRY_COMPARE(m_server->userStatus(userId), QStringLiteral("active"));
}

void TstSandboxServer::recordsRequests()
{
    QSignalSpy received(m_server.get(), &SandboxServer::requestReceived);
    const QJsonObject body = minimalUser(QStringLiteral("rec@example.com"));
    QCOMPARE(createUser(body).status, 201);
    QCOMPARE(call("GET", QStringLiteral("/verify?inquiry-id=inq_x"), {}, Creds::None).status, 404);

    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QStringLiteral("POST"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/v1/partner/users"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(0).body).object(), body);
    QCOMPARE(requests.at(0).header("x-api-key"), QByteArray(SandboxServer::DemoApiKey));
    QCOMPARE(requests.at(0).header("X-API-SECRET"), QByteArray(SandboxServer::DemoApiSecret));
    QCOMPARE(requests.at(0).header("content-type"), QByteArray("application/json"));
    QVERIFY(requests.at(0).header("X-Missing").isEmpty());
    QCOMPARE(requests.at(1).method, QStringLiteral("GET"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/verify"));

    QCOMPARE(received.count(), 2);
    QCOMPARE(received.at(0), (QVariantList{QStringLiteral("POST"), QStringLiteral("/api/v1/partner/users")}));

    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TstSandboxServer)
#include "tst_sandboxserver.moc"
