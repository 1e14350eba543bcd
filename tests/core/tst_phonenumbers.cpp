#include "onboarding/phonenumbers.h"

#include <QtTest>

using namespace qash;

// The expected values below were observed from libphonenumber 8.12.57
// (Debian 12); the formats are stable across its releases for these regions.
class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void exampleMobileNumber_data();
    void exampleMobileNumber();
    void asYouType_data();
    void asYouType();
    void asYouTypeReusesFormatter();
};

void TestPhoneNumbers::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("international");

    const QString co = QStringLiteral("+57 300 1234567");
    QTest::newRow("CO national") << "300 123 4567" << "CO" << "+573001234567" << "CO" << co;
    QTest::newRow("CO national, no spaces") << "3001234567" << "CO" << "+573001234567" << "CO" << co;
    QTest::newRow("CO international") << "+57 300 1234567" << "CO" << "+573001234567" << "CO" << co;
    QTest::newRow("CO international at a US desk") << "+57 300 123 4567" << "US" << "+573001234567" << "CO" << co;
    QTest::newRow("CO lower-case region") << "300 123 4567" << "co" << "+573001234567" << "CO" << co;
    QTest::newRow("CO international, no default region") << "+573001234567" << "" << "+573001234567" << "CO" << co;
    QTest::newRow("CO landline") << "601 234 5678" << "CO" << "+576012345678" << "CO" << "+57 601 2345678";

    const QString mx = QStringLiteral("+52 55 1234 5678");
    QTest::newRow("MX national") << "55 1234 5678" << "MX" << "+525512345678" << "MX" << mx;
    QTest::newRow("MX international") << "+52 55 1234 5678" << "CO" << "+525512345678" << "MX" << mx;
    QTest::newRow("MX old mobile 1") << "+52 1 55 1234 5678" << "MX" << "+525512345678" << "MX" << mx;

    const QString us = QStringLiteral("+1 201-555-0123");
    QTest::newRow("US national") << "(201) 555-0123" << "US" << "+12015550123" << "US" << us;
    QTest::newRow("US international") << "+1 201-555-0123" << "CO" << "+12015550123" << "US" << us;
    QTest::newRow("US from CO via 00 fallback") << "00 1 201 555 0123" << "CO" << "+12015550123" << "US" << us;

    const QString es = QStringLiteral("+34 612 34 56 78");
    QTest::newRow("ES national") << "612 34 56 78" << "ES" << "+34612345678" << "ES" << es;
    QTest::newRow("ES international") << "+34 612 34 56 78" << "CO" << "+34612345678" << "ES" << es;

    const QString gb = QStringLiteral("+44 20 7946 0018");
    QTest::newRow("GB national") << "020 7946 0018" << "GB" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB international") << "+44 20 7946 0018" << "CO" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB 00 prefix at a GB desk") << "0044 20 7946 0018" << "GB" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB 00 prefix at an ES desk") << "00 44 20 7946 0018" << "ES" << "+442079460018" << "GB" << gb;
    // CO's own international prefixes are 005/007/009, so "0044" only works
    // through the "00 means +" fallback.
    QTest::newRow("GB 00 prefix at a CO desk") << "0044 20 7946 0018" << "CO" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB via CO carrier prefix 009") << "009 44 20 7946 0018" << "CO" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB via US prefix 011") << "011 44 20 7946 0018" << "US" << "+442079460018" << "GB" << gb;
    QTest::newRow("GB mobile national") << "07400 123456" << "GB" << "+447400123456" << "GB" << "+44 7400 123456";

    QTest::newRow("XK (Kosovo)") << "+383 44 123 456" << "CO" << "+38344123456" << "XK" << "+383 44 123 456";
    // Non-geographic: libphonenumber says region "001", which is no country.
    QTest::newRow("non-geographic +800") << "+800 1234 5678" << "CO" << "+80012345678" << "" << "+800 1234 5678";
}

void TestPhoneNumbers::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, regionCode);
    QFETCH(QString, international);

    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QVERIFY(info.valid);
    QCOMPARE(info.e164, e164);
    QCOMPARE(info.regionCode, regionCode);
    QCOMPARE(info.international, international);
}

