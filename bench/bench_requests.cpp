// Request overhead: PartnerApi vs curl, N sequential requests each, against
// the same sandbox on loopback.
//
// The sandbox (qash::sandbox::SandboxServer) runs in this process on a thread
// of its own, so that both clients see the same server with the same load:
//   - PartnerApi, on the main thread's event loop, as the desk uses it;
//   - curl, one process per round, all N requests on one keep-alive
//     connection (a -K config of N blocks joined by "next"), with the headers
//     and bodies PartnerApi sends (built by the same RequestBuilder).
// Per round the figure is the mean time per request: from the call to its
// answer signal for PartnerApi; curl's own %{time_total} summed over the
// transfers for curl (its process start is left out). Rounds interleave the
// two clients, so load drifting on the machine hits both.
//
// Output: one "ROW|..." line per figure (see scripts/bench) and, with
// --verbose, the per-round figures on stderr.
//
//   bench_requests [--count N] [--rounds R] [--curl PATH] [--verbose]
//                  [--server own-thread|same-thread]
//   bench_requests --serve SECONDS   only runs the sandbox, printing its URL

#include "api/partnerapi.h"
#include "api/requestbuilder.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <stdexcept>

using qash::PartnerApi;
using qash::sandbox::SandboxServer;

namespace {

constexpr int RequestTimeoutMs = 60000;

struct Settings
{
    int count = 50;
    int rounds = 11;
    QString curl = QStringLiteral("curl");
    bool verbose = false;
    bool serverOwnThread = true; // false: on the client's thread, as in the GUI tests and --demo
    int serveSeconds = 0; // > 0: only serve the sandbox this long (for curl, strace...)
};

// The sandbox on a thread of its own.
class ServerThread
{
public:
    explicit ServerThread(bool ownThread) : m_own(ownThread)
    {
        if (m_own) {
            m_anchor.moveToThread(&m_thread);
            m_thread.setObjectName(QStringLiteral("sandbox"));
            m_thread.start();
        }
        QMetaObject::invokeMethod(
                &m_anchor,
                [this] {
                    m_server = new SandboxServer;
                    if (m_server->listen(QHostAddress::LocalHost, 0))
                        m_url = m_server->baseUrl();
                },
                m_own ? Qt::BlockingQueuedConnection : Qt::DirectConnection);
        if (m_url.isEmpty())
            throw std::runtime_error("the sandbox could not listen on 127.0.0.1");
    }
    ~ServerThread()
    {
        if (!m_own) {
            delete m_server;
            return;
        }
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(
                &m_anchor,
                [this, home] {
                    delete m_server;
                    m_anchor.moveToThread(home);
                },
                Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return m_url; }

private:
    bool m_own;
    QThread m_thread;
    QObject m_anchor;
    SandboxServer *m_server = nullptr;
    QUrl m_url;
};

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Stats s;
    if (values.isEmpty())
        return s;
    const qsizetype n = values.size();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    s.min = values.first();
    s.max = values.last();
    return s;
}

// Runs `count` calls one after the other (each once the previous answered);
// returns the mean milliseconds per call. Each user answer is passed to `onUser`.
double runSequential(PartnerApi &api, int count, const std::function<PartnerApi::RequestId(int)> &issue,
                     const std::function<void(const qash::UserRecord &)> &onUser = {})
{
    QEventLoop loop;
    int done = 0;
    PartnerApi::RequestId current = 0;
    QString failure;
    QElapsedTimer clock;

    const auto next = [&] {
        if (done == count)
            loop.quit();
        else
            current = issue(done);
    };
    const auto answered = [&](PartnerApi::RequestId id) {
        if (id != current)
            return;
        ++done;
        next();
    };
    QList<QMetaObject::Connection> connections;
    connections << QObject::connect(&api, &PartnerApi::userCreated, &loop,
                                    [&](PartnerApi::RequestId id, const qash::UserRecord &user) {
                                        if (onUser && id == current)
                                            onUser(user);
                                        answered(id);
                                    });
    connections << QObject::connect(&api, &PartnerApi::userFetched, &loop,
                                    [&](PartnerApi::RequestId id, const qash::UserRecord &user) {
                                        if (onUser && id == current)
                                            onUser(user);
                                        answered(id);
                                    });
    connections << QObject::connect(&api, &PartnerApi::kycStarted, &loop,
                                    [&](PartnerApi::RequestId id, const qash::KycSession &) { answered(id); });
    connections << QObject::connect(&api, &PartnerApi::requestFailed, &loop,
                                    [&](PartnerApi::RequestId, qash::ApiOperation, const qash::ApiError &error) {
                                        failure = error.message;
                                        loop.quit();
                                    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        failure = QStringLiteral("timed out");
        loop.quit();
    });
    watchdog.start(RequestTimeoutMs * 2);

    clock.start();
    QTimer::singleShot(0, &loop, next);
    loop.exec();
    const double elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    for (const auto &c : connections)
        QObject::disconnect(c);
    if (!failure.isEmpty())
        throw std::runtime_error("PartnerApi request failed: " + failure.toStdString());
    return elapsedMs / count;
}

// The same call with QNetworkAccessManager alone (same URL, headers and body,
// no PartnerApi around it): what Qt's HTTP stack costs by itself.
class BareQnam
{
public:
    BareQnam(QNetworkAccessManager *network, QUrl base) : m_network(network), m_base(std::move(base)) {}

