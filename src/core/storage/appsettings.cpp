#include "appsettings.h"

#include <QLocale>

namespace qash {

namespace {

const QString EnvironmentKey = QStringLiteral("api/environment");
const QString CustomBaseUrlKey = QStringLiteral("api/customBaseUrl");
const QString AutoOpenKey = QStringLiteral("handoff/autoOpenLink");
const QString DefaultRegionKey = QStringLiteral("desk/defaultRegion");
const QString ExtraDomainsKey = QStringLiteral("links/extraDomains");
const QString PollIntervalKey = QStringLiteral("status/pollIntervalMs");

QString environmentName(AppSettings::Environment environment)
{
    switch (environment) {
    case AppSettings::Environment::Production: return QStringLiteral("production");
    case AppSettings::Environment::Sandbox: return QStringLiteral("sandbox");
    case AppSettings::Environment::Custom: return QStringLiteral("custom");
    }
    return QStringLiteral("production");
}

// The desk's own territory is the best guess for reading national numbers;
// Colombia, the API's own example market, when the system names none.
QString systemRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    if (code.size() == 2 && code.at(0).isLetter())
        return code.toUpper();
    return QStringLiteral("CO");
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    emit changed();
}

AppSettings::Environment AppSettings::environment() const
{
    const QString name = value(EnvironmentKey, QStringLiteral("production")).toString();
    if (name == QLatin1String("sandbox"))
        return Environment::Sandbox;
    if (name == QLatin1String("custom"))
        return Environment::Custom;
    return Environment::Production;
}

void AppSettings::setEnvironment(Environment environment)
{
    setValue(EnvironmentKey, environmentName(environment));
}

QUrl AppSettings::customBaseUrl() const
{
    return QUrl(value(CustomBaseUrlKey, QString()).toString(), QUrl::StrictMode);
}

void AppSettings::setCustomBaseUrl(const QUrl &url)
{
    setValue(CustomBaseUrlKey, url.toString());
}

QUrl AppSettings::baseUrl() const
{
    switch (environment()) {
    case Environment::Production: return productionUrl();
    case Environment::Sandbox: return sandboxUrl();
    case Environment::Custom: return customBaseUrl();
    }
    return productionUrl();
}

bool AppSettings::autoOpenLink() const
{
    return value(AutoOpenKey, true).toBool();
}

void AppSettings::setAutoOpenLink(bool on)
{
    setValue(AutoOpenKey, on);
}

QString AppSettings::defaultRegion() const
{
    const QString region = value(DefaultRegionKey, QString()).toString().trimmed().toUpper();
    return region.size() == 2 ? region : systemRegion();
}

void AppSettings::setDefaultRegion(const QString &region)
{
    setValue(DefaultRegionKey, region.trimmed().toUpper());
}

QStringList AppSettings::extraLinkDomains() const
{
    QStringList domains = value(ExtraDomainsKey, QStringList()).toStringList();
    for (QString &domain : domains)
        domain = domain.trimmed().toLower();
    domains.removeAll(QString());
    return domains;
}

void AppSettings::setExtraLinkDomains(const QStringList &domains)
{
    setValue(ExtraDomainsKey, domains);
}

int AppSettings::pollIntervalMs() const
{
    return qBound(1000, value(PollIntervalKey, 5000).toInt(), 60000);
}

} // namespace qash
