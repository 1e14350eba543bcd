#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace qash {

struct NamedCode
{
    QString code; // ISO 3166-1 alpha-2 for countries, ISO 639-1 for languages
    QString name; // in the display locale
};

namespace Countries {
// Every ISO 3166-1 alpha-2 territory Qt knows, named in `displayLocale`'s
// language, sorted by name for that locale.
QList<NamedCode> all(const QLocale &displayLocale);
bool isKnownCode(const QString &code);
} // namespace Countries

namespace Languages {
// Languages a customer may choose as preferred (sent to the API as ISO 639-1).
QList<NamedCode> supported(const QLocale &displayLocale);
bool isKnownCode(const QString &code);
} // namespace Languages

} // namespace qash
