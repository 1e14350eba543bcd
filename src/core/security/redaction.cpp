#include "redaction.h"

#include "onboarding/phonenumbers.h"

#include <QRegularExpression>
#include <QStringList>

namespace qash::Redaction {

QString maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return email.isEmpty() ? QString() : QStringLiteral("***");
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QString tld = dot > 0 ? domain.mid(dot) : QString();
    const QString domainHead = domain.isEmpty() ? QString() : domain.left(1);
    return local.left(1) + QStringLiteral("***@") + domainHead + QStringLiteral("***") + tld;
}

QString maskPhone(const QString &e164)
{
    // Digits of any script count, written back as ASCII so the mask reads the same.
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    if (digits.size() < 6)
        return digits.isEmpty() ? QString() : QStringLiteral("***");
    // The country code is not personal; the last four digits let staff tell
    // two customers apart.
    const PhoneNumberInfo info = PhoneNumbers::parse(QLatin1Char('+') + digits, QString());
    const QString country = info.valid ? QString::number(info.countryCallingCode) : digits.left(1);
    return QLatin1Char('+') + country + QStringLiteral(" *** *** ") + digits.right(4);
}

QString maskedContact(const QString &email, const QString &phoneE164)
{
    QStringList parts;
    if (!email.isEmpty())
        parts << maskEmail(email);
    if (!phoneE164.isEmpty())
        parts << maskPhone(phoneE164);
    return parts.join(QStringLiteral(", "));
}

QString scrub(const QString &text)
{
    static const QRegularExpression secrets(QStringLiteral(R"(qash_(key|secret)_[A-Za-z0-9_]+)"));
    static const QRegularExpression urls(QStringLiteral(R"(\b([a-zA-Z][a-zA-Z0-9+.-]*)://([^/\s:@]+@)?([^/\s:?#]+)[^\s"']*)"));
    static const QRegularExpression emails(QStringLiteral(R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)"));
    static const QRegularExpression phones(QStringLiteral(R"(\+?\d[\d ()-]{6,}\d)"));
    static const QRegularExpression headers(QStringLiteral(R"((X-Api-(Key|Secret))\s*[:=]\s*\S+)"),
                                            QRegularExpression::CaseInsensitiveOption);

    // PCRE2 matches nothing in text that is not valid UTF-16, so a single lone
    // surrogate (a server can send "\ud800") would switch off every rule below.
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (out.at(i).isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    out.replace(headers, QStringLiteral("\\1: [redacted]"));
    out.replace(secrets, QStringLiteral("qash_\\1_[redacted]"));
    out.replace(urls, QStringLiteral("\\1://\\3/[…]"));
    out.replace(emails, QStringLiteral("[email]"));
    // Digit runs long enough to be a phone number. UUIDs and inquiry ids are
    // kept: they are ids, and a UUID may happen to hold digits only.
    static const QRegularExpression uuids(
        QStringLiteral(R"([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"));
    QList<QPair<qsizetype, qsizetype>> idSpans;
    for (auto ids = uuids.globalMatch(out); ids.hasNext();) {
        const auto id = ids.next();
        idSpans.append({id.capturedStart(), id.capturedEnd()});
    }
    auto insideId = [&idSpans](qsizetype start, qsizetype end) {
        for (const auto &span : idSpans) {
            if (start < span.second && end > span.first)
                return true;
        }
        return false;
    };
    QString result;
    qsizetype last = 0;
    auto it = phones.globalMatch(out);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString found = match.captured();
        int digitCount = 0;
        for (const QChar c : found)
            digitCount += c.isDigit();
        const QChar before = match.capturedStart() > 0 ? out.at(match.capturedStart() - 1) : QChar();
        const QChar after = match.capturedEnd() < out.size() ? out.at(match.capturedEnd()) : QChar();
        const bool insideToken = before.isLetterOrNumber() || before == QLatin1Char('-') || before == QLatin1Char('_')
            || after.isLetter() || after == QLatin1Char('-') || after == QLatin1Char('_');
        result += out.mid(last, match.capturedStart() - last);
        const bool isPhone = digitCount >= 7 && !insideToken && !insideId(match.capturedStart(), match.capturedEnd());
        result += isPhone ? QStringLiteral("[phone]") : found;
        last = match.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

} // namespace qash::Redaction
