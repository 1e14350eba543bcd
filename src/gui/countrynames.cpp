#include "countrynames.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace qash::CountryNames {

namespace {

// The English names Qt 6 gives territories (QLocale::territoryToString), for
// lupdate to collect; translate() looks them up at run time. A name a later
// Qt spells differently simply stays in English until this list follows.
[[maybe_unused]] const char *const EnglishNames[] = {
    QT_TRANSLATE_NOOP("qash::CountryNames", "Afghanistan"), // AF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Aland Islands"), // AX
    QT_TRANSLATE_NOOP("qash::CountryNames", "Albania"), // AL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Algeria"), // DZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "American Samoa"), // AS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Andorra"), // AD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Angola"), // AO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Anguilla"), // AI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Antarctica"), // AQ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Antigua And Barbuda"), // AG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Argentina"), // AR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Armenia"), // AM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Aruba"), // AW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Australia"), // AU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Austria"), // AT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Azerbaijan"), // AZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bahamas"), // BS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bahrain"), // BH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bangladesh"), // BD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Barbados"), // BB
    QT_TRANSLATE_NOOP("qash::CountryNames", "Belarus"), // BY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Belgium"), // BE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Belize"), // BZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Benin"), // BJ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bermuda"), // BM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bhutan"), // BT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bolivia"), // BO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bosnia And Herzegovina"), // BA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Botswana"), // BW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bouvet Island"), // BV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Brazil"), // BR
    QT_TRANSLATE_NOOP("qash::CountryNames", "British Indian Ocean Territory"), // IO
    QT_TRANSLATE_NOOP("qash::CountryNames", "British Virgin Islands"), // VG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Brunei"), // BN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Bulgaria"), // BG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Burkina Faso"), // BF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Burundi"), // BI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cambodia"), // KH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cameroon"), // CM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Canada"), // CA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cape Verde"), // CV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Caribbean Netherlands"), // BQ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cayman Islands"), // KY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Central African Republic"), // CF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Chad"), // TD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Chile"), // CL
    QT_TRANSLATE_NOOP("qash::CountryNames", "China"), // CN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Christmas Island"), // CX
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cocos Islands"), // CC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Colombia"), // CO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Comoros"), // KM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Congo Brazzaville"), // CG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Congo Kinshasa"), // CD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cook Islands"), // CK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Costa Rica"), // CR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Croatia"), // HR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cuba"), // CU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Curacao"), // CW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Cyprus"), // CY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Czechia"), // CZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Denmark"), // DK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Djibouti"), // DJ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Dominica"), // DM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Dominican Republic"), // DO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ecuador"), // EC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Egypt"), // EG
    QT_TRANSLATE_NOOP("qash::CountryNames", "El Salvador"), // SV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Equatorial Guinea"), // GQ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Eritrea"), // ER
    QT_TRANSLATE_NOOP("qash::CountryNames", "Estonia"), // EE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Eswatini"), // SZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ethiopia"), // ET
    QT_TRANSLATE_NOOP("qash::CountryNames", "Falkland Islands"), // FK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Faroe Islands"), // FO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Fiji"), // FJ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Finland"), // FI
    QT_TRANSLATE_NOOP("qash::CountryNames", "France"), // FR
    QT_TRANSLATE_NOOP("qash::CountryNames", "French Guiana"), // GF
    QT_TRANSLATE_NOOP("qash::CountryNames", "French Polynesia"), // PF
    QT_TRANSLATE_NOOP("qash::CountryNames", "French Southern Territories"), // TF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Gabon"), // GA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Gambia"), // GM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Georgia"), // GE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Germany"), // DE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ghana"), // GH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Gibraltar"), // GI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Greece"), // GR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Greenland"), // GL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Grenada"), // GD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guadeloupe"), // GP
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guam"), // GU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guatemala"), // GT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guernsey"), // GG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guinea"), // GN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guinea Bissau"), // GW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Guyana"), // GY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Haiti"), // HT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Heard And McDonald Islands"), // HM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Honduras"), // HN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Hong Kong"), // HK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Hungary"), // HU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Iceland"), // IS
    QT_TRANSLATE_NOOP("qash::CountryNames", "India"), // IN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Indonesia"), // ID
    QT_TRANSLATE_NOOP("qash::CountryNames", "Iran"), // IR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Iraq"), // IQ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ireland"), // IE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Isle Of Man"), // IM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Israel"), // IL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Italy"), // IT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ivory Coast"), // CI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Jamaica"), // JM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Japan"), // JP
    QT_TRANSLATE_NOOP("qash::CountryNames", "Jersey"), // JE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Jordan"), // JO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kazakhstan"), // KZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kenya"), // KE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kiribati"), // KI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kosovo"), // XK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kuwait"), // KW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Kyrgyzstan"), // KG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Laos"), // LA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Latvia"), // LV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Lebanon"), // LB
    QT_TRANSLATE_NOOP("qash::CountryNames", "Lesotho"), // LS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Liberia"), // LR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Libya"), // LY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Liechtenstein"), // LI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Lithuania"), // LT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Luxembourg"), // LU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Macao"), // MO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Macedonia"), // MK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Madagascar"), // MG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Malawi"), // MW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Malaysia"), // MY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Maldives"), // MV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mali"), // ML
    QT_TRANSLATE_NOOP("qash::CountryNames", "Malta"), // MT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Marshall Islands"), // MH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Martinique"), // MQ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mauritania"), // MR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mauritius"), // MU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mayotte"), // YT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mexico"), // MX
    QT_TRANSLATE_NOOP("qash::CountryNames", "Micronesia"), // FM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Moldova"), // MD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Monaco"), // MC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mongolia"), // MN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Montenegro"), // ME
    QT_TRANSLATE_NOOP("qash::CountryNames", "Montserrat"), // MS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Morocco"), // MA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Mozambique"), // MZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Myanmar"), // MM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Namibia"), // NA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Nauru"), // NR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Nepal"), // NP
    QT_TRANSLATE_NOOP("qash::CountryNames", "Netherlands"), // NL
    QT_TRANSLATE_NOOP("qash::CountryNames", "New Caledonia"), // NC
    QT_TRANSLATE_NOOP("qash::CountryNames", "New Zealand"), // NZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Nicaragua"), // NI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Niger"), // NE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Nigeria"), // NG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Niue"), // NU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Norfolk Island"), // NF
    QT_TRANSLATE_NOOP("qash::CountryNames", "North Korea"), // KP
    QT_TRANSLATE_NOOP("qash::CountryNames", "Northern Mariana Islands"), // MP
    QT_TRANSLATE_NOOP("qash::CountryNames", "Norway"), // NO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Oman"), // OM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Pakistan"), // PK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Palau"), // PW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Palestinian Territories"), // PS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Panama"), // PA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Papua New Guinea"), // PG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Paraguay"), // PY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Peru"), // PE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Philippines"), // PH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Pitcairn"), // PN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Poland"), // PL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Portugal"), // PT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Puerto Rico"), // PR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Qatar"), // QA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Reunion"), // RE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Romania"), // RO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Russia"), // RU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Rwanda"), // RW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Barthelemy"), // BL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Helena"), // SH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Kitts And Nevis"), // KN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Lucia"), // LC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Martin"), // MF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Pierre And Miquelon"), // PM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saint Vincent And Grenadines"), // VC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Samoa"), // WS
    QT_TRANSLATE_NOOP("qash::CountryNames", "San Marino"), // SM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sao Tome And Principe"), // ST
    QT_TRANSLATE_NOOP("qash::CountryNames", "Saudi Arabia"), // SA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Senegal"), // SN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Serbia"), // RS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Seychelles"), // SC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sierra Leone"), // SL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Singapore"), // SG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sint Maarten"), // SX
    QT_TRANSLATE_NOOP("qash::CountryNames", "Slovakia"), // SK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Slovenia"), // SI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Solomon Islands"), // SB
    QT_TRANSLATE_NOOP("qash::CountryNames", "Somalia"), // SO
    QT_TRANSLATE_NOOP("qash::CountryNames", "South Africa"), // ZA
    QT_TRANSLATE_NOOP("qash::CountryNames", "South Georgia And South Sandwich Islands"), // GS
    QT_TRANSLATE_NOOP("qash::CountryNames", "South Korea"), // KR
    QT_TRANSLATE_NOOP("qash::CountryNames", "South Sudan"), // SS
    QT_TRANSLATE_NOOP("qash::CountryNames", "Spain"), // ES
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sri Lanka"), // LK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sudan"), // SD
    QT_TRANSLATE_NOOP("qash::CountryNames", "Suriname"), // SR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Svalbard And Jan Mayen"), // SJ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Sweden"), // SE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Switzerland"), // CH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Syria"), // SY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Taiwan"), // TW
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tajikistan"), // TJ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tanzania"), // TZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Thailand"), // TH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Timor-Leste"), // TL
    QT_TRANSLATE_NOOP("qash::CountryNames", "Togo"), // TG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tokelau"), // TK
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tonga"), // TO
    QT_TRANSLATE_NOOP("qash::CountryNames", "Trinidad And Tobago"), // TT
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tunisia"), // TN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Turkey"), // TR
    QT_TRANSLATE_NOOP("qash::CountryNames", "Turkmenistan"), // TM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Turks And Caicos Islands"), // TC
    QT_TRANSLATE_NOOP("qash::CountryNames", "Tuvalu"), // TV
    QT_TRANSLATE_NOOP("qash::CountryNames", "Uganda"), // UG
    QT_TRANSLATE_NOOP("qash::CountryNames", "Ukraine"), // UA
    QT_TRANSLATE_NOOP("qash::CountryNames", "United Arab Emirates"), // AE
    QT_TRANSLATE_NOOP("qash::CountryNames", "United Kingdom"), // GB
    QT_TRANSLATE_NOOP("qash::CountryNames", "United States"), // US
    QT_TRANSLATE_NOOP("qash::CountryNames", "United States Outlying Islands"), // UM
    QT_TRANSLATE_NOOP("qash::CountryNames", "United States Virgin Islands"), // VI
    QT_TRANSLATE_NOOP("qash::CountryNames", "Uruguay"), // UY
    QT_TRANSLATE_NOOP("qash::CountryNames", "Uzbekistan"), // UZ
    QT_TRANSLATE_NOOP("qash::CountryNames", "Vanuatu"), // VU
    QT_TRANSLATE_NOOP("qash::CountryNames", "Vatican City"), // VA
    QT_TRANSLATE_NOOP("qash::CountryNames", "Venezuela"), // VE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Vietnam"), // VN
    QT_TRANSLATE_NOOP("qash::CountryNames", "Wallis And Futuna"), // WF
    QT_TRANSLATE_NOOP("qash::CountryNames", "Western Sahara"), // EH
    QT_TRANSLATE_NOOP("qash::CountryNames", "Yemen"), // YE
    QT_TRANSLATE_NOOP("qash::CountryNames", "Zambia"), // ZM
    QT_TRANSLATE_NOOP("qash::CountryNames", "Zimbabwe"), // ZW
};

} // namespace

QList<NamedCode> all(const QLocale &displayLocale)
{
    QList<NamedCode> countries = Countries::all(displayLocale);
    for (NamedCode &country : countries) {
        const QString english = QLocale::territoryToString(QLocale::codeToTerritory(country.code));
        if (country.name == english) {
            const QByteArray source = english.toUtf8();
            country.name = QCoreApplication::translate("qash::CountryNames", source.constData());
        }
    }
    QCollator collator(displayLocale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(countries.begin(), countries.end(), [&collator](const NamedCode &a, const NamedCode &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.code < b.code;
    });
    return countries;
}

} // namespace qash::CountryNames
