#include "onboarding/countries.h"
#include "onboarding/customerdraft.h"

#include <QCollator>
#include <QtTest>

using namespace qash;

namespace {

const QDate Today(2025, 6, 15);

// A draft that passes every rule; rows change one field at a time.
CustomerDraft goodDraft()
{
    CustomerDraft draft;
    draft.firstName = QStringLiteral("Juan");
    draft.lastName = QStringLiteral("Pérez");
    draft.email = QStringLiteral("juan@example.com");
    draft.phone = QStringLiteral("300 123 4567");
    draft.birthDate = QDate(1990, 4, 15);
    draft.countryCode = QStringLiteral("CO");
    draft.preferredLanguage = QStringLiteral("es");
    return draft;
}

const QString LettersOnly = QStringLiteral("Use letters, spaces, hyphens or apostrophes only.");

} // namespace

class TestCustomerValidator : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void missingNameNamesTheField();
    void emails_data();
    void emails();
    void phones_data();
    void phones();
    void birthDates_data();
    void birthDates();
    void countries_data();
    void countries();
    void languages_data();
    void languages();
    void userIds_data();
    void userIds();
    void validateGoodDraft();
    void validateBadDraft();
    void validateEmptyDraft();
    void countryList();
    void countryListSpanish();
    void supportedLanguages();
};

void TestCustomerValidator::names_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");      // empty: valid
    QTest::addColumn<QString>("normalized"); // what validate() sends

    QTest::newRow("Pérez") << "Pérez" << "" << "Pérez";
    QTest::newRow("O'Brien") << "O'Brien" << "" << "O'Brien";
    QTest::newRow("O’Brien typographic") << "O’Brien" << "" << "O’Brien";
    QTest::newRow("Nguyễn precomposed") << "Nguyễn" << "" << "Nguyễn";
    // e + U+0302 circumflex + U+0303 tilde composes to U+1EC5.
    QTest::newRow("Nguyễn decomposed") << QStringLiteral(u"Nguye\u0302\u0303n") << ""
                                       << QStringLiteral(u"Nguy\u1EC5n");
    QTest::newRow("María José") << "María José" << "" << "María José";
    QTest::newRow("whitespace collapsed") << "  María \t  José  " << "" << "María José";
    QTest::newRow("no-break space collapsed") << QStringLiteral(u"Ana\u00A0 María") << "" << "Ana María";
    QTest::newRow("Jean-Luc") << "Jean-Luc" << "" << "Jean-Luc";
    QTest::newRow("Ζωή") << "Ζωή" << "" << "Ζωή";
    QTest::newRow("李") << "李" << "" << "李";
    QTest::newRow("outside the BMP") << "𠮷田" << "" << "𠮷田";
    // Marks that stay after NFC: Devanagari virama (Mn) and vowel signs (Mc).
    QTest::newRow("प्रिया") << "प्रिया" << "" << "प्रिया";
    QTest::newRow("mark with no precomposed form") << QStringLiteral(u"Ren̈") << ""
                                                   << QStringLiteral(u"Ren̈");
    QTest::newRow("leading apostrophe") << "'t Hooft" << "" << "'t Hooft";
    QTest::newRow("100 letters") << QString(100, QLatin1Char('a')) << "" << QString(100, QLatin1Char('a'));

    QTest::newRow("empty") << "" << "Enter a name." << "";
    QTest::newRow("blank") << " \t " << "Enter a name." << "";
    QTest::newRow("101 letters") << QString(101, QLatin1Char('a')) << "Use at most 100 characters." << "";
    QTest::newRow("digits") << "Juan3" << LettersOnly << "";
    QTest::newRow("only digits") << "123" << LettersOnly << "";
    QTest::newRow("at sign") << "juan@example" << LettersOnly << "";
    QTest::newRow("markup") << "<b>" << LettersOnly << "";
    QTest::newRow("markup around") << "<b>Juan</b>" << LettersOnly << "";
    QTest::newRow("underscore") << "Ana_María" << LettersOnly << "";
    QTest::newRow("full stop") << "J. R." << LettersOnly << "";
    QTest::newRow("emoji") << "Ana 😀" << LettersOnly << "";
    QTest::newRow("leading combining mark") << QStringLiteral(u"\u0301Ana") << LettersOnly << "";
    QTest::newRow("mark after space") << QStringLiteral(u"Ana \u0301") << LettersOnly << "";
    QTest::newRow("only hyphens") << "---" << "A name needs at least one letter." << "";
    QTest::newRow("only apostrophe") << "'" << "A name needs at least one letter." << "";
    QTest::newRow("punctuation mix") << "- ' -" << "A name needs at least one letter." << "";
    QTest::newRow("leading hyphen") << "-Juan" << "A name cannot start or end with a hyphen." << "";
    QTest::newRow("trailing hyphen") << "Juan-" << "A name cannot start or end with a hyphen." << "";
}

