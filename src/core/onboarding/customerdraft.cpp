#include "customerdraft.h"

#include "countries.h"
#include "phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace qash {

namespace {

constexpr qsizetype MaxNameLength = 100;
constexpr qsizetype MaxEmailLength = 254; // RFC 5321 path limit less the brackets
constexpr int MinimumAge = 18;

// Trimmed, inner whitespace runs collapsed to one space, composed (NFC), so
// "Nguye\u0302\u0303n" typed with combining marks is sent as "Nguyễn".
QString normalizedName(const QString &name)
{
    return name.simplified().normalized(QString::NormalizationForm_C);
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019';
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

QString normalizedEmail(const QString &email)
{
    // The domain is case-insensitive, the local part in theory is not: keep
    // what the customer typed there.
    const QString trimmed = email.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return trimmed;
    return trimmed.left(at + 1) + trimmed.mid(at + 1).toLower();
}

QString normalizedCode(const QString &code, bool upper)
{
    const QString trimmed = code.trimmed();
    return upper ? trimmed.toUpper() : trimmed.toLower();
}

bool isOnOrAfterBirthday(const QDate &today, const QDate &birthDate)
{
    // Month/day comparison rather than QDate::addYears: addYears moves 29
    // February to the 28th, which would accept someone born on a leap day a
    // day before the conservative reading (1 March) of their birthday.
    return today.month() > birthDate.month()
        || (today.month() == birthDate.month() && today.day() >= birthDate.day());
}

int ageOn(const QDate &today, const QDate &birthDate)
{
    const int years = today.year() - birthDate.year();
    return isOnOrAfterBirthday(today, birthDate) ? years : years - 1;
}

} // namespace

CustomerValidator::CustomerValidator(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion).trimmed().toUpper())
{
}

QString CustomerValidator::checkName(const QString &name)
{
    if (normalizedName(name).isEmpty())
        return QCoreApplication::translate("qash::CustomerValidator", "Enter a name.");
    return checkName(name, CustomerField::FirstName);
}

QString CustomerValidator::checkName(const QString &name, CustomerField field)
{
    const QString value = normalizedName(name);
    if (value.isEmpty()) {
        return field == CustomerField::LastName
            ? QCoreApplication::translate("qash::CustomerValidator", "Enter the customer's last name.")
            : QCoreApplication::translate("qash::CustomerValidator", "Enter the customer's first name.");
    }
    if (value.size() > MaxNameLength) {
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "Use at most %n characters.", nullptr, int(MaxNameLength));
    }

    // Code points, not UTF-16 units: some CJK names need characters outside
    // the BMP (𠮷), which a QChar-by-QChar check would reject.
    const QList<uint> codePoints = value.toUcs4();
    bool hasLetter = false;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const auto c = char32_t(codePoints.at(i));
        if (QChar::isLetter(c)) {
            hasLetter = true;
        } else if (isMark(c)) {
            // A combining mark belongs to the letter before it.
            if (i == 0 || !(QChar::isLetter(char32_t(codePoints.at(i - 1))) || isMark(char32_t(codePoints.at(i - 1)))))
                return QCoreApplication::translate("qash::CustomerValidator",
                                                   "Use letters, spaces, hyphens or apostrophes only.");
        } else if (c != U' ' && c != U'-' && !isApostrophe(c)) {
            return QCoreApplication::translate("qash::CustomerValidator",
                                               "Use letters, spaces, hyphens or apostrophes only.");
        }
    }
    if (!hasLetter)
        return QCoreApplication::translate("qash::CustomerValidator", "A name needs at least one letter.");
    // A leading apostrophe is a real name ('t Hooft); a dangling hyphen is not.
    if (value.startsWith(QLatin1Char('-')) || value.endsWith(QLatin1Char('-')))
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "A name cannot start or end with a hyphen.");
    return {};
}

QString CustomerValidator::checkEmail(const QString &email)
{
    // WHATWG "valid e-mail address", except that the domain needs a dot: a
    // customer's address is never on a bare host name.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral(
            R"re([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+)re")));

    const QString value = email.trimmed();
    if (value.isEmpty())
        return QCoreApplication::translate("qash::CustomerValidator", "Enter the customer's email address.");
    if (value.size() > MaxEmailLength) {
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "Use an email address of at most %n characters.", nullptr,
                                           int(MaxEmailLength));
    }
    if (!pattern.match(value).hasMatch()) {
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "Enter a valid email address, e.g. name@example.com.");
    }
    return {};
}

QString CustomerValidator::checkPhone(const QString &phone) const
{
    if (phone.trimmed().isEmpty()) {
        // Required: the verification link is handed to the customer's phone.
        return QCoreApplication::translate("qash::CustomerValidator", "Enter the customer's phone number.");
    }
    if (PhoneNumbers::parse(phone, m_defaultRegion).valid)
        return {};
    const QString example = PhoneNumbers::exampleMobileNumber(m_defaultRegion);
    if (example.isEmpty()) {
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "Enter a valid phone number with its country code, e.g. +57 300 123 4567.");
    }
    return QCoreApplication::translate("qash::CustomerValidator", "Enter a valid phone number, e.g. %1.")
            .arg(example);
}

