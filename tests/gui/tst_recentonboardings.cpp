// Recent onboardings: the journal's onboardings of today and every unfinished
// one, reopened into the desk. A real PartnerApi, OnboardingFlow and Journal
// (SQLite in a temporary directory) against the sandbox on 127.0.0.1.

#include "customerform.h"
#include "deskcontext.h"
#include "handoffpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "onboarding/onboardingflow.h"
#include "qrcodeview.h"
#include "recentonboardings.h"
#include "sandboxserver.h"
#include "widgetinput.h"
#include "security/redaction.h"
#include "storage/journal.h"
#include "testdesk.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace qash;
using qash::sandbox::SandboxServer;

namespace {

constexpr int FlowTimeoutMs = 10000;

const QString Waiting = QStringLiteral("Waiting for the customer to finish verification (status: pending)");
const QString Verified = QStringLiteral("Verified — the customer is active");
const QString NoUserIdReason = QStringLiteral(
        "This onboarding has no Qash user ID yet: the registration's outcome is unknown. "
        "Look the customer up before registering again.");

int apiPostCount(const SandboxServer &server)
{
    int posts = 0;
    const QList<sandbox::RecordedRequest> all = server.requests();
    for (const sandbox::RecordedRequest &request : all)
        posts += request.method == QLatin1String("POST") && request.path.startsWith(QLatin1String("/api/")) ? 1 : 0;
    return posts;
}

QString cell(const RecentOnboardingsModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

JournalEntry entry(qint64 id, const QString &status, JournalEntry::Stage stage)
{
    JournalEntry e;
    e.id = id;
    e.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * id);
    e.updatedAt = e.startedAt;
    e.stage = stage;
    e.userId = QStringLiteral("usr_%1").arg(id);
    e.status = status;
    e.maskedContact = QStringLiteral("a***@e***.com");
    return e;
}

} // namespace

class TestRecentOnboardings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void model_passesTheItemModelTester();
    void model_describesEntriesInWords();
    void reopen_showsTheSameLinkAgain_andFollowsTheStatus();
    void refreshStatus_keepsTheListOpen_andShowsTheAnswer();
    void noUserId_outcomeUnknown_cannotBeReopened_andSaysWhy();
    void refusedRegistration_saysWhyInWords();
    void onboardingOnScreen_isPutAsideOnlyWhenStaffSaySo();
    void requestUnderWay_isNotInterrupted();
    void typedDetails_areNotClearedSilently();
    void desksWithoutJournal_sayThereIsNothingToReopen();

private:
    void buildDesk(const QString &journalPath = QStringLiteral("journal.sqlite"));
    void startOnboarding(const QString &email);
    RecentOnboardings *openRecent(int expectedRows);
    MainWindow *window() const { return m_desk->window(); }
    QWidget *focused() const { return QApplication::focusWidget(); }
    QKeySequence recentKeys() const;
    void screenshot(QWidget *widget, const QString &name);

    UrlCatcher m_catcher;
    TestDesk m_desk;
};

void TestRecentOnboardings::initTestCase()
{
    m_catcher.install();
}

void TestRecentOnboardings::cleanupTestCase()
{
    UrlCatcher::uninstall();
}

void TestRecentOnboardings::init()
{
    m_catcher.urls.clear();
    m_desk.init();
}

void TestRecentOnboardings::cleanup()
{
    m_desk.cleanup();
}

void TestRecentOnboardings::buildDesk(const QString &journalPath)
{
    TestDeskOptions options;
    options.autoOpenLink = false;
    options.journalFile = journalPath; // empty: a desk without a journal
    m_desk.build(std::move(options));
}

