// OnboardingFlow driven end to end against the sandbox over loopback.
#include "onboarding/onboardingflow.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace qash;
using qash::sandbox::SandboxServer;
using State = OnboardingFlow::State;
using Failure = OnboardingFlow::Failure;

class TestOnboardingFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newCustomerGoesFromRegisterToActive();
    void doubleStartSendsOneRequest();
    void existingUserIdSkipsRegistration();
    void existingActiveUserNeedsNoVerification();
    void unknownUserIdFails();
    void duplicateEmailFails();
    void verificationAlreadyStartedWatchesStatus();
    void unauthorizedCanBeRetriedAfterFixingCredentials();
    void serverErrorOnRegisterCanBeRetried();
    void statusTroubleKeepsWatching();
    void hostileLinkIsRefused_data();
    void hostileLinkIsRefused();
    void suspendedAndBannedEndTheWatch_data();
    void suspendedAndBannedEndTheWatch();
    void unknownStatusIsShownAndWatched();
    void refreshStatusAsksAtOnce();
    void resetForgetsTheCustomer();
    void journalHasEachStepBeforeTheUiMovesOn();
    void alreadyStartedShowsTheSavedLink();
    void resumeFromJournal();

private:
    ValidatedCustomer customer(const QString &email) const;
    QString registerDirectly(const QString &email);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<OnboardingFlow> m_flow;
};

void TestOnboardingFlow::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<PartnerApi>(m_network.get());
    m_api->setBaseUrl(m_sandbox->baseUrl());
    m_api->setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey),
                           QString::fromLatin1(SandboxServer::DemoApiSecret)});
    m_api->setGetRetryPolicy(2, 20);
    m_flow = std::make_unique<OnboardingFlow>(m_api.get(), LinkPolicy(LinkPolicy::defaultDomains(), true));
    m_flow->setPollInterval(250);
}

void TestOnboardingFlow::cleanup()
{
    m_flow.reset();
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
}

ValidatedCustomer TestOnboardingFlow::customer(const QString &email) const
{
    ValidatedCustomer c;
    c.firstName = QStringLiteral("Juan");
    c.lastName = QStringLiteral("Pérez");
    c.email = email;
    c.phoneE164 = QStringLiteral("+573001234567");
    c.birthDate = QDate(1990, 4, 15);
    c.countryCode = QStringLiteral("CO");
    c.preferredLanguage = QStringLiteral("es");
    return c;
}

QString TestOnboardingFlow::registerDirectly(const QString &email)
{
    QString userId;
    QObject context;
    connect(m_api.get(), &PartnerApi::userCreated, &context,
            [&](PartnerApi::RequestId, const UserRecord &user) { userId = user.id; });
    m_api->createUser(customer(email).toNewUserRequest());
    if (!QTest::qWaitFor([&] { return !userId.isEmpty(); }, 5000))
        qWarning("registration did not answer");
    return userId;
}

void TestOnboardingFlow::newCustomerGoesFromRegisterToActive()
{
    QSignalSpy states(m_flow.get(), &OnboardingFlow::stateChanged);
    QSignalSpy ready(m_flow.get(), &OnboardingFlow::verificationReady);
    QSignalSpy statuses(m_flow.get(), &OnboardingFlow::statusChanged);

    m_flow->start(customer(QStringLiteral("new@example.com")));
    QCOMPARE(m_flow->state(), State::Registering);
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QCOMPARE(ready.size(), 1);
    const KycSession session = m_flow->session();
    QVERIFY(session.inquiryId.startsWith(QStringLiteral("inq_")));
    QVERIFY(!m_flow->userId().isEmpty());
    QCOMPARE(m_flow->userStatus(), QStringLiteral("pending"));

    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/v1/partner/users"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/v1/partner/kyc"));

    QVERIFY(m_sandbox->completeVerification(session.inquiryId));
    QTRY_COMPARE(m_flow->state(), State::Active);
    QCOMPARE(m_flow->userStatus(), QStringLiteral("active"));
    QCOMPARE(statuses.last().first().toString(), QStringLiteral("active"));

    QList<State> seen;
    for (const auto &args : states)
        seen << args.first().value<State>();
    QCOMPARE(seen, (QList<State>{State::Registering, State::StartingKyc, State::WaitingForCustomer, State::Active}));

    // Watching stops once the customer is active.
    const int requestsWhenActive = int(m_sandbox->requests().size());
    QTest::qWait(700);
    QCOMPARE(int(m_sandbox->requests().size()), requestsWhenActive);
}