void TestCustomerValidator::names()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, normalized);

    QCOMPARE(CustomerValidator::checkName(input), error);

    CustomerDraft draft = goodDraft();
    draft.firstName = input;
    draft.lastName = input;
    const ValidationResult result = CustomerValidator().validate(draft, Today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->firstName, normalized);
        QCOMPARE(result.customer->lastName, normalized);
    } else {
        QVERIFY(!result.isValid());
        QCOMPARE(result.errors.keys(), (QList<CustomerField>{CustomerField::FirstName, CustomerField::LastName}));
    }
}

void TestCustomerValidator::missingNameNamesTheField()
{
    QCOMPARE(CustomerValidator::checkName(QString(), CustomerField::FirstName),
             QStringLiteral("Enter the customer's first name."));
    QCOMPARE(CustomerValidator::checkName(QStringLiteral("  "), CustomerField::LastName),
             QStringLiteral("Enter the customer's last name."));
    // Other messages do not depend on the field.
    QCOMPARE(CustomerValidator::checkName(QStringLiteral("R2D2"), CustomerField::LastName), LettersOnly);
}

void TestCustomerValidator::emails_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("normalized");

    const QString invalid = QStringLiteral("Enter a valid email address, e.g. name@example.com.");
    const QString domain = QStringLiteral("@example.com");
    const QString local254(254 - domain.size(), QLatin1Char('a'));

    QTest::newRow("plain") << "juan@example.com" << "" << "juan@example.com";
    QTest::newRow("trimmed, domain lower-cased") << "  Juan.Perez@Example.COM \n" << ""
                                                 << "Juan.Perez@example.com";
    QTest::newRow("plus tag, subdomain") << "user+tag@mail.example.co" << "" << "user+tag@mail.example.co";
    QTest::newRow("apostrophe") << "o'brien@example.ie" << "" << "o'brien@example.ie";
    QTest::newRow("hyphenated domain") << "a@my-shop.example" << "" << "a@my-shop.example";
    QTest::newRow("254 characters") << local254 + domain << "" << local254 + domain;

    QTest::newRow("empty") << "" << "Enter the customer's email address." << "";
    QTest::newRow("blank") << "   " << "Enter the customer's email address." << "";
    QTest::newRow("255 characters") << local254 + QLatin1Char('a') + domain
                                    << "Use an email address of at most 254 characters." << "";
    QTest::newRow("no at") << "juan" << invalid << "";
    QTest::newRow("no domain") << "juan@" << invalid << "";
    QTest::newRow("no local part") << "@example.com" << invalid << "";
    QTest::newRow("no dot in domain") << "juan@localhost" << invalid << "";
    QTest::newRow("empty label") << "juan@example..com" << invalid << "";
    QTest::newRow("label starts with hyphen") << "juan@-example.com" << invalid << "";
    QTest::newRow("trailing dot") << "juan@example.com." << invalid << "";
    QTest::newRow("space inside") << "juan perez@example.com" << invalid << "";
    QTest::newRow("underscore in domain") << "juan@exa_mple.com" << invalid << "";
    QTest::newRow("two at signs") << "juan@@example.com" << invalid << "";
    QTest::newRow("non-ASCII local part") << "josé@example.com" << invalid << "";
    QTest::newRow("angle brackets") << "<juan@example.com>" << invalid << "";
    QTest::newRow("64-character label") << "a@" + QString(64, QLatin1Char('b')) + ".com" << invalid << "";
}

void TestCustomerValidator::emails()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, normalized);

    QCOMPARE(CustomerValidator::checkEmail(input), error);

    CustomerDraft draft = goodDraft();
    draft.email = input;
    const ValidationResult result = CustomerValidator().validate(draft, Today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->email, normalized);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::Email});
    }
}

