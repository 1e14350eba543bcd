#pragma once

#include "apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
QT_END_NAMESPACE

namespace qash {

// Client of the Qash Partner API. Every call returns a request id at once and
// answers later with exactly one signal carrying that id. Widgets never see a
// QNetworkReply; they see results and typed errors.
class PartnerApi : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    static constexpr qint64 MaxResponseBytes = 1024 * 1024;
    static constexpr int DefaultTransferTimeoutMs = 15000;
    static constexpr int DefaultDeadlineMs = 45000;

    // The manager is injected (one per application) and not owned.
    explicit PartnerApi(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PartnerApi() override;

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const Credentials &credentials);
    bool hasCredentials() const { return m_credentials.isComplete(); }
    // Inactivity timeout per transfer, plus a hard deadline per call.
    void setTimeouts(int transferTimeoutMs, int deadlineMs);

    RequestId createUser(const NewUserRequest &request);
    RequestId startKyc(const KycRequest &request);
    RequestId getUser(const QString &userId);

    // Aborts every call in flight; each still answers with a Network error.
    void abortAll();
    int pendingCount() const { return int(m_calls.size()); }
    // GETs are retried with exponential backoff on network errors, timeouts,
    // 429 and 5xx. POSTs never are: their outcome may be unknown.
    void setGetRetryPolicy(int maxAttempts, int baseDelayMs);

signals:
    void userCreated(qash::PartnerApi::RequestId id, const qash::UserRecord &user);
    void kycStarted(qash::PartnerApi::RequestId id, const qash::KycSession &session);
    void userFetched(qash::PartnerApi::RequestId id, const qash::UserRecord &user);
    void requestFailed(qash::PartnerApi::RequestId id, qash::ApiOperation operation,
                       const qash::ApiError &error);

private:
    struct Pending;
    RequestId send(ApiOperation operation, QByteArray method, QString path, QByteArray body);
    void dispatch(Pending *call);
    void onReadyRead(Pending *call);
    void onFinished(Pending *call);
    bool retryLater(Pending *call, const ApiError &error);
    void finish(Pending *call, const std::optional<ApiError> &error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    Credentials m_credentials;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    int m_deadlineMs = DefaultDeadlineMs;
    int m_maxGetAttempts = 3;
    int m_retryBaseDelayMs = 500;
    RequestId m_nextId = 1;
    QHash<RequestId, Pending *> m_calls;
};

} // namespace qash