// Types a valid customer into the form and starts; returns once the request is sent.
void TestRecentOnboardings::startOnboarding(const QString &email)
{
    const struct
    {
        const char *name;
        QString text;
    } fields[] = {
        {"First name", QStringLiteral("Ana María")},
        {"Last name", QStringLiteral("Pérez")},
        {"Email", email},
        {"Phone", QStringLiteral("+57 300 1234567")},
    };
    for (const auto &field : fields) {
        auto *edit = byAccessibleName<QLineEdit>(window(), QLatin1String(field.name));
        QVERIFY2(edit, field.name);
        edit->setFocus();
        typeText(edit, field.text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    auto *birthDate = byAccessibleName<QDateEdit>(window(), QStringLiteral("Birth date"));
    birthDate->setFocus();
    typeText(birthDate, QStringLiteral("1985-04-15"));
    QTest::keyClick(birthDate, Qt::Key_Tab);

    auto *start = byAccessibleName<QPushButton>(window(), QStringLiteral("Start verification"));
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(m_desk->flow()->state() != OnboardingFlow::State::Idle);
}

QKeySequence TestRecentOnboardings::recentKeys() const
{
    const auto *action = window()->findChild<QAction *>(QStringLiteral("actionRecentOnboardings"));
    return action ? action->shortcut() : QKeySequence();
}

// Opens the list the way staff do, from the main window's keyboard shortcut
// (the Desk menu's "Recent onboardings…").
RecentOnboardings *TestRecentOnboardings::openRecent(int expectedRows)
{
    if (recentKeys().isEmpty())
        return nullptr;
    window()->activateWindow();
    if (!QTest::qWaitForWindowActive(window()))
        return nullptr;
    QTest::keySequence(window(), recentKeys());
    auto *recent = window()->findChild<RecentOnboardings *>();
    if (!recent || !recent->isVisible())
        return nullptr;
    if (!QTest::qWaitForWindowActive(recent))
        return nullptr;
    if (!QTest::qWaitFor([&] { return recent->model()->rowCount() == expectedRows; }, FlowTimeoutMs))
        return nullptr;
    return recent;
}

void TestRecentOnboardings::screenshot(QWidget *widget, const QString &name)
{
    // For people reviewing the layout: QASHDESK_SCREENSHOTS=dir ctest -R tst_recentonboardings
    const QString dir = qEnvironmentVariable("QASHDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestRecentOnboardings::model_passesTheItemModelTester()
{
    RecentOnboardingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    const JournalEntry a = entry(1, QStringLiteral("pending"), JournalEntry::Stage::VerificationStarted);
    const JournalEntry b = entry(2, QStringLiteral("pending"), JournalEntry::Stage::Registered);
    const JournalEntry c = entry(3, QStringLiteral("active"), JournalEntry::Stage::Finished);
    model.setEntries({a, b, c});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RecentOnboardingsModel::ColumnCount));
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(42), -1);
    QCOMPARE(model.index(1, 0).data(RecentOnboardingsModel::EntryIdRole).toLongLong(), 2);
    QCOMPARE(resets.size(), 1);

    // A status that changed: the same rows, updated in place.
    JournalEntry b2 = b;
    b2.status = QStringLiteral("active");
    b2.stage = JournalEntry::Stage::Finished;
    b2.updatedAt = b.updatedAt.addSecs(5);
    model.setEntries({a, b2, c});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(cell(&model, 1, RecentOnboardingsModel::StatusColumn), QStringLiteral("active"));

    // New or gone entries: a reset.
    model.setEntries({c});
    QCOMPARE(resets.size(), 2);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
    model.setEntries({a, b, c});

    QCOMPARE(model.headerData(RecentOnboardingsModel::StartedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Started"));
    QCOMPARE(model.headerData(RecentOnboardingsModel::ContactColumn, Qt::Horizontal).toString(),
             QStringLiteral("Customer"));
    QCOMPARE(model.headerData(RecentOnboardingsModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
    QCOMPARE(model.headerData(RecentOnboardingsModel::StageColumn, Qt::Horizontal).toString(),
             QStringLiteral("Stage"));
    QVERIFY(!model.data(QModelIndex()).isValid());
    model.retranslate();
}

void TestRecentOnboardings::model_describesEntriesInWords()
{
    const QDate today = QDate::currentDate();
    const QDateTime afternoon(today, QTime(14, 5));
    QCOMPARE(RecentOnboardingsModel::startedText(afternoon, today), QStringLiteral("14:05"));
    QCOMPARE(RecentOnboardingsModel::startedText(afternoon.toUTC(), today), QStringLiteral("14:05"));
    const QString yesterday = RecentOnboardingsModel::startedText(afternoon.addDays(-1), today);
    QVERIFY2(yesterday.endsWith(QLatin1String(" 14:05")) && yesterday.size() > 6, qPrintable(yesterday));

    JournalEntry e = entry(1, QStringLiteral("pending"), JournalEntry::Stage::VerificationStarted);
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("pending"));
    // Statuses the contract does not know, verbatim.
    e.status = QStringLiteral("<b>frozen</b>");
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("<b>frozen</b>"));

    e.stage = JournalEntry::Stage::Registered;
    e.status = QStringLiteral("pending");
    e.failure = QStringLiteral("LinkRefused");
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("pending (the server's link was refused)"));
    e.failure = QStringLiteral("Timeout");
    e.outcomeUnknown = true;
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("verification start outcome unknown"));
    QVERIFY(RecentOnboardingsModel::whyNotReopenable(e).isEmpty());

    e.userId.clear();
    e.status.clear();
    e.stage = JournalEntry::Stage::Failed;
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("registration outcome unknown"));
    QCOMPARE(RecentOnboardingsModel::whyNotReopenable(e), NoUserIdReason);

    e.outcomeUnknown = false;
    e.failure = QStringLiteral("DuplicateEmail");
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("failed: email already registered"));
    e.failure = QStringLiteral("SomethingNew");
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("failed: SomethingNew"));

    // Cut short by a crash while registering: nothing says what happened.
    e.stage = JournalEntry::Stage::Registering;
    e.failure.clear();
    QCOMPARE(RecentOnboardingsModel::statusText(e), QStringLiteral("no answer yet"));
    QCOMPARE(RecentOnboardingsModel::whyNotReopenable(e), NoUserIdReason);
}

