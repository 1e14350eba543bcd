// qash-desk: parse the command line, build the desk, show it.

#include "deskcontext.h"
#include "logging.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "security/linkpolicy.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#ifdef Q_OS_WIN
#define NOMINMAX
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace {

// 1: a usage mistake, or the demo could not start; 2: no display to show the window on.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitNoDisplay = 2 };

const char ProgramName[] = "qash-desk";

struct CommandLine
{
    bool demo = false;
    bool quitAfterStartup = false;
    QUrl baseUrl;
};

// What the command line makes the program say before it stops, if anything.
struct Stop
{
    int exitCode = ExitOk;
    FILE *stream = stdout;
    QString text;
};

#ifdef Q_OS_WIN
// A WIN32 program has no console of its own. When it has something to say
// and the stream is not redirected (a pipe or a file keeps the output), it
// borrows the console it was started from, if any. Only then: a window tied
// to that console would close with it.
HANDLE borrowedConsole()
{
    static const HANDLE console = [] {
        if (!AttachConsole(ATTACH_PARENT_PROCESS))
            return INVALID_HANDLE_VALUE;
        return CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                           OPEN_EXISTING, 0, nullptr);
    }();
    return console;
}
#endif

void print(FILE *stream, const QString &text)
{
#ifdef Q_OS_WIN
    HANDLE handle = GetStdHandle(stream == stderr ? STD_ERROR_HANDLE : STD_OUTPUT_HANDLE);
    const bool redirected = GetFileType(handle) != FILE_TYPE_UNKNOWN;
    if (!redirected)
        handle = borrowedConsole();
    // A console shows UTF-16 as it is; bytes it would read in its OEM code
    // page ("versión" as "versi¾n").
    DWORD mode = 0;
    if (handle != INVALID_HANDLE_VALUE && GetConsoleMode(handle, &mode)) {
        DWORD written = 0;
        WriteConsoleW(handle, reinterpret_cast<const wchar_t *>(text.utf16()), static_cast<DWORD>(text.size()),
                      &written, nullptr);
        return;
    }
    if (!redirected)
        return; // started without a console: nowhere to say it
#endif
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

Stop usageError(const QString &message)
{
    return {ExitFailure, stderr,
            QStringLiteral("%1: %2\n").arg(QLatin1String(ProgramName), message)
                    + QCoreApplication::translate("main", "Try '%1 --help' for more information.")
                              .arg(QLatin1String(ProgramName))
                    + QLatin1Char('\n')};
}

// Parsed before QApplication exists, so --help, --version and mistakes work
// without a display. Prints nothing: returns what to say when the program
// should stop here.
std::optional<Stop> parseArguments(const QStringList &arguments, CommandLine &result)
{
    QCommandLineParser parser;
    // "-platform xcb" and friends are Qt's own options, handled by QApplication.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Register customers with Qash and hand them their identity verification link."));
    // Our own help and version options rather than Qt's: their descriptions
    // are then in our catalogue (Qt 6.4's Spanish lacks the one for --help).
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help"), QStringLiteral("?")},
                                  QCoreApplication::translate("main", "Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption demo(
            QStringLiteral("demo"),
            QCoreApplication::translate("main",
                                        "Run against a built-in sandbox: no credentials, no network, no real customers."));
    const QCommandLineOption baseUrl(
            QStringLiteral("base-url"),
            QCoreApplication::translate("main",
                                        "Use this Partner API address for this run (https, or http to this computer)."),
            QStringLiteral("URL"));
    QCommandLineOption platform(QStringLiteral("platform"), QString(), QStringLiteral("name"));
    platform.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption style(QStringLiteral("style"), QString(), QStringLiteral("name"));
    style.setFlags(QCommandLineOption::HiddenFromHelp);
    // Qt's name for help that includes its own options; those are not for staff.
    QCommandLineOption helpAll(QStringLiteral("help-all"));
    helpAll.setFlags(QCommandLineOption::HiddenFromHelp);
    // For bench/: quit as soon as the window is shown and its first paint done.
    QCommandLineOption quitAfterStartup(QStringLiteral("quit-after-startup"));
    quitAfterStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, helpAll, version, demo, baseUrl, platform, style, quitAfterStartup});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("main", "unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help) || parser.isSet(helpAll)) {
        // With an application object Qt names the executable by its full path.
        QString text = parser.helpText();
        if (QCoreApplication::instance())
            text.replace(QCoreApplication::arguments().constFirst(), QLatin1String(ProgramName));
        return Stop{ExitOk, stdout, text};
    }
    if (parser.isSet(version))
        return Stop{ExitOk, stdout, QStringLiteral("%1 %2\n").arg(QLatin1String(ProgramName), QStringLiteral(QASHDESK_VERSION))};

    result.demo = parser.isSet(demo);
    result.quitAfterStartup = parser.isSet(quitAfterStartup);
    if (parser.isSet(baseUrl)) {
        if (result.demo)
            return usageError(QCoreApplication::translate("main", "--demo and --base-url cannot be used together"));
        const QString value = parser.value(baseUrl).trimmed();
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return usageError(QCoreApplication::translate("main", "--base-url: '%1' is not a URL like https://api.qash.ai")
                                      .arg(value));
        const QString problem = qash::checkApiBaseUrl(url);
        if (!problem.isEmpty())
            return usageError(QStringLiteral("--base-url: %1").arg(problem));
        result.baseUrl = url;
    }

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Without any display Qt would abort with a platform-plugin message that
    // tells staff nothing; say what to do instead.
    if (!parser.isSet(platform) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return Stop{ExitNoDisplay, stderr,
                    QStringLiteral("%1: ").arg(QLatin1String(ProgramName))
                            + QCoreApplication::translate(
                                    "main", "no display found; run it in a desktop session, or under a virtual one: %1")
                                      .arg(QStringLiteral("xvfb-run -a %1 --demo").arg(QLatin1String(ProgramName)))
                            + QLatin1Char('\n')};
    }
