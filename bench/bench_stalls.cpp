// GUI-thread stalls during a full demo onboarding, in process.
//
// A 1-ms heartbeat timer (Qt::PreciseTimer) runs on the GUI thread; the
// figure is the longest gap between two of its ticks while one customer is
// onboarded the way staff do it, at typing speed, through the real widgets:
//   keychain (or memory) read of the credentials, the form typed key by key
//   (names, email, phone formatted as you type, birth date, language), Enter,
//   register + start KYC against the sandbox, the hand-off with its QR code,
//   the customer completing verification, status polling until "active",
//   every step written to a file-based SQLite journal, then "Next customer".
// The same heartbeat on a bare shown QMainWindow, idle for the same kind of
// time, is the baseline: what the machine and the timer alone cost.
//
// QApplication::notify is timed too, so each long gap is attributed to the
// event that was being delivered (receiver class and name, event type) and
// to the step of the scenario.
//
// Output (stdout): "STALL <longest ms> <baseline ms>", then "CULPRIT ..." lines
// for the longest gaps. scripts/bench runs it several times and takes medians.
//
//   bench_stalls [--customers K] [--secrets memory|keychain]
//                [--sandbox gui-thread|own-thread] [--poll-ms MS] [--verbose]

#include "api/partnerapi.h"
#include "deskcontext.h"
#include "handoffpanel.h"
#include "mainwindow.h"
#include "onboarding/onboardingflow.h"
#include "qrcodeview.h"
#include "sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>

using qash::sandbox::SandboxServer;

namespace {

constexpr int KeyIntervalMs = 30;      // about 33 characters a second: a fast typist
constexpr int ScenarioTimeoutMs = 60000;

QString eventName(QEvent::Type type)
{
    static const int index = QEvent::staticMetaObject.indexOfEnumerator("Type");
    const char *key = QEvent::staticMetaObject.enumerator(index).valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(int(type));
}

// Times every top-level event delivery on the GUI thread.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Dispatch
    {
        qint64 ns = 0;
        QString what;
    };

    QString phase = QStringLiteral("start");
    Dispatch longestSinceTick; // the longest top-level dispatch since the last heartbeat tick

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != thread() || m_depth > 1) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        // Depth 0: the event the loop delivers; depth 1: the longest event it
        // sent in turn (a key press sent by the script, a paint...), which
        // usually names the culprit better.
        const QEvent::Type type = event->type();
        QPointer<QObject> guard(receiver);
        const QString receiverName = describe(receiver);
        if (m_depth == 0)
            m_longestChild = {};
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = clock.nsecsElapsed();
        const QString what = eventName(type) + QStringLiteral(" to ") + receiverName;
        if (m_depth == 1) {
            if (ns > m_longestChild.ns)
                m_longestChild = {ns, what};
        } else if (ns > longestSinceTick.ns) {
            longestSinceTick = {ns, what};
            if (m_longestChild.ns > ns / 4)
                longestSinceTick.what += QStringLiteral(" > %1 (%2 ms)").arg(m_longestChild.what).arg(
                        double(m_longestChild.ns) / 1e6, 0, 'f', 1);
        }
        return result;
    }

private:
    static QString describe(QObject *object)
    {
        if (!object)
            return QStringLiteral("(null)");
        QString name = QString::fromLatin1(object->metaObject()->className());
        if (!object->objectName().isEmpty())
            name += QStringLiteral(" '") + object->objectName() + QLatin1Char('\'');
        return name;
    }
    int m_depth = 0;
    Dispatch m_longestChild;
};

struct Gap
{
    double ms = 0;
    QString phase;
    QString culprit;
};

