#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace qash {

// Non-secret preferences. Secrets never pass through here.
//
// Administrators may preset any of them for every desk in a system-wide place
// that desk users cannot change (see policyLocation()); a preset value is
// locked: it wins over the user's and the setter ignores changes to it.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Environment { Production, Sandbox, Custom };
    Q_ENUM(Environment)

    // Setting keys, as admins write them in the policy file or registry.
    static inline const QString EnvironmentKey = QStringLiteral("api/environment"); // production|sandbox|custom
    static inline const QString CustomBaseUrlKey = QStringLiteral("api/customBaseUrl");
    static inline const QString AutoOpenLinkKey = QStringLiteral("handoff/autoOpenLink");
    static inline const QString DefaultRegionKey = QStringLiteral("desk/defaultRegion");
    static inline const QString CustomerLanguageKey = QStringLiteral("desk/customerLanguage");
    static inline const QString UiLanguageKey = QStringLiteral("ui/language"); // "" = follow the system
    static inline const QString ExtraLinkDomainsKey = QStringLiteral("links/extraDomains");
    static inline const QString RetentionDaysKey = QStringLiteral("journal/retentionDays");
    static inline const QString PollIntervalKey = QStringLiteral("status/pollIntervalMs");

    static QUrl productionUrl() { return QUrl(QStringLiteral("https://api.qash.ai")); }
    static QUrl sandboxUrl() { return QUrl(QStringLiteral("https://sandbox.api.qash.ai")); }

    // The user's QSettings, with the platform's administrator policy on top.
    explicit AppSettings(QObject *parent = nullptr);
    // Tests and the demo: an INI file, and optionally a policy INI file.
    explicit AppSettings(const QString &iniFile, const QString &policyIniFile = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    // Where admins preset locked settings on this platform (for display and docs).
    static QString policyLocation();
    bool isLocked(const QString &key) const;
    QStringList lockedKeys() const;

    Environment environment() const;
    void setEnvironment(Environment environment);
    QUrl customBaseUrl() const;
    void setCustomBaseUrl(const QUrl &url);
    QUrl baseUrl() const; // resolved from environment

    bool autoOpenLink() const;
    void setAutoOpenLink(bool on);

    QString defaultRegion() const; // ISO 3166-1 alpha-2 used to read national phone numbers
    void setDefaultRegion(const QString &region);

    QString customerLanguage() const; // default preferred language for customers; "" = the UI's
    void setCustomerLanguage(const QString &language);

    QString uiLanguage() const; // "" follows the system
    void setUiLanguage(const QString &language);

    QStringList extraLinkDomains() const; // added to withpersona.com
    void setExtraLinkDomains(const QStringList &domains);

    int retentionDays() const;
    void setRetentionDays(int days);

    int pollIntervalMs() const;

signals:
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_policy; // may be null: no policy on this desk
};

} // namespace qash
