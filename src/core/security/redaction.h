#pragma once

#include <QString>

// The one place where personal data and secrets are masked before they are
// written anywhere (log file, journal).
namespace qash::Redaction {

// "juan.perez@example.com" -> "j***@e***.com"
QString maskEmail(const QString &email);
// "+573001234567" -> "+57 *** *** 4567"
QString maskPhone(const QString &e164);
// A masked contact for the journal: "j***@e***.com, +57 *** *** 4567".
QString maskedContact(const QString &email, const QString &phoneE164);

// Scrubs free text (log messages): emails, phone-like digit runs, partner
// keys and secrets, and URLs (reduced to scheme and host).
QString scrub(const QString &text);

} // namespace qash::Redaction