    double run(const QList<QPair<QByteArray, QPair<QString, QByteArray>>> &requests)
    {
        QEventLoop loop;
        int index = 0;
        QString failure;
        QElapsedTimer clock;
        std::function<void()> next = [&] {
            if (index == requests.size()) {
                loop.quit();
                return;
            }
            const auto &[method, target] = requests.at(index++);
            QUrl url = m_base;
            url.setPath(QStringLiteral("/api/v1/partner") + target.first);
            QNetworkRequest request(url);
            request.setRawHeader("Accept", "application/json");
            request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("QashDesk/" QASHDESK_VERSION));
            if (!target.second.isNull())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Api-Key", SandboxServer::DemoApiKey);
            request.setRawHeader("X-Api-Secret", SandboxServer::DemoApiSecret);
            QNetworkReply *reply = m_network->sendCustomRequest(request, method, target.second);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->readAll();
                reply->deleteLater();
                if (status < 200 || status > 299) {
                    failure = QStringLiteral("HTTP %1").arg(status);
                    loop.quit();
                    return;
                }
                next();
            });
        };
        clock.start();
        QTimer::singleShot(0, &loop, next);
        QTimer::singleShot(RequestTimeoutMs * 2, &loop, [&] {
            failure = QStringLiteral("timed out");
            loop.quit();
        });
        loop.exec();
        if (!failure.isEmpty())
            throw std::runtime_error("bare QNAM request failed: " + failure.toStdString());
        return double(clock.nsecsElapsed()) / 1e6 / requests.size();
    }

private:
    QNetworkAccessManager *m_network;
    QUrl m_base;
};

// Creates users concurrently (not measured): fixtures for startKyc.
QStringList createUsers(PartnerApi &api, int count, const QString &tag)
{
    QStringList ids;
    QEventLoop loop;
    int issued = 0, done = 0;
    QString failure;
    const auto issueOne = [&] {
        qash::NewUserRequest request;
        request.email = QStringLiteral("fixture-%1-%2@example.com").arg(tag).arg(issued++);
        request.countryCode = QStringLiteral("CO");
        request.phone = QStringLiteral("+573001234567");
        request.preferredLanguage = QStringLiteral("es");
        api.createUser(request);
    };
    auto c1 = QObject::connect(&api, &PartnerApi::userCreated, &loop,
                               [&](PartnerApi::RequestId, const qash::UserRecord &user) {
                                   ids << user.id;
                                   if (++done == count)
                                       loop.quit();
                                   else if (issued < count)
                                       issueOne();
                               });
    auto c2 = QObject::connect(&api, &PartnerApi::requestFailed, &loop,
                               [&](PartnerApi::RequestId, qash::ApiOperation, const qash::ApiError &error) {
                                   failure = error.message;
                                   loop.quit();
                               });
    for (int i = 0; i < std::min(count, 6); ++i) // QNAM's connections per host
        issueOne();
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!failure.isEmpty())
        throw std::runtime_error("creating fixture users failed: " + failure.toStdString());
    return ids;
}

