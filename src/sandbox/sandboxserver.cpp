#include "sandboxserver.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <map>
#include <optional>
#include <thread>
#include <utility>

namespace qash::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "qash.sandbox")

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

namespace {

constexpr qsizetype MaxRecordedRequests = 1000; // bounds memory in long --demo sessions

const QString ApiPrefix = QStringLiteral("/api/");

enum class Endpoint { CreateUser, StartKyc, GetUser, ApiMissing, VerifyPage, VerifyComplete, PageMissing };

enum class ErrorStyle { Message, MessageArray, ErrorString, ErrorObject, PlainText, Empty, Html };

struct FieldError
{
    QString field;
    QString message; // without the field name: "must be a valid email"
};

struct ApiError
{
    int status = 500;
    QString message;
    QList<FieldError> fields;
};

struct Reply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct User
{
    QString id;
    QString email;
    QString userType;
    QString countryCode;
    QString phone; // null when not given
    QString preferredLanguage;
    QString status;
    QString createdAt;
    QString inquiryId; // empty until KYC is started
};

struct Inquiry
{
    QString id;
    QString userId;
    QString firstName;
    QString lastName;
    bool completed = false;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 500 ? "Server Error" : "Client Error";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QStringLiteral("TRACE");
    default: return QStringLiteral("UNKNOWN");
    }
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool hasHeader(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Reply jsonReply(int status, const QJsonObject &object)
{
    return Reply{status, {{"Content-Type", "application/json; charset=utf-8"}}, toJson(object)};
}

QString randomAlphanumerics(int count)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return out;
}

bool isValidEmail(const QString &email)
{
    // Roughly what class-validator's IsEmail accepts: local@domain.tld, no spaces.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    return email.size() <= 254 && re.match(email).hasMatch()
           && !email.contains(QLatin1String("..")) && !email.startsWith(QLatin1Char('.'))
           && !email.contains(QLatin1String(".@"));
}

bool isValidE164(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral(R"(^\+[1-9][0-9]{6,14}$)"));
    return re.match(phone).hasMatch();
}

// Reads fields of a JSON body and collects what is wrong with them, so one
// 400 can name every bad field at once (as NestJS's ValidationPipe does).
class Validator
{
public:
    explicit Validator(const QJsonObject &body) : m_body(body) { }

    std::optional<QString> required(const QString &field)
    {
        const QJsonValue v = m_body.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            fail(field, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(field, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    // nullopt when absent (or null) or not a string.
    std::optional<QString> optional(const QString &field)
    {
        const QJsonValue v = m_body.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            fail(field, QStringLiteral("must be a string"));
            return std::nullopt;
        }
        return v.toString();
    }

    void fail(const QString &field, const QString &message) { m_errors.append({field, message}); }
    bool ok() const { return m_errors.isEmpty(); }

    ApiError error() const
    {
        QStringList parts;
        for (const auto &e : m_errors)
            parts.append(e.field + QLatin1Char(' ') + e.message);
        return ApiError{400, parts.join(QStringLiteral("; ")), m_errors};
    }

private:
    QJsonObject m_body;
    QList<FieldError> m_errors;
};

const QString PageStyle = QStringLiteral(R"(
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;color:#1c2430}
main{max-width:30rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08)}
h1{font-size:1.4rem;margin:0 0 1rem}
.demo{background:#fff6db;border:1px solid #f0d98a;border-radius:8px;padding:.75rem 1rem;font-size:.95rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#5b6675}dd{margin:0;word-break:break-all}
button{font-size:1.05rem;padding:.75rem 1.5rem;border:0;border-radius:8px;background:#2156d9;color:#fff;cursor:pointer}
.done{color:#17803d;font-size:1.15rem}
)");

QByteArray htmlPage(const QString &title, const QString &bodyHtml)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                        "<title>")
                         + title.toHtmlEscaped() + QStringLiteral("</title><style>") + PageStyle
                         + QStringLiteral("</style></head><body><main>") + bodyHtml
                         + QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

Reply htmlReply(int status, const QByteArray &page)
{
    // The page is served to a browser: keep it from loading or posting anywhere else.
    return Reply{status,
                 {{"Content-Type", "text/html; charset=utf-8"},
                  {"Cache-Control", "no-store"},
                  {"X-Content-Type-Options", "nosniff"},
                  {"Referrer-Policy", "no-referrer"},
                  {"Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"}},
                 page};
}

const QString PageTitle = QStringLiteral("Qash sandbox — identity verification");
const QString CompletedText = QStringLiteral("Verification complete — you can return to the desk");

QString demoNotice()
{
    return QStringLiteral(
        "<p class=\"demo\"><strong>Demo only.</strong> This page is served by the Qash Desk sandbox "
        "on this computer. It stands in for Persona's hosted verification: no documents are "
        "collected and nothing is sent anywhere.</p>");
}

} // namespace

// Listens from listen() on, while the QHttpServer is built for the first
// client: connections that come before it exists are held, unread, and
// handed over once it is bound.
class TcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    ~TcpServer() override
    {
        for (qintptr descriptor : std::as_const(m_held)) {
            QTcpSocket socket;
            socket.setSocketDescriptor(descriptor);
            socket.abort();
        }
    }

    std::function<void()> firstConnection; // called once, for the first client

    void release()
    {
        m_released = true;
        const QList<qintptr> held = std::exchange(m_held, {});
        for (qintptr descriptor : held)
            QTcpServer::incomingConnection(descriptor);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (m_released) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        m_held.append(descriptor);
        if (m_held.size() == 1 && firstConnection)
            std::exchange(firstConnection, {})();
    }

private:
    bool m_released = false;
    QList<qintptr> m_held;
};

struct SandboxServer::Private
{
    explicit Private(SandboxServer *qq) : q(qq) { }
    ~Private()
    {
        if (tlsWarmUp.joinable())
            tlsWarmUp.join();
    }

