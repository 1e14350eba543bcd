// The desk end to end: a real PartnerApi and OnboardingFlow against the
// sandbox on 127.0.0.1, driven through the window with the keyboard only.

#include "api/partnerapi.h"
#include "customerform.h"
#include "deskcontext.h"
#include "handoffpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "onboarding/onboardingflow.h"
#include "qrcodeview.h"
#include "sandboxserver.h"
#include "widgetinput.h"
#include "settingsdialog.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "testdesk.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QDialogButtonBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace qash;
using qash::sandbox::SandboxServer;

namespace {

constexpr int FlowTimeoutMs = 10000;

QList<sandbox::RecordedRequest> apiPosts(const SandboxServer &server)
{
    QList<sandbox::RecordedRequest> posts;
    const QList<sandbox::RecordedRequest> all = server.requests();
    for (const sandbox::RecordedRequest &request : all) {
        if (request.method == QLatin1String("POST") && request.path.startsWith(QLatin1String("/api/")))
            posts.append(request);
    }
    return posts;
}

} // namespace

// A keychain that turns out not to work on this desk, as QtKeychain reports
// it without a Secret Service: unusable from the first call, demo credentials
// kept in memory.
class BrokenKeychain : public SecretStore
{
    Q_OBJECT
public:
    Backend backend() const override { return Backend::Keychain; }
    bool persists() const override { return m_usable; }
    void load() override
    {
        QTimer::singleShot(0, this, [this] {
            m_usable = false;
            emit unavailable(QStringLiteral("No keychain service is running"));
            emit loaded({QString::fromLatin1(SandboxServer::DemoApiKey),
                         QString::fromLatin1(SandboxServer::DemoApiSecret)});
        });
    }
    void save(const Credentials &) override { QTimer::singleShot(0, this, &SecretStore::saved); }
    void clear() override {}

private:
    bool m_usable = true;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void everyInputAndButton_hasItsAccessibleName();
    void untouchedForm_showsNoErrors_andCannotStart();
    void keyboardOnly_registersVerifiesAndTurnsActive();
    void invalidEmail_showsItsReason_andKeepsStartDisabled();
    void countryChosenByHand_isNotOverwrittenByThePhone();
    void rejectedCredentials_offerSettings();
    void duplicateEmail_offersTheUserId();
    void refusedLink_isNeitherOpenedNorShown();
    void serverError_offersRetry_thatCompletes();
    void copyLink_putsItOnTheClipboard();
    void nextCustomer_clearsEverything();
    void serverFieldErrors_showUnderTheirFields_asPlainText();
    void settings_saveTheConnection_andHandOverCredentials();
    void brokenKeychain_showsTheSessionOnlyBanner();
    void keyboardOnly_wholeOnboarding_withShortcuts_stepByStep();
    void shortcuts_areNamedInTooltipsAndMenus();
    void phone_isFormattedAsTyped_keepingTheCursor();
    void serverRejection_focusesTheFieldItNames();
    void serverFieldErrors_focusTheFirstInFormOrder();
    void escape_neverLosesTypedData();
    void settings_escapeWithChanges_warnsBeforeClosing();
    void demo_tipsFollowEachStep_andAreDismissible();
    void statusAndMessages_reachScreenReaders();

private:
    void buildDesk(bool autoOpen = true, std::unique_ptr<SecretStore> secrets = {}, bool demo = false);
    void fillValidFormWithKeyboard(const QString &email = QStringLiteral("ana.perez@example.com"));
    void typeInto(const QString &accessibleName, const QString &text);
    QWidget *focused() const { return QApplication::focusWidget(); }
    MainWindow *window() const { return m_desk->window(); }
    QPushButton *startButton() const;
    void screenshot(const QString &name);

    UrlCatcher m_catcher;
    TestDesk m_desk;
};

void TestMainWindow::initTestCase()
{
    m_catcher.install();
}

void TestMainWindow::cleanupTestCase()
{
    UrlCatcher::uninstall();
}

void TestMainWindow::init()
{
    m_catcher.urls.clear();
    m_desk.init();
}

