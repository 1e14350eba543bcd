#pragma once

#include <QLoggingCategory>
#include <QString>

// Log categories of the app. Messages carry events and ids only: never names,
// emails, phones, birth dates, secrets or full URLs. Whatever slips through
// anyway is scrubbed by the message handler below, the one choke point.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace qash::Logging {

// Routes every Qt message through Redaction::scrub into a size-capped log
// file that rotates (`path`, `path`.1 … `path`.`keepFiles`), and on to
// stderr. Returns false (logging to stderr only) if the file cannot be opened.
bool installLogFile(const QString &path, qint64 maxBytes = 1024 * 1024, int keepFiles = 3);
void uninstallLogFile();

} // namespace qash::Logging