    SandboxServer *q;
    // Built for the first client (startHttp()): constructing a QHttpServer
    // loads Qt's TLS backend (OpenSSL), ~15 ms and ~5 MB that nobody should
    // wait for before a request comes; the TCP port is open from listen().
    std::unique_ptr<QHttpServer> http;
    TcpServer *tcp = nullptr;
    std::thread tlsWarmUp;
    QHostAddress address;
    quint16 port = 0;

    QByteArray apiKey = DemoApiKey;
    QByteArray apiSecret = DemoApiSecret;

    QHash<QString, User> users;
    QHash<QString, QString> userIdByEmail; // lower-cased email -> user id
    QHash<QString, Inquiry> inquiries;

    int activationDelayMs = 0;
    int responseDelayMs = 0;
    int failRemaining = 0;
    int failStatus = 503;
    bool malformed = false;
    int malformedCounter = 0;
    ErrorStyle errorStyle = ErrorStyle::Message;
    QString verificationUrlOverride;

    QList<RecordedRequest> recorded;

    // Delayed answers. QHttpServerResponder is move-only and keeps a raw
    // socket pointer, so the socket is watched to drop answers whose client
    // has gone away instead of writing to a deleted socket.
    struct PendingAnswer
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
        Reply reply;
    };
    std::map<quint64, PendingAnswer> pending;
    quint64 nextPendingId = 0;

    void setupRoutes();
    void startHttp();
    void handle(Endpoint endpoint, const QString &arg, const QHttpServerRequest &request,
                QHttpServerResponder &&responder);
    void record(const QHttpServerRequest &request);
    void answer(QHttpServerResponder &&responder, Reply reply, int delayMs);
    void sendPending(quint64 id);
    static void send(QHttpServerResponder &responder, const Reply &reply);

    Reply apiReply(Endpoint endpoint, const QString &arg, const QHttpServerRequest &request);
    Reply pageReply(Endpoint endpoint, const QHttpServerRequest &request);
    Reply errorReply(const ApiError &error) const;
    std::optional<ApiError> checkCredentials(const QHttpServerRequest &request) const;
    static std::optional<ApiError> parseJsonBody(const QHttpServerRequest &request, QJsonObject *body);

    Reply createUser(const QHttpServerRequest &request);
    Reply startKyc(const QHttpServerRequest &request);
    Reply getUser(const QString &userId);
    Reply success(Endpoint endpoint, int status, QJsonObject body);

    QString verificationUrl(const QString &inquiryId) const;
    QUrl base() const;
    void activateLater(const QString &userId);
};