#endif
    return std::nullopt;
}

// --help and the messages printed before the window speak the system's
// language. Qt installs translators on an application object, and QApplication
// has to wait (--help needs no display), so when there is something to say a
// QCoreApplication lives just long enough to say it.
class CommandLineLanguage
{
public:
    CommandLineLanguage(int &argc, char **argv)
        : m_app(argc, argv)
    {
        const QString language = qash::UiLanguage::resolve(QString());
        if (qash::UiLanguage::loadAppCatalogue(language, m_ours))
            QCoreApplication::installTranslator(&m_ours);
        if (qash::UiLanguage::loadQtCatalogue(language, m_qt))
            QCoreApplication::installTranslator(&m_qt);
    }

private:
    QCoreApplication m_app;
    QTranslator m_ours;
    QTranslator m_qt;
};

// Returns an exit code when the program should stop after the command line.
std::optional<int> parseCommandLine(int &argc, char **argv, CommandLine &result)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const std::optional<Stop> firstPass = parseArguments(arguments, result);
    if (!firstPass)
        return std::nullopt;
    // Something to say: parse again with the translations installed.
    const CommandLineLanguage language(argc, argv);
    const Stop stop = parseArguments(arguments, result).value_or(*firstPass);
    print(stop.stream, stop.text);
    return stop.exitCode;
}

// Runs `then` when `window` gets its first paint event: at once (the frame is
// completed and flushed before control returns to the event loop), or on the
// loop's next turn. A 0-ms timer started at show() would run before that
// paint: the update request that paints the window is a low-priority event.
class AfterFirstPaint : public QObject
{
public:
    enum When { DuringThePaint, NextTurn };

    AfterFirstPaint(QWidget *window, When when, std::function<void()> then)
        : QObject(window)
        , m_when(when)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            if (m_when == DuringThePaint) {
                m_then();
                deleteLater();
            } else {
                QTimer::singleShot(0, this, [this] {
                    m_then();
                    deleteLater();
                });
            }
        }
        return false;
    }

