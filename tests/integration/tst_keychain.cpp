// KeychainSecretStore against a real Secret Service. `scripts/dev test` runs
// the suite on a private D-Bus session with an unlocked gnome-keyring; the
// "unavailable" case runs with a session bus that does not exist.
#include "storage/secretstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace qash;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripThroughTheKeychain();
    void unavailableKeychainKeepsCredentialsForThisRunOnly();
    void environmentOverridesWithoutStoring();

private:
    static bool expectNoKeychain() { return qEnvironmentVariableIsSet("QASH_TEST_EXPECT_NO_KEYCHAIN"); }
    QString m_service;
};

void TestKeychain::initTestCase()
{
    // A fresh service name per run: nothing of a real desk is touched.
    m_service = QStringLiteral("ai.qash.QashDesk.test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychain::roundTripThroughTheKeychain()
{
    if (expectNoKeychain())
        QSKIP("this run checks the no-keychain case");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through scripts/dev test");

    const Credentials credentials{QStringLiteral("qash_key_test_123"), QStringLiteral("qash_secret_test_456")};
    {
        KeychainSecretStore store(m_service);
        QSignalSpy saved(&store, &SecretStore::saved);
        QSignalSpy unavailable(&store, &SecretStore::unavailable);
        store.save(credentials);
        QVERIFY(saved.wait(10000));
        QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable.value(0).value(0).toString()));
        QVERIFY(store.persists());
    }
    {
        // A new store (as after a restart) reads them back from the keychain.
        KeychainSecretStore store(m_service);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.load();
        QVERIFY(loaded.wait(10000));
        const auto read = loaded.first().first().value<Credentials>();
        QCOMPARE(read.apiKey, credentials.apiKey);
        QCOMPARE(read.apiSecret, credentials.apiSecret);

        QSignalSpy cleared(&store, &SecretStore::saved);
        store.clear();
        QVERIFY(cleared.wait(10000));
    }
    {
        KeychainSecretStore store(m_service);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.first().first().value<Credentials>().isComplete());
    }
}

void TestKeychain::unavailableKeychainKeepsCredentialsForThisRunOnly()
{
    if (!expectNoKeychain())
        QSKIP("runs as tst_keychain_unavailable");
    KeychainSecretStore store(m_service);
    store.setJobTimeoutMs(3000);
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!unavailable.first().first().toString().isEmpty());
    QVERIFY(!store.persists());

    const Credentials credentials{QStringLiteral("k"), QStringLiteral("s")};
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(credentials);
    QVERIFY(saved.wait(5000));
    store.load();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.last().first().value<Credentials>().apiSecret, QStringLiteral("s"));
    QCOMPARE(unavailable.size(), 1); // said once, not on every call
}

void TestKeychain::environmentOverridesWithoutStoring()
{
    qputenv("QASH_API_KEY", "qash_key_env");
    qputenv("QASH_API_SECRET", "qash_secret_env");
    QVERIFY(EnvironmentSecretStore::isConfigured());
    EnvironmentSecretStore store;
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(1000));
    QCOMPARE(loaded.first().first().value<Credentials>().apiKey, QStringLiteral("qash_key_env"));
    QVERIFY(!store.persists());
    qunsetenv("QASH_API_KEY");
    QVERIFY(!EnvironmentSecretStore::isConfigured());
    qunsetenv("QASH_API_SECRET");
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