void TestCustomerValidator::phones_data()
{
    QTest::addColumn<QString>("region"); // the desk's default region
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("e164");

    const QString coInvalid = QStringLiteral("Enter a valid phone number, e.g. +57 321 1234567.");
    const QString usInvalid = QStringLiteral("Enter a valid phone number, e.g. +1 201-555-0123.");

    QTest::newRow("CO national") << "CO" << "300 123 4567" << "" << "+573001234567";
    QTest::newRow("CO international") << "CO" << "+57 300 1234567" << "" << "+573001234567";
    QTest::newRow("MX national") << "MX" << "55 1234 5678" << "" << "+525512345678";
    QTest::newRow("MX international") << "CO" << "+52 55 1234 5678" << "" << "+525512345678";
    QTest::newRow("US national") << "US" << "(201) 555-0123" << "" << "+12015550123";
    QTest::newRow("US international") << "CO" << "+1 201-555-0123" << "" << "+12015550123";
    QTest::newRow("ES national") << "ES" << "612 34 56 78" << "" << "+34612345678";
    QTest::newRow("ES international") << "CO" << "+34 612 34 56 78" << "" << "+34612345678";
    QTest::newRow("GB national") << "GB" << "020 7946 0018" << "" << "+442079460018";
    QTest::newRow("GB with 00") << "GB" << "0044 20 7946 0018" << "" << "+442079460018";
    QTest::newRow("GB international") << "CO" << "+44 20 7946 0018" << "" << "+442079460018";
    QTest::newRow("lower-case desk region") << "co" << "300 123 4567" << "" << "+573001234567";

    QTest::newRow("empty") << "CO" << "" << "Enter the customer's phone number." << "";
    QTest::newRow("blank") << "CO" << "  " << "Enter the customer's phone number." << "";
    QTest::newRow("too short") << "CO" << "12345" << coInvalid << "";
    QTest::newRow("letters") << "CO" << "call me" << coInvalid << "";
    QTest::newRow("too long") << "CO" << "+57 300 123 4567 8901234" << coInvalid << "";
    QTest::newRow("CO national at a US desk") << "US" << "300 123 4567" << usInvalid << "";
    QTest::newRow("no example for unknown region")
            << "ZZ" << "3001234567"
            << "Enter a valid phone number with its country code, e.g. +57 300 123 4567." << "";
}

void TestCustomerValidator::phones()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, e164);

    const CustomerValidator validator(region);
    QCOMPARE(validator.checkPhone(input), error);

    CustomerDraft draft = goodDraft();
    draft.phone = input;
    const ValidationResult result = validator.validate(draft, Today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->phoneE164, e164);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::Phone});
    }
}

void TestCustomerValidator::birthDates_data()
{
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("error");

    const QString adult = QStringLiteral("The customer must be 18 or older.");
    const QString future = QStringLiteral("The birth date cannot be in the future.");

    QTest::newRow("adult") << QDate(1990, 4, 15) << Today << "";
    QTest::newRow("exactly 18") << QDate(2007, 6, 15) << Today << "";
    QTest::newRow("17 years 364 days") << QDate(2007, 6, 16) << Today << adult;
    QTest::newRow("18 in December") << QDate(2007, 12, 31) << Today << adult;
    QTest::newRow("born today") << Today << Today << adult;
    QTest::newRow("tomorrow") << Today.addDays(1) << Today << future;
    QTest::newRow("next year") << QDate(2026, 1, 1) << Today << future;
    QTest::newRow("1 Jan 1900") << QDate(1900, 1, 1) << Today << "";
    QTest::newRow("1899") << QDate(1899, 12, 31) << Today << "Enter a birth date from 1900 onwards.";
    QTest::newRow("null") << QDate() << Today << "Enter the birth date.";
    // Leap-day birthdays count from 1 March in common years (the later,
    // safer reading), so 28 February is still 17.
    QTest::newRow("29 Feb, on 28 Feb") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << adult;
    QTest::newRow("29 Feb, on 1 Mar") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << "";
    QTest::newRow("29 Feb, on 29 Feb") << QDate(2004, 2, 29) << QDate(2022, 2, 28) << adult;
    QTest::newRow("invalid today fails closed") << QDate(1990, 4, 15) << QDate() << adult;
}

void TestCustomerValidator::birthDates()
{
    QFETCH(QDate, birthDate);
    QFETCH(QDate, today);
    QFETCH(QString, error);

    QCOMPARE(CustomerValidator::checkBirthDate(birthDate, today), error);

    CustomerDraft draft = goodDraft();
    draft.birthDate = birthDate;
    const ValidationResult result = CustomerValidator().validate(draft, today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->birthDate, birthDate);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::BirthDate});
    }
}