QString CustomerValidator::checkBirthDate(const QDate &birthDate, const QDate &today)
{
    static const QDate earliest(1900, 1, 1);

    if (!birthDate.isValid())
        return QCoreApplication::translate("qash::CustomerValidator", "Enter the birth date.");
    if (birthDate < earliest)
        return QCoreApplication::translate("qash::CustomerValidator", "Enter a birth date from 1900 onwards.");
    if (today.isValid() && birthDate > today)
        return QCoreApplication::translate("qash::CustomerValidator", "The birth date cannot be in the future.");
    // The Partner API states no minimum age, but the customer is being
    // onboarded for financial services, which need an adult: we require 18,
    // the age of majority in Colombia, Mexico, Spain and most of the US. An
    // invalid `today` is a caller bug; fail closed rather than let it through.
    if (!today.isValid() || ageOn(today, birthDate) < MinimumAge)
        return QCoreApplication::translate("qash::CustomerValidator", "The customer must be 18 or older.");
    return {};
}

QString CustomerValidator::checkCountry(const QString &countryCode)
{
    const QString code = normalizedCode(countryCode, true);
    if (code.isEmpty())
        return QCoreApplication::translate("qash::CustomerValidator", "Choose the customer's country.");
    if (!Countries::isKnownCode(code))
        return QCoreApplication::translate("qash::CustomerValidator", "Choose a country from the list.");
    return {};
}

QString CustomerValidator::checkLanguage(const QString &languageCode)
{
    const QString code = normalizedCode(languageCode, false);
    if (code.isEmpty())
        return QCoreApplication::translate("qash::CustomerValidator", "Choose the customer's preferred language.");
    if (!Languages::isKnownCode(code))
        return QCoreApplication::translate("qash::CustomerValidator", "Choose a language from the list.");
    return {};
}

QString CustomerValidator::checkUserId(const QString &userId)
{
    // Any UUID version: the API shows v4 IDs but does not promise them. The
    // nil UUID is never a real user.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral(
            "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")));
    static const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");

    const QString value = userId.trimmed();
    if (value.isEmpty())
        return {};
    if (!pattern.match(value).hasMatch() || value == nil) {
        return QCoreApplication::translate("qash::CustomerValidator",
                                           "Enter a Qash user ID like 550e8400-e29b-41d4-a716-446655440000, or leave it empty.");
    }
    return {};
}

ValidationResult CustomerValidator::validate(const CustomerDraft &draft, const QDate &today) const
{
    ValidationResult result;
    auto check = [&result](CustomerField field, const QString &error) {
        if (!error.isEmpty())
            result.errors.insert(field, error);
    };
    check(CustomerField::FirstName, checkName(draft.firstName, CustomerField::FirstName));
    check(CustomerField::LastName, checkName(draft.lastName, CustomerField::LastName));
    check(CustomerField::Email, checkEmail(draft.email));
    check(CustomerField::Phone, checkPhone(draft.phone));
    check(CustomerField::BirthDate, checkBirthDate(draft.birthDate, today));
    // Required by the API; the form fills it from the phone's region, so an
    // empty one means staff cleared it.
    check(CustomerField::Country, checkCountry(draft.countryCode));
    check(CustomerField::Language, checkLanguage(draft.preferredLanguage));
    check(CustomerField::UserId, checkUserId(draft.existingUserId));
    if (!result.errors.isEmpty())
        return result;

    ValidatedCustomer customer;
    customer.firstName = normalizedName(draft.firstName);
    customer.lastName = normalizedName(draft.lastName);
    customer.email = normalizedEmail(draft.email);
    customer.phoneE164 = PhoneNumbers::parse(draft.phone, m_defaultRegion).e164;
    customer.birthDate = draft.birthDate;
    customer.countryCode = normalizedCode(draft.countryCode, true);
    customer.preferredLanguage = normalizedCode(draft.preferredLanguage, false);
    customer.existingUserId = normalizedCode(draft.existingUserId, false);
    result.customer = customer;
    return result;
}

NewUserRequest ValidatedCustomer::toNewUserRequest() const
{
    NewUserRequest request;
    request.userType = QStringLiteral("personal");
    request.email = email;
    request.countryCode = countryCode;
    request.phone = phoneE164;
    request.preferredLanguage = preferredLanguage;
    return request;
}

KycRequest ValidatedCustomer::toKycRequest(const QString &userId) const
{
    KycRequest request;
    request.userId = userId;
    request.firstName = firstName;
    request.lastName = lastName;
    request.email = email;
    request.phone = phoneE164;
    request.birthDate = birthDate;
    return request;
}

} // namespace qash