void SandboxServer::Private::setupRoutes()
{
    using Method = QHttpServerRequest::Method;
    http->route("/api/v1/partner/users", Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   handle(Endpoint::CreateUser, {}, request, std::move(responder));
               });
    http->route("/api/v1/partner/kyc", Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   handle(Endpoint::StartKyc, {}, request, std::move(responder));
               });
    http->route("/api/v1/partner/users/<arg>", Method::Get,
               [this](const QString &userId, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder) {
                   handle(Endpoint::GetUser, userId, request, std::move(responder));
               });
    http->route("/verify", Method::Get,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   handle(Endpoint::VerifyPage, {}, request, std::move(responder));
               });
    http->route("/verify/complete", Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   handle(Endpoint::VerifyComplete, {}, request, std::move(responder));
               });
    http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const bool api = request.url().path().startsWith(ApiPrefix);
        handle(api ? Endpoint::ApiMissing : Endpoint::PageMissing, {}, request, std::move(responder));
    });
}

void SandboxServer::Private::startHttp()
{
    // The TLS backend loads on a worker thread; the server is then built and
    // bound here, on the sandbox's own thread, and serves whoever connected
    // meanwhile (their connections wait in the listen queue).
    tlsWarmUp = std::thread([this] {
        QSslSocket::supportsSsl();
        QMetaObject::invokeMethod(q, [this] {
            http = std::make_unique<QHttpServer>();
            setupRoutes();
            http->bind(tcp); // QHttpServer takes the TCP server over
            tcp->release();
        }, Qt::QueuedConnection);
    });
}

void SandboxServer::Private::record(const QHttpServerRequest &request)
{
    RecordedRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.body = request.body();
    r.headers = request.headers();
    recorded.append(r);
    if (recorded.size() > MaxRecordedRequests)
        recorded.removeFirst();
}

void SandboxServer::Private::handle(Endpoint endpoint, const QString &arg,
                                    const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder)
{
    record(request);
    const QString method = methodName(request.method());
    const QString path = request.url().path();

    const bool api = endpoint == Endpoint::CreateUser || endpoint == Endpoint::StartKyc
                     || endpoint == Endpoint::GetUser || endpoint == Endpoint::ApiMissing;
    if (api)
        answer(std::move(responder), apiReply(endpoint, arg, request), responseDelayMs);
    else
        answer(std::move(responder), pageReply(endpoint, request), 0);

    // After the request took effect, so a listener sees its outcome.
    emit q->requestReceived(method, path);
}

void SandboxServer::Private::answer(QHttpServerResponder &&responder, Reply reply, int delayMs)
{
    if (delayMs <= 0) {
        send(responder, reply);
        return;
    }
    const quint64 id = nextPendingId++;
    PendingAnswer p;
    p.socket = responder.socket();
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.reply = std::move(reply);
    pending.emplace(id, std::move(p));
    // A timer, never a sleep: the client may share this thread.
    QTimer::singleShot(delayMs, q, [this, id] { sendPending(id); });
}

void SandboxServer::Private::sendPending(quint64 id)
{
    const auto it = pending.find(id);
    if (it == pending.end())
        return;
    PendingAnswer p = std::move(it->second);
    pending.erase(it);
    if (!p.socket || p.socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSandbox, "client left before its delayed answer; dropped");
        return;
    }
    send(*p.responder, p.reply);
}

void SandboxServer::Private::send(QHttpServerResponder &responder, const Reply &reply)
{
    // Written piecewise because QHttpServerResponder::HeaderList is an
    // initializer_list and cannot be built at run time.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

Reply SandboxServer::Private::errorReply(const ApiError &error) const
{
    switch (errorStyle) {
    case ErrorStyle::Message: {
        QJsonObject body{{QStringLiteral("success"), false}, {QStringLiteral("message"), error.message}};
        if (!error.fields.isEmpty()) {
            QJsonArray errors;
            for (const auto &f : error.fields)
                errors.append(QJsonObject{{QStringLiteral("field"), f.field},
                                          {QStringLiteral("message"), f.message}});
            body.insert(QStringLiteral("errors"), errors);
        }
        return jsonReply(error.status, body);
    }
    case ErrorStyle::MessageArray: {
        // NestJS's ValidationPipe: one string per problem, plus statusCode and error.
        QJsonArray messages;
        for (const auto &f : error.fields)
            messages.append(QString(f.field + QLatin1Char(' ') + f.message));
        if (messages.isEmpty())
            messages.append(error.message);
        return jsonReply(error.status,
                         QJsonObject{{QStringLiteral("statusCode"), error.status},
                                     {QStringLiteral("message"), messages},
                                     {QStringLiteral("error"), QString::fromLatin1(reasonPhrase(error.status))}});
    }
    case ErrorStyle::ErrorString:
        return jsonReply(error.status, QJsonObject{{QStringLiteral("error"), error.message}});
    case ErrorStyle::ErrorObject:
        return jsonReply(error.status,
                         QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("message"), error.message}}}});
    case ErrorStyle::PlainText:
        return Reply{error.status, {{"Content-Type", "text/plain; charset=utf-8"}}, error.message.toUtf8()};
    case ErrorStyle::Empty:
        return Reply{error.status, {}, {}};
    case ErrorStyle::Html: {
        // What a reverse proxy (nginx) puts in front of a failing upstream.
        const QByteArray line = QByteArray::number(error.status) + ' ' + reasonPhrase(error.status);
        return Reply{error.status, {{"Content-Type", "text/html"}},
                     "<html>\r\n<head><title>" + line + "</title></head>\r\n<body>\r\n<center><h1>" + line
                         + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"};
    }
    }
    return Reply{error.status, {}, {}};
}

