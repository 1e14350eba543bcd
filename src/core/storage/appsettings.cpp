#include "appsettings.h"

#include <QCoreApplication>
#include <QLocale>

namespace qash {

namespace {

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

namespace {

std::unique_ptr<QSettings> platformPolicy()
{
#if defined(Q_OS_WIN)
    // Group Policy's place, writable by administrators only; an MSI can set it.
    return std::make_unique<QSettings>(AppSettings::policyLocation(), QSettings::NativeFormat);
#else
    // Linux: /etc/xdg/Qash/Qash Desk.conf; macOS: /Library/Preferences (and
    // managed preferences pushed by MDM) for the app's domain.
    auto policy = std::make_unique<QSettings>(QSettings::SystemScope, QCoreApplication::organizationName(),
                                              QCoreApplication::applicationName());
    return policy;
#endif
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_policy(platformPolicy())
{
    // Reading the user's settings must never fall back to the system file:
    // locked values come through m_policy only, so we know which they are.
    m_settings->setFallbacksEnabled(false);
}

AppSettings::AppSettings(const QString &iniFile, const QString &policyIniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    if (!policyIniFile.isEmpty())
        m_policy = std::make_unique<QSettings>(policyIniFile, QSettings::IniFormat);
}

AppSettings::~AppSettings() = default;

QString AppSettings::policyLocation()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Qash\\Qash Desk");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Preferences/ai.qash.Qash Desk.plist");
#else
    return QStringLiteral("/etc/xdg/Qash/Qash Desk.conf");
#endif
}

bool AppSettings::isLocked(const QString &key) const
{
    return m_policy && m_policy->contains(key);
}

QStringList AppSettings::lockedKeys() const
{
    return m_policy ? m_policy->allKeys() : QStringList();
}

QVariant AppSettings::value(const QString &key, const QVariant &fallback) const
{
    if (isLocked(key))
        return m_policy->value(key);
    return m_settings->value(key, fallback);
}

void AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (isLocked(key) || m_settings->value(key) == value)
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
    return value(AutoOpenLinkKey, true).toBool();
}

void AppSettings::setAutoOpenLink(bool on)
{
    setValue(AutoOpenLinkKey, on);
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
    const QVariant stored = value(ExtraLinkDomainsKey, QStringList());
    // An INI file gives a list; the Windows registry one string (REG_SZ).
    QStringList domains = stored.typeId() == QMetaType::QString ? stored.toString().split(QLatin1Char(','))
                                                                 : stored.toStringList();
    for (QString &domain : domains)
        domain = domain.trimmed().toLower();
    domains.removeAll(QString());
    return domains;
}

void AppSettings::setExtraLinkDomains(const QStringList &domains)
{
    setValue(ExtraLinkDomainsKey, domains);
}

QString AppSettings::customerLanguage() const
{
    return value(CustomerLanguageKey, QString()).toString().trimmed().toLower();
}

void AppSettings::setCustomerLanguage(const QString &language)
{
    setValue(CustomerLanguageKey, language.trimmed().toLower());
}

QString AppSettings::uiLanguage() const
{
    return value(UiLanguageKey, QString()).toString().trimmed();
}

void AppSettings::setUiLanguage(const QString &language)
{
    setValue(UiLanguageKey, language.trimmed());
}

int AppSettings::retentionDays() const
{
    return qBound(1, value(RetentionDaysKey, 30).toInt(), 3650);
}

void AppSettings::setRetentionDays(int days)
{
    setValue(RetentionDaysKey, qBound(1, days, 3650));
}

int AppSettings::pollIntervalMs() const
{
    return qBound(1000, value(PollIntervalKey, 5000).toInt(), 60000);
}

} // namespace qash