private:
    When m_when;
    std::function<void()> m_then;
};

// Every size embedded under :/icons (see CMakeLists.txt).
QIcon appIcon()
{
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/icons"));
    while (sizes.hasNext())
        icon.addFile(sizes.next());
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Qash Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qash"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("qash.ai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QASHDESK_VERSION));

    CommandLine commandLine;
    if (const std::optional<int> exitCode = parseCommandLine(argc, argv, commandLine))
        return *exitCode;

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(QASHDESK_APP_ID));
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;

    qash::DeskOptions options;
    std::unique_ptr<qash::AppSettings> settings;
    std::unique_ptr<qash::SecretStore> secrets;
    std::unique_ptr<QTemporaryDir> demoDir; // only the demo needs one
    std::unique_ptr<qash::sandbox::SandboxServer> sandbox;

    if (commandLine.demo) {
        sandbox = std::make_unique<qash::sandbox::SandboxServer>();
        if (!sandbox->listen(QHostAddress::LocalHost, 0)) {
            print(stderr, QStringLiteral("%1: the demo sandbox could not start on this computer\n")
                                  .arg(QLatin1String(ProgramName)));
            return ExitFailure;
        }
        options.demo = true;
        options.baseUrlOverride = sandbox->baseUrl();
        options.journalPath = QStringLiteral(":memory:");
        // A throwaway settings file: a training run leaves the desk's own
        // configuration as it was.
        demoDir = std::make_unique<QTemporaryDir>();
        if (!demoDir->isValid()) {
            print(stderr, QStringLiteral("%1: the demo could not create its temporary settings: %2\n")
                                  .arg(QLatin1String(ProgramName), demoDir->errorString()));
            return ExitFailure;
        }
        settings = std::make_unique<qash::AppSettings>(demoDir->filePath(QStringLiteral("demo.ini")));
        auto memory = std::make_unique<qash::MemorySecretStore>();
        memory->save({QString::fromLatin1(qash::sandbox::SandboxServer::DemoApiKey),
                      QString::fromLatin1(qash::sandbox::SandboxServer::DemoApiSecret)});
        secrets = std::move(memory);
    } else {
        options.baseUrlOverride = commandLine.baseUrl;
        // The journal and the log live with the desk's data; the demo keeps
        // its journal in memory and logs to stderr only.
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        options.journalPath = dataDir + QStringLiteral("/journal.sqlite");
        qash::Logging::installLogFile(dataDir + QStringLiteral("/logs/qash-desk.log"));
        settings = std::make_unique<qash::AppSettings>();
        if (qash::EnvironmentSecretStore::isConfigured())
            secrets = std::make_unique<qash::EnvironmentSecretStore>();
        else
            secrets = std::make_unique<qash::KeychainSecretStore>(QStringLiteral(QASHDESK_APP_ID));
    }

    qash::DeskContext desk(&network, std::move(settings), std::move(secrets), options);
    // Decoding the seven icon sizes (~9 ms, and it loads three image-format
    // plugins) waits until the window is on screen.
    new AfterFirstPaint(desk.window(), AfterFirstPaint::NextTurn, [] { QApplication::setWindowIcon(appIcon()); });
    desk.window()->show();
    if (commandLine.quitAfterStartup) {
        // For bench/: exit once the first frame is painted. quit() only ends
        // the event loop when this paint (and its flush) is done.
        new AfterFirstPaint(desk.window(), AfterFirstPaint::DuringThePaint, [] {
            // scripts/bench looks for this line to time its baseline the same way.
            print(stderr, QStringLiteral("%1: first frame painted\n").arg(QLatin1String(ProgramName)));
            QCoreApplication::quit();
        });
    }
    const int exitCode = app.exec();
    qash::Logging::uninstallLogFile();
    return exitCode;
}
