#include "security/redaction.h"

#include <QTest>

using namespace qash;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void maskEmail_data();
    void maskEmail();
    void maskPhone_data();
    void maskPhone();
    void scrubRemovesPersonalDataAndSecrets_data();
    void scrubRemovesPersonalDataAndSecrets();
    void scrubKeepsIds();
};

void TestRedaction::maskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("masked");
    QTest::newRow("plain") << "juan@example.com" << "j***@e***.com";
    QTest::newRow("subdomain") << "maria.jose@mail.empresa.co" << "m***@m***.co";
    QTest::newRow("no tld") << "a@localhost" << "a***@l***";
    QTest::newRow("not an email") << "nonsense" << "***";
    QTest::newRow("empty") << "" << "";
}

void TestRedaction::maskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, masked);
    QCOMPARE(Redaction::maskEmail(email), masked);
}

void TestRedaction::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("CO") << "+573001234567" << "+57 *** *** 4567";
    QTest::newRow("MX") << "+5215512345678" << "+52 *** *** 5678";
    QTest::newRow("US") << "+12015550123" << "+1 *** *** 0123";
    QTest::newRow("ES") << "+34612345678" << "+34 *** *** 5678";
    QTest::newRow("GB") << "+442079460018" << "+44 *** *** 0018";
    QTest::newRow("XK, three-digit code") << "+38344123456" << "+383 *** *** 3456";
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("+٥٧٣٠٠١٢٣٤٥٦٧") << "+57 *** *** 4567";
    QTest::newRow("short") << "+123" << "***";
    QTest::newRow("empty") << "" << "";
}

void TestRedaction::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(Redaction::maskPhone(phone), masked);
}

void TestRedaction::scrubRemovesPersonalDataAndSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("email") << "sending juan.perez@example.com now" << "juan.perez@example.com";
    QTest::newRow("phone e164") << "phone +573001234567 given" << "3001234567";
    QTest::newRow("phone national") << "phone 300 123 4567 given" << "123 4567";
    QTest::newRow("secret token") << "secret qash_secret_live_abcdef123 leaked" << "abcdef123";
    QTest::newRow("key header") << "X-Api-Key: qash_key_live_zzz" << "zzz";
    QTest::newRow("secret header") << "X-Api-Secret=hunter2" << "hunter2";
    QTest::newRow("url path and query") << "GET https://inquiry.withpersona.com/verify?inquiry-id=inq_X1 done"
                                        << "inquiry-id";
    QTest::newRow("url user-info") << "http://user:pw@host.example/x" << "pw@";
}

void TestRedaction::scrubRemovesPersonalDataAndSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, mustNotContain);
    const QString scrubbed = Redaction::scrub(text);
    QVERIFY2(!scrubbed.contains(mustNotContain), qPrintable(scrubbed));
}

void TestRedaction::scrubKeepsIds()
{
    const QString text = QStringLiteral("user 550e8400-e29b-41d4-a716-446655440000 inquiry inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw request 12 -> 201 in 42 ms");
    QCOMPARE(Redaction::scrub(text), text);
    const QString digitsOnlyId = QStringLiteral("user registered \"11111111-2222-4333-8444-555555555555\"");
    QCOMPARE(Redaction::scrub(digitsOnlyId), digitsOnlyId);
    QCOMPARE(Redaction::scrub(QStringLiteral("https://api.qash.ai/api/v1/partner/users/abc")),
             QStringLiteral("https://api.qash.ai/[…]"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