qash::NewUserRequest newUser(const QString &email)
{
    qash::NewUserRequest request;
    request.email = email;
    request.countryCode = QStringLiteral("CO");
    request.phone = QStringLiteral("+573001234567");
    request.preferredLanguage = QStringLiteral("es");
    return request;
}

qash::KycRequest kyc(const QString &userId)
{
    qash::KycRequest request;
    request.userId = userId;
    request.firstName = QStringLiteral("Ana María");
    request.lastName = QStringLiteral("Pérez");
    request.email = QStringLiteral("ana.perez@example.com");
    request.phone = QStringLiteral("+573001234567");
    request.birthDate = QDate(1985, 4, 15);
    return request;
}

// curl config-file quoting: backslash and double quote escaped.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

struct CurlRequest
{
    QByteArray method;
    QString path;
    QByteArray body; // null: none
};

class Curl
{
public:
    Curl(QString program, QUrl base) : m_program(std::move(program)), m_base(std::move(base)) {}

    // Runs the requests on one connection; returns the mean ms per request.
    double run(const QList<CurlRequest> &requests)
    {
        const QString configPath = m_dir.filePath(QStringLiteral("requests.curlrc"));
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            throw std::runtime_error("cannot write the curl config");
        QTextStream out(&config);
        bool first = true;
        for (const CurlRequest &request : requests) {
            if (!first)
                out << "next\n";
            first = false;
            QUrl url = m_base;
            url.setPath(QStringLiteral("/api/v1/partner") + request.path);
            out << "url = " << quoted(url.toString(QUrl::FullyEncoded)) << '\n';
            out << "request = " << quoted(QString::fromLatin1(request.method)) << '\n';
            out << "http1.1\nsilent\nshow-error\nnoproxy = \"*\"\n";
            out << "output = \"/dev/null\"\n";
            out << "write-out = \"%{time_total} %{num_connects} %{http_code}\\n\"\n";
            // What QNAM sends besides Host (it adds these three itself).
            out << "header = \"Connection: Keep-Alive\"\n";
            out << "header = \"Accept-Encoding: gzip, deflate\"\n";
            out << "header = \"Accept-Language: en-US,*\"\n";
            out << "header = \"Accept: application/json\"\n";
            out << "user-agent = \"QashDesk/" QASHDESK_VERSION "\"\n";
            out << "header = " << quoted(QStringLiteral("X-Api-Key: ") + QLatin1String(SandboxServer::DemoApiKey)) << '\n';
            out << "header = " << quoted(QStringLiteral("X-Api-Secret: ") + QLatin1String(SandboxServer::DemoApiSecret)) << '\n';
            if (!request.body.isNull()) {
                out << "header = \"Content-Type: application/json\"\n";
                out << "data-binary = " << quoted(QString::fromUtf8(request.body)) << '\n';
            }
        }
        out.flush();
        config.close();

        QProcess curl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LD_PRELOAD")); // the Nagle experiment is for this process only
        curl.setProcessEnvironment(env);
        // An event loop, not waitForFinished(): the sandbox may share this thread.
        QEventLoop loop;
        QObject::connect(&curl, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&curl, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(RequestTimeoutMs * 2, &loop, &QEventLoop::quit);
        curl.start(m_program, {QStringLiteral("--config"), configPath});
        loop.exec();
        if (curl.state() != QProcess::NotRunning || curl.exitStatus() != QProcess::NormalExit
            || curl.exitCode() != 0)
            throw std::runtime_error("curl failed: " + curl.readAllStandardError().toStdString()
                                     + curl.errorString().toStdString());
        const QList<QByteArray> lines = curl.readAllStandardOutput().trimmed().split('\n');
        if (lines.size() != requests.size())
            throw std::runtime_error("curl did not report every transfer");
        double seconds = 0;
        int connects = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            const int status = fields.value(2).toInt();
            if (status < 200 || status > 299)
                throw std::runtime_error("curl got HTTP " + fields.value(2).toStdString());
            seconds += fields.value(0).toDouble();
            connects += fields.value(1).toInt();
        }
        m_connections = connects;
        return seconds * 1000.0 / requests.size();
    }
    int connectionsLastRun() const { return m_connections; }

private:
    QString m_program;
    QUrl m_base;
    QTemporaryDir m_dir;
    int m_connections = 0;
};

