#pragma once

#include "apitypes.h"

#include <QByteArray>

// Builds the JSON bodies exactly as the API contract documents them: UTF-8,
// optional fields left out when empty.
namespace qash::RequestBuilder {

QByteArray createUserBody(const NewUserRequest &request);
QByteArray startKycBody(const KycRequest &request);

} // namespace qash::RequestBuilder
