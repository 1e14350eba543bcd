// libFuzzer target: ResponseParser::parseUser / parseKycSession / parseError.
//
// Input layout (readable, so seeds can be written by hand):
//   byte 0      parser: (byte % 3) 0 = parseUser, 1 = parseKycSession, 2 = parseError
//               ('0', '1', '2' in the seed files)
//   bytes 1..3  HTTP status: three ASCII digits ("201"), or else bytes 1-2 as a
//               signed 16-bit number (so odd and negative statuses are tried)
//   bytes 4..   the response body
//
// Invariants (each one is promised by responseparser.h or DESIGN.md §4):
//   - no crash, no sanitizer report, whatever the body;
//   - every message (and field message) staff may see is one line of at most
//     500 characters: no whitespace but U+0020, none at either end; and it is
//     valid UTF-16 unless the body itself escapes a lone surrogate ("\ud800");
//   - an error keeps the HTTP status; a non-2xx error's kind follows the status;
//     a 2xx error is MalformedResponse or Server (a body that says success:false);
//   - a gateway's HTML page never becomes the message;
//   - parseUser/parseKycSession on a non-2xx status give exactly parseError's answer;
//   - an ok user has a non-blank id and status; an ok KYC session has a valid,
//     absolute verification URL.

#include "api/responseparser.h"

#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace qash;

namespace {

constexpr int MaxMessageLength = 500;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

ApiErrorKind expectedKind(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiErrorKind::Validation;
    case 401:
        return ApiErrorKind::Unauthorized;
    case 403:
        return ApiErrorKind::Forbidden;
    case 404:
        return ApiErrorKind::NotFound;
    case 409:
        return ApiErrorKind::Conflict;
    case 429:
        return ApiErrorKind::RateLimited;
    default:
        return ApiErrorKind::Server;
    }
}

QString describe(const ApiError &error)
{
    return QStringLiteral("kind=%1 status=%2 message=[%3] (%4 chars)")
        .arg(apiErrorKindName(error.kind))
        .arg(error.httpStatus)
        .arg(error.message)
        .arg(error.message.size());
}

// Only a JSON escape such as "\ud800" puts a lone surrogate in a QString:
// QString::fromUtf8 turns bad bytes into U+FFFD and the JSON parser refuses
// them. Without one in the body, every text shown must be valid UTF-16 (text
// that is not defeats Redaction::scrub and draws as a box).
bool g_bodyMayHoldLoneSurrogates = false;

bool bodyMayHoldLoneSurrogates(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    for (qsizetype at = lower.indexOf("\\ud"); at >= 0; at = lower.indexOf("\\ud", at + 1)) {
        const char next = at + 3 < lower.size() ? lower.at(at + 3) : '\0';
        if (next == '8' || next == '9' || (next >= 'a' && next <= 'f'))
            return true;
    }
    return false;
}

void checkShownText(const QString &text, const ApiError &error)
{
    FUZZ_CHECK(text.size() <= MaxMessageLength, describe(error));
    if (!g_bodyMayHoldLoneSurrogates)
        FUZZ_CHECK(qashfuzz::withValidUtf16(text) == text, describe(error));
    FUZZ_CHECK(!qashfuzz::hasLineBreakOrControlSpace(text), describe(error));
    FUZZ_CHECK(!text.startsWith(QLatin1Char(' ')) && !text.endsWith(QLatin1Char(' ')), describe(error));
}

void checkError(const ApiError &error, int status)
{
    FUZZ_CHECK(error.httpStatus == status, describe(error));
    FUZZ_CHECK(!error.outcomeUnknown, describe(error));
    checkShownText(error.message, error);
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        checkShownText(it.value(), error);
}

void checkSameError(const ApiError &a, const ApiError &b)
{
    FUZZ_CHECK(a.kind == b.kind && a.httpStatus == b.httpStatus && a.message == b.message
                   && a.fieldErrors == b.fieldErrors,
               describe(a) + QStringLiteral(" vs ") + describe(b));
}

// A 2xx answer that is not what the contract promises.
void checkSuccessStatusError(const ApiError &error)
{
    FUZZ_CHECK(error.kind == ApiErrorKind::MalformedResponse || error.kind == ApiErrorKind::Server,
               describe(error));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    const int parser = data[0] % 3;
    int status = 0;
    const auto isDigit = [](uint8_t c) { return c >= '0' && c <= '9'; };
    if (isDigit(data[1]) && isDigit(data[2]) && isDigit(data[3]))
        status = (data[1] - '0') * 100 + (data[2] - '0') * 10 + (data[3] - '0');
    else
        status = static_cast<int16_t>(static_cast<uint16_t>((data[1] << 8) | data[2]));
    const QByteArray body(reinterpret_cast<const char *>(data) + 4, static_cast<qsizetype>(size - 4));
    g_bodyMayHoldLoneSurrogates = bodyMayHoldLoneSurrogates(body);

    switch (parser) {
    case 0: {
        const ApiResult<UserRecord> result = ResponseParser::parseUser(status, body);
        if (!isSuccess(status)) {
            FUZZ_CHECK(!result.ok(), QStringLiteral("non-2xx gave a user"));
            checkSameError(result.error(), ResponseParser::parseError(status, body));
        }
        if (result.ok()) {
            const UserRecord &user = result.value();
            FUZZ_CHECK(!user.id.isEmpty() && user.id == user.id.trimmed(), user.id);
            FUZZ_CHECK(!user.status.isEmpty(), user.id);
        } else {
            checkError(result.error(), status);
            if (isSuccess(status))
                checkSuccessStatusError(result.error());
        }
        break;
    }
    case 1: {
        const ApiResult<KycSession> result = ResponseParser::parseKycSession(status, body);
        if (!isSuccess(status)) {
            FUZZ_CHECK(!result.ok(), QStringLiteral("non-2xx gave a session"));
            checkSameError(result.error(), ResponseParser::parseError(status, body));
        }
        if (result.ok()) {
            const QUrl &url = result.value().verificationUrl;
            FUZZ_CHECK(url.isValid() && !url.isRelative() && !url.scheme().isEmpty(),
                       url.toString() + QStringLiteral(" / ") + url.errorString());
        } else {
            checkError(result.error(), status);
            if (isSuccess(status))
                checkSuccessStatusError(result.error());
        }
        break;
    }
    default: {
        const ApiError error = ResponseParser::parseError(status, body);
        checkError(error, status);
        FUZZ_CHECK(error.kind == expectedKind(status), describe(error));
        // A gateway's HTML error page is not shown to staff (and is never JSON).
        if (body.trimmed().startsWith('<'))
            FUZZ_CHECK(error.message.isEmpty() && error.fieldErrors.isEmpty(), describe(error));
        break;
    }
    }
    return 0;
}