void TestRecentOnboardings::reopen_showsTheSameLinkAgain_andFollowsTheStatus()
{
    buildDesk();
    startOnboarding(QStringLiteral("ana.perez@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    const QUrl link = window()->handOffPanel()->link();
    const QString inquiryId = m_desk->flow()->session().inquiryId;
    const QString userId = m_desk->flow()->userId();
    QVERIFY(link.isValid());
    QCOMPARE(apiPostCount(*m_desk.sandbox()), 2);

    // Next customer: the screen forgets the onboarding; the journal does not.
    QTest::keySequence(window(), QKeySequence::New);
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Idle);
    QVERIFY(!window()->handOffPanel()->isVisible());

    QPointer<RecentOnboardings> recent = openRecent(1);
    QVERIFY(recent);
    QAbstractItemModelTester tester(recent->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!recent->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    const RecentOnboardingsModel *model = recent->model();
    // Only the masked contact: never the email or the phone number.
    const QString masked = Redaction::maskedContact(QStringLiteral("ana.perez@example.com"),
                                                    QStringLiteral("+573001234567"));
    QCOMPARE(cell(model, 0, RecentOnboardingsModel::ContactColumn), masked);
    QVERIFY(!masked.contains(QLatin1String("ana.perez")));
    QVERIFY(!masked.contains(QLatin1String("3001234567")));
    QCOMPARE(cell(model, 0, RecentOnboardingsModel::StatusColumn), QStringLiteral("pending"));
    QCOMPARE(cell(model, 0, RecentOnboardingsModel::StageColumn), QStringLiteral("verification started"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))
                    .match(cell(model, 0, RecentOnboardingsModel::StartedColumn))
                    .hasMatch());

    // Keyboard first: the list has the focus, the newest row is selected,
    // and Enter reopens it.
    auto *table = byAccessibleName<QTableView>(recent, QStringLiteral("Recent onboardings"));
    QVERIFY(table);
    QCOMPARE(focused(), table);
    QCOMPARE(recent->selectedEntry()->userId, userId);
    auto *reopen = byAccessibleName<QPushButton>(recent, QStringLiteral("Reopen"));
    QVERIFY(reopen && reopen->isEnabled() && reopen->isDefault());
    QVERIFY(byAccessibleName<QPushButton>(recent, QStringLiteral("Refresh status"))->isEnabled());
    QVERIFY(byAccessibleName<QPushButton>(recent, QStringLiteral("Close")));
    QVERIFY(recent->findChild<QLabel *>(QStringLiteral("reasonLabel"))->isHidden());
    screenshot(recent, QStringLiteral("recent-1-list"));

    QSignalSpy reopened(recent.data(), &RecentOnboardings::reopened);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(reopened.size(), 1);
    QTRY_VERIFY(!recent); // closed, and gone
    // Back in the main window, but not on "Next customer", where a stray
    // Space would clear what was just reopened.
    QCOMPARE(QApplication::activeWindow(), window());
    QVERIFY(focused() && focused()->accessibleName() != QLatin1String("Next customer"));

    // The same link, as a QR code again, and the status watched.
    QVERIFY(window()->handOffPanel()->isVisible());
    QCOMPARE(window()->handOffPanel()->link(), link);
    QVERIFY(!byAccessibleName<QrCodeView>(window(), QStringLiteral("Verification QR code"))->isEmpty());
    QCOMPARE(m_desk->flow()->userId(), userId);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(), Waiting, FlowTimeoutMs);
    QVERIFY(m_catcher.urls.isEmpty()); // shown, not opened (automatic opening is off)
    screenshot(window(), QStringLiteral("recent-2-reopened"));

    // With the list open, the customer finishes on their phone: the window
    // and the list follow.
    recent = openRecent(1);
    QVERIFY(recent);
    QVERIFY(m_desk.sandbox()->completeVerification(inquiryId));
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(), Verified, FlowTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(cell(recent->model(), 0, RecentOnboardingsModel::StatusColumn), QStringLiteral("active"),
                              FlowTimeoutMs);
    QCOMPARE(cell(recent->model(), 0, RecentOnboardingsModel::StageColumn), QStringLiteral("finished"));
    QVERIFY(!window()->handOffPanel()->isVisible());
    screenshot(recent, QStringLiteral("recent-3-active"));

    // A finished onboarding reopens to its status only: its link has done its job.
    QTest::mouseClick(byAccessibleName<QPushButton>(recent, QStringLiteral("Close")), Qt::LeftButton);
    QTRY_VERIFY(!recent);
    QTest::keySequence(window(), QKeySequence::New);
    recent = openRecent(1);
    QVERIFY(recent);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!recent);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(), Verified, FlowTimeoutMs);
    QVERIFY(!window()->handOffPanel()->isVisible());

    // Reopening sent no POST: nothing was registered or started twice.
    QCOMPARE(apiPostCount(*m_desk.sandbox()), 2);
}

