#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "qash.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "qash.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "qash.storage", QtInfoMsg)