std::optional<ApiError> SandboxServer::Private::checkCredentials(const QHttpServerRequest &request) const
{
    if (!hasHeader(request, "X-Api-Key") || !hasHeader(request, "X-Api-Secret"))
        return ApiError{401, QStringLiteral("Missing partner credentials"), {}};
    if (headerValue(request, "X-Api-Key") != apiKey || headerValue(request, "X-Api-Secret") != apiSecret)
        return ApiError{401, QStringLiteral("Invalid partner credentials"), {}};
    return std::nullopt;
}

std::optional<ApiError> SandboxServer::Private::parseJsonBody(const QHttpServerRequest &request,
                                                              QJsonObject *body)
{
    const QByteArray contentType = headerValue(request, "Content-Type");
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime != "application/json")
        return ApiError{400, QStringLiteral("Content-Type must be application/json"), {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError{400, QStringLiteral("Request body is not valid JSON"), {}};
    if (!doc.isObject())
        return ApiError{400, QStringLiteral("Request body must be a JSON object"), {}};
    *body = doc.object();
    return std::nullopt;
}

Reply SandboxServer::Private::apiReply(Endpoint endpoint, const QString &arg,
                                       const QHttpServerRequest &request)
{
    // A failing gateway answers before the API sees the request.
    if (failRemaining > 0) {
        --failRemaining;
        return errorReply(ApiError{failStatus,
                                   QStringLiteral("Simulated failure: ")
                                       + QString::fromLatin1(reasonPhrase(failStatus)),
                                   {}});
    }
    if (endpoint == Endpoint::ApiMissing) {
        return errorReply(ApiError{404,
                                   QStringLiteral("Cannot ") + methodName(request.method())
                                       + QLatin1Char(' ') + request.url().path(),
                                   {}});
    }
    if (const auto error = checkCredentials(request))
        return errorReply(*error);

    switch (endpoint) {
    case Endpoint::CreateUser: return createUser(request);
    case Endpoint::StartKyc: return startKyc(request);
    case Endpoint::GetUser: return getUser(arg);
    default: break;
    }
    return errorReply(ApiError{500, QStringLiteral("Internal server error"), {}});
}

Reply SandboxServer::Private::createUser(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (const auto error = parseJsonBody(request, &body))
        return errorReply(*error);

    Validator v(body);
    const auto userType = v.required(QStringLiteral("userType"));
    if (userType && *userType != QLatin1String("personal") && *userType != QLatin1String("business"))
        v.fail(QStringLiteral("userType"), QStringLiteral("must be one of the following values: personal, business"));
    const auto email = v.required(QStringLiteral("email"));
    if (email && !isValidEmail(*email))
        v.fail(QStringLiteral("email"), QStringLiteral("must be a valid email"));
    const auto countryCode = v.required(QStringLiteral("countryCode"));
    static const QRegularExpression countryRe(QStringLiteral("^[A-Z]{2}$"));
    if (countryCode && !countryRe.match(*countryCode).hasMatch())
        v.fail(QStringLiteral("countryCode"), QStringLiteral("must be a 2-letter ISO 3166-1 alpha-2 code"));
    auto phone = v.optional(QStringLiteral("phone"));
    if (phone) {
        *phone = phone->trimmed(); // the contract says the server trims it
        if (!isValidE164(*phone))
            v.fail(QStringLiteral("phone"), QStringLiteral("must be a valid phone number in E.164 format"));
    }
    const auto language = v.optional(QStringLiteral("preferredLanguage"));
    static const QRegularExpression languageRe(QStringLiteral("^[a-z]{2}$"));
    if (language && !languageRe.match(*language).hasMatch())
        v.fail(QStringLiteral("preferredLanguage"), QStringLiteral("must be a 2-letter language code"));
    if (!v.ok())
        return errorReply(v.error());

    const QString emailKey = email->toLower();
    if (userIdByEmail.contains(emailKey))
        return errorReply(ApiError{409, QStringLiteral("Email already registered"), {}});

    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces); // random, i.e. version 4
    user.email = *email;
    user.userType = *userType;
    user.countryCode = *countryCode;
    if (phone)
        user.phone = *phone;
    user.preferredLanguage = language ? *language : QStringLiteral("en");
    user.status = QStringLiteral("pending");
    user.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    users.insert(user.id, user);
    userIdByEmail.insert(emailKey, user.id);

    const QJsonObject json{
        {QStringLiteral("success"), true},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("user"),
                      QJsonObject{{QStringLiteral("id"), user.id},
                                  {QStringLiteral("email"), user.email},
                                  {QStringLiteral("status"), user.status},
                                  {QStringLiteral("createdAt"), user.createdAt}}}}},
        {QStringLiteral("message"), QStringLiteral("User created successfully")}};
    return success(Endpoint::CreateUser, 201, json);
}

