#include "responseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace qash::ResponseParser {

namespace {

// Server text is shown to staff (as plain text); keep it to a readable line.
constexpr int MaxMessageLength = 500;

// Field names of the requests we send, so that validation messages that start
// with one ("email must be an email", NestJS style) land on the right field.
const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("userType"), QStringLiteral("email"), QStringLiteral("countryCode"),
        QStringLiteral("phone"), QStringLiteral("preferredLanguage"), QStringLiteral("userId"),
        QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("birthDate"),
    };
    return fields;
}

QString oneLine(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageLength) {
        qsizetype keep = MaxMessageLength - 1;
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never split a surrogate pair
        text = text.left(keep) + QChar(0x2026);
    }
    return text;
}

bool isSuccessStatus(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

ApiErrorKind kindForStatus(int httpStatus)
{
    switch (httpStatus) {
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

void addFieldFromSentence(ApiError &error, const QString &sentence)
{
    for (const QString &field : knownFields()) {
        if (sentence.startsWith(field + QLatin1Char(' ')) && !error.fieldErrors.contains(field)) {
            error.fieldErrors.insert(field, oneLine(sentence));
            return;
        }
    }
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QStringLiteral("message")).toString();
    return {};
}

// `errors` comes in many shapes: [{field, message}], [{path|property, message}],
// ["text"], or {field: "text" | ["text", …]}.
void readErrorsMember(ApiError &error, const QJsonValue &errors, QStringList &sentences)
{
    static const QStringList fieldKeys{QStringLiteral("field"), QStringLiteral("path"),
                                       QStringLiteral("property"), QStringLiteral("param")};
    if (errors.isArray()) {
        for (const QJsonValue &item : errors.toArray()) {
            if (item.isString()) {
                sentences << item.toString();
                addFieldFromSentence(error, item.toString());
                continue;
            }
            const QJsonObject entry = item.toObject();
            QString field;
            for (const QString &key : fieldKeys) {
                const QJsonValue v = entry.value(key);
                field = v.isArray() ? v.toArray().first().toString() : v.toString();
                if (!field.isEmpty())
                    break;
            }
            QString text = textOf(entry.value(QStringLiteral("message")));
            if (text.isEmpty())
                text = entry.value(QStringLiteral("msg")).toString();
            if (text.isEmpty())
                continue;
            if (!field.isEmpty())
                error.fieldErrors.insert(field, oneLine(text));
            else
                sentences << text;
        }
    } else if (errors.isObject()) {
        const QJsonObject map = errors.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString text = it.value().isArray() ? it.value().toArray().first().toString()
                                                      : textOf(it.value());
            if (!text.isEmpty())
                error.fieldErrors.insert(it.key(), oneLine(text));
        }
    }
}

bool looksLikeMarkup(const QByteArray &body)
{
    const QByteArray start = body.trimmed().left(64).toLower();
    return start.startsWith('<');
}

std::optional<QJsonObject> objectOf(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

ApiError malformed(int httpStatus, const QString &what)
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.httpStatus = httpStatus;
    error.message = what;
    return error;
}

// `success: false` on a 2xx contradicts the status; believe the body.
std::optional<ApiError> explicitFailure(int httpStatus, const QJsonObject &root, const QByteArray &body)
{
    const QJsonValue success = root.value(QStringLiteral("success"));
    if (success.isBool() && !success.toBool()) {
        ApiError error = parseError(httpStatus, body);
        error.kind = ApiErrorKind::Server;
        return error;
    }
    return std::nullopt;
}

} // namespace

