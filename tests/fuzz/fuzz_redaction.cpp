// libFuzzer target: Redaction::scrub, maskEmail, maskPhone, maskedContact.
//
// Input layout: the text to scrub, as UTF-8, where the control bytes 01 and 02
// stand for a lone high (U+D800) and low (U+DC00) surrogate. An input that
// starts with the bytes FF FE is raw UTF-16LE instead. Both ways reach text
// that is not valid UTF-16, which a server can send: QJsonDocument turns a
// "\ud800" escape into a lone surrogate.
//
// Invariants. scrub() is the log's one choke point (DESIGN.md §4 "Privacy"):
//   - no email address of the input survives scrub(); in fact no text
//     matching scrub's own email pattern is left in its output;
//   - no partner key or secret (qash_key_… / qash_secret_…) of the input
//     survives, and no such token is left in the output;
//   - every "X-Api-Key: …" / "X-Api-Secret: …" left in the output carries one
//     of scrub's own placeholders as its value;
//   - the journal's masks never hold an email address, and a masked phone
//     shows only its country calling code (1 to 3 digits) and its last four.
// These follow from the order of scrub's steps; the proof is in the comment
// at the end of this file. The checks run on a copy with lone surrogates
// replaced (fuzzsupport.h), because PCRE2 matches nothing in invalid UTF-16.

#include "security/redaction.h"

#include "fuzzsupport.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace qash;

namespace {

// The same patterns as src/core/security/redaction.cpp: these invariants are
// about what scrub() itself promises to find, not about a better detector.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)"));
    return re;
}

const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(qash_(key|secret)_[A-Za-z0-9_]+)"));
    return re;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(X-Api-(Key|Secret)\s*[:=]\s*(\S+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString shown(const QString &in, const QString &out)
{
    return QStringLiteral("in=[%1]\n*** out=[%2]").arg(in, out);
}

void checkNoMatch(const QRegularExpression &re, const QString &text, const QString &detail)
{
    const QRegularExpressionMatch match = re.match(text);
    FUZZ_CHECK(!match.hasMatch(), QStringLiteral("found [%1] in ").arg(match.captured()) + detail);
}

// The digit values of text, any script: maskPhone counts what QChar::isDigit
// counts, and libphonenumber reads Arabic-Indic or fullwidth digits as 0-9.
QString digitValues(const QString &text)
{
    QString values;
    for (const QChar c : text) {
        if (c.isDigit())
            values += QChar(u'0' + c.digitValue());
    }
    return values;
}

// A masked phone is empty, "***", or "+<country code> *** *** <last four>":
// the code (1 to 3 digits, as calling codes are) begins the input's digits and
// the four digits end them, so nothing from the middle of the number shows.
void checkMaskedPhone(const QString &text, const QString &masked)
{
    const QString detail = shown(qashfuzz::withValidUtf16(text), masked);
    if (masked.isEmpty() || masked == QLatin1String("***"))
        return;
    static const QRegularExpression shape(QStringLiteral(R"(^\+([0-9]{1,3}) \*\*\* \*\*\* ([0-9]{4})$)"));
    const QRegularExpressionMatch match = shape.match(masked);
    FUZZ_CHECK(match.hasMatch(), QStringLiteral("masked phone has another shape: ") + detail);
    const QString digits = digitValues(text);
    FUZZ_CHECK(digits.size() >= 6, QStringLiteral("short number shown: ") + detail);
    FUZZ_CHECK(digits.startsWith(match.captured(1)), QStringLiteral("code is not the number's start: ") + detail);
    FUZZ_CHECK(digits.endsWith(match.captured(2)), QStringLiteral("last four are not the number's end: ") + detail);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text;
    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe) {
        const qsizetype units = static_cast<qsizetype>((size - 2) / 2);
        text.resize(units);
        for (qsizetype i = 0; i < units; ++i)
            text[i] = QChar(static_cast<char16_t>(data[2 + 2 * i] | (data[3 + 2 * i] << 8)));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
        for (QChar &c : text) {
            if (c == QChar(0x01))
                c = QChar(0xD800);
            else if (c == QChar(0x02))
                c = QChar(0xDC00);
        }
    }

    const QString out = Redaction::scrub(text);
    const QString in = qashfuzz::withValidUtf16(text);
    const QString checked = qashfuzz::withValidUtf16(out);

    for (auto it = emailPattern().globalMatch(in); it.hasNext();) {
        const QString email = it.next().captured();
        FUZZ_CHECK(!checked.contains(email), QStringLiteral("email [%1] kept: ").arg(email) + shown(in, checked));
    }
    checkNoMatch(emailPattern(), checked, shown(in, checked));

    for (auto it = secretPattern().globalMatch(in); it.hasNext();) {
        const QString secret = it.next().captured();
        FUZZ_CHECK(!checked.contains(secret), QStringLiteral("secret [%1] kept: ").arg(secret) + shown(in, checked));
    }
    checkNoMatch(secretPattern(), checked, shown(in, checked));

    for (auto it = headerPattern().globalMatch(checked); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // "/[…]" is the tail the URL step writes: "http://hX-Api-Key=" ends a
        // host with an empty header, which no step saw as a header.
        const QString value = match.captured(2);
        FUZZ_CHECK(value == QLatin1String("[redacted]") || value == QStringLiteral("/[…]"),
                   QStringLiteral("header [%1] kept: ").arg(match.captured()) + shown(in, checked));
    }

    const QString maskedEmail = qashfuzz::withValidUtf16(Redaction::maskEmail(text));
    checkNoMatch(emailPattern(), maskedEmail, shown(in, maskedEmail));
    checkMaskedPhone(text, Redaction::maskPhone(text));
    const qsizetype half = text.size() / 2;
    const QString contact = qashfuzz::withValidUtf16(Redaction::maskedContact(text.left(half), text.mid(half)));
    checkNoMatch(emailPattern(), contact, shown(in, contact));
    return 0;
}

// Why the scrub() invariants hold (for valid UTF-16). scrub() runs, in order:
// headers, secrets, URLs, emails, phones, each a global replace.
//  - After a global replace no match of that pattern is left: a match lying
//    wholly in unchanged text would have been found by the scan, and the
//    replacement texts ("[email]", "qash_secret_[redacted]", "[phone]",
//    "[…]") start or end in brackets, which no pattern's character classes
//    hold, so no match can straddle one.
//  - Later steps do not bring a match back: the URL step keeps the scheme and
//    host verbatim and drops the rest; the email and phone steps insert only
//    bracketed words. So secrets and emails stay gone, and an output that holds
//    no match holds no input email or secret either (they are matches).
//  - A header value is everything up to the next whitespace, so the header
//    step leaves "[redacted]" followed by whitespace or the end, which no later
//    step touches. A header with no value is no match; if it ends a URL's host
//    ("http://hX-Api-Key="), the URL step appends "/[…]", which then reads as
//    its value: a placeholder, not input text.
//  - maskEmail writes "***" right after the domain's first character, so the
//    domain part of the pattern cannot match; maskPhone keeps the calling
//    code libphonenumber finds (else the first digit) and four final digits.