void TestMainWindow::cleanup()
{
    m_desk.cleanup();
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::buildDesk(bool autoOpen, std::unique_ptr<SecretStore> secrets, bool demo)
{
    TestDeskOptions options;
    options.autoOpenLink = autoOpen;
    options.secrets = std::move(secrets);
    options.demo = demo;
    m_desk.build(std::move(options));
}

QPushButton *TestMainWindow::startButton() const
{
    return byAccessibleName<QPushButton>(window(), QStringLiteral("Start verification"));
}

void TestMainWindow::screenshot(const QString &name)
{
    // For people reviewing the layout: QASHDESK_SCREENSHOTS=dir ctest -R tst_mainwindow
    const QString dir = qEnvironmentVariable("QASHDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    // As it opens, and on a small 1024x640 screen (less a title bar) with
    // the demo banner, the tallest case.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window()->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    const QSize size = window()->size();
    window()->resize(1024, 610);
    window()->setDemoMode(true);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window()->grab().save(QDir(dir).filePath(name + QStringLiteral("-small.png")));
    window()->setDemoMode(false);
    window()->resize(size);
}

// Types into the focused widget and checks it is the one expected: the tab
// order is part of what is tested.
void TestMainWindow::typeInto(const QString &accessibleName, const QString &text)
{
    QWidget *widget = focused();
    QVERIFY2(widget, qPrintable(accessibleName));
    // The date edit's inner line edit has the focus proxy's name on its parent.
    QWidget *named = widget->accessibleName().isEmpty() && widget->parentWidget() ? widget->parentWidget() : widget;
    QCOMPARE(named->accessibleName(), accessibleName);
    if (!text.isEmpty())
        typeText(named, text);
    QTest::keyClick(named, Qt::Key_Tab);
}

void TestMainWindow::fillValidFormWithKeyboard(const QString &email)
{
    QCOMPARE(focused()->accessibleName(), QStringLiteral("First name"));
    typeInto(QStringLiteral("First name"), QStringLiteral("Ana María"));
    typeInto(QStringLiteral("Last name"), QStringLiteral("Pérez"));
    typeInto(QStringLiteral("Email"), email);
    // National format: the desk's region (CO) reads it; the country follows.
    typeInto(QStringLiteral("Phone"), QStringLiteral("300 1234567"));
    typeInto(QStringLiteral("Birth date"), QStringLiteral("1985-04-15"));
    typeInto(QStringLiteral("Country"), QString()); // filled from the phone
    typeInto(QStringLiteral("Language"), QStringLiteral("English"));
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Qash user ID"));
}

void TestMainWindow::everyInputAndButton_hasItsAccessibleName()
{
    buildDesk();
    for (const char *name : {"First name", "Last name", "Email", "Phone", "Qash user ID"})
        QVERIFY2(byAccessibleName<QLineEdit>(window(), QLatin1String(name)), name);
    QVERIFY(byAccessibleName<QDateEdit>(window(), QStringLiteral("Birth date")));
    QVERIFY(byAccessibleName<QComboBox>(window(), QStringLiteral("Country")));
    QVERIFY(byAccessibleName<QComboBox>(window(), QStringLiteral("Language")));
    for (const char *name : {"Start verification", "Open on this computer", "Copy link", "Next customer"})
        QVERIFY2(byAccessibleName<QPushButton>(window(), QLatin1String(name)), name);
    QVERIFY(byAccessibleName<QrCodeView>(window(), QStringLiteral("Verification QR code")));

    // Every label is a real label for its input.
    const QList<QLabel *> labels = window()->customerForm()->findChildren<QLabel *>();
    int buddies = 0;
    for (const QLabel *label : labels)
        buddies += label->buddy() ? 1 : 0;
    QCOMPARE(buddies, 8);
}

void TestMainWindow::untouchedForm_showsNoErrors_andCannotStart()
{
    buildDesk();
    screenshot(QStringLiteral("1-empty"));
    QVERIFY(!startButton()->isEnabled());
    const QList<QLabel *> labels = window()->customerForm()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            QVERIFY2(label->isHidden(), qPrintable(label->objectName()));
    }
    auto *birthDate = byAccessibleName<QDateEdit>(window(), QStringLiteral("Birth date"));
    QCOMPARE(birthDate->text(), QStringLiteral("Not set"));

    // Enter on an incomplete form sends nothing, but now says what is missing.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(focused()->accessibleName(), QStringLiteral("First name"));
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("firstNameError"))->isVisible());
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("birthDateError"))->isVisible());
    QVERIFY(m_desk.sandbox()->requests().isEmpty());
}

void TestMainWindow::keyboardOnly_registersVerifiesAndTurnsActive()
{
    buildDesk();
    fillValidFormWithKeyboard();

    auto *country = byAccessibleName<QComboBox>(window(), QStringLiteral("Country"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("CO"));
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("phoneRegionLabel"))->text(), country->currentText());
    QCOMPARE(byAccessibleName<QLineEdit>(window(), QStringLiteral("Phone"))->text(), QStringLiteral("+57 300 1234567"));
    QVERIFY(startButton()->isEnabled());
    screenshot(QStringLiteral("2-filled"));

    QTest::keyClick(focused(), Qt::Key_Return);

    // The link opens by itself (the default) and shows as a QR code.
    QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 1, FlowTimeoutMs);
    const QUrl link = m_catcher.urls.constFirst();
    QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
    auto *qr = byAccessibleName<QrCodeView>(window(), QStringLiteral("Verification QR code"));
    QVERIFY(qr->isVisible());
    QVERIFY(!qr->isEmpty());
    QCOMPARE(window()->handOffPanel()->link(), link);
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("linkHostLabel"))->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(window()->statusText(),
             QStringLiteral("Waiting for the customer to finish verification (status: pending)"));
    QVERIFY(!byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"))->isEnabled());
    screenshot(QStringLiteral("3-handoff"));

    // Register, then start KYC, with what staff typed, normalised.
    const QList<sandbox::RecordedRequest> posts = apiPosts(*m_desk.sandbox());
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).path, QStringLiteral("/api/v1/partner/users"));
    QCOMPARE(posts.at(1).path, QStringLiteral("/api/v1/partner/kyc"));
    const QJsonObject user = QJsonDocument::fromJson(posts.at(0).body).object();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("ana.perez@example.com"));
    QCOMPARE(user.value(QStringLiteral("countryCode")).toString(), QStringLiteral("CO"));
    QCOMPARE(user.value(QStringLiteral("phone")).toString(), QStringLiteral("+573001234567"));
    QCOMPARE(user.value(QStringLiteral("preferredLanguage")).toString(), QStringLiteral("en"));
    const QJsonObject kyc = QJsonDocument::fromJson(posts.at(1).body).object();
    QCOMPARE(kyc.value(QStringLiteral("firstName")).toString(), QStringLiteral("Ana María"));
    QCOMPARE(kyc.value(QStringLiteral("lastName")).toString(), QStringLiteral("Pérez"));
    QCOMPARE(kyc.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-04-15"));

    // The customer finishes on their phone; the status line follows.
    QVERIFY(m_desk.sandbox()->completeVerification(m_desk->flow()->session().inquiryId));
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(), QStringLiteral("Verified — the customer is active"),
                              FlowTimeoutMs);
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Next customer"));
    screenshot(QStringLiteral("4-active"));
}