void TestRecentOnboardings::refreshStatus_keepsTheListOpen_andShowsTheAnswer()
{
    buildDesk();
    startOnboarding(QStringLiteral("ana.perez@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    const QUrl link = window()->handOffPanel()->link();
    const QString userId = m_desk->flow()->userId();
    QTest::keySequence(window(), QKeySequence::New);

    QPointer<RecentOnboardings> recent = openRecent(1);
    QVERIFY(recent);
    // Alt+S: "Refresh &status" (a mnemonic clicks after a short animation).
    QTest::keyClick(recent, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(m_desk->flow()->userId(), userId);
    QVERIFY(recent && recent->isVisible());
    QCOMPARE(window()->handOffPanel()->link(), link);
    QVERIFY(recent->findChild<MessageBar *>(QStringLiteral("messageBar"))->isVisible());

    QVERIFY(m_desk.sandbox()->setUserStatus(userId, QStringLiteral("suspended")));
    // Already on screen: this only asks again.
    QTest::keyClick(recent, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(cell(recent->model(), 0, RecentOnboardingsModel::StatusColumn),
                              QStringLiteral("suspended"), FlowTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(),
                              QStringLiteral("The customer's account is suspended (status: suspended)"), FlowTimeoutMs);
    QVERIFY(recent->isVisible());
}

void TestRecentOnboardings::noUserId_outcomeUnknown_cannotBeReopened_andSaysWhy()
{
    buildDesk();
    // What a registration that timed out after sending leaves in the journal.
    Journal *journal = m_desk->journal();
    qint64 id = 0;
    journal->recordAttempt(Redaction::maskedContact(QStringLiteral("maria@example.com"), QString()), QString(),
                           [&id](qint64 entryId) { id = entryId; });
    QTRY_VERIFY(id > 0);
    bool written = false;
    journal->recordFailure(id, QStringLiteral("Timeout"), true, [&written](bool ok) { written = ok; });
    QTRY_VERIFY(written);

    QPointer<RecentOnboardings> recent = openRecent(1);
    QVERIFY(recent);
    QCOMPARE(cell(recent->model(), 0, RecentOnboardingsModel::StatusColumn),
             QStringLiteral("registration outcome unknown"));
    QCOMPARE(cell(recent->model(), 0, RecentOnboardingsModel::ContactColumn), QStringLiteral("m***@e***.com"));

    auto *reopen = byAccessibleName<QPushButton>(recent, QStringLiteral("Reopen"));
    QVERIFY(!reopen->isEnabled());
    QVERIFY(!byAccessibleName<QPushButton>(recent, QStringLiteral("Refresh status"))->isEnabled());
    auto *reason = recent->findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), NoUserIdReason);
    QCOMPARE(reason->textFormat(), Qt::PlainText);
    // Also read out with the list, which keeps the focus.
    auto *table = byAccessibleName<QTableView>(recent, QStringLiteral("Recent onboardings"));
    QCOMPARE(focused(), table);
    QCOMPARE(table->accessibleDescription(), NoUserIdReason);
    screenshot(recent, QStringLiteral("recent-4-outcome-unknown"));

    // Enter does nothing here: nothing reset, nothing sent.
    QTest::keyClick(table, Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(recent && recent->isVisible());
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Idle);
    QVERIFY(m_desk.sandbox()->requests().isEmpty());
}

void TestRecentOnboardings::refusedRegistration_saysWhyInWords()
{
    buildDesk();
    startOnboarding(QStringLiteral("twice@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QTest::keySequence(window(), QKeySequence::New);
    startOnboarding(QStringLiteral("twice@example.com"));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->flow()->failure(), OnboardingFlow::Failure::DuplicateEmail, FlowTimeoutMs);

    QPointer<RecentOnboardings> recent = openRecent(2);
    QVERIFY(recent);
    QCOMPARE(cell(recent->model(), 0, RecentOnboardingsModel::StatusColumn),
             QStringLiteral("failed: email already registered"));
    QCOMPARE(cell(recent->model(), 0, RecentOnboardingsModel::StageColumn),
             QStringLiteral("stopped before verification"));
    auto *reason = recent->findChild<QLabel *>(QStringLiteral("reasonLabel"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("(email already registered)")), qPrintable(reason->text()));
    QVERIFY(!byAccessibleName<QPushButton>(recent, QStringLiteral("Reopen"))->isEnabled());

    // The first one, below, can be reopened; the reason goes away.
    QTest::keyClick(focused(), Qt::Key_Down);
    QVERIFY(byAccessibleName<QPushButton>(recent, QStringLiteral("Reopen"))->isEnabled());
    QVERIFY(reason->isHidden());
}

void TestRecentOnboardings::onboardingOnScreen_isPutAsideOnlyWhenStaffSaySo()
{
    buildDesk();
    startOnboarding(QStringLiteral("first@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    const QUrl firstLink = window()->handOffPanel()->link();
    QTest::keySequence(window(), QKeySequence::New);
    startOnboarding(QStringLiteral("second@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    const QUrl secondLink = window()->handOffPanel()->link();
    QVERIFY(firstLink != secondLink);

    QPointer<RecentOnboardings> recent = openRecent(2);
    QVERIFY(recent);
    // Newest first: the second is on screen, the first below it.
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);

    // Asked in the list, not done: the second customer is still on screen.
    auto *bar = recent->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QLatin1String("The onboarding on screen is still waiting for its customer.")),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QLatin1String("saved in this list")));
    QCOMPARE(window()->handOffPanel()->link(), secondLink);
    auto *confirm = byAccessibleName<QPushButton>(bar, QStringLiteral("Put it aside and reopen"));
    QVERIFY(confirm);
    QCOMPARE(focused(), confirm);
    screenshot(recent, QStringLiteral("recent-5-put-aside"));

    // Escape takes the question back and keeps the list open.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(recent->isVisible());
    QVERIFY(!bar->isVisible());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Recent onboardings"));
    QCOMPARE(window()->handOffPanel()->link(), secondLink);

    // Asked again, and confirmed with Enter.
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(bar->isVisible());
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!recent);
    QCOMPARE(window()->handOffPanel()->link(), firstLink);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(), Waiting, FlowTimeoutMs);

    // Both are still there, unfinished, for later.
    recent = openRecent(2);
    QVERIFY(recent);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(cell(recent->model(), row, RecentOnboardingsModel::StatusColumn), QStringLiteral("pending"));
}

void TestRecentOnboardings::requestUnderWay_isNotInterrupted()
{
    buildDesk();
    startOnboarding(QStringLiteral("first@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QTest::keySequence(window(), QKeySequence::New);

    m_desk.sandbox()->setResponseDelayMs(3000);
    startOnboarding(QStringLiteral("second@example.com"));
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Registering);

    QPointer<RecentOnboardings> recent = openRecent(2);
    QVERIFY(recent);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *bar = recent->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QLatin1String("A request for the customer on screen is under way.")),
             qPrintable(bar->text()));
    QVERIFY(bar->buttons().isEmpty());
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Registering);
    QVERIFY(recent->isVisible());
    m_desk.sandbox()->setResponseDelayMs(0);
}

