#include "linkpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace qash {

namespace {

QString aceHost(const QString &host)
{
    // Compare hosts in their ASCII (punycode) form, so an IDN look-alike can
    // never equal an allowed domain by rendering alone.
    return QString::fromLatin1(QUrl::toAce(host)).toLower();
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

LinkPolicy::LinkPolicy(QStringList allowedDomains, bool allowLoopback)
    : m_allowLoopback(allowLoopback)
{
    for (const QString &domain : std::as_const(allowedDomains)) {
        QString trimmed = domain.trimmed();
        while (trimmed.startsWith(QLatin1Char('.')))
            trimmed.remove(0, 1);
        const QString ace = aceHost(trimmed);
        if (!ace.isEmpty() && !m_allowedDomains.contains(ace))
            m_allowedDomains << ace;
    }
}

QStringList LinkPolicy::defaultDomains()
{
    return {QStringLiteral("withpersona.com")};
}

LinkPolicy::Verdict LinkPolicy::check(const QUrl &url) const
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Verdict::Invalid;
    if (!url.userInfo().isEmpty())
        return Verdict::HasUserInfo;

    const QString scheme = url.scheme().toLower();
    if (m_allowLoopback && isLoopbackHost(url.host())) {
        return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) ? Verdict::Allowed
                                                                                      : Verdict::NotHttps;
    }
    if (scheme != QLatin1String("https"))
        return Verdict::NotHttps;
    if (url.port(443) != 443)
        return Verdict::NonStandardPort;
    const QString host = aceHost(url.host());
    if (host.isEmpty())
        return Verdict::Invalid;
    for (const QString &domain : m_allowedDomains) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return Verdict::Allowed;
    }
    return Verdict::HostNotAllowed;
}

QString checkApiBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.isRelative() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("qash::ApiBaseUrl",
                                           "Enter a full address, such as https://api.example.com.");
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate("qash::ApiBaseUrl",
                                           "The address must not contain a user name or password.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return QCoreApplication::translate("qash::ApiBaseUrl",
                                           "The address must not contain a query (?) or fragment (#).");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(baseUrl.host()))
            return {};
        return QCoreApplication::translate("qash::ApiBaseUrl",
                                           "Use https: credentials and customer data may only travel encrypted.");
    }
    return QCoreApplication::translate("qash::ApiBaseUrl", "Use an https:// address.");
}

} // namespace qash
