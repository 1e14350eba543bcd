// Killing the desk (SIGKILL) at any step loses no onboarding: a desk started
// afterwards finds it in the journal in the right state and can resume it.
// The killed desk is tests/support/flowrunner: the real API client, flow and
// journal in a process of its own, talking to this test's sandbox.
#include "onboarding/onboardingflow.h"
#include "sandboxserver.h"
#include "storage/journal.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;
using qash::sandbox::SandboxServer;
using Stage = JournalEntry::Stage;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void killedWhileRegistering();
    void killedWhileStartingVerification();
    void killedWhileWaitingForTheCustomer();

private:
    // Starts the runner and kills it the moment the sandbox receives
    // `method path`, before the answer is written: the runner never sees it.
    void runAndKillOn(const QString &method, const QString &pathPrefix);
    QList<JournalEntry> journalEntries();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journalPath;
};

void TestCrashRecovery::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_dir = std::make_unique<QTemporaryDir>();
    m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
}

void TestCrashRecovery::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

void TestCrashRecovery::runAndKillOn(const QString &method, const QString &pathPrefix)
{
    bool seen = false;
    QProcess runner;
    QObject context;
    connect(m_sandbox.get(), &SandboxServer::requestReceived, &context,
            [&](const QString &m, const QString &path) {
                if (!seen && m == method && path.startsWith(pathPrefix)) {
                    seen = true;
                    runner.kill(); // SIGKILL: no clean-up of any kind
                }
            });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QASH_API_KEY"), QString::fromLatin1(SandboxServer::DemoApiKey));
    env.insert(QStringLiteral("QASH_API_SECRET"), QString::fromLatin1(SandboxServer::DemoApiSecret));
    runner.setProcessEnvironment(env);
    runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    runner.start(QCoreApplication::applicationDirPath() + QStringLiteral("/flowrunner"),
                 {m_sandbox->baseUrl().toString(), m_journalPath, QStringLiteral("crash@example.com")});
    QVERIFY2(runner.waitForStarted(5000), qPrintable(runner.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(seen, 15000);
    QTRY_COMPARE(runner.state(), QProcess::NotRunning);
    QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
}

QList<JournalEntry> TestCrashRecovery::journalEntries()
{
    // A new desk opening the same journal, as after a restart.
    Journal journal(m_journalPath);
    QList<JournalEntry> entries;
    bool done = false;
    journal.recent(QDateTime::currentDateTimeUtc().addDays(-1), [&](QList<JournalEntry> list) {
        entries = list;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("journal did not answer");
    return entries;
}

void TestCrashRecovery::killedWhileRegistering()
{
    runAndKillOn(QStringLiteral("POST"), QStringLiteral("/api/v1/partner/users"));
    const auto entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().stage, Stage::Registering);
    QVERIFY(entries.first().userId.isEmpty());
    QVERIFY(entries.first().isUnfinished());
    QCOMPARE(entries.first().maskedContact, QStringLiteral("c***@e***.com, +57 *** *** 4567"));
}

void TestCrashRecovery::killedWhileStartingVerification()
{
    runAndKillOn(QStringLiteral("POST"), QStringLiteral("/api/v1/partner/kyc"));
    const auto entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    const JournalEntry entry = entries.first();
    QCOMPARE(entry.stage, Stage::Registered);
    QVERIFY(!entry.userId.isEmpty());
    QCOMPARE(m_sandbox->userStatus(entry.userId), QStringLiteral("pending"));

    // Resumed, the desk watches that customer instead of registering them again.
    QNetworkAccessManager network;
    PartnerApi api(&network);
    api.setBaseUrl(m_sandbox->baseUrl());
    api.setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey), QString::fromLatin1(SandboxServer::DemoApiSecret)});
    OnboardingFlow flow(&api, LinkPolicy(LinkPolicy::defaultDomains(), true));
    QVERIFY(flow.resume(entry));
    QCOMPARE(flow.state(), OnboardingFlow::State::WaitingForCustomer);
    QTRY_COMPARE(flow.userStatus(), QStringLiteral("pending"));
}

void TestCrashRecovery::killedWhileWaitingForTheCustomer()
{
    runAndKillOn(QStringLiteral("GET"), QStringLiteral("/api/v1/partner/users/"));
    const auto entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    const JournalEntry entry = entries.first();
    QCOMPARE(entry.stage, Stage::VerificationStarted);
    QVERIFY(entry.inquiryId.startsWith(QStringLiteral("inq_")));
    QCOMPARE(entry.verificationUrl.port(), int(m_sandbox->port()));

    Journal journal(m_journalPath);
    QNetworkAccessManager network;
    PartnerApi api(&network);
    api.setBaseUrl(m_sandbox->baseUrl());
    api.setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey), QString::fromLatin1(SandboxServer::DemoApiSecret)});
    OnboardingFlow flow(&api, LinkPolicy(LinkPolicy::defaultDomains(), true));
    flow.setJournal(&journal);
    flow.setPollInterval(250);
    QSignalSpy ready(&flow, &OnboardingFlow::verificationReady);
    QVERIFY(flow.resume(entry));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(flow.session().verificationUrl, entry.verificationUrl);
    QVERIFY(m_sandbox->completeVerification(entry.inquiryId));
    QTRY_COMPARE(flow.state(), OnboardingFlow::State::Active);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
