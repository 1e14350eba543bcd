#pragma once

#include <QString>

#include <memory>

namespace qash {

// Thin Qt wrapper around libphonenumber. All parsing, validation and
// formatting of phone numbers goes through here.
struct PhoneNumberInfo
{
    bool valid = false;
    QString e164;          // "+573001234567"
    QString regionCode;    // "CO"; empty when unknown
    QString international; // "+57 300 1234567"
    int countryCallingCode = 0; // 57
};

namespace PhoneNumbers {

// Reads national input with `defaultRegion`, international input (+…, 00…) as is.
// Input with letters (vanity numbers, "ext. 12") is invalid: the number must
// reach the customer's own phone.
PhoneNumberInfo parse(const QString &input, const QString &defaultRegion);

// An example mobile number for `region` in international format
// ("+57 321 1234567" for CO), for hints and messages; empty for unknown regions.
QString exampleMobileNumber(const QString &region);

} // namespace PhoneNumbers

// Formats a number as it is typed, for the desk's default region.
class PhoneAsYouTypeFormatter
{
public:
    explicit PhoneAsYouTypeFormatter(const QString &defaultRegion);
    ~PhoneAsYouTypeFormatter();
    PhoneAsYouTypeFormatter(const PhoneAsYouTypeFormatter &) = delete;
    PhoneAsYouTypeFormatter &operator=(const PhoneAsYouTypeFormatter &) = delete;

    // Formats the whole input from scratch; non-dialable characters are dropped.
    QString format(const QString &input);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace qash
