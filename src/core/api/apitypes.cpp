#include "apitypes.h"

namespace qash {

QString apiErrorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Validation: return QStringLiteral("validation");
    case ApiErrorKind::Unauthorized: return QStringLiteral("unauthorized");
    case ApiErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ApiErrorKind::NotFound: return QStringLiteral("not-found");
    case ApiErrorKind::Conflict: return QStringLiteral("conflict");
    case ApiErrorKind::RateLimited: return QStringLiteral("rate-limited");
    case ApiErrorKind::Server: return QStringLiteral("server");
    case ApiErrorKind::Network: return QStringLiteral("network");
    case ApiErrorKind::Timeout: return QStringLiteral("timeout");
    case ApiErrorKind::Tls: return QStringLiteral("tls");
    case ApiErrorKind::MalformedResponse: return QStringLiteral("malformed-response");
    case ApiErrorKind::ResponseTooLarge: return QStringLiteral("response-too-large");
    }
    return QStringLiteral("unknown");
}

} // namespace qash