void TestMainWindow::invalidEmail_showsItsReason_andKeepsStartDisabled()
{
    buildDesk();
    typeInto(QStringLiteral("First name"), QStringLiteral("Ana"));
    typeInto(QStringLiteral("Last name"), QStringLiteral("Pérez"));
    typeInto(QStringLiteral("Email"), QStringLiteral("ana.perez@"));

    auto *emailError = window()->findChild<QLabel *>(QStringLiteral("emailError"));
    QVERIFY(emailError->isVisible());
    QCOMPARE(emailError->text(), CustomerValidator::checkEmail(QStringLiteral("ana.perez@")));
    QCOMPARE(byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"))->accessibleDescription(),
             emailError->text());
    // Fields not yet reached stay quiet.
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("phoneError"))->isHidden());

    typeInto(QStringLiteral("Phone"), QStringLiteral("+57 300 1234567"));
    typeInto(QStringLiteral("Birth date"), QStringLiteral("19850415"));
    QVERIFY(!startButton()->isEnabled());
    screenshot(QStringLiteral("5-invalid-email"));

    // Fixing it clears the reason at once and enables the button.
    auto *email = byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"));
    email->setFocus();
    QTest::keyClick(email, Qt::Key_End);
    typeText(email, QStringLiteral("example.com"));
    QVERIFY(emailError->isHidden());
    QVERIFY(startButton()->isEnabled());
}

void TestMainWindow::countryChosenByHand_isNotOverwrittenByThePhone()
{
    buildDesk();
    auto *phone = byAccessibleName<QLineEdit>(window(), QStringLiteral("Phone"));
    auto *country = byAccessibleName<QComboBox>(window(), QStringLiteral("Country"));
    auto *region = window()->findChild<QLabel *>(QStringLiteral("phoneRegionLabel"));

    phone->setFocus();
    typeText(phone, QStringLiteral("+34 612 345 678"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("ES"));
    QCOMPARE(region->text(), country->currentText());

    // Staff pick the country themselves (a Spanish number, living in Mexico).
    country->setFocus();
    typeText(country, QStringLiteral("Mexico"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("MX"));

    phone->setFocus();
    phone->selectAll();
    typeText(phone, QStringLiteral("+57 300 1234567"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("MX"));
    // The phone's own country is still shown beside it.
    QCOMPARE(region->text(), country->itemText(country->findData(QStringLiteral("CO"))));
}

void TestMainWindow::rejectedCredentials_offerSettings()
{
    m_desk.sandbox()->setCredentials("qash_key_test_other", "qash_secret_test_other");
    buildDesk();
    fillValidFormWithKeyboard();
    QTest::keyClick(focused(), Qt::Key_Return);

    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QVERIFY2(bar->text().startsWith(QLatin1String("The API key or secret was rejected")), qPrintable(bar->text()));
    auto *settings = byAccessibleName<QPushButton>(bar, QStringLiteral("Open Settings"));
    QVERIFY(settings);
    QVERIFY(settings->isVisible());
    QVERIFY(m_catcher.urls.isEmpty());
    // The form can be corrected again.
    QVERIFY(byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"))->isEnabled());
    screenshot(QStringLiteral("6-unauthorized"));

    QTest::mouseClick(settings, Qt::LeftButton);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    // The stored secret is never put back on screen.
    QVERIFY(byAccessibleName<QLineEdit>(dialog, QStringLiteral("API secret"))->text().isEmpty());
    QCOMPARE(byAccessibleName<QLineEdit>(dialog, QStringLiteral("API secret"))->echoMode(), QLineEdit::Password);
    if (!qEnvironmentVariableIsEmpty("QASHDESK_SCREENSHOTS")) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QDir dir(qEnvironmentVariable("QASHDESK_SCREENSHOTS"));
        dialog->grab().save(dir.filePath(QStringLiteral("7-settings.png")));
    }
    dialog->reject();
}

void TestMainWindow::duplicateEmail_offersTheUserId()
{
    buildDesk(false);
    fillValidFormWithKeyboard(QStringLiteral("twice@example.com"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->flow()->state(), OnboardingFlow::State::WaitingForCustomer, FlowTimeoutMs);
    const QString firstUserId = m_desk->flow()->userId();

    QTest::keySequence(window(), QKeySequence::New);
    fillValidFormWithKeyboard(QStringLiteral("twice@example.com"));
    QTest::keyClick(focused(), Qt::Key_Return);

    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QVERIFY2(bar->text().startsWith(QLatin1String("This email is already registered")), qPrintable(bar->text()));
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("emailError"))->isVisible());
    auto *useId = byAccessibleName<QPushButton>(bar, QStringLiteral("Enter their Qash user ID"));
    QVERIFY(useId);
    QTest::mouseClick(useId, Qt::LeftButton);
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Qash user ID"));

    // With the ID, the desk skips registration; this user's KYC was started
    // above, so the server answers 409 and the live status is shown.
    typeText(focused(), firstUserId);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().startsWith(QLatin1String("Verification was already started")),
                             FlowTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(),
                              QStringLiteral("Waiting for the customer to finish verification (status: pending)"),
                              FlowTimeoutMs);
}

void TestMainWindow::refusedLink_isNeitherOpenedNorShown()
{
    m_desk.sandbox()->setVerificationUrlOverride(QStringLiteral("https://verify.evil.example/inq_1"));
    buildDesk();
    fillValidFormWithKeyboard();
    QTest::keyClick(focused(), Qt::Key_Return);

    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QVERIFY2(bar->text().startsWith(QLatin1String("The server returned a link this app will not open")),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QLatin1String("verify.evil.example")));
    QVERIFY(m_catcher.urls.isEmpty());
    QVERIFY(!window()->handOffPanel()->isVisible());
    QVERIFY(byAccessibleName<QrCodeView>(window(), QStringLiteral("Verification QR code"))->isEmpty());
}

