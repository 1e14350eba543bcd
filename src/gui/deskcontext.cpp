#include "deskcontext.h"

#include "api/partnerapi.h"
#include "mainwindow.h"
#include "onboarding/onboardingflow.h"
#include "recentonboardings.h"
#include "settingsdialog.h"
#include "storage/appsettings.h"
#include "storage/journal.h"
#include "storage/secretstore.h"
#include "uilanguage.h"

namespace qash {

namespace {

constexpr int DemoPollIntervalMs = 1500;

} // namespace

DeskContext::DeskContext(QNetworkAccessManager *network, std::unique_ptr<AppSettings> settings,
                         std::unique_ptr<SecretStore> secrets, const DeskOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::move(settings))
    , m_language(std::make_unique<UiLanguage>())
    , m_secrets(std::move(secrets))
    , m_api(std::make_unique<PartnerApi>(network))
{
    Q_ASSERT(m_settings);
    Q_ASSERT(m_secrets);
    m_api->setBaseUrl(baseUrl());
    m_flow = std::make_unique<OnboardingFlow>(m_api.get(), linkPolicy());
    if (!m_options.journalPath.isEmpty()) {
        m_journal = std::make_unique<Journal>(m_options.journalPath, m_settings->retentionDays());
        m_flow->setJournal(m_journal.get());
    }
    // Before the window exists, so it is built in the right language.
    m_language->apply(m_settings->uiLanguage());
    m_window = std::make_unique<MainWindow>(m_flow.get(), m_settings.get());
    m_window->setDemoMode(m_options.demo);

    connect(m_settings.get(), &AppSettings::changed, this, &DeskContext::applySettings);
    connect(m_secrets.get(), &SecretStore::loaded, this, &DeskContext::onCredentialsLoaded);
    connect(m_secrets.get(), &SecretStore::unavailable, this,
            [this](const QString &reason) { updateSessionOnlyBanner(reason); });
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DeskContext::openSettings);
    connect(m_window.get(), &MainWindow::recentOnboardingsRequested, this, &DeskContext::openRecentOnboardings);

    applySettings();
    updateSessionOnlyBanner();
    m_secrets->load();
}

DeskContext::~DeskContext()
{
    // The window follows the flow; it goes first (member order does that too,
    // but a dialog it parents must not outlive the flow either).
    m_window.reset();
    m_flow.reset();
}

QUrl DeskContext::baseUrl() const
{
    return m_options.baseUrlOverride.isEmpty() ? m_settings->baseUrl() : m_options.baseUrlOverride;
}

LinkPolicy DeskContext::linkPolicy() const
{
    QStringList domains = LinkPolicy::defaultDomains();
    if (!m_options.demo)
        domains += m_settings->extraLinkDomains();
    return LinkPolicy(domains, m_options.demo || m_options.allowLoopbackLinks);
}

void DeskContext::applySettings()
{
    m_language->apply(m_settings->uiLanguage());
    m_api->setBaseUrl(baseUrl());
    m_flow->setLinkPolicy(linkPolicy());
    m_flow->setPollInterval(m_options.pollIntervalMs > 0 ? m_options.pollIntervalMs
                            : m_options.demo          ? DemoPollIntervalMs
                                                      : m_settings->pollIntervalMs());
}

void DeskContext::onCredentialsLoaded(const Credentials &credentials)
{
    m_api->setCredentials(credentials);
    if (!m_loaded) {
        m_loaded = true;
        emit credentialsLoaded();
    }
}

void DeskContext::updateSessionOnlyBanner(const QString &reason)
{
    // Only a keychain that turned out unusable is news to staff; the demo and
    // the environment variables are session-only by design.
    const bool sessionOnly = m_secrets->backend() == SecretStore::Backend::Keychain && !m_secrets->persists();
    m_window->setSessionOnlyCredentials(sessionOnly, reason);
}

void DeskContext::openRecentOnboardings()
{
    RecentOnboardings::showFor(m_journal.get(), m_flow.get(), m_window.get());
}

void DeskContext::openSettings()
{
    SettingsDialog::CredentialsContext context;
    context.backend = m_secrets->backend();
    context.persists = m_secrets->persists();
    context.present = m_api->hasCredentials();
    context.demo = m_options.demo;
    context.baseUrlOverride = m_options.baseUrlOverride;

    auto *dialog = new SettingsDialog(m_settings.get(), context, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->forgetCredentials()) {
            m_secrets->clear();
            m_api->setCredentials({});
        }
        if (const auto credentials = dialog->newCredentials()) {
            // In use at once; the store answers later (and reports a keychain
            // that cannot keep them, which shows the session-only banner).
            m_api->setCredentials(*credentials);
            m_secrets->save(*credentials);
        }
    });
    dialog->open();
}

} // namespace qash
