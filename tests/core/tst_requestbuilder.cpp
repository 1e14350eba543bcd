#include "api/requestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace qash;

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void createUserFull();
    void createUserLeavesOutEmptyOptionals();
    void startKycFull();
    void startKycLeavesOutEmptyOptionals();
    void bodiesAreCompactUtf8();
};

static QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << body;
    return document.object();
}

void TestRequestBuilder::createUserFull()
{
    NewUserRequest request;
    request.email = QStringLiteral("juan@example.com");
    request.countryCode = QStringLiteral("MX");
    request.phone = QStringLiteral("+5215512345678");
    request.preferredLanguage = QStringLiteral("es");
    const QJsonObject body = parse(RequestBuilder::createUserBody(request));
    QCOMPARE(body.keys(), (QStringList{"countryCode", "email", "phone", "preferredLanguage", "userType"}));
    QCOMPARE(body.value("userType").toString(), QStringLiteral("personal"));
    QCOMPARE(body.value("email").toString(), QStringLiteral("juan@example.com"));
    QCOMPARE(body.value("countryCode").toString(), QStringLiteral("MX"));
    QCOMPARE(body.value("phone").toString(), QStringLiteral("+5215512345678"));
    QCOMPARE(body.value("preferredLanguage").toString(), QStringLiteral("es"));
}

void TestRequestBuilder::createUserLeavesOutEmptyOptionals()
{
    NewUserRequest request;
    request.email = QStringLiteral("user@example.com");
    request.countryCode = QStringLiteral("CO");
    const QJsonObject body = parse(RequestBuilder::createUserBody(request));
    QCOMPARE(body.keys(), (QStringList{"countryCode", "email", "userType"}));
}

void TestRequestBuilder::startKycFull()
{
    KycRequest request;
    request.userId = QStringLiteral("03384ada-a9c5-4c2e-a1bd-a13629ba060c");
    request.firstName = QStringLiteral("Juan");
    request.lastName = QStringLiteral("Pérez");
    request.email = QStringLiteral("usuario@empresa.com");
    request.phone = QStringLiteral("+573001234567");
    request.birthDate = QDate(1990, 4, 15);
    const QJsonObject body = parse(RequestBuilder::startKycBody(request));
    QCOMPARE(body.keys(), (QStringList{"birthDate", "email", "firstName", "lastName", "phone", "userId"}));
    QCOMPARE(body.value("birthDate").toString(), QStringLiteral("1990-04-15"));
    QCOMPARE(body.value("lastName").toString(), QStringLiteral("Pérez"));
    QCOMPARE(body.value("userId").toString(), QStringLiteral("03384ada-a9c5-4c2e-a1bd-a13629ba060c"));
}

void TestRequestBuilder::startKycLeavesOutEmptyOptionals()
{
    KycRequest request;
    request.userId = QStringLiteral("u");
    request.firstName = QStringLiteral("A");
    request.lastName = QStringLiteral("B");
    request.email = QStringLiteral("a@b.co");
    const QJsonObject body = parse(RequestBuilder::startKycBody(request));
    QCOMPARE(body.keys(), (QStringList{"email", "firstName", "lastName", "userId"}));
}

void TestRequestBuilder::bodiesAreCompactUtf8()
{
    KycRequest request;
    request.userId = QStringLiteral("u");
    request.firstName = QStringLiteral("Nguyễn");
    request.lastName = QStringLiteral("O'Brien");
    request.email = QStringLiteral("a@b.co");
    const QByteArray body = RequestBuilder::startKycBody(request);
    QVERIFY(!body.contains('\n'));
    QVERIFY(body.contains(QStringLiteral("Nguyễn").toUtf8()));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