void TestPhoneNumbers::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");

    QTest::newRow("empty") << "" << "CO";
    QTest::newRow("blank") << "   " << "CO";
    QTest::newRow("plus only") << "+" << "CO";
    // Parse() accepts this (error 0) but no such number exists.
    QTest::newRow("too short") << "12345" << "CO";
    QTest::newRow("letters") << "abc" << "CO";
    // libphonenumber alone reads these as +573002224567 and an extension.
    QTest::newRow("vanity letters") << "300-ABC-4567" << "CO";
    QTest::newRow("extension") << "(201) 555-0123 ext. 12" << "US";
    QTest::newRow("too long international") << "+57 300 123 4567 8901234" << "CO";
    QTest::newRow("too long national") << "3001234567890123456" << "CO";
    QTest::newRow("too long input") << QString(65, QLatin1Char('1')) << "CO";
    // A CO mobile typed nationally means nothing at a US or ES desk.
    QTest::newRow("CO national at a US desk") << "300 123 4567" << "US";
    QTest::newRow("CO national at an ES desk") << "300 123 4567" << "ES";
    QTest::newRow("national, no default region") << "3001234567" << "";
    QTest::newRow("national, unknown region") << "3001234567" << "ZZ";
    QTest::newRow("unknown country code") << "+999 1234 5678" << "CO";
    QTest::newRow("00 fallback still invalid") << "00 1 300 123 4567" << "CO";
}

void TestPhoneNumbers::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, region);

    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QVERIFY(!info.valid);
    QVERIFY(info.e164.isEmpty());
    QVERIFY(info.regionCode.isEmpty());
    QVERIFY(info.international.isEmpty());
}

void TestPhoneNumbers::exampleMobileNumber_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("example");

    QTest::newRow("CO") << "CO" << "+57 321 1234567";
    QTest::newRow("co") << "co" << "+57 321 1234567";
    QTest::newRow("MX") << "MX" << "+52 222 123 4567";
    QTest::newRow("US") << "US" << "+1 201-555-0123";
    QTest::newRow("ES") << "ES" << "+34 612 34 56 78";
    QTest::newRow("GB") << "GB" << "+44 7400 123456";
    QTest::newRow("unknown") << "ZZ" << "";
    QTest::newRow("empty") << "" << "";
}

void TestPhoneNumbers::exampleMobileNumber()
{
    QFETCH(QString, region);
    QFETCH(QString, example);

    QCOMPARE(PhoneNumbers::exampleMobileNumber(region), example);
    // The example must itself pass validation, or it would mislead staff.
    if (!example.isEmpty())
        QVERIFY(PhoneNumbers::parse(example, region).valid);
}

void TestPhoneNumbers::asYouType_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("CO national") << "CO" << "3001234567" << "300 1234567";
    QTest::newRow("CO partial") << "CO" << "300123" << "300 123";
    QTest::newRow("CO international") << "CO" << "+573001234567" << "+57 300 1234567";
    QTest::newRow("CO drops non-dialable") << "CO" << "(300) abc-123.4567" << "300 1234567";
    QTest::newRow("CO second plus ignored") << "CO" << "+57+3001234567" << "+57 300 1234567";
    QTest::newRow("CO Arabic-Indic digits")
            << "CO" << QStringLiteral(u"\u0663\u0660\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667")
            << "300 1234567";
    QTest::newRow("US national") << "US" << "2015550123" << "(201) 555-0123";
    QTest::newRow("US partial") << "US" << "2015550" << "201-5550";
    QTest::newRow("US international") << "US" << "+12015550123" << "+1 201-555-0123";
    QTest::newRow("US retyped formatted") << "US" << "(201) 555-0123" << "(201) 555-0123";
    QTest::newRow("empty") << "US" << "" << "";
    QTest::newRow("unknown region passes digits") << "ZZ" << "3001234567" << "3001234567";
}

void TestPhoneNumbers::asYouType()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, formatted);

    PhoneAsYouTypeFormatter formatter(region);
    QCOMPARE(formatter.format(input), formatted);
}

void TestPhoneNumbers::asYouTypeReusesFormatter()
{
    // format() starts from scratch each time, as the line edit sends the whole text.
    PhoneAsYouTypeFormatter formatter(QStringLiteral("CO"));
    QCOMPARE(formatter.format(QStringLiteral("300")), QStringLiteral("300"));
    QCOMPARE(formatter.format(QStringLiteral("3001")), QStringLiteral("300 1"));
    QCOMPARE(formatter.format(QStringLiteral("3001234567")), QStringLiteral("300 1234567"));
    QCOMPARE(formatter.format(QStringLiteral("300123456")), QStringLiteral("300 123456"));
}

QTEST_APPLESS_MAIN(TestPhoneNumbers)

#include "tst_phonenumbers.moc"