void TestCustomerValidator::countries_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("normalized");

    const QString invalid = QStringLiteral("Choose a country from the list.");

    QTest::newRow("CO") << "CO" << "" << "CO";
    QTest::newRow("lower-case") << "mx" << "" << "MX";
    QTest::newRow("padded") << " us " << "" << "US";
    QTest::newRow("Kosovo XK") << "XK" << "" << "XK";
    QTest::newRow("Antarctica") << "AQ" << "" << "AQ";

    QTest::newRow("empty") << "" << "Choose the customer's country." << "";
    QTest::newRow("unknown ZZ") << "ZZ" << invalid << "";
    QTest::newRow("unassigned XX") << "XX" << invalid << "";
    QTest::newRow("region 001") << "001" << invalid << "";
    QTest::newRow("region 419") << "419" << invalid << "";
    QTest::newRow("alpha-3") << "COL" << invalid << "";
    QTest::newRow("one letter") << "C" << invalid << "";
    QTest::newRow("digit") << "C0" << invalid << "";
    QTest::newRow("European Union") << "EU" << invalid << "";
    QTest::newRow("Outlying Oceania") << "QO" << invalid << "";
    QTest::newRow("reserved AC") << "AC" << invalid << "";
    QTest::newRow("reserved IC") << "IC" << invalid << "";
}

void TestCustomerValidator::countries()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, normalized);

    QCOMPARE(CustomerValidator::checkCountry(input), error);
    QCOMPARE(Countries::isKnownCode(input.trimmed()), error.isEmpty());

    CustomerDraft draft = goodDraft();
    draft.countryCode = input;
    const ValidationResult result = CustomerValidator().validate(draft, Today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->countryCode, normalized);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::Country});
    }
}

void TestCustomerValidator::languages_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("normalized");

    const QString invalid = QStringLiteral("Choose a language from the list.");

    QTest::newRow("es") << "es" << "" << "es";
    QTest::newRow("upper-case EN") << "EN" << "" << "en";
    QTest::newRow("pt padded") << " pt " << "" << "pt";
    QTest::newRow("de (not offered, still ISO 639-1)") << "de" << "" << "de";

    QTest::newRow("empty") << "" << "Choose the customer's preferred language." << "";
    QTest::newRow("unknown zz") << "zz" << invalid << "";
    QTest::newRow("ISO 639-2 spa") << "spa" << invalid << "";
    QTest::newRow("one letter") << "e" << invalid << "";
    QTest::newRow("digit") << "e1" << invalid << "";
    QTest::newRow("locale name") << "es_CO" << invalid << "";
}

void TestCustomerValidator::languages()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QFETCH(QString, normalized);

    QCOMPARE(CustomerValidator::checkLanguage(input), error);
    QCOMPARE(Languages::isKnownCode(input.trimmed()), error.isEmpty());

    CustomerDraft draft = goodDraft();
    draft.preferredLanguage = input;
    const ValidationResult result = CustomerValidator().validate(draft, Today);
    if (error.isEmpty()) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->preferredLanguage, normalized);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::Language});
    }
}

void TestCustomerValidator::userIds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("empty (optional)") << "" << true << "";
    QTest::newRow("blank (optional)") << "  " << true << "";
    QTest::newRow("v4") << "550e8400-e29b-41d4-a716-446655440000" << true
                        << "550e8400-e29b-41d4-a716-446655440000";
    QTest::newRow("upper-case, padded") << " 03384ADA-A9C5-4C2E-A1BD-A13629BA060C " << true
                                        << "03384ada-a9c5-4c2e-a1bd-a13629ba060c";
    QTest::newRow("v1") << "6ba7b810-9dad-11d1-80b4-00c04fd430c8" << true
                        << "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
    QTest::newRow("v7") << "01890a5d-ac96-774b-bcce-b302099a8057" << true
                        << "01890a5d-ac96-774b-bcce-b302099a8057";

    QTest::newRow("braces") << "{550e8400-e29b-41d4-a716-446655440000}" << false << "";
    QTest::newRow("no hyphens") << "550e8400e29b41d4a716446655440000" << false << "";
    QTest::newRow("non-hex") << "550e8400-e29b-41d4-a716-44665544000g" << false << "";
    QTest::newRow("one short") << "550e8400-e29b-41d4-a716-44665544000" << false << "";
    QTest::newRow("one long") << "550e8400-e29b-41d4-a716-4466554400000" << false << "";
    QTest::newRow("wrong grouping") << "550e840-0e29b-41d4-a716-446655440000" << false << "";
    QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000" << false << "";
    QTest::newRow("text") << "juan@example.com" << false << "";
}

