#include "api/responseparser.h"

#include <QTest>

using namespace qash;

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void userDocumentedShape();
    void userToleratesUnknownAndMissingOptionalFields();
    void userMalformed_data();
    void userMalformed();
    void kycDocumentedFlatShape();
    void kycToleratesDataWrapper();
    void kycMalformed_data();
    void kycMalformed();
    void successFalseOn2xxIsAnError();
    void errorKindFromStatus_data();
    void errorKindFromStatus();
    void errorMessageShapes_data();
    void errorMessageShapes();
    void fieldErrors_data();
    void fieldErrors();
    void errorMessageIsOneBoundedLine();
};

void TestResponseParser::userDocumentedShape()
{
    const QByteArray body = R"({"success":true,"data":{"user":{"id":"550e8400-e29b-41d4-a716-446655440000",
        "email":"user@example.com","status":"pending","createdAt":"2026-05-27T10:00:00.000Z"}},
        "message":"User created successfully"})";
    const auto result = ResponseParser::parseUser(201, body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().id, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QCOMPARE(result.value().email, QStringLiteral("user@example.com"));
    QCOMPARE(result.value().status, QStringLiteral("pending"));
    QCOMPARE(result.value().createdAt, QDateTime(QDate(2026, 5, 27), QTime(10, 0), Qt::UTC));
}

void TestResponseParser::userToleratesUnknownAndMissingOptionalFields()
{
    const QByteArray body = R"({"success":true,"data":{"user":{"id":"u-1","status":"ACTIVE",
        "countryCode":"CO","phone":null,"kyc":{"state":"x"},"futureField":[1,2,3]}},"extra":42})";
    const auto result = ResponseParser::parseUser(200, body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().id, QStringLiteral("u-1"));
    QCOMPARE(result.value().status, QStringLiteral("active"));
    QCOMPARE(result.value().countryCode, QStringLiteral("CO"));
    QVERIFY(result.value().phone.isEmpty());
    QVERIFY(result.value().email.isEmpty());
    QVERIFY(!result.value().createdAt.isValid());
}

void TestResponseParser::userMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("<html>OK</html>");
    QTest::newRow("json array") << QByteArray("[1,2]");
    QTest::newRow("no data") << QByteArray(R"({"success":true})");
    QTest::newRow("no id") << QByteArray(R"({"success":true,"data":{"user":{"status":"pending"}}})");
    QTest::newRow("no status") << QByteArray(R"({"success":true,"data":{"user":{"id":"u-1"}}})");
    QTest::newRow("status not string") << QByteArray(R"({"success":true,"data":{"user":{"id":"u-1","status":1}}})");
    QTest::newRow("id not string") << QByteArray(R"({"success":true,"data":{"user":{"id":12}}})");
    QTest::newRow("blank id") << QByteArray(R"({"success":true,"data":{"user":{"id":"  "}}})");
    QTest::newRow("truncated") << QByteArray(R"({"success":true,"data":{"user":{"id":"a")");
}

void TestResponseParser::userMalformed()
{
    QFETCH(QByteArray, body);
    const auto result = ResponseParser::parseUser(200, body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiErrorKind::MalformedResponse);
    QCOMPARE(result.error().httpStatus, 200);
}

void TestResponseParser::kycDocumentedFlatShape()
{
    const QByteArray body = R"({"success":true,
        "verificationUrl":"https://inquiry.withpersona.com/verify?inquiry-id=inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw",
        "inquiryId":"inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw"})";
    const auto result = ResponseParser::parseKycSession(200, body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().verificationUrl.host(), QStringLiteral("inquiry.withpersona.com"));
    QCOMPARE(result.value().verificationUrl.query(), QStringLiteral("inquiry-id=inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw"));
    QCOMPARE(result.value().inquiryId, QStringLiteral("inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw"));
}

void TestResponseParser::kycToleratesDataWrapper()
{
    const auto result = ResponseParser::parseKycSession(
        201, R"({"success":true,"data":{"verificationUrl":"https://withpersona.com/v","inquiryId":"inq_1"}})");
    QVERIFY(result.ok());
    QCOMPARE(result.value().verificationUrl, QUrl(QStringLiteral("https://withpersona.com/v")));
    QCOMPARE(result.value().inquiryId, QStringLiteral("inq_1"));
}

void TestResponseParser::kycMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no url") << QByteArray(R"({"success":true,"inquiryId":"inq_1"})");
    QTest::newRow("url not string") << QByteArray(R"({"success":true,"verificationUrl":{"href":"https://x"}})");
    QTest::newRow("relative url") << QByteArray(R"({"success":true,"verificationUrl":"/verify?x=1"})");
    QTest::newRow("invalid url") << QByteArray(R"({"success":true,"verificationUrl":"https://exa mple.com/%zz"})");
}

void TestResponseParser::kycMalformed()
{
    QFETCH(QByteArray, body);
    const auto result = ResponseParser::parseKycSession(200, body);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiErrorKind::MalformedResponse);
}

void TestResponseParser::successFalseOn2xxIsAnError()
{
    const auto result = ResponseParser::parseUser(200, R"({"success":false,"message":"Temporarily unavailable"})");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiErrorKind::Server);
    QCOMPARE(result.error().message, QStringLiteral("Temporarily unavailable"));
}

