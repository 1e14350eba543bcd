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
#include "settingsdialog.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QDialogButtonBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace qash;
using qash::sandbox::SandboxServer;

namespace {

constexpr int FlowTimeoutMs = 10000;

// Every input and button by the name assistive technology sees.
template <typename T>
T *byAccessibleName(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

// QTest::keyClicks() takes ASCII only; "Pérez" needs key events that carry
// their text, as an input method or a Spanish keyboard would send.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

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

// QDesktopServices calls its handlers by slot name.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
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

private:
    void buildDesk(bool autoOpen = true, std::unique_ptr<SecretStore> secrets = {});
    void fillValidFormWithKeyboard(const QString &email = QStringLiteral("ana.perez@example.com"));
    void typeInto(const QString &accessibleName, const QString &text);
    QWidget *focused() const { return QApplication::focusWidget(); }
    MainWindow *window() const { return m_desk->window(); }
    QPushButton *startButton() const;
    void screenshot(const QString &name);

    UrlCatcher m_catcher;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<DeskContext> m_desk;
};

void TestMainWindow::initTestCase()
{
    // Demo links are http://127.0.0.1...; nothing may reach a real browser.
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
}

void TestMainWindow::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestMainWindow::init()
{
    m_catcher.urls.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
}

void TestMainWindow::cleanup()
{
    m_desk.reset();
    m_sandbox.reset();
    m_dir.reset();
    QGuiApplication::clipboard()->clear();
}

void TestMainWindow::buildDesk(bool autoOpen, std::unique_ptr<SecretStore> secrets)
{
    auto settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    settings->setDefaultRegion(QStringLiteral("CO"));
    settings->setAutoOpenLink(autoOpen);
    if (!secrets) {
        secrets = std::make_unique<MemorySecretStore>();
        secrets->save({QString::fromLatin1(SandboxServer::DemoApiKey),
                       QString::fromLatin1(SandboxServer::DemoApiSecret)});
    }

    DeskOptions options;
    options.baseUrlOverride = m_sandbox->baseUrl();
    options.allowLoopbackLinks = true;
    options.pollIntervalMs = 250;
    m_desk = std::make_unique<DeskContext>(&m_network, std::move(settings), std::move(secrets), options);
    QTRY_VERIFY(m_desk->api()->hasCredentials());

    window()->show();
    QVERIFY(QTest::qWaitForWindowActive(window()));
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
    QVERIFY(m_sandbox->requests().isEmpty());
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
    const QList<sandbox::RecordedRequest> posts = apiPosts(*m_sandbox);
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
    QVERIFY(m_sandbox->completeVerification(m_desk->flow()->session().inquiryId));
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
    m_sandbox->setCredentials("qash_key_test_other", "qash_secret_test_other");
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
    m_sandbox->setVerificationUrlOverride(QStringLiteral("https://verify.evil.example/inq_1"));
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
    m_sandbox->failNextRequests(1, 503);
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
    QCOMPARE(byAccessibleName<QComboBox>(window(), QStringLiteral("Language"))->currentData().toString(),
             QStringLiteral("es"));
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
    QCOMPARE(window()->messageBar()->findChild<QLabel *>(QStringLiteral("messageText"))->textFormat(),
             Qt::PlainText);

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
    QCOMPARE(m_desk->api()->baseUrl(), m_sandbox->baseUrl());

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
