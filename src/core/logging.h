#pragma once

#include <QLoggingCategory>

// Log categories of the app. Messages carry events and ids only: never names,
// emails, phones, birth dates, secrets or full URLs.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