void printRow(const QString &figure, const QString &unit, const Stats &value, const QString &baselineName,
              const Stats &baseline, const QString &budget)
{
    std::printf("ROW|%s|%s|%.3f|%.3f|%.3f|%s|%.3f|%.3f|%.3f|%s|%s\n", qPrintable(figure), qPrintable(unit),
                value.median, value.min, value.max, qPrintable(baselineName), baseline.median, baseline.min,
                baseline.max, budget == QLatin1String("-") ? "info" : "ratio", qPrintable(budget));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Settings settings;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--count") && i + 1 < args.size())
            settings.count = qMax(1, args.at(++i).toInt());
        else if (a == QLatin1String("--rounds") && i + 1 < args.size())
            settings.rounds = qMax(1, args.at(++i).toInt());
        else if (a == QLatin1String("--curl") && i + 1 < args.size())
            settings.curl = args.at(++i);
        else if (a == QLatin1String("--verbose"))
            settings.verbose = true;
        else if (a == QLatin1String("--server") && i + 1 < args.size())
            settings.serverOwnThread = args.at(++i) != QLatin1String("same-thread");
        else if (a == QLatin1String("--serve") && i + 1 < args.size())
            settings.serveSeconds = args.at(++i).toInt();
        else {
            std::fprintf(stderr, "usage: bench_requests [--count N] [--rounds R] [--curl PATH] [--verbose] "
                                 "[--server own-thread|same-thread] | --serve SECONDS\n");
            return 2;
        }
    }

    try {
        ServerThread server(settings.serverOwnThread);
        if (settings.serveSeconds > 0) {
            std::printf("%s\n", qPrintable(server.url().toString()));
            std::fflush(stdout);
            QTimer::singleShot(settings.serveSeconds * 1000, &app, &QCoreApplication::quit);
            return app.exec();
        }
        // As the app does (src/app/main.cpp).
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        QNetworkAccessManager network;
        PartnerApi api(&network);
        api.setBaseUrl(server.url());
        api.setCredentials({QString::fromLatin1(SandboxServer::DemoApiKey),
                            QString::fromLatin1(SandboxServer::DemoApiSecret)});
        Curl curl(settings.curl, server.url());
        const int n = settings.count;

        // Fixtures: users whose KYC curl starts; a warm connection for both.
        const QStringList curlKycUsers = createUsers(api, n * settings.rounds, QStringLiteral("curl"));
        const QStringList bareKycUsers = createUsers(api, n * settings.rounds, QStringLiteral("bare"));
        BareQnam bare(&network, server.url());
        const QStringList getUserIds = createUsers(api, n, QStringLiteral("get"));
        runSequential(api, 5, [&](int i) { return api.getUser(getUserIds.at(i)); });
        curl.run({{"GET", QStringLiteral("/users/") + getUserIds.first(), {}}});

        std::map<QString, QList<double>> samples;
        for (int round = 0; round < settings.rounds; ++round) {
            // createUser: PartnerApi's users are the ones whose KYC it starts next.
            QStringList apiUsers;
            samples["createUser.api"] << runSequential(
                    api, n,
                    [&](int i) {
                        return api.createUser(newUser(QStringLiteral("api-%1-%2@example.com").arg(round).arg(i)));
                    },
                    [&](const qash::UserRecord &user) { apiUsers << user.id; });
            QList<CurlRequest> requests;
            for (int i = 0; i < n; ++i) {
                requests << CurlRequest{"POST", QStringLiteral("/users"),
                                        qash::RequestBuilder::createUserBody(newUser(
                                                QStringLiteral("curl-%1-%2@example.com").arg(round).arg(i)))};
            }
            samples["createUser.curl"] << curl.run(requests);
            QList<QPair<QByteArray, QPair<QString, QByteArray>>> bareRequests;
            for (int i = 0; i < n; ++i) {
                bareRequests.append({"POST", {QStringLiteral("/users"),
                                              qash::RequestBuilder::createUserBody(newUser(
                                                      QStringLiteral("bare-%1-%2@example.com").arg(round).arg(i)))}});
            }
            samples["createUser.bare"] << bare.run(bareRequests);

            samples["startKyc.api"] << runSequential(api, n, [&](int i) { return api.startKyc(kyc(apiUsers.at(i))); });
            requests.clear();
            for (int i = 0; i < n; ++i) {
                requests << CurlRequest{"POST", QStringLiteral("/kyc"),
                                        qash::RequestBuilder::startKycBody(kyc(curlKycUsers.at(round * n + i)))};
            }
            samples["startKyc.curl"] << curl.run(requests);
            bareRequests.clear();
            for (int i = 0; i < n; ++i) {
                bareRequests.append({"POST", {QStringLiteral("/kyc"),
                                              qash::RequestBuilder::startKycBody(kyc(bareKycUsers.at(round * n + i)))}});
            }
            samples["startKyc.bare"] << bare.run(bareRequests);

            samples["getUser.api"] << runSequential(api, n, [&](int i) { return api.getUser(getUserIds.at(i)); });
            requests.clear();
            for (int i = 0; i < n; ++i)
                requests << CurlRequest{"GET", QStringLiteral("/users/") + getUserIds.at(i), {}};
            samples["getUser.curl"] << curl.run(requests);
            bareRequests.clear();
            for (int i = 0; i < n; ++i)
                bareRequests.append({"GET", {QStringLiteral("/users/") + getUserIds.at(i), QByteArray()}});
            samples["getUser.bare"] << bare.run(bareRequests);
            if (curl.connectionsLastRun() != 1)
                std::fprintf(stderr, "warning: curl opened %d connections for one round\n", curl.connectionsLastRun());

            if (settings.verbose) {
                std::fprintf(stderr, "round %d:", round + 1);
                for (const auto &[name, values] : samples)
                    std::fprintf(stderr, " %s=%.3f", qPrintable(name), values.constLast());
                std::fprintf(stderr, "\n");
            }
        }

        const QString budget = QStringLiteral("1.5");
        for (const char *op : {"startKyc", "getUser", "createUser"}) {
            const QString name = QLatin1String(op);
            printRow(QStringLiteral("%1 x%2, PartnerApi (per request)").arg(name).arg(n), QStringLiteral("ms"),
                     stats(samples[name + QStringLiteral(".api")]), QStringLiteral("curl, 1 keep-alive conn"),
                     stats(samples[name + QStringLiteral(".curl")]), budget);
        }
        // Not a budget: how much of that is Qt's HTTP stack, how much PartnerApi.
        for (const char *op : {"startKyc", "getUser"}) {
            const QString name = QLatin1String(op);
            printRow(QStringLiteral("%1 x%2, PartnerApi (per request)").arg(name).arg(n), QStringLiteral("ms"),
                     stats(samples[name + QStringLiteral(".api")]), QStringLiteral("bare QNetworkAccessManager"),
                     stats(samples[name + QStringLiteral(".bare")]), QStringLiteral("-"));
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_requests: %s\n", e.what());
        return 1;
    }
    return 0;
}