Reply SandboxServer::Private::startKyc(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (const auto error = parseJsonBody(request, &body))
        return errorReply(*error);

    Validator v(body);
    const auto userId = v.required(QStringLiteral("userId"));
    const auto firstName = v.required(QStringLiteral("firstName"));
    if (firstName && firstName->size() > 100)
        v.fail(QStringLiteral("firstName"), QStringLiteral("must be at most 100 characters"));
    const auto lastName = v.required(QStringLiteral("lastName"));
    if (lastName && lastName->size() > 100)
        v.fail(QStringLiteral("lastName"), QStringLiteral("must be at most 100 characters"));
    const auto email = v.required(QStringLiteral("email"));
    if (email && !isValidEmail(*email))
        v.fail(QStringLiteral("email"), QStringLiteral("must be a valid email"));
    const auto phone = v.optional(QStringLiteral("phone"));
    if (phone && !isValidE164(phone->trimmed()))
        v.fail(QStringLiteral("phone"), QStringLiteral("must be a valid phone number in E.164 format"));
    const auto birthDate = v.optional(QStringLiteral("birthDate"));
    if (birthDate) {
        static const QRegularExpression dateRe(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
        const QDate date = QDate::fromString(*birthDate, Qt::ISODate);
        if (!dateRe.match(*birthDate).hasMatch() || !date.isValid() || date.year() < 1900)
            v.fail(QStringLiteral("birthDate"), QStringLiteral("must be a valid date (YYYY-MM-DD)"));
        else if (date > QDate::currentDate())
            v.fail(QStringLiteral("birthDate"), QStringLiteral("must not be in the future"));
    }
    if (!v.ok())
        return errorReply(v.error());

    const auto it = users.find(*userId);
    if (it == users.end())
        return errorReply(ApiError{404, QStringLiteral("User not found"), {}});
    if (!it->inquiryId.isEmpty())
        return errorReply(ApiError{409, QStringLiteral("KYC already in progress"), {}});

    Inquiry inquiry;
    inquiry.id = QStringLiteral("inq_") + randomAlphanumerics(28);
    inquiry.userId = it->id;
    inquiry.firstName = firstName->trimmed();
    inquiry.lastName = lastName->trimmed();
    inquiries.insert(inquiry.id, inquiry);
    it->inquiryId = inquiry.id;

    const QString url = verificationUrlOverride.isEmpty() ? verificationUrl(inquiry.id)
                                                          : verificationUrlOverride;
    const QJsonObject json{{QStringLiteral("success"), true},
                           {QStringLiteral("verificationUrl"), url},
                           {QStringLiteral("inquiryId"), inquiry.id}};
    return success(Endpoint::StartKyc, 200, json);
}

Reply SandboxServer::Private::getUser(const QString &userId)
{
    const auto it = users.constFind(userId);
    if (it == users.constEnd())
        return errorReply(ApiError{404, QStringLiteral("User not found"), {}});
    QJsonObject user{{QStringLiteral("id"), it->id},
                     {QStringLiteral("email"), it->email},
                     {QStringLiteral("status"), it->status},
                     {QStringLiteral("countryCode"), it->countryCode},
                     {QStringLiteral("preferredLanguage"), it->preferredLanguage},
                     {QStringLiteral("createdAt"), it->createdAt}};
    if (!it->phone.isNull())
        user.insert(QStringLiteral("phone"), it->phone);
    const QJsonObject json{{QStringLiteral("success"), true},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("user"), user}}}};
    return success(Endpoint::GetUser, 200, json);
}