void TestMainWindow::serverError_offersRetry_thatCompletes()
{
    buildDesk();
    fillValidFormWithKeyboard();
    m_desk.sandbox()->failNextRequests(1, 503);
    QTest::keyClick(focused(), Qt::Key_Return);

    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QVERIFY2(bar->text().startsWith(QLatin1String("Could not register the customer")), qPrintable(bar->text()));
    auto *retry = byAccessibleName<QPushButton>(bar, QStringLiteral("Retry"));
    QVERIFY(retry);
    screenshot(QStringLiteral("8-server-error"));

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 1, FlowTimeoutMs);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::copyLink_putsItOnTheClipboard()
{
    buildDesk(false);
    fillValidFormWithKeyboard();
    QTest::keyClick(focused(), Qt::Key_Return);
    auto *copy = byAccessibleName<QPushButton>(window(), QStringLiteral("Copy link"));
    QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible() && copy->isEnabled(), FlowTimeoutMs);
    QVERIFY(m_catcher.urls.isEmpty()); // automatic opening switched off

    QTest::mouseClick(copy, Qt::LeftButton);
    const QUrl link = window()->handOffPanel()->link();
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString(QUrl::FullyEncoded));
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("copiedLabel"))->isVisible());

    QTest::mouseClick(byAccessibleName<QPushButton>(window(), QStringLiteral("Open on this computer")), Qt::LeftButton);
    QCOMPARE(m_catcher.urls, QList<QUrl>{link});
}

void TestMainWindow::nextCustomer_clearsEverything()
{
    buildDesk();
    fillValidFormWithKeyboard();
    typeText(focused(), QStringLiteral("not-a-user-id"));
    // An invalid optional ID blocks the start; clear it again with the keyboard.
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(focused(), Qt::Key_Delete);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QTest::mouseClick(byAccessibleName<QPushButton>(window(), QStringLiteral("Copy link")), Qt::LeftButton);
    // The desk takes its link back only while it still owns the clipboard;
    // the offscreen platform cannot tell, so there it stays.
    const bool ownershipKnown = QGuiApplication::clipboard()->ownsClipboard();

    QTest::keySequence(window(), QKeySequence::New);

    for (const char *name : {"First name", "Last name", "Email", "Phone", "Qash user ID"}) {
        auto *edit = byAccessibleName<QLineEdit>(window(), QLatin1String(name));
        QVERIFY2(edit->text().isEmpty(), name);
        QVERIFY2(edit->isEnabled(), name);
        // The previous customer cannot come back through Undo.
        QVERIFY2(!edit->isUndoAvailable(), name);
    }
    QCOMPARE(byAccessibleName<QDateEdit>(window(), QStringLiteral("Birth date"))->text(), QStringLiteral("Not set"));
    QCOMPARE(byAccessibleName<QComboBox>(window(), QStringLiteral("Country"))->currentIndex(), -1);
    // The customer's language starts as the desk's UI language (English here).
    QCOMPARE(byAccessibleName<QComboBox>(window(), QStringLiteral("Language"))->currentData().toString(),
             QStringLiteral("en"));
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("phoneRegionLabel"))->text().isEmpty());
    QVERIFY(!window()->handOffPanel()->isVisible());
    QVERIFY(byAccessibleName<QrCodeView>(window(), QStringLiteral("Verification QR code"))->isEmpty());
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("linkHostLabel"))->text().isEmpty());
    if (ownershipKnown)
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!window()->messageBar()->isVisible());
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Idle);
    QCOMPARE(window()->statusText(), QStringLiteral("No verification in progress."));
    QVERIFY(!startButton()->isEnabled());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("First name"));
}

