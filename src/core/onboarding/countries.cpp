#include "countries.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace qash {

namespace {

bool isTwoAsciiLetters(const QString &code)
{
    return code.size() == 2
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                   || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
           });
}

// Two-letter codes Qt knows that are not countries a customer can live in:
// groupings (EU, QO) and ISO 3166-1 "exceptionally reserved" codes (AC, CP,
// DG, EA, IC, TA), which the API's "ISO 3166-1 alpha-2" does not cover. XK
// (Kosovo) stays: it is user-assigned but what CLDR and libphonenumber use.
bool isExcluded(const QString &upperCode)
{
    static const QSet<QString> excluded = {
        QStringLiteral("EU"), QStringLiteral("QO"), QStringLiteral("AC"),
        QStringLiteral("CP"), QStringLiteral("DG"), QStringLiteral("EA"),
        QStringLiteral("IC"), QStringLiteral("TA"),
    };
    return excluded.contains(upperCode);
}

// Qt 6.4 only has a territory's name in the languages of locales that exist
// for it (es_MX names Mexico in Spanish, but there is no es_DE for Germany).
// Use that name when there is one, the English name otherwise.
QString territoryName(QLocale::Territory territory, QLocale::Language language)
{
    if (language != QLocale::English && language != QLocale::C) {
        const QLocale locale(language, territory);
        if (locale.language() == language && locale.territory() == territory) {
            const QString native = locale.nativeTerritoryName();
            if (!native.isEmpty())
                return native;
        }
    }
    return QLocale::territoryToString(territory);
}

void sortByName(QList<NamedCode> &list, const QLocale &displayLocale)
{
    QCollator collator(displayLocale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const NamedCode &a, const NamedCode &b) {
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.code < b.code;
    });
}

} // namespace

QList<NamedCode> Countries::all(const QLocale &displayLocale)
{
    QList<NamedCode> countries;
    QSet<QString> seen;
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const auto territory = static_cast<QLocale::Territory>(value);
        const QString code = QLocale::territoryToCode(territory);
        // Skips UN M.49 regions ("001" World, "419" Latin America).
        if (!isKnownCode(code) || seen.contains(code))
            continue;
        seen.insert(code);
        countries.append({code, territoryName(territory, displayLocale.language())});
    }
    sortByName(countries, displayLocale);
    return countries;
}

bool Countries::isKnownCode(const QString &code)
{
    if (!isTwoAsciiLetters(code))
        return false;
    const QString upper = code.toUpper();
    return !isExcluded(upper) && QLocale::codeToTerritory(upper) != QLocale::AnyTerritory;
}

QList<NamedCode> Languages::supported(const QLocale &displayLocale)
{
    // Each language by its own name (endonym): staff and customers find
    // "Español" whatever the UI language is. Written out because Qt's native
    // names are locale-specific ("American English", lower-case "español").
    Q_UNUSED(displayLocale);
    return {
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
    };
}

bool Languages::isKnownCode(const QString &code)
{
    // Two letters only: ISO 639-1, which is what the API's examples use.
    return isTwoAsciiLetters(code) && QLocale::codeToLanguage(code.toLower()) != QLocale::AnyLanguage;
}

} // namespace qash