void TestOnboardingFlow::doubleStartSendsOneRequest()
{
    m_flow->start(customer(QStringLiteral("double@example.com")));
    m_flow->start(customer(QStringLiteral("double@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    int registrations = 0;
    for (const auto &request : m_sandbox->requests())
        registrations += request.path == QLatin1String("/api/v1/partner/users") && request.method == QLatin1String("POST");
    QCOMPARE(registrations, 1);
}

void TestOnboardingFlow::existingUserIdSkipsRegistration()
{
    const QString userId = registerDirectly(QStringLiteral("known@example.com"));
    QVERIFY(!userId.isEmpty());
    m_sandbox->clearRequests();

    ValidatedCustomer known = customer(QStringLiteral("known@example.com"));
    known.existingUserId = userId;
    m_flow->start(known);
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QCOMPARE(m_flow->userId(), userId);
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QStringLiteral("GET"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/v1/partner/kyc"));
}

void TestOnboardingFlow::existingActiveUserNeedsNoVerification()
{
    const QString userId = registerDirectly(QStringLiteral("active@example.com"));
    QVERIFY(m_sandbox->setUserStatus(userId, QStringLiteral("active")));
    m_sandbox->clearRequests();
    ValidatedCustomer known = customer(QStringLiteral("active@example.com"));
    known.existingUserId = userId;
    m_flow->start(known);
    QTRY_COMPARE(m_flow->state(), State::Active);
    QCOMPARE(m_sandbox->requests().size(), 1); // the status check only, no KYC
}

void TestOnboardingFlow::unknownUserIdFails()
{
    QSignalSpy failed(m_flow.get(), &OnboardingFlow::failed);
    ValidatedCustomer known = customer(QStringLiteral("ghost@example.com"));
    known.existingUserId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    m_flow->start(known);
    QTRY_COMPARE(m_flow->state(), State::Failed);
    QCOMPARE(m_flow->failure(), Failure::UnknownUser);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_flow->canRetry());
}

void TestOnboardingFlow::duplicateEmailFails()
{
    QVERIFY(!registerDirectly(QStringLiteral("dup@example.com")).isEmpty());
    m_flow->start(customer(QStringLiteral("dup@example.com")));
    QTRY_COMPARE(m_flow->state(), State::Failed);
    QCOMPARE(m_flow->failure(), Failure::DuplicateEmail);
    QVERIFY(m_flow->userId().isEmpty());
}

void TestOnboardingFlow::verificationAlreadyStartedWatchesStatus()
{
    const QString userId = registerDirectly(QStringLiteral("again@example.com"));
    QString inquiryId;
    QObject context;
    connect(m_api.get(), &PartnerApi::kycStarted, &context,
            [&](PartnerApi::RequestId, const KycSession &session) { inquiryId = session.inquiryId; });
    m_api->startKyc(customer(QStringLiteral("again@example.com")).toKycRequest(userId));
    QTRY_VERIFY(!inquiryId.isEmpty());

    QSignalSpy alreadyStarted(m_flow.get(), &OnboardingFlow::verificationAlreadyStartedDetected);
    ValidatedCustomer known = customer(QStringLiteral("again@example.com"));
    known.existingUserId = userId;
    m_flow->start(known);
    QTRY_COMPARE(alreadyStarted.size(), 1);
    QCOMPARE(m_flow->state(), State::WaitingForCustomer);
    QVERIFY(m_flow->verificationAlreadyStarted());
    QVERIFY(m_flow->session().verificationUrl.isEmpty());

    QVERIFY(m_sandbox->completeVerification(inquiryId));
    QTRY_COMPARE(m_flow->state(), State::Active);
}

void TestOnboardingFlow::unauthorizedCanBeRetriedAfterFixingCredentials()
{
    m_api->setCredentials({QStringLiteral("qash_key_live_wrong"), QStringLiteral("wrong")});
    m_flow->start(customer(QStringLiteral("auth@example.com")));
    QTRY_COMPARE(m_flow->state(), State::Failed);
    QCOMPARE(m_flow->failure(), Failure::Unauthorized);
    QCOMPARE(m_flow->lastError().httpStatus, 401);
    QVERIFY(m_flow->canRetry());

    m_api->setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey),
                           QString::fromLatin1(SandboxServer::DemoApiSecret)});
    m_flow->retry();
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
}

