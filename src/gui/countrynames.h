#pragma once

#include "onboarding/countries.h"

#include <QList>
#include <QLocale>

namespace qash::CountryNames {

// Every country, named in the display language and sorted for it.
//
// Countries::all() can only name a territory in a language Qt has a locale
// for there (es_MX gives "México", but there is no es_DE for "Alemania"), and
// falls back to Qt's English name. This fills those gaps from the app's own
// translations (context "qash::CountryNames"), so a Spanish desk shows no
// English country names.
QList<NamedCode> all(const QLocale &displayLocale);

} // namespace qash::CountryNames