void TestMainWindow::serverFieldErrors_showUnderTheirFields_asPlainText()
{
    buildDesk();
    fillValidFormWithKeyboard();
    // What a 400 looks like once PartnerApi parsed it; the markup must reach
    // the screen as the characters the server sent.
    ApiError error;
    error.kind = ApiErrorKind::Validation;
    error.httpStatus = 400;
    error.message = QStringLiteral("<b>Validation failed</b>");
    error.fieldErrors.insert(QStringLiteral("birthDate"), QStringLiteral("<i>must</i> be a valid date"));
    error.fieldErrors.insert(QStringLiteral("somethingElse"), QStringLiteral("ignored"));
    emit m_desk->flow()->failed(OnboardingFlow::Failure::RejectedByServer, error);

    auto *birthDateError = window()->findChild<QLabel *>(QStringLiteral("birthDateError"));
    QVERIFY(birthDateError->isVisible());
    QCOMPARE(birthDateError->text(), QStringLiteral("<i>must</i> be a valid date"));
    QCOMPARE(birthDateError->textFormat(), Qt::PlainText);
    QCOMPARE(window()->messageBar()->text(), QStringLiteral("<b>Validation failed</b>"));
    auto *messageText = window()->messageBar()->findChild<QLabel *>(QStringLiteral("messageText"));
    QCOMPARE(messageText->textFormat(), Qt::PlainText);
    // A problem can be selected, to be copied into a support request.
    QVERIFY(messageText->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    // Changing the field takes the server's objection away.
    auto *birthDate = byAccessibleName<QDateEdit>(window(), QStringLiteral("Birth date"));
    birthDate->setFocus();
    QTest::keyClick(birthDate, Qt::Key_Up);
    QVERIFY(birthDateError->isHidden());
}

void TestMainWindow::settings_saveTheConnection_andHandOverCredentials()
{
    buildDesk();
    QTest::keySequence(window(), QKeySequence(QStringLiteral("Ctrl+,")));
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());

    auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    auto *custom = dialog->findChild<QRadioButton *>(QStringLiteral("customRadio"));
    auto *url = byAccessibleName<QLineEdit>(dialog, QStringLiteral("Custom URL"));
    custom->click();
    url->setFocus();
    typeText(url, QStringLiteral("http://gateway.example.com"));
    QVERIFY(!save->isEnabled()); // plain http to another computer
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("customUrlError"))->isVisible());
    url->selectAll();
    typeText(url, QStringLiteral("https://gateway.example.com"));
    QVERIFY(save->isEnabled());

    auto *key = byAccessibleName<QLineEdit>(dialog, QStringLiteral("API key"));
    auto *secret = byAccessibleName<QLineEdit>(dialog, QStringLiteral("API secret"));
    key->setFocus();
    typeText(key, QStringLiteral("qash_key_test_new"));
    QVERIFY(!save->isEnabled()); // a key without its secret
    secret->setFocus();
    typeText(secret, QStringLiteral("qash_secret_test_new"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(secret, Qt::Key_Return); // Save is the dialog's default button
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    QCOMPARE(m_desk->settings()->environment(), AppSettings::Environment::Custom);
    QCOMPARE(m_desk->settings()->customBaseUrl(), QUrl(QStringLiteral("https://gateway.example.com")));
    // The sandbox given for this run still wins over the saved choice.
    QCOMPARE(m_desk->api()->baseUrl(), m_desk.sandbox()->baseUrl());

    // The new pair reaches the store (and the sandbox, which rejects it).
    QSignalSpy loaded(m_desk->secrets(), &SecretStore::loaded);
    m_desk->secrets()->load();
    QVERIFY(loaded.wait());
    const auto stored = loaded.constFirst().constFirst().value<Credentials>();
    QCOMPARE(stored.apiKey, QStringLiteral("qash_key_test_new"));
    QCOMPARE(stored.apiSecret, QStringLiteral("qash_secret_test_new"));
}

void TestMainWindow::brokenKeychain_showsTheSessionOnlyBanner()
{
    buildDesk(true, std::make_unique<BrokenKeychain>());
    auto *banner = window()->findChild<MessageBar *>(QStringLiteral("credentialsBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QLatin1String("Credentials are kept for this session only")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QLatin1String("No keychain service is running")));
    // The desk still works for this session.
    fillValidFormWithKeyboard();
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_catcher.urls.size(), 1, FlowTimeoutMs);
}

void TestMainWindow::keyboardOnly_wholeOnboarding_withShortcuts_stepByStep()
{
    buildDesk(false);
    MainWindow *w = window();
    auto *openLink = w->findChild<QAction *>(QStringLiteral("actionOpenLink"));
    auto *copyLink = w->findChild<QAction *>(QStringLiteral("actionCopyLink"));
    auto *phone = byAccessibleName<QLineEdit>(w, QStringLiteral("Phone"));
    auto *country = byAccessibleName<QComboBox>(w, QStringLiteral("Country"));
    auto *qr = byAccessibleName<QrCodeView>(w, QStringLiteral("Verification QR code"));

    // Launch: the cursor waits in First name; nothing to open or copy yet.
    QCOMPARE(focused()->accessibleName(), QStringLiteral("First name"));
    QCOMPARE(w->statusText(), QStringLiteral("No verification in progress."));
    QVERIFY(!startButton()->isEnabled());
    QVERIFY(!openLink->isEnabled());
    QVERIFY(!copyLink->isEnabled());

    // Typing, Tab after each field.
    typeInto(QStringLiteral("First name"), QStringLiteral("Ana María"));
    QCOMPARE(byAccessibleName<QLineEdit>(w, QStringLiteral("First name"))->text(), QStringLiteral("Ana María"));
    typeInto(QStringLiteral("Last name"), QStringLiteral("Pérez"));
    typeInto(QStringLiteral("Email"), QStringLiteral("ana.perez@example.com"));
    QCOMPARE(focused(), phone);
    typeText(phone, QStringLiteral("3001234567"));
    QCOMPARE(phone->text(), QStringLiteral("300 1234567")); // formatted as typed
    QCOMPARE(country->currentData().toString(), QStringLiteral("CO")); // from the number
    QTest::keyClick(phone, Qt::Key_Tab);
    QCOMPARE(phone->text(), QStringLiteral("+57 300 1234567")); // international once left
    typeInto(QStringLiteral("Birth date"), QStringLiteral("1985-04-15"));
    QCOMPARE(byAccessibleName<QDateEdit>(w, QStringLiteral("Birth date"))->date(), QDate(1985, 4, 15));
    typeInto(QStringLiteral("Country"), QString());
    typeInto(QStringLiteral("Language"), QString());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Qash user ID"));
    QVERIFY(startButton()->isEnabled());
    const QList<QLabel *> labels = w->customerForm()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Error")))
            QVERIFY2(label->isHidden(), qPrintable(label->objectName()));
    }
    QVERIFY(m_desk.sandbox()->requests().isEmpty());

    // Enter: registered, verification started, the link handed off.
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->flow()->state(), OnboardingFlow::State::WaitingForCustomer, FlowTimeoutMs);
    QCOMPARE(apiPosts(*m_desk.sandbox()).size(), 2);
    QVERIFY(w->handOffPanel()->isVisible());
    QVERIFY(!qr->isEmpty());
    QVERIFY(qr->width() >= QrCodeView::MinimumSide && qr->height() >= QrCodeView::MinimumSide);
    QCOMPARE(w->statusText(), QStringLiteral("Waiting for the customer to finish verification (status: pending)"));
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Open on this computer"));
    QVERIFY(!byAccessibleName<QLineEdit>(w, QStringLiteral("Email"))->isEnabled());
    QVERIFY(openLink->isEnabled());
    QVERIFY(copyLink->isEnabled());
    QVERIFY(m_catcher.urls.isEmpty());
    const QUrl link = w->handOffPanel()->link();

    // Ctrl+Shift+C copies the link (plain Ctrl+C stays the fields' own).
    QTest::keyClick(focused(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), link.toString(QUrl::FullyEncoded));
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("copiedLabel"))->isVisible());

    // Ctrl+O opens it on this computer; Enter on the focused button does too.
    QTest::keySequence(focused(), QKeySequence::Open);
    QCOMPARE(m_catcher.urls, QList<QUrl>{link});
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_catcher.urls.size(), 2);

    // F5 asks for the status now.
    const auto statusReads = [this] {
        int reads = 0;
        const QList<sandbox::RecordedRequest> all = m_desk.sandbox()->requests();
        for (const sandbox::RecordedRequest &request : all)
            reads += request.method == QLatin1String("GET") && request.path.startsWith(QLatin1String("/api/")) ? 1 : 0;
        return reads;
    };
    m_desk->flow()->setPollInterval(60000); // only F5 reads it now
    QSignalSpy checked(m_desk->flow(), &OnboardingFlow::statusChecked);
    (void)checked.wait(1000); // a poll already on its way lands first
    checked.clear();
    const int before = statusReads();
    QTest::keySequence(focused(), QKeySequence::Refresh);
    QTRY_VERIFY_WITH_TIMEOUT(statusReads() > before, FlowTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), FlowTimeoutMs);

    // The customer finishes on their phone: verified, the link leaves the screen.
    QVERIFY(m_desk.sandbox()->completeVerification(m_desk->flow()->session().inquiryId));
    QTest::keySequence(focused(), QKeySequence::Refresh);
    QTRY_COMPARE_WITH_TIMEOUT(w->statusText(), QStringLiteral("Verified — the customer is active"), FlowTimeoutMs);
    QVERIFY(!w->handOffPanel()->isVisible());
    QVERIFY(!openLink->isEnabled());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Next customer"));

    // Enter on "Next customer": a clean form for the next person in line.
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_desk->flow()->state(), OnboardingFlow::State::Idle);
    QVERIFY(byAccessibleName<QLineEdit>(w, QStringLiteral("Email"))->text().isEmpty());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("First name"));
    QCOMPARE(w->statusText(), QStringLiteral("No verification in progress."));
}

