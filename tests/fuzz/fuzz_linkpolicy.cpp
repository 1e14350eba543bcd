// libFuzzer target: LinkPolicy::check() and checkApiBaseUrl().
//
// Input layout (readable, so seeds can be written by hand):
//   byte 0   flags (low 4 bits; the seed files use '0'..'9' and ':'..'?'):
//              1 = parse with QUrl::TolerantMode instead of StrictMode
//              2 = --demo policy (loopback links allowed)
//              4 = admins added "verify.partner.example" to the allowlist
//              8 = the allowlist is the comma-separated text before the
//                  first newline (admin input), instead of the default
//   bytes 1..  the URL as UTF-8 text
//
// Invariants (DESIGN.md §4 "Links" and "Transport"):
//   - an Allowed link is https, port 443, has no user-info, and its host, in
//     ACE (punycode) form, equals or is under an allowed domain (withpersona.com
//     for the default policy); in --demo, loopback http(s) links are also fine;
//   - what is allowed is also what leaves the app: the FullyEncoded text (what
//     the QR code, the clipboard, the journal and the browser get) splits, the
//     way a browser splits it, into the same host with no user name or password
//     and no other port, and parsing it again (the journal's way) is still Allowed;
//   - an accepted API base URL is https, or http to a loopback host, with no
//     user-info, query or fragment; a refusal is a one-line reason.

#include "security/linkpolicy.h"

#include "fuzzsupport.h"

#include <QHostAddress>

#include <cstddef>
#include <cstdint>

using namespace qash;

namespace {

QString aceLower(const QString &host)
{
    return QString::fromLatin1(QUrl::toAce(host)).toLower();
}

bool under(const QString &aceHost, const QString &domain)
{
    return aceHost == domain || aceHost.endsWith(QLatin1Char('.') + domain);
}

bool loopbackByHand(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString describe(const QUrl &url)
{
    return QStringLiteral("url=[%1] encoded=[%2] host=[%3]")
        .arg(url.toString(), QString::fromLatin1(url.toEncoded()), url.host());
}

// How a browser (WHATWG URL parsing, "special" schemes) splits the text we hand
// over: the authority ends at the first '/', '?', '#' or '\'; user-info ends
// at its last '@'; the port follows the host's last ':' (outside [IPv6]).
struct BrowserView
{
    bool ok = false;
    QString scheme, userInfo, host, port;
};

BrowserView browserView(const QString &text)
{
    BrowserView view;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || text.mid(colon + 1, 2) != QLatin1String("//"))
        return view;
    view.scheme = text.left(colon).toLower();
    qsizetype end = colon + 3;
    while (end < text.size() && !QStringLiteral("/?#\\").contains(text.at(end)))
        ++end;
    QString authority = text.mid(colon + 3, end - colon - 3);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        view.userInfo = authority.left(at + 1);
        authority = authority.mid(at + 1);
    }
    const qsizetype bracket = authority.lastIndexOf(QLatin1Char(']'));
    const qsizetype portColon = authority.lastIndexOf(QLatin1Char(':'));
    if (portColon > bracket) {
        view.port = authority.mid(portColon + 1);
        authority = authority.left(portColon);
    }
    view.host = authority.toLower();
    view.ok = true;
    return view;
}

// "https://@host/" and "https://:@host/" carry an empty user name and
// password: QUrl reports no user-info and a browser sends no credentials, and
// both read the same host (checked separately), so only text counts here.
bool noCredentials(const QString &userInfo)
{
    for (const QChar c : userInfo) {
        if (c != QLatin1Char('@') && c != QLatin1Char(':'))
            return false;
    }
    return true;
}