void TestRecentOnboardings::typedDetails_areNotClearedSilently()
{
    buildDesk();
    startOnboarding(QStringLiteral("first@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QTest::keySequence(window(), QKeySequence::New);
    auto *email = byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"));
    email->setFocus();
    typeText(email, QStringLiteral("half.typed@"));

    QPointer<RecentOnboardings> recent = openRecent(1);
    QVERIFY(recent);
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *bar = recent->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QLatin1String("The details typed in the form have not been sent")),
             qPrintable(bar->text()));
    QCOMPARE(email->text(), QStringLiteral("half.typed@"));
    QVERIFY(byAccessibleName<QPushButton>(bar, QStringLiteral("Clear the form and reopen")));

    // Cancel takes the question back; nothing was touched.
    QTest::mouseClick(byAccessibleName<QPushButton>(bar, QStringLiteral("Cancel")), Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(email->text(), QStringLiteral("half.typed@"));
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Idle);
}

void TestRecentOnboardings::desksWithoutJournal_sayThereIsNothingToReopen()
{
    buildDesk(QString());
    QVERIFY(!m_desk->journal());
    QPointer<RecentOnboardings> recent = openRecent(0);
    QVERIFY(recent);
    auto *empty = recent->findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("This desk keeps no onboarding journal, so there is nothing to reopen."));
    QVERIFY(!byAccessibleName<QPushButton>(recent, QStringLiteral("Reopen"))->isEnabled());

    // The shortcut again raises the same list instead of opening another.
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keySequence(window(), recentKeys());
    QCOMPARE(window()->findChildren<RecentOnboardings *>().size(), 1);
    QVERIFY(QTest::qWaitForWindowActive(recent));
    QTest::keyClick(recent, Qt::Key_Escape);
    QTRY_VERIFY(!recent);
}

QTEST_MAIN(TestRecentOnboardings)
#include "tst_recentonboardings.moc"
