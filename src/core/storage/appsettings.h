#pragma once

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace qash {

// Non-secret preferences. Secrets never pass through here.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Environment { Production, Sandbox, Custom };
    Q_ENUM(Environment)

    static QUrl productionUrl() { return QUrl(QStringLiteral("https://api.qash.ai")); }
    static QUrl sandboxUrl() { return QUrl(QStringLiteral("https://sandbox.api.qash.ai")); }

    explicit AppSettings(QObject *parent = nullptr);                       // the user's QSettings
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr); // tests

    Environment environment() const;
    void setEnvironment(Environment environment);
    QUrl customBaseUrl() const;
    void setCustomBaseUrl(const QUrl &url);
    QUrl baseUrl() const; // resolved from environment

    bool autoOpenLink() const;
    void setAutoOpenLink(bool on);

    QString defaultRegion() const; // ISO 3166-1 alpha-2 used to read national phone numbers
    void setDefaultRegion(const QString &region);

    QStringList extraLinkDomains() const; // added to withpersona.com
    void setExtraLinkDomains(const QStringList &domains);

    int pollIntervalMs() const;

signals:
    void changed();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace qash
