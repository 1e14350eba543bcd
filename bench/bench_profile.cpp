// Where start-up time and memory go, step by step, and what the proposed
// fixes would save. Not a pass/fail figure: scripts/bench prints its
// breakdown under the table.
//
// `bench_profile startup` replays src/app/main.cpp's --demo start-up in the
// same order with the same libraries (QApplication, window icon, network
// manager, sandbox, settings, DeskContext, show) and prints, per step, the
// wall time and the growth of the resident set. Environment toggles try the
// fixes without touching src/:
//   PROFILE_ICON=eager|deferred   decode the 7 embedded icon PNGs before or
//                                 after the first frame (main.cpp's appIcon())
//   PROFILE_WARMUP=0|1            start OpenSSL's and libphonenumber's one-time
//                                 initialisation on worker threads right after
//                                 QApplication, so it overlaps the GUI work
//   PROFILE_QUIT=timer|paint      quit on a 0-ms timer after show() (what
//                                 main.cpp does) or after the first paint
// With --quit it exits once started, like qash-desk --quit-after-startup, so
// hyperfine can time the variants as whole processes.
//
// `bench_profile micro` times single operations the figures point at (each
// first use in this process, then a repeat): libphonenumber's metadata load,
// OpenSSL initialisation, the country list, the calendar popup, the first
// digit typed into the birth date, QR encoding and painting.

#include "deskcontext.h"
#include "mainwindow.h"
#include "onboarding/countries.h"
#include "onboarding/phonenumbers.h"
#include "customerform.h"
#include "qrcodeview.h"
#include "sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <thread>