Reply SandboxServer::Private::success(Endpoint endpoint, int status, QJsonObject body)
{
    if (!malformed)
        return jsonReply(status, body);

    const int kind = malformedCounter++ % 3;
    if (kind == 0) {
        // Cut off mid-way, as if a proxy truncated it.
        const QByteArray json = toJson(body);
        return Reply{status, {{"Content-Type", "application/json"}}, json.left(json.size() / 2)};
    }
    // The key field of each endpoint, removed (kind 1) or a number (kind 2).
    const auto mangle = [kind](QJsonObject &object, const QString &key) {
        if (kind == 1)
            object.remove(key);
        else
            object.insert(key, 12345);
    };
    if (endpoint == Endpoint::StartKyc) {
        mangle(body, QStringLiteral("verificationUrl"));
    } else {
        QJsonObject data = body.value(QStringLiteral("data")).toObject();
        QJsonObject user = data.value(QStringLiteral("user")).toObject();
        mangle(user, endpoint == Endpoint::CreateUser ? QStringLiteral("id") : QStringLiteral("status"));
        data.insert(QStringLiteral("user"), user);
        body.insert(QStringLiteral("data"), data);
    }
    return jsonReply(status, body);
}

Reply SandboxServer::Private::pageReply(Endpoint endpoint, const QHttpServerRequest &request)
{
    if (endpoint == Endpoint::PageMissing) {
        return htmlReply(404, htmlPage(QStringLiteral("Not found"),
                                       QStringLiteral("<h1>Not found</h1><p>The sandbox has no page at ")
                                           + request.url().path().toHtmlEscaped()
                                           + QStringLiteral(".</p>")));
    }

    QString inquiryId;
    if (endpoint == Endpoint::VerifyComplete) {
        // An HTML form posts application/x-www-form-urlencoded.
        QString form = QString::fromUtf8(request.body());
        form.replace(QLatin1Char('+'), QLatin1Char(' '));
        inquiryId = QUrlQuery(form).queryItemValue(QStringLiteral("inquiry-id"), QUrl::FullyDecoded);
    }
    if (inquiryId.isEmpty())
        inquiryId = request.query().queryItemValue(QStringLiteral("inquiry-id"), QUrl::FullyDecoded);

    if (inquiryId.isEmpty()) {
        return htmlReply(400, htmlPage(PageTitle, QStringLiteral("<h1>") + PageTitle.toHtmlEscaped()
                                                      + QStringLiteral("</h1><p>This link has no inquiry id.</p>")));
    }
    if (!inquiries.contains(inquiryId)) {
        return htmlReply(404, htmlPage(PageTitle, QStringLiteral("<h1>") + PageTitle.toHtmlEscaped()
                                                      + QStringLiteral("</h1><p>No verification is known for "
                                                                       "inquiry <code>")
                                                      + inquiryId.toHtmlEscaped()
                                                      + QStringLiteral("</code>.</p>")));
    }

    if (endpoint == Endpoint::VerifyComplete)
        q->completeVerification(inquiryId);

    const Inquiry &inquiry = inquiries[inquiryId];
    QString html = QStringLiteral("<h1>") + PageTitle.toHtmlEscaped() + QStringLiteral("</h1>") + demoNotice()
                   + QStringLiteral("<dl><dt>Name</dt><dd>")
                   + QString(inquiry.firstName + QLatin1Char(' ') + inquiry.lastName).toHtmlEscaped()
                   + QStringLiteral("</dd><dt>Inquiry</dt><dd><code>") + inquiry.id.toHtmlEscaped()
                   + QStringLiteral("</code></dd></dl>");
    if (inquiry.completed) {
        html += QStringLiteral("<p class=\"done\">") + CompletedText.toHtmlEscaped() + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>In production the customer would now photograph an ID document "
                               "and take a selfie.</p>"
                               "<form method=\"post\" action=\"/verify/complete\">"
                               "<input type=\"hidden\" name=\"inquiry-id\" value=\"")
                + inquiry.id.toHtmlEscaped()
                + QStringLiteral("\"><button type=\"submit\">Complete verification</button></form>");
    }
    return htmlReply(200, htmlPage(PageTitle, html));
}