class Heartbeat : public QObject
{
public:
    explicit Heartbeat(TimedApplication *app) : m_app(app)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
    }

    void start()
    {
        m_gaps.clear();
        m_longestMs = 0;
        m_clock.start();
        m_last = 0;
        m_app->longestSinceTick = {};
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The longest gaps, longest first.
    QList<Gap> longest(int count) const
    {
        QList<Gap> sorted(m_gaps.cbegin(), m_gaps.cend());
        std::sort(sorted.begin(), sorted.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
        return sorted.mid(0, count);
    }
    double longestMs() const { return m_longestMs; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gapMs = double(now - m_last) / 1e6;
        m_last = now;
        m_longestMs = std::max(m_longestMs, gapMs);
        // Keep the long ones only (a tick is 1 ms).
        if (gapMs >= 2.0) {
            TimedApplication::Dispatch culprit = m_app->longestSinceTick;
            m_gaps.push_back({gapMs, m_app->phase,
                              culprit.ns > 0 ? QStringLiteral("%1 (%2 ms)").arg(culprit.what).arg(
                                                       double(culprit.ns) / 1e6, 0, 'f', 1)
                                             : QStringLiteral("(no event: outside notify)")});
            if (m_gaps.size() > 4096) {
                std::sort(m_gaps.begin(), m_gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
                m_gaps.resize(64);
            }
        }
        m_app->longestSinceTick = {};
    }

    TimedApplication *m_app;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longestMs = 0;
    std::deque<Gap> m_gaps;
};

// Runs steps one after the other from the event loop, never blocking it.
class Script : public QObject
{
public:
    using Step = std::function<bool()>; // true: done, go on; false: ask again in 5 ms

    void add(Step step, int delayAfterMs = 0) { m_steps.push_back({std::move(step), delayAfterMs}); }
    void call(std::function<void()> fn, int delayAfterMs = 0)
    {
        add([fn = std::move(fn)] { fn(); return true; }, delayAfterMs);
    }
    void waitFor(std::function<bool()> condition) { add(std::move(condition)); }
    void delay(int ms) { add([] { return true; }, ms); }

    bool run(int timeoutMs)
    {
        QTimer watchdog;
        watchdog.setSingleShot(true);
        bool timedOut = false;
        connect(&watchdog, &QTimer::timeout, &m_loop, [&] {
            timedOut = true;
            m_loop.quit();
        });
        watchdog.start(timeoutMs);
        QTimer::singleShot(0, this, [this] { next(); });
        m_loop.exec();
        return !timedOut;
    }

private:
    void next()
    {
        if (m_steps.empty()) {
            m_loop.quit();
            return;
        }
        if (!m_steps.front().step()) {
            QTimer::singleShot(5, this, [this] { next(); });
            return;
        }
        const int delay = m_steps.front().delayAfterMs;
        m_steps.pop_front();
        QTimer::singleShot(delay, this, [this] { next(); });
    }

    struct Entry
    {
        Step step;
        int delayAfterMs;
    };
    std::deque<Entry> m_steps;
    QEventLoop m_loop;
};

// QDesktopServices calls its handlers by slot name; nothing reaches a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    int opened = 0;
public slots:
    void open(const QUrl &) { ++opened; }
};

// The sandbox either on the GUI thread (as qash-desk --demo runs it) or on
// a thread of its own (as a remote server would be).
class Sandbox
{
public:
    explicit Sandbox(bool ownThread)
    {
        if (ownThread) {
            m_thread = std::make_unique<QThread>();
            m_anchor.moveToThread(m_thread.get());
            m_thread->start();
        }
        QMetaObject::invokeMethod(
                &m_anchor,
                [this] {
                    m_server = new SandboxServer;
                    if (m_server->listen(QHostAddress::LocalHost, 0))
                        m_url = m_server->baseUrl();
                },
                m_thread ? Qt::BlockingQueuedConnection : Qt::DirectConnection);
    }
    ~Sandbox()
    {
        QMetaObject::invokeMethod(&m_anchor, [this] { delete m_server; },
                                  m_thread ? Qt::BlockingQueuedConnection : Qt::DirectConnection);
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
            m_anchor.moveToThread(QThread::currentThread());
        }
    }
    QUrl url() const { return m_url; }
    void completeVerification(const QString &inquiryId)
    {
        QMetaObject::invokeMethod(&m_anchor, [this, inquiryId] { m_server->completeVerification(inquiryId); });
    }

private:
    std::unique_ptr<QThread> m_thread;
    QObject m_anchor;
    SandboxServer *m_server = nullptr;
    QUrl m_url;
};

QWidget *typingTarget()
{
    QWidget *widget = QApplication::focusWidget();
    // The date edit's inner line edit: keys go to the date edit, as in the GUI tests.
    if (widget && widget->accessibleName().isEmpty() && widget->parentWidget())
        widget = widget->parentWidget();
    return widget;
}

