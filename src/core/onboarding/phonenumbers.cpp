#include "phonenumbers.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace qash {

namespace {

using i18n::phonenumbers::AsYouTypeFormatter;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Far more than any real number with spacing; stops pasted garbage early.
constexpr qsizetype MaxInputLength = 64;

// libphonenumber only knows upper-case region codes ("CO", not "co").
std::string regionCode(const QString &region)
{
    return region.trimmed().toUpper().toStdString();
}

bool parseValid(const std::string &input, const std::string &region, PhoneNumber *number)
{
    // Parse alone accepts numbers that cannot exist ("12345"); only
    // IsValidNumber checks them against the region's numbering plan.
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    return util->Parse(input, region, number) == PhoneNumberUtil::NO_PARSING_ERROR
        && util->IsValidNumber(*number);
}

} // namespace

PhoneNumberInfo PhoneNumbers::parse(const QString &input, const QString &defaultRegion)
{
    PhoneNumberInfo info;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxInputLength)
        return info;
    // libphonenumber would read letters as a vanity number ("300-ABC-4567")
    // or an extension; neither reaches a customer's phone, and at a desk a
    // letter is far more likely a typo.
    for (const QChar c : trimmed) {
        if (c.isLetter())
            return info;
    }

    PhoneNumber number;
    bool valid = parseValid(trimmed.toStdString(), regionCode(defaultRegion), &number);
    // "00" is the international prefix in most of the world, but not in every
    // default region (CO dials 005/007/009, the US 011). Someone who typed
    // "0044 …" meant "+44 …", so try that when the national reading fails.
    if (!valid && trimmed.startsWith(QLatin1String("00"))) {
        number.Clear();
        const QString international = QLatin1Char('+') + trimmed.mid(2);
        valid = parseValid(international.toStdString(), regionCode(defaultRegion), &number);
    }
    if (!valid)
        return info;

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string e164;
    std::string international;
    std::string region;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    util->GetRegionCodeForNumber(number, &region);

    info.valid = true;
    info.e164 = QString::fromStdString(e164);
    info.international = QString::fromStdString(international);
    info.countryCallingCode = number.country_code();
    // Only a country: not "ZZ" (unknown) nor "001", which libphonenumber
    // gives non-geographic numbers such as +800.
    if (region.size() == 2 && region != "ZZ")
        info.regionCode = QString::fromStdString(region);
    return info;
}

QString PhoneNumbers::exampleMobileNumber(const QString &region)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (!util->GetExampleNumberForType(regionCode(region), PhoneNumberUtil::MOBILE, &number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

struct PhoneAsYouTypeFormatter::Impl
{
    std::unique_ptr<AsYouTypeFormatter> formatter;
};

PhoneAsYouTypeFormatter::PhoneAsYouTypeFormatter(const QString &defaultRegion)
    : d(std::make_unique<Impl>())
{
    // The caller owns the returned formatter; an unknown region still gives
    // one that passes digits through unformatted.
    d->formatter.reset(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(
            regionCode(defaultRegion)));
}

PhoneAsYouTypeFormatter::~PhoneAsYouTypeFormatter() = default;

QString PhoneAsYouTypeFormatter::format(const QString &input)
{
    d->formatter->Clear();
    std::string result;
    bool sawDigit = false;
    for (const QChar c : input) {
        if (c.isDigit()) {
            // Feed ASCII digits so other scripts' digits format the same way.
            const char digit = static_cast<char>('0' + c.digitValue());
            d->formatter->InputDigit(static_cast<unsigned char>(digit), &result);
            sawDigit = true;
        } else if (c == QLatin1Char('+') && !sawDigit && result.empty()) {
            // Only a leading plus is dialable; later ones are typos.
            d->formatter->InputDigit('+', &result);
        }
    }
    return QString::fromStdString(result);
}

} // namespace qash