void TestResponseParser::errorKindFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::newRow("400") << 400 << ApiErrorKind::Validation;
    QTest::newRow("422") << 422 << ApiErrorKind::Validation;
    QTest::newRow("401") << 401 << ApiErrorKind::Unauthorized;
    QTest::newRow("403") << 403 << ApiErrorKind::Forbidden;
    QTest::newRow("404") << 404 << ApiErrorKind::NotFound;
    QTest::newRow("409") << 409 << ApiErrorKind::Conflict;
    QTest::newRow("429") << 429 << ApiErrorKind::RateLimited;
    QTest::newRow("500") << 500 << ApiErrorKind::Server;
    QTest::newRow("502") << 502 << ApiErrorKind::Server;
    QTest::newRow("418") << 418 << ApiErrorKind::Server;
    QTest::newRow("302") << 302 << ApiErrorKind::Server;
}

void TestResponseParser::errorKindFromStatus()
{
    QFETCH(int, status);
    QFETCH(ApiErrorKind, kind);
    const ApiError error = ResponseParser::parseError(status, R"({"message":"x"})");
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    // The users parser routes every non-2xx through the same error parser.
    const auto viaUser = ResponseParser::parseUser(status, R"({"message":"x"})");
    QVERIFY(!viaUser.ok());
    QCOMPARE(viaUser.error().kind, kind);
}

void TestResponseParser::errorMessageShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("message string") << QByteArray(R"({"success":false,"message":"Invalid partner credentials"})")
                                    << QStringLiteral("Invalid partner credentials");
    QTest::newRow("message array (NestJS)")
        << QByteArray(R"({"statusCode":400,"message":["email must be an email","countryCode must be 2 characters"],"error":"Bad Request"})")
        << QStringLiteral("email must be an email; countryCode must be 2 characters");
    QTest::newRow("error string") << QByteArray(R"({"error":"User not found"})") << QStringLiteral("User not found");
    QTest::newRow("error object") << QByteArray(R"({"success":false,"error":{"code":"KYC_IN_PROGRESS","message":"KYC already in progress"}})")
                                  << QStringLiteral("KYC already in progress");
    QTest::newRow("errors strings") << QByteArray(R"({"errors":["Too many requests"]})") << QStringLiteral("Too many requests");
    QTest::newRow("plain text") << QByteArray("Invalid partner credentials\n") << QStringLiteral("Invalid partner credentials");
    QTest::newRow("html gateway page") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("json without text") << QByteArray(R"({"success":false})") << QString();
    QTest::newRow("html inside json kept literal") << QByteArray(R"({"message":"<img src=x onerror=alert(1)>"})")
                                                   << QStringLiteral("<img src=x onerror=alert(1)>");
}

void TestResponseParser::errorMessageShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ResponseParser::parseError(400, body).message, message);
}

void TestResponseParser::fieldErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("errors array of objects")
        << QByteArray(R"({"message":"Validation failed","errors":[{"field":"email","message":"must be a valid email"}]})")
        << QStringLiteral("email") << QStringLiteral("must be a valid email");
    QTest::newRow("errors array with path")
        << QByteArray(R"j({"errors":[{"path":["countryCode"],"message":"String must contain exactly 2 character(s)"}]})j")
        << QStringLiteral("countryCode") << QStringLiteral("String must contain exactly 2 character(s)");
    QTest::newRow("errors object map")
        << QByteArray(R"({"errors":{"phone":["is not a valid phone number"]}})")
        << QStringLiteral("phone") << QStringLiteral("is not a valid phone number");
    QTest::newRow("sentence naming a field")
        << QByteArray(R"({"message":["birthDate must be a valid ISO 8601 date string"]})")
        << QStringLiteral("birthDate") << QStringLiteral("birthDate must be a valid ISO 8601 date string");
    QTest::newRow("nested error.details")
        << QByteArray(R"({"error":{"message":"Bad input","details":[{"field":"firstName","message":"is required"}]}})")
        << QStringLiteral("firstName") << QStringLiteral("is required");
}

void TestResponseParser::fieldErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, text);
    const ApiError error = ResponseParser::parseError(400, body);
    QCOMPARE(error.kind, ApiErrorKind::Validation);
    QCOMPARE(error.fieldErrors.value(field), text);
    QVERIFY2(!error.message.isEmpty(), "a field error must also give a message");
}

void TestResponseParser::errorMessageIsOneBoundedLine()
{
    const QByteArray longText = "line one\nline two\t" + QByteArray(5000, 'x');
    const ApiError error = ResponseParser::parseError(500, longText);
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    QVERIFY(error.message.startsWith(QStringLiteral("line one line two x")));
    QCOMPARE(error.message.size(), 500);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
