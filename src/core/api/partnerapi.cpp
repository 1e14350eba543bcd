#include "partnerapi.h"

#include "logging.h"
#include "requestbuilder.h"
#include "responseparser.h"
#include "security/linkpolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace qash {

namespace {

const QByteArray ApiPrefix = QByteArrayLiteral("/api/v1/partner");

QString operationName(ApiOperation operation)
{
    switch (operation) {
    case ApiOperation::CreateUser: return QStringLiteral("create-user");
    case ApiOperation::StartKyc: return QStringLiteral("start-kyc");
    case ApiOperation::GetUser: return QStringLiteral("get-user");
    }
    return {};
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::RateLimited:
        return true;
    case ApiErrorKind::Server:
        return error.httpStatus >= 500 || error.httpStatus == 0;
    default:
        return false;
    }
}

// Errors where nothing of the request can have reached the server.
bool requestCertainlyNotDelivered(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

ApiError transportError(QNetworkReply::NetworkError code, const QString &host)
{
    ApiError error;
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiErrorKind::Tls;
        error.message = QCoreApplication::translate("qash::PartnerApi",
                                                    "The secure connection to %1 could not be verified.")
                                .arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        error.kind = ApiErrorKind::Timeout;
        error.message = QCoreApplication::translate("qash::PartnerApi", "%1 did not answer in time.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiErrorKind::Network;
        error.message = QCoreApplication::translate("qash::PartnerApi",
                                                    "The server name %1 could not be found.").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiErrorKind::Network;
        error.message = QCoreApplication::translate("qash::PartnerApi", "%1 refused the connection.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiErrorKind::Network;
        error.message = QCoreApplication::translate("qash::PartnerApi",
                                                    "%1 closed the connection before answering.").arg(host);
        break;
    default:
        error.kind = ApiErrorKind::Network;
        error.message = QCoreApplication::translate("qash::PartnerApi", "The connection to %1 failed.").arg(host);
        break;
    }
    return error;
}

} // namespace

struct PartnerApi::Pending
{
    RequestId id = 0;
    ApiOperation operation = ApiOperation::GetUser;
    QByteArray method;
    QString path;
    QByteArray body;
    QPointer<QNetworkReply> reply;
    QByteArray buffer;
    QTimer deadline;
    QTimer retryTimer;
    QElapsedTimer clock;
    int attempt = 0;
    bool timedOut = false;
    bool tooLarge = false;
    bool abortedByCaller = false;
};

PartnerApi::PartnerApi(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(m_network);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<UserRecord>();
    qRegisterMetaType<KycSession>();
}

PartnerApi::~PartnerApi()
{
    for (Pending *call : std::as_const(m_calls)) {
        if (QNetworkReply *reply = call->reply.data()) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        delete call;
    }
}

void PartnerApi::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void PartnerApi::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void PartnerApi::setTimeouts(int transferTimeoutMs, int deadlineMs)
{
    m_transferTimeoutMs = transferTimeoutMs;
    m_deadlineMs = deadlineMs;
}

void PartnerApi::setGetRetryPolicy(int maxAttempts, int baseDelayMs)
{
    m_maxGetAttempts = qMax(1, maxAttempts);
    m_retryBaseDelayMs = qMax(0, baseDelayMs);
}

PartnerApi::RequestId PartnerApi::createUser(const NewUserRequest &request)
{
    return send(ApiOperation::CreateUser, QByteArrayLiteral("POST"), QStringLiteral("/users"),
                RequestBuilder::createUserBody(request));
}

PartnerApi::RequestId PartnerApi::startKyc(const KycRequest &request)
{
    return send(ApiOperation::StartKyc, QByteArrayLiteral("POST"), QStringLiteral("/kyc"),
                RequestBuilder::startKycBody(request));
}

PartnerApi::RequestId PartnerApi::getUser(const QString &userId)
{
    // Percent-encode so that an id can never change the path it is put in.
    return send(ApiOperation::GetUser, QByteArrayLiteral("GET"),
                QStringLiteral("/users/") + QString::fromLatin1(QUrl::toPercentEncoding(userId)), {});
}

void PartnerApi::abortAll()
{
    const auto calls = m_calls.values();
    for (Pending *call : calls) {
        call->abortedByCaller = true;
        if (call->reply) {
            call->reply->abort();
        } else {
            ApiError error;
            error.kind = ApiErrorKind::Network;
            error.message = QCoreApplication::translate("qash::PartnerApi", "The request was cancelled.");
            finish(call, error);
        }
    }
}

PartnerApi::RequestId PartnerApi::send(ApiOperation operation, QByteArray method, QString path,
                                       QByteArray body)
{
    auto *call = new Pending;
    call->id = m_nextId++;
    call->operation = operation;
    call->method = std::move(method);
    call->path = std::move(path);
    call->body = std::move(body);
    call->deadline.setSingleShot(true);
    call->retryTimer.setSingleShot(true);
    m_calls.insert(call->id, call);

    connect(&call->deadline, &QTimer::timeout, this, [call] {
        call->timedOut = true;
        if (QNetworkReply *reply = call->reply.data())
            reply->abort();
    });
    connect(&call->retryTimer, &QTimer::timeout, this, [this, call] { dispatch(call); });

    const QString refusal = checkApiBaseUrl(m_baseUrl);
    if (!refusal.isEmpty()) {
        // Answer asynchronously, like every other outcome, so callers have one code path.
        QTimer::singleShot(0, this, [this, id = call->id, refusal] {
            if (Pending *pending = m_calls.value(id)) {
                ApiError error;
                error.kind = ApiErrorKind::Network;
                error.message = refusal;
                finish(pending, error);
            }
        });
        return call->id;
    }

    dispatch(call);
    return call->id;
}

void PartnerApi::dispatch(Pending *call)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QString::fromLatin1(ApiPrefix) + call->path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("QashDesk/" QASHDESK_VERSION));
    if (!call->body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Gateway deployments hold no credentials: the partner's backend adds them.
    if (!m_credentials.apiKey.isEmpty())
        request.setRawHeader("X-Api-Key", m_credentials.apiKey.toUtf8());
    if (!m_credentials.apiSecret.isEmpty())
        request.setRawHeader("X-Api-Secret", m_credentials.apiSecret.toUtf8());
    // The credentials travel in custom headers: never let a redirect carry
    // them to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_transferTimeoutMs);

    call->buffer.clear();
    call->timedOut = false;
    call->tooLarge = false;
    ++call->attempt;
    call->clock.start();

    QNetworkReply *reply = m_network->sendCustomRequest(request, call->method, call->body);
    call->reply = reply;
    reply->setReadBufferSize(64 * 1024);

    connect(reply, &QNetworkReply::metaDataChanged, this, [call, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > MaxResponseBytes) {
            call->tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, call] { onReadyRead(call); });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onFinished(call); });
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError. Log the
        // kind and host only.
        for (const QSslError &sslError : errors)
            qCWarning(lcNet) << "TLS error" << sslError.error() << "for" << reply->url().host();
    });
    call->deadline.start(m_deadlineMs);
}

