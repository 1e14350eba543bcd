#include "requestbuilder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace qash::RequestBuilder {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray createUserBody(const NewUserRequest &request)
{
    QJsonObject body{
        {QStringLiteral("userType"), request.userType},
        {QStringLiteral("email"), request.email},
        {QStringLiteral("countryCode"), request.countryCode},
    };
    insertIfSet(body, QStringLiteral("phone"), request.phone);
    insertIfSet(body, QStringLiteral("preferredLanguage"), request.preferredLanguage);
    return toJson(body);
}

QByteArray startKycBody(const KycRequest &request)
{
    QJsonObject body{
        {QStringLiteral("userId"), request.userId},
        {QStringLiteral("firstName"), request.firstName},
        {QStringLiteral("lastName"), request.lastName},
        {QStringLiteral("email"), request.email},
    };
    insertIfSet(body, QStringLiteral("phone"), request.phone);
    if (request.birthDate.isValid())
        body.insert(QStringLiteral("birthDate"), request.birthDate.toString(Qt::ISODate));
    return toJson(body);
}

} // namespace qash::RequestBuilder