QUrl SandboxServer::Private::base() const
{
    if (port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    // Links must be reachable from this machine: "any" address means loopback.
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address.isNull())
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (address == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(address.toString());
    url.setPort(port);
    return url;
}

QString SandboxServer::Private::verificationUrl(const QString &inquiryId) const
{
    QUrl url = base();
    url.setPath(QStringLiteral("/verify"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("inquiry-id"), inquiryId);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void SandboxServer::Private::activateLater(const QString &userId)
{
    const auto activate = [this, userId] {
        const auto it = users.find(userId);
        if (it == users.end())
            return;
        // Approval moves pending -> active; a suspended or banned user stays so.
        if (it->status == QLatin1String("pending"))
            it->status = QStringLiteral("active");
        emit q->verificationCompleted(userId);
    };
    if (activationDelayMs <= 0)
        activate();
    else
        QTimer::singleShot(activationDelayMs, q, activate);
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->port != 0) {
        qCWarning(lcSandbox, "already listening on port %u", unsigned(d->port));
        return false;
    }
    auto *tcp = new TcpServer(this);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return false;
    }
    d->tcp = tcp;
    d->address = address;
    d->port = tcp->serverPort();
    tcp->firstConnection = [this] { d->startHttp(); };
    return true;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    return d->base();
}

void SandboxServer::setCredentials(const QByteArray &apiKey, const QByteArray &apiSecret)
{
    d->apiKey = apiKey;
    d->apiSecret = apiSecret;
}

bool SandboxServer::completeVerification(const QString &inquiryId)
{
    const auto it = d->inquiries.find(inquiryId);
    if (it == d->inquiries.end())
        return false;
    if (it->completed)
        return true;
    it->completed = true;
    d->activateLater(it->userId);
    return true;
}

bool SandboxServer::setUserStatus(const QString &userId, const QString &status)
{
    const auto it = d->users.find(userId);
    if (it == d->users.end() || status.isEmpty())
        return false;
    it->status = status;
    return true;
}

QString SandboxServer::userStatus(const QString &userId) const
{
    return d->users.value(userId).status;
}

void SandboxServer::setActivationDelayMs(int ms)
{
    d->activationDelayMs = qMax(0, ms);
}

void SandboxServer::setResponseDelayMs(int ms)
{
    d->responseDelayMs = qMax(0, ms);
}

void SandboxServer::failNextRequests(int count, int httpStatus)
{
    if (httpStatus < 400 || httpStatus > 599) {
        qCWarning(lcSandbox, "failNextRequests: %d is not an error status; using 503", httpStatus);
        httpStatus = 503;
    }
    d->failRemaining = qMax(0, count);
    d->failStatus = httpStatus;
}

void SandboxServer::setMalformedResponses(bool on)
{
    d->malformed = on;
    d->malformedCounter = 0;
}

void SandboxServer::setErrorBodyStyle(const QString &style)
{
    static const QHash<QString, ErrorStyle> styles{
        {QStringLiteral("message"), ErrorStyle::Message},
        {QStringLiteral("message-array"), ErrorStyle::MessageArray},
        {QStringLiteral("error-string"), ErrorStyle::ErrorString},
        {QStringLiteral("error-object"), ErrorStyle::ErrorObject},
        {QStringLiteral("plain-text"), ErrorStyle::PlainText},
        {QStringLiteral("empty"), ErrorStyle::Empty},
        {QStringLiteral("html"), ErrorStyle::Html},
    };
    const auto it = styles.constFind(style);
    if (it == styles.constEnd()) {
        qCWarning(lcSandbox, "unknown error body style %ls; using \"message\"", qUtf16Printable(style));
        d->errorStyle = ErrorStyle::Message;
        return;
    }
    d->errorStyle = *it;
}

void SandboxServer::setVerificationUrlOverride(const QString &url)
{
    d->verificationUrlOverride = url;
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return d->recorded;
}

void SandboxServer::clearRequests()
{
    d->recorded.clear();
}

} // namespace qash::sandbox
