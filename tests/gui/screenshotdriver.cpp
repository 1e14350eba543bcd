// qashdesk-screenshots: drives one demo onboarding with key events and saves
// the window at each step, for the README (scripts/screenshots) and for
// reviewing layouts in other languages, sizes, scale factors and palettes.
//
//   qashdesk-screenshots --out DIR [--language en|es] [--size 1100x720] [--dark] [--suffix -narrow]
//
// Writes DIR/main-<lang><suffix>.png (the form, filled in), handoff-… (the
// QR code), verified-… and settings-… . Not a test: it only fails when the
// app does not reach a step.

#include "customerform.h"
#include "darkpalette.h"
#include "deskcontext.h"
#include "handoffpanel.h"
#include "mainwindow.h"
#include "onboarding/onboardingflow.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <memory>

using namespace qash;

namespace {

constexpr int StepTimeoutMs = 15000;

// Links open nowhere: the screenshots show the desk, not a browser.
class LinkSink : public QObject
{
    Q_OBJECT
public slots:
    void open(const QUrl &) {}
};

bool waitFor(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(StepTimeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    // Let layouts, repaints and the status line settle.
    QTest::qWait(200);
    return true;
}

bool save(QWidget *widget, const QDir &dir, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    // Quality 0 is PNG's strongest compression: README images stay small.
    const bool saved = widget->grab().save(dir.filePath(name), "PNG", 0);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write",
                 qPrintable(QDir::toNativeSeparators(dir.filePath(name))));
    return saved;
}

int fail(const char *step)
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    std::fprintf(stderr, "qashdesk-screenshots: the desk did not reach: %s\n", step);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The flow's step-by-step log would bury the list of files written.
    QLoggingCategory::setFilterRules(QStringLiteral("qash.*.debug=false\nqash.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("Qash Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QASHDESK_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory for the PNG files."),
                                       QStringLiteral("dir"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or es."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size in logical pixels."),
                                        QStringLiteral("WxH"), QStringLiteral("1100x720"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Fusion with a dark palette."));
    const QCommandLineOption suffixOption(QStringLiteral("suffix"), QStringLiteral("Appended to each file name."),
                                          QStringLiteral("text"));
    parser.addOptions({outOption, languageOption, sizeOption, darkOption, suffixOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        std::fputs("qashdesk-screenshots: --out DIR is required\n", stderr);
        return 2;
    }
    const QDir out(parser.value(outOption));
    if (!QDir().mkpath(out.path()))
        return 2;
    const QString language = parser.value(languageOption);
    const QString suffix = parser.value(suffixOption);
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    if (size.size() != 2)
        return 2;
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const auto file = [&](const char *name) {
        return QStringLiteral("%1-%2%3.png").arg(QLatin1String(name), language, suffix);
    };

    LinkSink sink;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &sink, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &sink, "open");

    sandbox::SandboxServer sandbox;
    if (!sandbox.listen())
        return fail("a listening sandbox");
    QTemporaryDir settingsDir;
    auto settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("screenshots.ini")));
    settings->setUiLanguage(language);
    settings->setAutoOpenLink(false); // keeps step 3 ("open the link") on screen
    auto secrets = std::make_unique<MemorySecretStore>();
    secrets->save({QString::fromLatin1(sandbox::SandboxServer::DemoApiKey),
                   QString::fromLatin1(sandbox::SandboxServer::DemoApiSecret)});

    DeskOptions options;
    options.demo = true;
    options.baseUrlOverride = sandbox.baseUrl();
    options.journalPath = QStringLiteral(":memory:");
    options.pollIntervalMs = 300;
    QNetworkAccessManager network;
    DeskContext desk(&network, std::move(settings), std::move(secrets), options);
    MainWindow *window = desk.window();
    window->resize(size.at(0).toInt(), size.at(1).toInt());
    window->show();
    if (!QTest::qWaitForWindowExposed(window) || !waitFor([&] { return desk.api()->hasCredentials(); }))
        return fail("a window with credentials");
    // Without a window manager the window may never become active, so the
    // steps go through the actions the shortcuts trigger, not key events.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window, 1000))
        std::fputs("qashdesk-screenshots: the window is not active; focus frames will not show\n", stderr);
    const auto trigger = [window](const char *action) {
        if (auto *found = window->findChild<QAction *>(QLatin1String(action)))
            found->trigger();
    };

    // The form as a trainer fills it (Ctrl+Shift+D).
    trigger("actionFillDemoCustomer");
    if (!waitFor([&] { return window->customerForm()->isValid(); }) || !save(window, out, file("main")))
        return fail("a filled-in form");

    if (auto *start = window->findChild<QPushButton *>(QStringLiteral("startButton")))
        start->click(); // Enter
    if (!waitFor([&] { return window->handOffPanel()->isVisible() && !window->handOffPanel()->link().isEmpty(); })
        || !save(window, out, file("handoff")))
        return fail("the hand-off");

    sandbox.completeVerification(desk.flow()->session().inquiryId);
    if (!waitFor([&] { return desk.flow()->state() == OnboardingFlow::State::Active; })
        || !save(window, out, file("verified")))
        return fail("a verified customer");

    trigger("actionSettings"); // Ctrl+,
    SettingsDialog *dialog = nullptr;
    if (!waitFor([&] { return (dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible(); })
        || !save(dialog, out, file("settings")))
        return fail("the settings dialog");
    dialog->reject();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    return 0;
}

#include "screenshotdriver.moc"
