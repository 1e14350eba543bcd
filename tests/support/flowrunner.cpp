// A desk without a window, for the crash tests: runs one onboarding with the
// real PartnerApi, OnboardingFlow and file journal against the base URL it is
// given, and keeps watching until it is killed.
//   flowrunner BASE_URL JOURNAL_PATH EMAIL
#include "onboarding/onboardingflow.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: flowrunner BASE_URL JOURNAL_PATH EMAIL\n");
        return 2;
    }
    QNetworkAccessManager network;
    qash::PartnerApi api(&network);
    api.setBaseUrl(QUrl(args.at(1)));
    api.setCredentials({qEnvironmentVariable("QASH_API_KEY"), qEnvironmentVariable("QASH_API_SECRET")});
    qash::Journal journal(args.at(2));
    qash::OnboardingFlow flow(&api, qash::LinkPolicy(qash::LinkPolicy::defaultDomains(), true));
    flow.setJournal(&journal);
    flow.setPollInterval(250);

    qash::ValidatedCustomer customer;
    customer.firstName = QStringLiteral("Juan");
    customer.lastName = QStringLiteral("Pérez");
    customer.email = args.at(3);
    customer.phoneE164 = QStringLiteral("+573001234567");
    customer.birthDate = QDate(1990, 4, 15);
    customer.countryCode = QStringLiteral("CO");
    customer.preferredLanguage = QStringLiteral("es");
    QObject::connect(&flow, &qash::OnboardingFlow::stateChanged, &app, [](qash::OnboardingFlow::State state) {
        std::printf("state %d\n", int(state));
        std::fflush(stdout);
    });
    flow.start(customer);
    return app.exec();
}
