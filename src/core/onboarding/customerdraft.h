#pragma once

#include "api/apitypes.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace qash {

enum class CustomerField { FirstName, LastName, Email, Phone, BirthDate, Country, Language, UserId };

// What staff typed, untouched.
struct CustomerDraft
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone; // as typed: national or international
    QDate birthDate; // null when not set
    QString countryCode;
    QString preferredLanguage;
    QString existingUserId; // optional: skips registration
};

// A draft that passed validation, normalised for the API (trimmed, E.164 phone,
// upper-case country, lower-case language and user ID).
struct ValidatedCustomer
{
    QString firstName;
    QString lastName;
    QString email;
    QString phoneE164;
    QDate birthDate;
    QString countryCode;
    QString preferredLanguage;
    QString existingUserId;

    NewUserRequest toNewUserRequest() const;
    KycRequest toKycRequest(const QString &userId) const;
};

struct ValidationResult
{
    QMap<CustomerField, QString> errors; // one line each, translated
    std::optional<ValidatedCustomer> customer; // set only when errors is empty
    bool isValid() const { return errors.isEmpty() && customer.has_value(); }
};

// Field rules. Each check returns an empty string when the value is fine, or a
// one-line, translated reason. `defaultRegion` (ISO 3166-1 alpha-2) is the
// desk's region, used to read national phone numbers.
class CustomerValidator
{
public:
    explicit CustomerValidator(QString defaultRegion = QStringLiteral("CO"));

    QString defaultRegion() const { return m_defaultRegion; }

    static QString checkName(const QString &name);
    // Same rules; the "missing" message names the field (first or last name).
    static QString checkName(const QString &name, CustomerField field);
    static QString checkEmail(const QString &email);
    QString checkPhone(const QString &phone) const;
    static QString checkBirthDate(const QDate &birthDate, const QDate &today);
    static QString checkCountry(const QString &countryCode);
    static QString checkLanguage(const QString &languageCode);
    static QString checkUserId(const QString &userId); // empty input is fine: optional

    ValidationResult validate(const CustomerDraft &draft, const QDate &today) const;

private:
    QString m_defaultRegion;
};

} // namespace qash
