#pragma once

#include <QStringList>
#include <QUrl>

namespace qash {

// Decides which server-supplied links the app may open or encode as a QR code:
// https, port 443, no user-info, host equal to or under an allowed domain.
// Loopback http(s) links are allowed only when the policy is built for --demo.
class LinkPolicy
{
public:
    enum class Verdict { Allowed, Invalid, NotHttps, NonStandardPort, HasUserInfo, HostNotAllowed };

    explicit LinkPolicy(QStringList allowedDomains = defaultDomains(), bool allowLoopback = false);

    static QStringList defaultDomains();

    Verdict check(const QUrl &url) const;
    bool allows(const QUrl &url) const { return check(url) == Verdict::Allowed; }
    QStringList allowedDomains() const { return m_allowedDomains; }
    bool allowsLoopback() const { return m_allowLoopback; }

private:
    QStringList m_allowedDomains; // lower-case, ACE (punycode) form
    bool m_allowLoopback;
};

// Which base URLs the API client may talk to: https anywhere, plain http only
// to a loopback address; never with user-info. Returns an empty string when
// acceptable, else a one-line, translated reason.
QString checkApiBaseUrl(const QUrl &baseUrl);

bool isLoopbackHost(const QString &host);

} // namespace qash