void TestOnboardingFlow::serverErrorOnRegisterCanBeRetried()
{
    m_sandbox->failNextRequests(1, 500);
    m_flow->start(customer(QStringLiteral("flaky@example.com")));
    QTRY_COMPARE(m_flow->state(), State::Failed);
    QCOMPARE(m_flow->failure(), Failure::ServerError);
    QVERIFY(m_flow->canRetry());
    m_flow->retry();
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
}

void TestOnboardingFlow::statusTroubleKeepsWatching()
{
    QSignalSpy trouble(m_flow.get(), &OnboardingFlow::statusCheckTrouble);
    QSignalSpy checked(m_flow.get(), &OnboardingFlow::statusChecked);
    m_flow->start(customer(QStringLiteral("blip@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    m_sandbox->failNextRequests(2, 503); // both attempts of the next check
    QTRY_COMPARE(trouble.size(), 1);
    QCOMPARE(m_flow->state(), State::WaitingForCustomer);
    const qsizetype checksBefore = checked.size();
    QTRY_VERIFY(checked.size() > checksBefore); // watching went on and succeeded
    QVERIFY(m_sandbox->completeVerification(m_flow->session().inquiryId));
    QTRY_COMPARE(m_flow->state(), State::Active);
}

void TestOnboardingFlow::hostileLinkIsRefused_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("host");
    QTest::newRow("look-alike") << "https://withpersona.com.evil.example/verify" << "withpersona.com.evil.example";
    QTest::newRow("http remote") << "http://inquiry.withpersona.com/verify" << "inquiry.withpersona.com";
    QTest::newRow("javascript") << "javascript:alert(1)" << "";
    QTest::newRow("file") << "file:///etc/passwd" << "";
}

void TestOnboardingFlow::hostileLinkIsRefused()
{
    QFETCH(QString, link);
    QFETCH(QString, host);
    m_sandbox->setVerificationUrlOverride(link);
    QSignalSpy ready(m_flow.get(), &OnboardingFlow::verificationReady);
    m_flow->start(customer(QStringLiteral("hostile@example.com")));
    QTRY_COMPARE(m_flow->state(), State::Failed);
    QVERIFY(m_flow->failure() == Failure::LinkRefused || m_flow->failure() == Failure::MalformedResponse);
    QCOMPARE(ready.size(), 0);
    QVERIFY(m_flow->session().verificationUrl.isEmpty());
    if (m_flow->failure() == Failure::LinkRefused)
        QCOMPARE(m_flow->refusedLinkHost(), host);
}

void TestOnboardingFlow::suspendedAndBannedEndTheWatch_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<State>("state");
    QTest::newRow("suspended") << "suspended" << State::Suspended;
    QTest::newRow("banned") << "banned" << State::Banned;
}

void TestOnboardingFlow::suspendedAndBannedEndTheWatch()
{
    QFETCH(QString, status);
    QFETCH(State, state);
    m_flow->start(customer(QStringLiteral("end@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QVERIFY(m_sandbox->setUserStatus(m_flow->userId(), status));
    QTRY_COMPARE(m_flow->state(), state);
    QCOMPARE(m_flow->userStatus(), status);
}

void TestOnboardingFlow::unknownStatusIsShownAndWatched()
{
    QSignalSpy statuses(m_flow.get(), &OnboardingFlow::statusChanged);
    m_flow->start(customer(QStringLiteral("odd@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QVERIFY(m_sandbox->setUserStatus(m_flow->userId(), QStringLiteral("under_review")));
    QTRY_COMPARE(m_flow->userStatus(), QStringLiteral("under_review"));
    QCOMPARE(m_flow->state(), State::WaitingForCustomer);
    QVERIFY(m_sandbox->setUserStatus(m_flow->userId(), QStringLiteral("active")));
    QTRY_COMPARE(m_flow->state(), State::Active);
}

void TestOnboardingFlow::refreshStatusAsksAtOnce()
{
    m_flow->setPollInterval(60000);
    m_flow->start(customer(QStringLiteral("refresh@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QVERIFY(m_sandbox->completeVerification(m_flow->session().inquiryId));
    m_flow->refreshStatus();
    QTRY_COMPARE_WITH_TIMEOUT(m_flow->state(), State::Active, 2000);
}

void TestOnboardingFlow::resetForgetsTheCustomer()
{
    m_sandbox->setResponseDelayMs(500);
    m_flow->start(customer(QStringLiteral("gone@example.com")));
    QCOMPARE(m_flow->state(), State::Registering);
    m_flow->reset();
    QCOMPARE(m_flow->state(), State::Idle);
    QVERIFY(m_flow->userId().isEmpty());
    QVERIFY(m_flow->userStatus().isEmpty());
    QCOMPARE(m_api->pendingCount(), 0);
    // A late answer to the aborted call changes nothing, and a new customer can start.
    QTest::qWait(700);
    QCOMPARE(m_flow->state(), State::Idle);
    m_sandbox->setResponseDelayMs(0);
    m_flow->start(customer(QStringLiteral("next@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
}

// Reads the journal file through a connection of its own, as a restarted
// app would: what it sees is what is committed.
static QVariantMap journalRow(const QString &path)
{
    QVariantMap row;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT stage, user_id, inquiry_id, verification_url, status, masked_contact"
                                  " FROM onboarding ORDER BY id DESC LIMIT 1"));
            if (q.next()) {
                for (int i = 0; i < 6; ++i)
                    row.insert(q.record().fieldName(i), q.value(i));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return row;
}

void TestOnboardingFlow::journalHasEachStepBeforeTheUiMovesOn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Journal journal(path);
    m_flow->setJournal(&journal);

    QVariantMap atRegistered;
    QVariantMap atReady;
    connect(m_flow.get(), &OnboardingFlow::userRegistered, this, [&] { atRegistered = journalRow(path); });
    connect(m_flow.get(), &OnboardingFlow::verificationReady, this, [&] { atReady = journalRow(path); });

    m_flow->start(customer(QStringLiteral("journal@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    QCOMPARE(atRegistered.value("stage").toString(), QStringLiteral("registered"));
    QCOMPARE(atRegistered.value("user_id").toString(), m_flow->userId());
    QCOMPARE(atReady.value("stage").toString(), QStringLiteral("verification-started"));
    QCOMPARE(atReady.value("inquiry_id").toString(), m_flow->session().inquiryId);
    QCOMPARE(QUrl(atReady.value("verification_url").toString()), m_flow->session().verificationUrl);
    QCOMPARE(atReady.value("masked_contact").toString(), QStringLiteral("j***@e***.com, +57 *** *** 4567"));

    QVERIFY(m_sandbox->completeVerification(m_flow->session().inquiryId));
    QTRY_COMPARE(m_flow->state(), State::Active);
    QTRY_COMPARE(journalRow(path).value("stage").toString(), QStringLiteral("finished"));
    QCOMPARE(journalRow(path).value("status").toString(), QStringLiteral("active"));
    m_flow->setJournal(nullptr);
}

void TestOnboardingFlow::alreadyStartedShowsTheSavedLink()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    m_flow->setJournal(&journal);
    m_flow->start(customer(QStringLiteral("saved@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    const QString userId = m_flow->userId();
    const KycSession first = m_flow->session();
    m_flow->reset();

    QSignalSpy ready(m_flow.get(), &OnboardingFlow::verificationReady);
    ValidatedCustomer again = customer(QStringLiteral("saved@example.com"));
    again.existingUserId = userId;
    m_flow->start(again);
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(m_flow->verificationAlreadyStarted());
    QCOMPARE(m_flow->session().verificationUrl, first.verificationUrl);
    QCOMPARE(m_flow->session().inquiryId, first.inquiryId);
    m_flow->setJournal(nullptr);
}

void TestOnboardingFlow::resumeFromJournal()
{
    QTemporaryDir dir;
    Journal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    m_flow->setJournal(&journal);
    m_flow->start(customer(QStringLiteral("resume@example.com")));
    QTRY_COMPARE(m_flow->state(), State::WaitingForCustomer);
    const KycSession session = m_flow->session();
    m_flow->reset();

    QList<JournalEntry> entries;
    journal.recent(QDateTime::currentDateTimeUtc().addDays(-1), [&](QList<JournalEntry> list) { entries = list; });
    QTRY_COMPARE(entries.size(), 1);

    QSignalSpy ready(m_flow.get(), &OnboardingFlow::verificationReady);
    QVERIFY(!m_flow->isResumed());
    QVERIFY(m_flow->resume(entries.first()));
    QVERIFY(m_flow->isResumed());
    QCOMPARE(m_flow->state(), State::WaitingForCustomer);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_flow->session().verificationUrl, session.verificationUrl);
    QVERIFY(m_sandbox->completeVerification(session.inquiryId));
    QTRY_COMPARE(m_flow->state(), State::Active);

    JournalEntry nothingToWatch;
    nothingToWatch.id = 99;
    m_flow->reset();
    QVERIFY(!m_flow->resume(nothingToWatch));
    m_flow->setJournal(nullptr);
}

QTEST_GUILESS_MAIN(TestOnboardingFlow)
#include "tst_onboardingflow.moc"