ApiError parseError(int httpStatus, const QByteArray &body)
{
    ApiError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;

    const auto root = objectOf(body);
    if (!root) {
        if (!body.trimmed().isEmpty() && !looksLikeMarkup(body))
            error.message = oneLine(QString::fromUtf8(body));
        return error;
    }

    QStringList sentences;
    const QJsonValue message = root->value(QStringLiteral("message"));
    if (message.isString()) {
        sentences << message.toString();
        addFieldFromSentence(error, message.toString());
    } else if (message.isArray()) {
        for (const QJsonValue &item : message.toArray()) {
            const QString text = textOf(item);
            if (!text.isEmpty()) {
                sentences << text;
                addFieldFromSentence(error, text);
            }
        }
    }

    const QJsonValue errorMember = root->value(QStringLiteral("error"));
    if (sentences.isEmpty()) {
        const QString text = textOf(errorMember);
        if (!text.isEmpty()) {
            sentences << text;
            addFieldFromSentence(error, text);
        }
    }
    if (errorMember.isObject()) {
        const QJsonObject inner = errorMember.toObject();
        readErrorsMember(error, inner.value(QStringLiteral("errors")), sentences);
        readErrorsMember(error, inner.value(QStringLiteral("details")), sentences);
    }
    readErrorsMember(error, root->value(QStringLiteral("errors")), sentences);

    if (sentences.isEmpty() && !error.fieldErrors.isEmpty()) {
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            sentences << it.key() + QLatin1Char(' ') + it.value();
        sentences.sort();
    }
    sentences.removeDuplicates();
    error.message = oneLine(sentences.join(QStringLiteral("; ")));
    return error;
}

ApiResult<UserRecord> parseUser(int httpStatus, const QByteArray &body)
{
    if (!isSuccessStatus(httpStatus))
        return parseError(httpStatus, body);

    const auto root = objectOf(body);
    if (!root)
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The answer is not a JSON object."));
    if (auto failure = explicitFailure(httpStatus, *root, body))
        return *failure;

    // Documented: data.user. Tolerated: user at the top level, or data itself.
    const QJsonObject data = root->value(QStringLiteral("data")).toObject();
    QJsonObject user = data.value(QStringLiteral("user")).toObject();
    if (user.isEmpty())
        user = root->value(QStringLiteral("user")).toObject();
    if (user.isEmpty() && data.contains(QStringLiteral("id")))
        user = data;

    const QJsonValue id = user.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().trimmed().isEmpty())
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The answer has no user id."));

    // Watching a customer means reading their status: without it the answer is useless.
    const QJsonValue status = user.value(QStringLiteral("status"));
    if (!status.isString() || status.toString().trimmed().isEmpty())
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The answer has no user status."));

    UserRecord record;
    record.id = id.toString().trimmed();
    record.email = user.value(QStringLiteral("email")).toString();
    record.status = status.toString().trimmed().toLower();
    record.countryCode = user.value(QStringLiteral("countryCode")).toString();
    record.phone = user.value(QStringLiteral("phone")).toString();
    record.preferredLanguage = user.value(QStringLiteral("preferredLanguage")).toString();
    record.createdAt = QDateTime::fromString(user.value(QStringLiteral("createdAt")).toString(),
                                             Qt::ISODateWithMs);
    return record;
}

ApiResult<KycSession> parseKycSession(int httpStatus, const QByteArray &body)
{
    if (!isSuccessStatus(httpStatus))
        return parseError(httpStatus, body);

    const auto root = objectOf(body);
    if (!root)
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The answer is not a JSON object."));
    if (auto failure = explicitFailure(httpStatus, *root, body))
        return *failure;

    // Documented flat; tolerate a `data` wrapper like the users endpoints have.
    QJsonObject source = *root;
    if (!source.contains(QStringLiteral("verificationUrl")))
        source = root->value(QStringLiteral("data")).toObject();

    const QJsonValue urlValue = source.value(QStringLiteral("verificationUrl"));
    if (!urlValue.isString() || urlValue.toString().trimmed().isEmpty())
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The answer has no verification link."));
    const QUrl url(urlValue.toString().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return malformed(httpStatus, QCoreApplication::translate("qash::ResponseParser",
                                                                 "The verification link is not a valid address."));

    KycSession session;
    session.verificationUrl = url;
    session.inquiryId = source.value(QStringLiteral("inquiryId")).toString();
    return session;
}

} // namespace qash::ResponseParser