void PartnerApi::onReadyRead(Pending *call)
{
    QNetworkReply *reply = call->reply.data();
    if (call->tooLarge || !reply)
        return;
    call->buffer += reply->readAll();
    if (call->buffer.size() > MaxResponseBytes) {
        call->tooLarge = true;
        call->buffer.clear();
        call->buffer.squeeze();
        reply->abort();
    }
}

void PartnerApi::onFinished(Pending *call)
{
    QNetworkReply *reply = call->reply;
    call->deadline.stop();
    if (!call->tooLarge)
        call->buffer += reply->readAll();
    reply->deleteLater();
    call->reply = nullptr;

    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = reply->url().host();
    const bool isPost = call->method == "POST";
    qCInfo(lcNet).noquote() << operationName(call->operation) << "request" << call->id << "attempt"
                            << call->attempt << "->" << httpStatus << reply->error() << "in"
                            << call->clock.elapsed() << "ms";

    std::optional<ApiError> error;
    if (call->abortedByCaller) {
        error = ApiError{ApiErrorKind::Network, 0,
                         QCoreApplication::translate("qash::PartnerApi", "The request was cancelled."), {},
                         isPost};
    } else if (call->tooLarge) {
        error = ApiError{ApiErrorKind::ResponseTooLarge, httpStatus,
                         QCoreApplication::translate("qash::PartnerApi",
                                                     "The answer from %1 was larger than allowed.")
                                 .arg(host),
                         {}, isPost};
    } else if (call->timedOut) {
        error = transportError(QNetworkReply::TimeoutError, host);
        error->outcomeUnknown = isPost;
    } else if (httpStatus == 0 || reply->error() == QNetworkReply::InsecureRedirectError) {
        error = transportError(reply->error(), host);
        error->httpStatus = httpStatus;
        if (isPost && !requestCertainlyNotDelivered(reply->error()))
            error->outcomeUnknown = true;
    }

    if (!error) {
        switch (call->operation) {
        case ApiOperation::CreateUser:
        case ApiOperation::GetUser: {
            const auto result = ResponseParser::parseUser(httpStatus, call->buffer);
            if (result.ok()) {
                const UserRecord user = result.value();
                const auto operation = call->operation;
                const RequestId id = call->id;
                finish(call, std::nullopt);
                if (operation == ApiOperation::CreateUser)
                    emit userCreated(id, user);
                else
                    emit userFetched(id, user);
                return;
            }
            error = result.error();
            break;
        }
        case ApiOperation::StartKyc: {
            const auto result = ResponseParser::parseKycSession(httpStatus, call->buffer);
            if (result.ok()) {
                const KycSession session = result.value();
                const RequestId id = call->id;
                finish(call, std::nullopt);
                emit kycStarted(id, session);
                return;
            }
            error = result.error();
            break;
        }
        }
    }

    if (!isPost && !call->abortedByCaller && retryLater(call, *error))
        return;
    finish(call, error);
}

bool PartnerApi::retryLater(Pending *call, const ApiError &error)
{
    if (call->attempt >= m_maxGetAttempts || !isRetryable(error))
        return false;
    const int delay = m_retryBaseDelayMs * (1 << (call->attempt - 1));
    qCInfo(lcNet) << "retrying request" << call->id << "in" << delay << "ms after"
                  << apiErrorKindName(error.kind);
    call->retryTimer.start(delay);
    return true;
}

void PartnerApi::finish(Pending *call, const std::optional<ApiError> &error)
{
    const RequestId id = call->id;
    const ApiOperation operation = call->operation;
    m_calls.remove(id);
    delete call;
    if (error) {
        qCInfo(lcNet).noquote() << operationName(operation) << "request" << id << "failed:"
                                << apiErrorKindName(error->kind) << error->httpStatus;
        emit requestFailed(id, operation, *error);
    }
}

} // namespace qash