void checkAllowedLink(const LinkPolicy &policy, const QUrl &url, bool defaultDomainsOnly)
{
    FUZZ_CHECK(url.isValid() && !url.isRelative() && !url.host().isEmpty(), describe(url));
    FUZZ_CHECK(url.userInfo().isEmpty() && url.userName().isEmpty() && url.password().isEmpty(), describe(url));

    const QString scheme = url.scheme().toLower();
    const bool loopback = policy.allowsLoopback() && loopbackByHand(url.host());
    const QString host = aceLower(url.host());
    if (loopback) {
        FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"), describe(url));
    } else {
        FUZZ_CHECK(scheme == QLatin1String("https"), describe(url));
        FUZZ_CHECK(url.port(443) == 443, describe(url));
        FUZZ_CHECK(!host.isEmpty(), describe(url));
        bool allowed = false;
        for (const QString &domain : policy.allowedDomains())
            allowed = allowed || (!domain.isEmpty() && under(host, domain));
        FUZZ_CHECK(allowed, describe(url) + QStringLiteral(" allowlist=") + policy.allowedDomains().join(QLatin1Char(',')));
        if (defaultDomainsOnly)
            FUZZ_CHECK(under(host, QStringLiteral("withpersona.com")), describe(url));
    }

    // What leaves the app: QR code, clipboard, journal, browser.
    const QString encoded = url.toString(QUrl::FullyEncoded);
    const BrowserView view = browserView(encoded);
    FUZZ_CHECK(view.ok && noCredentials(view.userInfo), describe(url));
    FUZZ_CHECK(view.scheme == scheme, describe(url));
    if (loopback) {
        QString bare = view.host;
        if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
            bare = bare.mid(1, bare.size() - 2);
        FUZZ_CHECK(loopbackByHand(bare), describe(url) + QStringLiteral(" browser host=") + view.host);
    } else {
        FUZZ_CHECK(view.host == host, describe(url) + QStringLiteral(" browser host=") + view.host);
        FUZZ_CHECK(view.port.isEmpty() || view.port == QLatin1String("443"), describe(url));
    }

    // The journal stores FullyEncoded text and reads it back in StrictMode.
    const QUrl again(encoded, QUrl::StrictMode);
    FUZZ_CHECK(policy.check(again) == LinkPolicy::Verdict::Allowed, describe(url) + QStringLiteral(" again: ") + describe(again));
    if (!loopback)
        FUZZ_CHECK(aceLower(again.host()) == host, describe(url) + QStringLiteral(" again: ") + describe(again));
}

void checkBaseUrl(const QUrl &url)
{
    const QString reason = checkApiBaseUrl(url);
    if (!reason.isEmpty()) {
        FUZZ_CHECK(!reason.contains(QLatin1Char('\n')), reason);
        return;
    }
    FUZZ_CHECK(url.isValid() && !url.isRelative() && !url.host().isEmpty(), describe(url));
    FUZZ_CHECK(url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment(), describe(url));
    const QString scheme = url.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    FUZZ_CHECK(https || (scheme == QLatin1String("http") && loopbackByHand(url.host())), describe(url));

    const BrowserView view = browserView(url.toString(QUrl::FullyEncoded));
    FUZZ_CHECK(view.ok && noCredentials(view.userInfo) && view.scheme == scheme, describe(url));
    if (!https) {
        QString bare = view.host;
        if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
            bare = bare.mid(1, bare.size() - 2);
        FUZZ_CHECK(loopbackByHand(bare), describe(url) + QStringLiteral(" browser host=") + view.host);
    }
    // Saved in the settings as text and read back in StrictMode.
    const QUrl again(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    FUZZ_CHECK(checkApiBaseUrl(again).isEmpty(), describe(url) + QStringLiteral(" again: ") + describe(again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));

    QStringList domains = LinkPolicy::defaultDomains();
    bool defaultDomainsOnly = true;
    if (flags & 8) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        domains = text.left(qMax<qsizetype>(newline, 0)).split(QLatin1Char(','));
        text = newline >= 0 ? text.mid(newline + 1) : QString();
        defaultDomainsOnly = false;
    }
    if (flags & 4) {
        domains << QStringLiteral("verify.partner.example");
        defaultDomainsOnly = false;
    }
    const LinkPolicy policy(domains, (flags & 2) != 0);
    for (const QString &domain : policy.allowedDomains())
        FUZZ_CHECK(!domain.isEmpty() && !domain.startsWith(QLatin1Char('.')), policy.allowedDomains().join(QLatin1Char(',')));

    const QUrl url(text, (flags & 1) ? QUrl::TolerantMode : QUrl::StrictMode);
    if (policy.check(url) == LinkPolicy::Verdict::Allowed)
        checkAllowedLink(policy, url, defaultDomainsOnly);
    checkBaseUrl(url);
    (void)isLoopbackHost(text);
    return 0;
}
