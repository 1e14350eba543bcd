#include "storage/appsettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void userValuesPersist();
    void lockedSettingWinsOverTheUsers();
    void policyFileAsAdminsWriteIt();
    void domainListAsOneString();
    void customUrlEnvironment();

private:
    QTemporaryDir m_dir;
};

void TestAppSettings::defaults()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    QCOMPARE(settings.environment(), AppSettings::Environment::Production);
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://api.qash.ai")));
    QVERIFY(settings.autoOpenLink());
    QCOMPARE(settings.retentionDays(), 30);
    QCOMPARE(settings.defaultRegion().size(), 2);
    QVERIFY(settings.extraLinkDomains().isEmpty());
    QVERIFY(settings.uiLanguage().isEmpty());
    QVERIFY(settings.lockedKeys().isEmpty());
}

void TestAppSettings::userValuesPersist()
{
    const QString ini = m_dir.filePath(QStringLiteral("user.ini"));
    {
        AppSettings settings(ini);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setEnvironment(AppSettings::Environment::Sandbox);
        settings.setAutoOpenLink(false);
        settings.setDefaultRegion(QStringLiteral("mx"));
        settings.setRetentionDays(7);
        QCOMPARE(changed.size(), 4);
        settings.setRetentionDays(7);
        QCOMPARE(changed.size(), 4); // no change, no signal
    }
    AppSettings reopened(ini);
    QCOMPARE(reopened.baseUrl(), QUrl(QStringLiteral("https://sandbox.api.qash.ai")));
    QVERIFY(!reopened.autoOpenLink());
    QCOMPARE(reopened.defaultRegion(), QStringLiteral("MX"));
    QCOMPARE(reopened.retentionDays(), 7);
}

void TestAppSettings::lockedSettingWinsOverTheUsers()
{
    const QString ini = m_dir.filePath(QStringLiteral("locked-user.ini"));
    const QString policy = m_dir.filePath(QStringLiteral("policy.ini"));
    {
        AppSettings user(ini);
        user.setAutoOpenLink(true);
        user.setDefaultRegion(QStringLiteral("US"));
    }
    {
        QSettings admin(policy, QSettings::IniFormat);
        admin.setValue(AppSettings::AutoOpenLinkKey, false);
        admin.setValue(AppSettings::EnvironmentKey, QStringLiteral("custom"));
        admin.setValue(AppSettings::CustomBaseUrlKey, QStringLiteral("https://gateway.partner.example/qash"));
    }
    AppSettings settings(ini, policy);
    QVERIFY(settings.isLocked(AppSettings::AutoOpenLinkKey));
    QVERIFY(!settings.isLocked(AppSettings::DefaultRegionKey));
    QVERIFY(!settings.autoOpenLink());
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://gateway.partner.example/qash")));
    QCOMPARE(settings.defaultRegion(), QStringLiteral("US"));

    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setAutoOpenLink(true);
    settings.setEnvironment(AppSettings::Environment::Production);
    QCOMPARE(changed.size(), 0);
    QVERIFY(!settings.autoOpenLink());
    QCOMPARE(settings.environment(), AppSettings::Environment::Custom);
    QCOMPARE(settings.lockedKeys().size(), 3);
}

void TestAppSettings::policyFileAsAdminsWriteIt()
{
    const QString policy = m_dir.filePath(QStringLiteral("handwritten.conf"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write("[handoff]\nautoOpenLink=false\n\n[links]\nextraDomains=verify.partner.example, kyc.partner.example\n\n"
               "[journal]\nretentionDays=14\n\n[desk]\ndefaultRegion=CO\n");
    file.close();
    AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), policy);
    QVERIFY(!settings.autoOpenLink());
    QCOMPARE(settings.extraLinkDomains(), (QStringList{"verify.partner.example", "kyc.partner.example"}));
    QCOMPARE(settings.retentionDays(), 14);
    QCOMPARE(settings.defaultRegion(), QStringLiteral("CO"));
}

void TestAppSettings::domainListAsOneString()
{
    // The Windows registry holds a list as one string (REG_SZ, as the MSI
    // property QASH_EXTRA_LINK_DOMAINS writes it); a quoted INI value reads
    // back the same way.
    const QString policy = m_dir.filePath(QStringLiteral("onestring.conf"));
    QFile file(policy);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write("[links]\nextraDomains=\"verify.partner.example, KYC.partner.example,\"\n");
    file.close();
    AppSettings settings(m_dir.filePath(QStringLiteral("empty.ini")), policy);
    QCOMPARE(settings.extraLinkDomains(), (QStringList{"verify.partner.example", "kyc.partner.example"}));
}

void TestAppSettings::customUrlEnvironment()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("custom.ini")));
    settings.setCustomBaseUrl(QUrl(QStringLiteral("https://gw.example/qash")));
    settings.setEnvironment(AppSettings::Environment::Custom);
    QCOMPARE(settings.baseUrl(), QUrl(QStringLiteral("https://gw.example/qash")));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
