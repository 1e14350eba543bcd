#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <variant>

namespace qash {

// The small, closed set of ways a Partner API call can fail. Everything the
// server or the network can do maps onto one of these.
enum class ApiErrorKind {
    Validation,        // 400: the server rejected a field
    Unauthorized,      // 401: key or secret rejected
    Forbidden,         // 403
    NotFound,          // 404: no such user for this partner
    Conflict,          // 409: KYC already started, or email already registered
    RateLimited,       // 429
    Server,            // 5xx or another unexpected status
    Network,           // connection refused, reset, DNS, proxy
    Timeout,           // no progress, or the overall deadline passed
    Tls,               // certificate or handshake failure
    MalformedResponse, // 2xx whose body is not what the contract promises
    ResponseTooLarge,  // the body passed the size cap
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::Server;
    int httpStatus = 0;
    // Human-readable text from the server (plain text; never render as rich text)
    // or a short description of what went wrong locally.
    QString message;
    // Per-field messages when the server names a field ("email" -> "must be unique").
    QHash<QString, QString> fieldErrors;
    // True when a POST may have reached the server although no answer arrived:
    // such a call must be reconciled, never blindly repeated.
    bool outcomeUnknown = false;
};

QString apiErrorKindName(ApiErrorKind kind);

template <typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_value(std::move(value)) {} // NOLINT: implicit by design
    ApiResult(ApiError error) : m_value(std::move(error)) {} // NOLINT

    bool ok() const { return std::holds_alternative<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

struct UserRecord
{
    QString id;
    QString email;
    QString status; // pending, active, suspended, banned, or anything the server invents
    QString countryCode;
    QString phone;
    QString preferredLanguage;
    QDateTime createdAt;
};

struct KycSession
{
    QUrl verificationUrl;
    QString inquiryId;
};

// POST /api/v1/partner/users
struct NewUserRequest
{
    QString userType = QStringLiteral("personal");
    QString email;
    QString countryCode;
    QString phone;             // E.164; left out when empty
    QString preferredLanguage; // left out when empty
};

// POST /api/v1/partner/kyc
struct KycRequest
{
    QString userId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;   // E.164; left out when empty
    QDate birthDate; // sent as YYYY-MM-DD; left out when null
};

struct Credentials
{
    QString apiKey;
    QString apiSecret;
    bool isComplete() const { return !apiKey.isEmpty() && !apiSecret.isEmpty(); }
};

enum class ApiOperation { CreateUser, StartKyc, GetUser };

} // namespace qash

Q_DECLARE_METATYPE(qash::ApiError)
Q_DECLARE_METATYPE(qash::UserRecord)
Q_DECLARE_METATYPE(qash::KycSession)
Q_DECLARE_METATYPE(qash::Credentials)
