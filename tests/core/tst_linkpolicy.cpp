#include "security/linkpolicy.h"

#include <QTest>

using namespace qash;

class TestLinkPolicy : public QObject
{
    Q_OBJECT

private slots:
    void verificationLinks_data();
    void verificationLinks();
    void loopbackOnlyInDemo_data();
    void loopbackOnlyInDemo();
    void adminAddedDomains();
    void apiBaseUrls_data();
    void apiBaseUrls();
};

using Verdict = LinkPolicy::Verdict;

void TestLinkPolicy::verificationLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("persona inquiry") << "https://inquiry.withpersona.com/verify?inquiry-id=inq_1" << Verdict::Allowed;
    QTest::newRow("bare domain") << "https://withpersona.com/x" << Verdict::Allowed;
    QTest::newRow("upper-case host") << "https://INQUIRY.WithPersona.COM/verify" << Verdict::Allowed;
    QTest::newRow("explicit 443") << "https://withpersona.com:443/x" << Verdict::Allowed;
    QTest::newRow("http") << "http://inquiry.withpersona.com/verify" << Verdict::NotHttps;
    QTest::newRow("javascript") << "javascript:alert(1)" << Verdict::Invalid;
    QTest::newRow("file") << "file:///etc/passwd" << Verdict::Invalid;
    QTest::newRow("smb") << "smb://withpersona.com/share" << Verdict::NotHttps;
    QTest::newRow("other port") << "https://inquiry.withpersona.com:8443/verify" << Verdict::NonStandardPort;
    QTest::newRow("user-info") << "https://user:pw@inquiry.withpersona.com/verify" << Verdict::HasUserInfo;
    QTest::newRow("user-info trick") << "https://withpersona.com@evil.example/verify" << Verdict::HasUserInfo;
    QTest::newRow("suffix look-alike") << "https://withpersona.com.evil.example/verify" << Verdict::HostNotAllowed;
    QTest::newRow("prefix look-alike") << "https://evilwithpersona.com/verify" << Verdict::HostNotAllowed;
    QTest::newRow("IDN look-alike (Cyrillic e)") << "https://withp\u0435rsona.com/verify" << Verdict::HostNotAllowed;
    QTest::newRow("IDN subdomain of allowed") << "https://ñ.withpersona.com/verify" << Verdict::Allowed;
    QTest::newRow("loopback outside demo") << "http://127.0.0.1:8080/verify" << Verdict::NotHttps;
    QTest::newRow("https loopback outside demo") << "https://localhost/verify" << Verdict::HostNotAllowed;
    QTest::newRow("relative") << "/verify?inquiry-id=1" << Verdict::Invalid;
    QTest::newRow("empty") << "" << Verdict::Invalid;
}

void TestLinkPolicy::verificationLinks()
{
    QFETCH(QString, url);
    QFETCH(Verdict, verdict);
    const LinkPolicy policy;
    QCOMPARE(policy.check(QUrl(url, QUrl::StrictMode)), verdict);
}

void TestLinkPolicy::loopbackOnlyInDemo_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:41234/verify?inquiry-id=inq_1" << Verdict::Allowed;
    QTest::newRow("http localhost") << "http://localhost:41234/verify" << Verdict::Allowed;
    QTest::newRow("http [::1]") << "http://[::1]:41234/verify" << Verdict::Allowed;
    QTest::newRow("http 127.8.9.10") << "http://127.8.9.10/verify" << Verdict::Allowed;
    QTest::newRow("private address is not loopback") << "http://192.168.1.10/verify" << Verdict::NotHttps;
    QTest::newRow("ftp loopback") << "ftp://127.0.0.1/verify" << Verdict::NotHttps;
    QTest::newRow("persona still fine") << "https://withpersona.com/x" << Verdict::Allowed;
}

void TestLinkPolicy::loopbackOnlyInDemo()
{
    QFETCH(QString, url);
    QFETCH(Verdict, verdict);
    const LinkPolicy demoPolicy(LinkPolicy::defaultDomains(), true);
    QCOMPARE(demoPolicy.check(QUrl(url)), verdict);
}

void TestLinkPolicy::adminAddedDomains()
{
    const LinkPolicy policy({QStringLiteral("withpersona.com"), QStringLiteral(" .Verify.Partner.Example ")});
    QVERIFY(policy.allows(QUrl(QStringLiteral("https://kyc.verify.partner.example/x"))));
    QVERIFY(policy.allows(QUrl(QStringLiteral("https://verify.partner.example/x"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("https://partner.example/x"))));
    QCOMPARE(policy.allowedDomains(), (QStringList{"withpersona.com", "verify.partner.example"}));
}

void TestLinkPolicy::apiBaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("production") << "https://api.qash.ai" << true;
    QTest::newRow("sandbox") << "https://sandbox.api.qash.ai" << true;
    QTest::newRow("gateway with path") << "https://gw.partner.example/qash/" << true;
    QTest::newRow("loopback http") << "http://127.0.0.1:8080" << true;
    QTest::newRow("localhost http") << "http://localhost:8080" << true;
    QTest::newRow("remote http") << "http://api.qash.ai" << false;
    QTest::newRow("user-info") << "https://me:pw@api.qash.ai" << false;
    QTest::newRow("query") << "https://api.qash.ai/?x=1" << false;
    QTest::newRow("no scheme") << "api.qash.ai" << false;
    QTest::newRow("ftp") << "ftp://api.qash.ai" << false;
    QTest::newRow("empty") << "" << false;
}

void TestLinkPolicy::apiBaseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    const QString reason = checkApiBaseUrl(QUrl(url, QUrl::StrictMode));
    QCOMPARE(reason.isEmpty(), acceptable);
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