namespace {

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

class Steps
{
public:
    Steps() { m_clock.start(); m_rss = rssKiB(); }
    void mark(const char *name)
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 rss = rssKiB();
        std::printf("STEP|%s|%.2f|%lld\n", name, double(now - m_last) / 1e6, static_cast<long long>(rss - m_rss));
        std::fflush(stdout);
        m_last = now;
        m_rss = rss;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_rss = 0;
};

QIcon appIcon()
{
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/icons"));
    while (sizes.hasNext())
        icon.addFile(sizes.next());
    return icon;
}

class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

int startup(int argc, char *argv[], bool quit)
{
    const bool eagerIcon = qEnvironmentVariable("PROFILE_ICON", QStringLiteral("eager")) == QLatin1String("eager");
    const bool warmUp = qEnvironmentVariableIntValue("PROFILE_WARMUP") != 0;
    const bool quitOnPaint = qEnvironmentVariable("PROFILE_QUIT") == QLatin1String("paint");

    Steps steps;
    QCoreApplication::setApplicationName(QStringLiteral("Qash Desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qash"));
    QApplication app(argc, argv);
    steps.mark("QApplication");

    std::thread sslWarmUp, phoneWarmUp;
    if (warmUp) {
        // One-time initialisations that need no GUI thread: OpenSSL (the
        // sandbox's QHttpServer builds a QSslConfiguration) and the phone
        // metadata (the form's placeholder and every phone keystroke).
        sslWarmUp = std::thread([] { QSslSocket::supportsSsl(); });
        phoneWarmUp = std::thread([] { qash::PhoneNumbers::exampleMobileNumber(QStringLiteral("CO")); });
    }

    if (eagerIcon)
        QApplication::setWindowIcon(appIcon());
    steps.mark(eagerIcon ? "window icon (7 PNGs decoded)" : "window icon (deferred)");

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    steps.mark("QNetworkAccessManager");

    qash::sandbox::SandboxServer sandbox;
    steps.mark("SandboxServer constructed (QHttpServer: OpenSSL init)");
    if (!sandbox.listen(QHostAddress::LocalHost, 0))
        return 1;
    steps.mark("SandboxServer listening");

    qash::DeskOptions options;
    options.demo = true;
    options.baseUrlOverride = sandbox.baseUrl();
    options.journalPath = QStringLiteral(":memory:");
    QTemporaryDir demoDir;
    auto settings = std::make_unique<qash::AppSettings>(demoDir.filePath(QStringLiteral("demo.ini")));
    auto memory = std::make_unique<qash::MemorySecretStore>();
    memory->save({QString::fromLatin1(qash::sandbox::SandboxServer::DemoApiKey),
                  QString::fromLatin1(qash::sandbox::SandboxServer::DemoApiSecret)});
    steps.mark("settings + secret store");

    qash::DeskContext desk(&network, std::move(settings), std::move(memory), options);
    steps.mark("DeskContext (MainWindow, CustomerForm, journal...)");

    if (quitOnPaint)
        desk.window()->installEventFilter(new QuitAfterFirstPaint(&app));
    desk.window()->show();
    steps.mark("show()");

    if (!eagerIcon) {
        // After the first frame: a posted call runs once the paint's update request is done.
        QTimer::singleShot(0, &app, [] {
            QTimer::singleShot(0, qApp, [] { QApplication::setWindowIcon(appIcon()); });
        });
    }

    if (quit) {
        if (!quitOnPaint)
            QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
        app.exec();
    } else {
        // Until the first frame is painted.
        QuitAfterFirstPaint filter;
        desk.window()->installEventFilter(&filter);
        QTimer::singleShot(5000, &app, &QCoreApplication::quit);
        app.exec();
    }
    steps.mark(quit && !quitOnPaint ? "event loop until the 0-ms timer" : "event loop until first paint");
    if (sslWarmUp.joinable())
        sslWarmUp.join();
    if (phoneWarmUp.joinable())
        phoneWarmUp.join();
    return 0;
}

template <typename F>
double timeMs(F &&f)
{
    QElapsedTimer clock;
    clock.start();
    f();
    return double(clock.nsecsElapsed()) / 1e6;
}

void report(const char *name, double firstMs, double againMs, qint64 rssDeltaKiB)
{
    std::printf("MICRO|%s|%.2f|%.2f|%lld\n", name, firstMs, againMs, static_cast<long long>(rssDeltaKiB));
    std::fflush(stdout);
}

template <typename F>
void measure(const char *name, F &&f)
{
    const qint64 rss = rssKiB();
    const double first = timeMs(f);
    const qint64 grown = rssKiB() - rss;
    const double again = timeMs(f);
    report(name, first, again, grown);
}

// The first digit typed into a birth-date edit set up as CustomerForm sets
// it up (yyyy-MM-dd, 1899-12-31 ... today, "Not set"), after the form
// switched it to its typing template with the year selected.
double firstDigitMs(const QLocale *locale, QDate minimum = QDate(1899, 12, 31), Qt::Key key = Qt::Key_1)
{
    QDateEdit edit;
    edit.setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit.setCalendarPopup(true);
    if (locale)
        edit.setLocale(*locale);
    edit.setMinimumDate(minimum);
    edit.setMaximumDate(QDate::currentDate());
    edit.setSpecialValueText(QStringLiteral("Not set"));
    edit.setDate(minimum);
    edit.show();
    QCoreApplication::processEvents();
    edit.setDate(QDate(2000, 1, 1));
    edit.setSelectedSection(QDateTimeEdit::YearSection);
    return timeMs([&] { QTest::keyClick(&edit, key); });
}

int micro(int argc, char *argv[])
{
    QApplication app(argc, argv);
    {
        // Fonts and the style, so that later figures do not carry them.
        QLineEdit warm;
        warm.show();
        QCoreApplication::processEvents();
    }
    measure("libphonenumber metadata (exampleMobileNumber)",
            [] { qash::PhoneNumbers::exampleMobileNumber(QStringLiteral("CO")); });
    measure("OpenSSL init (QSslSocket::supportsSsl)", [] { QSslSocket::supportsSsl(); });
    measure("SandboxServer construct + listen", [] {
        qash::sandbox::SandboxServer server;
        server.listen(QHostAddress::LocalHost, 0);
    });
    measure("country list (Countries::all, QCollator)", [] { qash::Countries::all(QLocale()); });
    measure("QDateEdit calendar popup widget", [] {
        QDateEdit edit;
        edit.setCalendarPopup(true);
        edit.calendarWidget();
    });
    report("first digit in birth date, system locale", firstDigitMs(nullptr), firstDigitMs(nullptr), 0);
    {
        const QLocale named(QLocale::system().name());
        report("first digit in birth date, QLocale(system().name())", firstDigitMs(&named), firstDigitMs(&named), 0);
        const QLocale c = QLocale::c();
        report("first digit in birth date, QLocale::c()", firstDigitMs(&c), firstDigitMs(&c), 0);
        const QDate early(1000, 1, 1);
        report("first digit in birth date, minimum (\"Not set\") 1000-01-01", firstDigitMs(nullptr, early),
               firstDigitMs(nullptr, early), 0);
        report("first digit in birth date, minimum 1000-01-01 + QLocale(system().name())",
               firstDigitMs(&named, early), firstDigitMs(&named, early), 0);
        report("digit '2' in birth date (year 2xxx), as the form is", firstDigitMs(nullptr, QDate(1899, 12, 31), Qt::Key_2),
               firstDigitMs(nullptr, QDate(1899, 12, 31), Qt::Key_2), 0);
    }
    const QString link = QStringLiteral("http://127.0.0.1:40000/verify?inquiry-id=inq_AbCdEfGhIjKlMnOpQrStUvWxYz12");
    measure("QR encode (QrCodeView::setText)", [&] {
        qash::QrCodeView view;
        view.setText(link);
    });
    {
        qash::QrCodeView view;
        view.setText(link);
        view.resize(300, 300);
        measure("QR paint 300x300 (grab)", [&] { view.grab(); });
    }
    measure("CustomerForm construction", [] { qash::CustomerForm form; });
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "startup")
        return startup(argc, argv, argc > 2 && qstrcmp(argv[2], "--quit") == 0);
    if (mode == "micro")
        return micro(argc, argv);
    if (mode == "sandbox") {
        // The sandbox's start in a fresh process, optionally with a TLS
        // backend that needs no OpenSSL (the demo never speaks TLS).
        QApplication app(argc, argv);
        const QString backend = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
        const qint64 rss = rssKiB();
        const double ms = timeMs([&] {
            if (!backend.isEmpty())
                QSslSocket::setActiveBackend(backend);
            qash::sandbox::SandboxServer server;
            server.listen(QHostAddress::LocalHost, 0);
        });
        report(qPrintable(QStringLiteral("SandboxServer construct + listen, TLS backend ")
                          + (backend.isEmpty() ? QStringLiteral("default") : backend)
                          + QStringLiteral(" (in use: ") + QSslSocket::activeBackend() + QLatin1Char(')')),
               ms, 0, rssKiB() - rss);
        return 0;
    }
    std::fprintf(stderr, "usage: bench_profile startup [--quit] | micro\n");
    return 2;
}