void TestMainWindow::shortcuts_areNamedInTooltipsAndMenus()
{
    buildDesk();
    MainWindow *w = window();
    const auto action = [w](const char *name) { return w->findChild<QAction *>(QLatin1String(name)); };
    QCOMPARE(action("actionNextCustomer")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action("actionRefreshStatus")->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(action("actionOpenLink")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action("actionCopyLink")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(!action("actionSettings")->shortcut().isEmpty());

    // Every one of them sits in a menu, where Qt shows its keys...
    for (const char *name : {"actionNextCustomer", "actionRefreshStatus", "actionOpenLink", "actionCopyLink",
                             "actionSettings", "actionQuit"}) {
        const QObjectList owners = action(name)->associatedObjects();
        QVERIFY2(std::any_of(owners.cbegin(), owners.cend(),
                             [](const QObject *owner) { return qobject_cast<const QMenu *>(owner); }),
                 name);
    }
    // ...and the buttons' tooltips teach them.
    const auto keys = [&](const char *name) { return action(name)->shortcut().toString(QKeySequence::NativeText); };
    const QList<QPair<QString, const char *>> buttons = {{QStringLiteral("Next customer"), "actionNextCustomer"},
                                                         {QStringLiteral("Refresh status"), "actionRefreshStatus"},
                                                         {QStringLiteral("Open on this computer"), "actionOpenLink"},
                                                         {QStringLiteral("Copy link"), "actionCopyLink"}};
    for (const auto &[button, name] : buttons) {
        const QString tip = byAccessibleName<QPushButton>(w, button)->toolTip();
        QVERIFY2(tip.contains(keys(name)), qPrintable(tip));
    }
    QVERIFY(startButton()->toolTip().contains(QLatin1String("(Enter)")));
}

void TestMainWindow::phone_isFormattedAsTyped_keepingTheCursor()
{
    buildDesk();
    auto *phone = byAccessibleName<QLineEdit>(window(), QStringLiteral("Phone"));
    phone->setFocus();
    typeText(phone, QStringLiteral("3001"));
    QCOMPARE(phone->text(), QStringLiteral("300 1"));
    QCOMPARE(phone->cursorPosition(), phone->text().size());
    typeText(phone, QStringLiteral("234567"));
    QCOMPARE(phone->text(), QStringLiteral("300 1234567"));

    // A correction in the middle: the cursor stays after the digit it followed.
    phone->setCursorPosition(3); // "300|"
    QTest::keyClick(phone, Qt::Key_Backspace);
    const QString left = phone->text().left(phone->cursorPosition());
    QCOMPARE(left.count(QRegularExpression(QStringLiteral("\\d"))), 2);
    QVERIFY(left.endsWith(QLatin1Char('0')));
    QCOMPARE(QString(phone->text()).remove(QLatin1Char(' ')), QStringLiteral("301234567"));

    // International numbers in their own country's format.
    phone->selectAll();
    typeText(phone, QStringLiteral("+34612345678"));
    QVERIFY2(phone->text().startsWith(QLatin1String("+34 612")), qPrintable(phone->text()));
    QCOMPARE(window()->findChild<QLabel *>(QStringLiteral("phoneRegionLabel"))->text(),
             byAccessibleName<QComboBox>(window(), QStringLiteral("Country"))->currentText());
    QVERIFY(phone->accessibleDescription().contains(window()->findChild<QLabel *>(QStringLiteral("phoneRegionLabel"))->text()));

    // Anything that is not a number is left as typed, for the check to explain.
    phone->selectAll();
    typeText(phone, QStringLiteral("300 ext 12"));
    QCOMPARE(phone->text(), QStringLiteral("300 ext 12"));
}

void TestMainWindow::serverRejection_focusesTheFieldItNames()
{
    buildDesk();
    // Accepted here, refused by the server (two dots in a row).
    fillValidFormWithKeyboard(QStringLiteral("ana..perez@example.com"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->messageBar()->isVisible(), FlowTimeoutMs);
    QCOMPARE(m_desk->flow()->failure(), OnboardingFlow::Failure::RejectedByServer);
    QVERIFY(window()->findChild<QLabel *>(QStringLiteral("emailError"))->isVisible());
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Email"));
    // Corrected and sent again, with the keyboard only.
    QTest::keyClick(focused(), Qt::Key_Home);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Right);
    QTest::keyClick(focused(), Qt::Key_Delete);
    QCOMPARE(byAccessibleName<QLineEdit>(window(), QStringLiteral("Email"))->text(),
             QStringLiteral("ana.perez@example.com"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
}

void TestMainWindow::serverFieldErrors_focusTheFirstInFormOrder()
{
    buildDesk();
    fillValidFormWithKeyboard();
    ApiError error;
    error.kind = ApiErrorKind::Validation;
    error.httpStatus = 400;
    error.fieldErrors.insert(QStringLiteral("birthDate"), QStringLiteral("must be a valid date"));
    error.fieldErrors.insert(QStringLiteral("phone"), QStringLiteral("must be a valid phone number"));
    emit m_desk->flow()->failed(OnboardingFlow::Failure::RejectedByServer, error);
    // Phone comes before the birth date in the form.
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Phone"));
    QCOMPARE(focused()->accessibleDescription(), QStringLiteral("must be a valid phone number"));

}

void TestMainWindow::escape_neverLosesTypedData()
{
    buildDesk();
    fillValidFormWithKeyboard();
    const CustomerDraft before = window()->customerForm()->draft();
    // Escape in every field, and on the window.
    QWidget *first = byAccessibleName<QLineEdit>(window(), QStringLiteral("First name"));
    first->setFocus();
    for (int field = 0; field < 8; ++field) {
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    QTest::keyClick(window(), Qt::Key_Escape);
    const CustomerDraft after = window()->customerForm()->draft();
    QCOMPARE(after.firstName, before.firstName);
    QCOMPARE(after.lastName, before.lastName);
    QCOMPARE(after.email, before.email);
    QCOMPARE(after.phone, before.phone);
    QCOMPARE(after.birthDate, before.birthDate);
    QCOMPARE(after.countryCode, before.countryCode);
    QCOMPARE(after.preferredLanguage, before.preferredLanguage);
    QVERIFY(window()->customerForm()->isValid());
}

void TestMainWindow::settings_escapeWithChanges_warnsBeforeClosing()
{
    buildDesk();
    // Nothing changed: Escape closes at once.
    QTest::keySequence(window(), QKeySequence(QStringLiteral("Ctrl+,")));
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!window()->findChild<SettingsDialog *>());
    window()->activateWindow(); // the offscreen platform does not hand activation back
    QVERIFY(QTest::qWaitForWindowActive(window()));

    // A key typed: the first Escape only warns, the second closes.
    QTest::keySequence(window(), QKeySequence(QStringLiteral("Ctrl+,")));
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *key = byAccessibleName<QLineEdit>(dialog, QStringLiteral("API key"));
    key->setFocus();
    typeText(key, QStringLiteral("qash_key_test_typed"));
    QTest::keyClick(key, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QCOMPARE(key->text(), QStringLiteral("qash_key_test_typed"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("discardNote"))->isVisible());
    QTest::keyClick(key, Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QTRY_VERIFY(!window()->findChild<SettingsDialog *>());
}

void TestMainWindow::demo_tipsFollowEachStep_andAreDismissible()
{
    buildDesk(false, {}, true);
    MainWindow *w = window();
    auto *guide = w->findChild<MessageBar *>(QStringLiteral("demoGuide"));
    auto *fill = w->findChild<QAction *>(QStringLiteral("actionFillDemoCustomer"));
    QVERIFY(fill->isVisible());
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::FillForm);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->text().contains(fill->shortcut().toString(QKeySequence::NativeText)));
    // Tips are not selectable text: that would draw them through a rich-text
    // document, a cost the first frame pays (bench/README.md, F9).
    QCOMPARE(guide->findChild<QLabel *>(QStringLiteral("messageText"))->textInteractionFlags(),
             Qt::NoTextInteraction);

    // Ctrl+Shift+D: a made-up, valid customer, with a fresh email each time.
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const CustomerDraft demo = w->customerForm()->draft();
    QCOMPARE(demo.firstName, QStringLiteral("Ana María"));
    QCOMPARE(demo.lastName, QStringLiteral("Pérez"));
    QVERIFY2(QRegularExpression(QStringLiteral("^ana\\.perez\\+\\d+@example\\.com$")).match(demo.email).hasMatch(),
             qPrintable(demo.email));
    QCOMPARE(demo.phone, QStringLiteral("+57 300 1234567"));
    QCOMPARE(demo.birthDate, QDate(1990, 4, 15));
    QCOMPARE(demo.countryCode, QStringLiteral("CO"));
    QCOMPARE(demo.preferredLanguage, QStringLiteral("es"));
    QVERIFY(w->customerForm()->isValid());
    QCOMPARE(focused(), startButton());
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::Submit);

    // Escape waves the tip away and nothing else.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::None);
    QVERIFY(!guide->isVisible());
    QCOMPARE(w->customerForm()->draft().email, demo.email);

    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w->demoTip(), MainWindow::DemoStep::OpenLink, FlowTimeoutMs);
    QTest::keySequence(focused(), QKeySequence::Open);
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::CompleteOnSandbox);
    QVERIFY(m_desk.sandbox()->completeVerification(m_desk->flow()->session().inquiryId));
    QTRY_COMPARE_WITH_TIMEOUT(w->demoTip(), MainWindow::DemoStep::NextCustomer, FlowTimeoutMs);

    // The close button works like Escape.
    QTest::mouseClick(guide->findChild<QToolButton *>(QStringLiteral("dismissButton")), Qt::LeftButton);
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::None);

    // The next round: the step not dismissed shows again, the dismissed one not.
    QTest::keySequence(w, QKeySequence::New);
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::FillForm);
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::None);
    QVERIFY(w->customerForm()->draft().email != demo.email);
    // Asking for the tips again brings back every one.
    auto *tips = w->findChild<QAction *>(QStringLiteral("actionDemoTips"));
    tips->trigger();
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::None);
    tips->trigger();
    QCOMPARE(w->demoTip(), MainWindow::DemoStep::Submit);
}

void TestMainWindow::statusAndMessages_reachScreenReaders()
{
    buildDesk();
    const auto accessibleText = [](QObject *object, QAccessible::Text which) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
        return iface ? iface->text(which) : QString();
    };
    auto *status = window()->findChild<QLabel *>(QStringLiteral("statusLabel"));
    // The status label's name is the status, so reading it (and its change
    // notification) says what happened; its description says what it is.
    QCOMPARE(accessibleText(status, QAccessible::Name), window()->statusText());
    QCOMPARE(accessibleText(status, QAccessible::Description), QStringLiteral("Verification status"));

    fillValidFormWithKeyboard();
    m_desk.sandbox()->failNextRequests(1, 503);
    QTest::keyClick(focused(), Qt::Key_Return);
    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QCOMPARE(accessibleText(bar, QAccessible::Description), bar->text());
    QCOMPARE(accessibleText(status, QAccessible::Name), window()->statusText());
    // Keyboard users land on the way out: Retry.
    QCOMPARE(focused()->accessibleName(), QStringLiteral("Retry"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