void TestCustomerValidator::userIds()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);

    const QString error = CustomerValidator::checkUserId(input);
    if (valid) {
        QCOMPARE(error, QString());
    } else {
        QCOMPARE(error, QStringLiteral("Enter a Qash user ID like 550e8400-e29b-41d4-a716-446655440000, "
                                       "or leave it empty."));
    }

    CustomerDraft draft = goodDraft();
    draft.existingUserId = input;
    const ValidationResult result = CustomerValidator().validate(draft, Today);
    if (valid) {
        QVERIFY(result.isValid());
        QCOMPARE(result.customer->existingUserId, normalized);
    } else {
        QCOMPARE(result.errors.keys(), QList<CustomerField>{CustomerField::UserId});
    }
}

void TestCustomerValidator::validateGoodDraft()
{
    CustomerDraft draft;
    draft.firstName = QStringLiteral("  Juan   Carlos ");
    draft.lastName = QStringLiteral(u"Pe\u0301rez"); // decomposed é
    draft.email = QStringLiteral(" Juan.Perez@Example.COM ");
    draft.phone = QStringLiteral("300 123 4567");
    draft.birthDate = QDate(1990, 4, 15);
    draft.countryCode = QStringLiteral(" co");
    draft.preferredLanguage = QStringLiteral("ES");
    draft.existingUserId = QStringLiteral("03384ADA-A9C5-4C2E-A1BD-A13629BA060C");

    const ValidationResult result = CustomerValidator(QStringLiteral("CO")).validate(draft, Today);
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.customer.has_value());
    QVERIFY(result.isValid());

    const ValidatedCustomer &c = *result.customer;
    QCOMPARE(c.firstName, QStringLiteral("Juan Carlos"));
    QCOMPARE(c.lastName, QStringLiteral(u"P\u00E9rez"));
    QCOMPARE(c.email, QStringLiteral("Juan.Perez@example.com"));
    QCOMPARE(c.phoneE164, QStringLiteral("+573001234567"));
    QCOMPARE(c.birthDate, QDate(1990, 4, 15));
    QCOMPARE(c.countryCode, QStringLiteral("CO"));
    QCOMPARE(c.preferredLanguage, QStringLiteral("es"));
    QCOMPARE(c.existingUserId, QStringLiteral("03384ada-a9c5-4c2e-a1bd-a13629ba060c"));

    const NewUserRequest user = c.toNewUserRequest();
    QCOMPARE(user.userType, QStringLiteral("personal"));
    QCOMPARE(user.email, QStringLiteral("Juan.Perez@example.com"));
    QCOMPARE(user.countryCode, QStringLiteral("CO"));
    QCOMPARE(user.phone, QStringLiteral("+573001234567"));
    QCOMPARE(user.preferredLanguage, QStringLiteral("es"));

    const QString userId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
    const KycRequest kyc = c.toKycRequest(userId);
    QCOMPARE(kyc.userId, userId);
    QCOMPARE(kyc.firstName, QStringLiteral("Juan Carlos"));
    QCOMPARE(kyc.lastName, QStringLiteral(u"P\u00E9rez"));
    QCOMPARE(kyc.email, QStringLiteral("Juan.Perez@example.com"));
    QCOMPARE(kyc.phone, QStringLiteral("+573001234567"));
    QCOMPARE(kyc.birthDate, QDate(1990, 4, 15));
}

void TestCustomerValidator::validateBadDraft()
{
    CustomerDraft draft = goodDraft();
    draft.firstName = QStringLiteral("   ");
    draft.email = QStringLiteral("juan@");
    draft.phone = QStringLiteral("12345");
    draft.countryCode = QString();
    draft.existingUserId = QStringLiteral("not-a-uuid");

    const ValidationResult result = CustomerValidator(QStringLiteral("CO")).validate(draft, Today);
    QVERIFY(!result.isValid());
    QVERIFY(!result.customer.has_value());

    const QMap<CustomerField, QString> expected{
        {CustomerField::FirstName, QStringLiteral("Enter the customer's first name.")},
        {CustomerField::Email, QStringLiteral("Enter a valid email address, e.g. name@example.com.")},
        {CustomerField::Phone, QStringLiteral("Enter a valid phone number, e.g. +57 321 1234567.")},
        {CustomerField::Country, QStringLiteral("Choose the customer's country.")},
        {CustomerField::UserId, QStringLiteral("Enter a Qash user ID like 550e8400-e29b-41d4-a716-446655440000, "
                                               "or leave it empty.")},
    };
    QCOMPARE(result.errors, expected);
}

