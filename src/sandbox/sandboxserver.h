#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace qash::sandbox {

// One request as the sandbox received it, for tests to assert on.
struct RecordedRequest
{
    QString method;
    QString path;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// A fake of the Qash Partner API, built from the documented contract only
// (it includes nothing from core). It serves on loopback, answers without
// blocking the thread it lives on, and can be told to misbehave.
//
// Served paths:
//   POST /api/v1/partner/users, POST /api/v1/partner/kyc,
//   GET  /api/v1/partner/users/<id>          (need X-Api-Key + X-Api-Secret)
//   GET  /verify?inquiry-id=inq_...          (the customer's verification page)
//   POST /verify/complete                    (its form: inquiry-id=inq_...)
// Requests are processed when they arrive; only the answer is delayed or
// replaced, as with a real server whose reply is slow or mangled on the way.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *DemoApiKey = "qash_key_test_demo";
    static constexpr const char *DemoApiSecret = "qash_secret_test_demo";

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Port 0 picks a free port. Returns false if it could not listen.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    void setCredentials(const QByteArray &apiKey, const QByteArray &apiSecret);

    // The customer's side: what the verification page's button does.
    // False if the inquiry is unknown; completing twice is harmless.
    bool completeVerification(const QString &inquiryId);
    // Moves a user to any status (active, suspended, banned, or an invented one).
    bool setUserStatus(const QString &userId, const QString &status);
    // The user's current status; empty if the user is unknown.
    QString userStatus(const QString &userId) const;
    // Milliseconds until a completed verification turns the user active
    // (default 0: at once). Only a "pending" user becomes active.
    void setActivationDelayMs(int ms);

    // Misbehaviour, for tests. All of it applies to /api/ requests only.
    void setResponseDelayMs(int ms);                             // every answer waits this long
    void failNextRequests(int count, int httpStatus = 503);      // then behaves again
    // 2xx with a body that breaks the contract, rotating through (from the
    // first answer after switching on): 0 truncated JSON, 1 the key field
    // missing (users: data.user.id; kyc: verificationUrl; get: data.user.status),
    // 2 that key field a number instead of a string.
    void setMalformedResponses(bool on);
    void setErrorBodyStyle(const QString &style);                // "message" (default), "message-array", "error-string", "error-object", "plain-text", "empty", "html"
    void setVerificationUrlOverride(const QString &url);         // hostile links

    QList<RecordedRequest> requests() const;
    void clearRequests();

signals:
    void requestReceived(const QString &method, const QString &path);
    void verificationCompleted(const QString &userId);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace qash::sandbox