void typeChar(QChar c)
{
    QWidget *target = typingTarget();
    if (!target)
        return;
    if (c.unicode() < 0x80)
        QTest::keyClick(target, char(c.unicode()));
    else
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void addTyping(Script &script, TimedApplication *app, const QString &field, const QString &text)
{
    script.call([app, field] { app->phase = QStringLiteral("typing ") + field; });
    for (const QChar c : text) {
        script.call([app, field, c] {
            app->phase = QStringLiteral("typing ") + field + QStringLiteral(": '") + c + QLatin1Char('\'');
            typeChar(c);
        }, KeyIntervalMs);
    }
    script.call([app, field] {
        app->phase = QStringLiteral("typing ") + field + QStringLiteral(": Tab");
        if (QWidget *target = typingTarget())
            QTest::keyClick(target, Qt::Key_Tab);
    }, KeyIntervalMs);
}

bool waitForPaint(QWidget *window, int timeoutMs)
{
    // Two event-loop turns after the window is exposed: its first frame is done.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed()
            && window->isActiveWindow())
            return true;
        QThread::msleep(1);
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Qash Desk bench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Qash"));

    int customers = 1;
    bool keychain = false;
    bool sandboxThread = false;
    int pollMs = 0; // 0: the demo's interval
    bool verbose = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--customers") && i + 1 < args.size())
            customers = qMax(1, args.at(++i).toInt());
        else if (a == QLatin1String("--secrets") && i + 1 < args.size())
            keychain = args.at(++i) == QLatin1String("keychain");
        else if (a == QLatin1String("--sandbox") && i + 1 < args.size())
            sandboxThread = args.at(++i) == QLatin1String("own-thread");
        else if (a == QLatin1String("--poll-ms") && i + 1 < args.size())
            pollMs = args.at(++i).toInt();
        else if (a == QLatin1String("--verbose"))
            verbose = true;
        else {
            std::fprintf(stderr, "usage: bench_stalls [--customers K] [--secrets memory|keychain] "
                                 "[--sandbox gui-thread|own-thread] [--poll-ms MS] [--verbose]\n");
            return 2;
        }
    }

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    Heartbeat heartbeat(&app);

    // --- Baseline: the same heartbeat on a bare, shown window, idle. ---
    double baselineMs = 0;
    {
        QMainWindow bare;
        auto *central = new QWidget(&bare);
        auto *column = new QVBoxLayout(central);
        for (int i = 0; i < 4; ++i)
            column->addWidget(new QLineEdit(central));
        column->addWidget(new QLabel(QStringLiteral("Baseline"), central));
        bare.setCentralWidget(central);
        bare.show();
        bare.activateWindow();
        waitForPaint(&bare, 5000);
        app.phase = QStringLiteral("baseline (idle bare window)");
        heartbeat.start();
        Script idle;
        idle.delay(1500);
        idle.run(10000);
        heartbeat.stop();
        baselineMs = heartbeat.longestMs();
    }

    // --- The desk. ---
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_stalls: no temporary directory\n");
        return 1;
    }
    Sandbox sandbox(sandboxThread);
    if (sandbox.url().isEmpty()) {
        std::fprintf(stderr, "bench_stalls: the sandbox could not listen\n");
        return 1;
    }
    const qash::Credentials demoCredentials{QString::fromLatin1(SandboxServer::DemoApiKey),
                                            QString::fromLatin1(SandboxServer::DemoApiSecret)};
    const QString keychainService = QStringLiteral("ai.qash.QashDesk.bench");
    if (keychain) {
        // Put the credentials in the keychain first (not measured).
        qash::KeychainSecretStore seed(keychainService);
        QEventLoop loop;
        QObject::connect(&seed, &qash::SecretStore::saved, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        seed.save(demoCredentials);
        loop.exec();
        if (!seed.persists())
            std::fprintf(stderr, "bench_stalls: the keychain is not usable here; memory fallback\n");
    }

    QNetworkAccessManager network;
    std::unique_ptr<qash::SecretStore> secrets;
    if (keychain) {
        secrets = std::make_unique<qash::KeychainSecretStore>(keychainService);
    } else {
        auto memory = std::make_unique<qash::MemorySecretStore>();
        memory->save(demoCredentials);
        secrets = std::move(memory);
    }
    auto settings = std::make_unique<qash::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
    settings->setDefaultRegion(QStringLiteral("CO"));
    qash::DeskOptions options;
    options.demo = true;
    options.baseUrlOverride = sandbox.url();
    options.journalPath = dir.filePath(QStringLiteral("journal/journal.sqlite"));
    options.pollIntervalMs = pollMs;

    // From here the heartbeat runs; the start-up part (construction, show,
    // first paint, credentials read) is reported on its own.
    app.phase = QStringLiteral("start-up: desk construction, show, first paint");
    heartbeat.start();
    std::unique_ptr<qash::DeskContext> desk;
    bool credentials = false;
    Script startup;
    startup.call([&] {
        desk = std::make_unique<qash::DeskContext>(&network, std::move(settings), std::move(secrets), options);
        QObject::connect(desk.get(), &qash::DeskContext::credentialsLoaded, &app, [&] { credentials = true; });
        desk->window()->show();
        desk->window()->activateWindow();
    });
    startup.waitFor([&] {
        QWidget *w = desk->window();
        return w->windowHandle() && w->windowHandle()->isExposed() && w->isActiveWindow();
    });
    startup.call([&] { app.phase = QStringLiteral("credentials read (") + (keychain ? QStringLiteral("keychain") : QStringLiteral("memory")) + QLatin1Char(')'); });
    startup.waitFor([&] { return credentials; });
    if (!startup.run(ScenarioTimeoutMs)) {
        std::fprintf(stderr, "bench_stalls: the desk did not start\n");
        return 1;
    }
    const QList<Gap> startupGaps = heartbeat.longest(3);
    const double startupLongestMs = heartbeat.longestMs();
    heartbeat.stop();

    // --- Onboarding, measured. ---
    heartbeat.start();
    qash::OnboardingFlow *flow = desk->flow();
    using State = qash::OnboardingFlow::State;
    Script script;
    for (int c = 0; c < customers; ++c) {
        const QString email = QStringLiteral("ana.perez.%1@example.com").arg(c);
        script.call([&] { app.phase = QStringLiteral("idle form"); }, 300);
        addTyping(script, &app, QStringLiteral("first name"), QStringLiteral("Ana María"));
        addTyping(script, &app, QStringLiteral("last name"), QStringLiteral("Pérez"));
        addTyping(script, &app, QStringLiteral("email"), email);
        addTyping(script, &app, QStringLiteral("phone"), QStringLiteral("300 1234567"));
        addTyping(script, &app, QStringLiteral("birth date"), QStringLiteral("1985-04-15"));
        addTyping(script, &app, QStringLiteral("country"), QString());
        addTyping(script, &app, QStringLiteral("language"), QStringLiteral("English"));
        script.call([&] {
            app.phase = QStringLiteral("register + start KYC (Enter)");
            if (QWidget *target = typingTarget())
                QTest::keyClick(target, Qt::Key_Return);
        });
        script.waitFor([&] { return flow->state() == State::WaitingForCustomer || flow->state() == State::Failed; });
        script.call([&] {
            if (flow->state() == State::Failed) {
                std::fprintf(stderr, "bench_stalls: onboarding failed: %s\n", qPrintable(flow->lastError().message));
                QCoreApplication::exit(1);
            }
            app.phase = QStringLiteral("hand-off: QR shown, waiting for the customer");
        }, 1000);
        script.call([&] {
            app.phase = QStringLiteral("customer completes; status polling to active");
            sandbox.completeVerification(flow->session().inquiryId);
        });
        script.waitFor([&] { return flow->state() == State::Active; });
        script.call([&] { app.phase = QStringLiteral("active"); }, 300);
        script.call([&] {
            app.phase = QStringLiteral("next customer (Ctrl+N)");
            QTest::keySequence(desk->window(), QKeySequence::New);
        }, 300);
    }
    const bool finished = script.run(ScenarioTimeoutMs * customers);
    heartbeat.stop();
    if (!finished) {
        std::fprintf(stderr, "bench_stalls: the onboarding did not finish (state %d)\n", int(flow->state()));
        return 1;
    }
    if (catcher.opened != customers)
        std::fprintf(stderr, "bench_stalls: %d verification links opened, expected %d\n", catcher.opened, customers);

    const QList<Gap> gaps = heartbeat.longest(8);
    std::printf("STALL %.3f %.3f\n", heartbeat.longestMs(), baselineMs);
    std::printf("STARTUP_STALL %.3f %s\n", startupLongestMs,
                startupGaps.isEmpty() ? "" : qPrintable(startupGaps.constFirst().phase + QStringLiteral(" | ")
                                                        + startupGaps.constFirst().culprit));
    for (const Gap &gap : gaps)
        std::printf("CULPRIT %.1f ms | %s | %s\n", gap.ms, qPrintable(gap.phase), qPrintable(gap.culprit));
    if (verbose) {
        for (const Gap &gap : startupGaps)
            std::fprintf(stderr, "startup gap %.1f ms | %s | %s\n", gap.ms, qPrintable(gap.phase), qPrintable(gap.culprit));
    }
    std::fflush(stdout);
    desk.reset();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    return 0;
}

#include "bench_stalls.moc"
