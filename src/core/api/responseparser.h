#pragma once

#include "apitypes.h"

#include <QByteArray>

// Pure functions: (HTTP status, body bytes) -> result or typed error.
// They never trust the body: unknown fields are ignored, missing optional
// ones tolerated, and every error-body shape the docs leave open is read.
namespace qash::ResponseParser {

// POST /users and GET /users/{id}: { success, data: { user: {...} } }
ApiResult<UserRecord> parseUser(int httpStatus, const QByteArray &body);

// POST /kyc: { success, verificationUrl, inquiryId } (flat)
ApiResult<KycSession> parseKycSession(int httpStatus, const QByteArray &body);

// Any non-2xx answer: the kind from the status, the text from `message`
// (string or array), `error` (string or object), `errors`, or the raw body.
ApiError parseError(int httpStatus, const QByteArray &body);

} // namespace qash::ResponseParser