void TestCustomerValidator::validateEmptyDraft()
{
    const ValidationResult result = CustomerValidator().validate(CustomerDraft(), Today);
    QVERIFY(!result.isValid());
    QVERIFY(!result.customer.has_value());
    // Everything is required except the existing user ID.
    QCOMPARE(result.errors.keys(),
             (QList<CustomerField>{CustomerField::FirstName, CustomerField::LastName, CustomerField::Email,
                                   CustomerField::Phone, CustomerField::BirthDate, CustomerField::Country,
                                   CustomerField::Language}));
    QCOMPARE(result.errors.value(CustomerField::LastName), QStringLiteral("Enter the customer's last name."));
    QCOMPARE(result.errors.value(CustomerField::BirthDate), QStringLiteral("Enter the birth date."));
}

static qsizetype indexOfCode(const QList<NamedCode> &list, const QString &code)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).code == code)
            return i;
    }
    return -1;
}

void TestCustomerValidator::countryList()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QList<NamedCode> list = Countries::all(english);
    QVERIFY2(list.size() > 240, qPrintable(QString::number(list.size())));

    QSet<QString> codes;
    for (const NamedCode &country : list) {
        QVERIFY2(Countries::isKnownCode(country.code), qPrintable(country.code));
        QCOMPARE(country.code, country.code.toUpper());
        QVERIFY(!country.name.isEmpty());
        codes.insert(country.code);
    }
    QCOMPARE(codes.size(), list.size()); // no duplicates
    for (const char *excluded : {"001", "150", "419", "EU", "QO", "AC", "IC", "ZZ"})
        QVERIFY2(!codes.contains(QLatin1String(excluded)), excluded);

    const qsizetype co = indexOfCode(list, QStringLiteral("CO"));
    QVERIFY(co >= 0);
    QCOMPARE(list.at(co).name, QStringLiteral("Colombia"));
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("DE"))).name, QStringLiteral("Germany"));

    // Sorted by the locale's collation, not by code point: "Åland Islands"
    // sits among the A's, not after "Zimbabwe".
    const qsizetype aland = indexOfCode(list, QStringLiteral("AX"));
    QVERIFY(aland >= 0);
    QVERIFY(aland < indexOfCode(list, QStringLiteral("AL")));  // Albania
    QVERIFY(aland > indexOfCode(list, QStringLiteral("AF")));  // Afghanistan
    QCOMPARE(list.first().code, QStringLiteral("AF"));
}

void TestCustomerValidator::countryListSpanish()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Colombia);
    const QList<NamedCode> list = Countries::all(spanish);
    QCOMPARE(list.size(), Countries::all(QLocale(QLocale::English)).size());

    // Qt names a country in Spanish only where a Spanish locale exists for
    // it; elsewhere the English name is the fallback.
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("US"))).name, QStringLiteral("Estados Unidos"));
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("MX"))).name, QStringLiteral("México"));
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("ES"))).name, QStringLiteral("España"));
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("BR"))).name, QStringLiteral("Brasil"));
    QCOMPARE(list.at(indexOfCode(list, QStringLiteral("DE"))).name, QStringLiteral("Germany"));

    QCollator collator(spanish);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < list.size(); ++i) {
        QVERIFY2(collator.compare(list.at(i - 1).name, list.at(i).name) <= 0,
                 qPrintable(list.at(i - 1).name + QLatin1String(" > ") + list.at(i).name));
    }
    // "México" among the M's by collation, before "Micronesia".
    QVERIFY(indexOfCode(list, QStringLiteral("MX")) < indexOfCode(list, QStringLiteral("FM")));
}

void TestCustomerValidator::supportedLanguages()
{
    const QList<NamedCode> expected{
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
    };
    for (const QLocale &display : {QLocale(QLocale::Spanish), QLocale(QLocale::English)}) {
        const QList<NamedCode> list = Languages::supported(display);
        QCOMPARE(list.size(), expected.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).code, expected.at(i).code);
            QCOMPARE(list.at(i).name, expected.at(i).name);
            QVERIFY(Languages::isKnownCode(list.at(i).code));
        }
    }
}

QTEST_GUILESS_MAIN(TestCustomerValidator)

#include "tst_customervalidator.moc"
