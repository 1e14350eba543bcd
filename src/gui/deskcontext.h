#pragma once

#include "api/apitypes.h"
#include "security/linkpolicy.h"

#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace qash {

class AppSettings;
class Journal;
class MainWindow;
class OnboardingFlow;
class PartnerApi;
class SecretStore;
class UiLanguage;

// How this run is set up (from the command line, or by a test).
struct DeskOptions
{
    bool demo = false;                // banner and title; implies allowLoopbackLinks
    bool allowLoopbackLinks = false;  // verification links to 127.0.0.1 (a local sandbox)
    QUrl baseUrlOverride;             // --base-url or a sandbox; empty: AppSettings decides
    int pollIntervalMs = 0;           // 0: AppSettings::pollIntervalMs(), or 1500 ms in the demo
    QString journalPath;              // the onboarding journal; ":memory:" keeps nothing; empty: none
};

// Builds one desk: PartnerApi + OnboardingFlow over the given network manager,
// settings and secret store, and the MainWindow that shows them; then keeps
// them in step (settings changes and the UI language they choose, credentials
// loaded or saved, the settings dialog). main() and the GUI tests build the app the same way through it.
//
//     DeskContext desk(&network, std::move(settings), std::move(secrets), options);
//     desk.window()->show();
//
// The credentials are loaded from the store asynchronously after construction.
class DeskContext final : public QObject
{
    Q_OBJECT
public:
    DeskContext(QNetworkAccessManager *network, std::unique_ptr<AppSettings> settings,
                std::unique_ptr<SecretStore> secrets, const DeskOptions &options, QObject *parent = nullptr);
    ~DeskContext() override;

    MainWindow *window() const { return m_window.get(); }
    PartnerApi *api() const { return m_api.get(); }
    OnboardingFlow *flow() const { return m_flow.get(); }
    AppSettings *settings() const { return m_settings.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    Journal *journal() const { return m_journal.get(); }
    UiLanguage *uiLanguage() const { return m_language.get(); }
    const DeskOptions &options() const { return m_options; }

    // The link policy for these options and settings: the default domains
    // plus the admin's extra ones, loopback only in the demo.
    LinkPolicy linkPolicy() const;
    QUrl baseUrl() const;

    // Opens the settings dialog, window-modal and without blocking.
    void openSettings();
    // Opens Recent onboardings beside the window (non-modal), or raises it.
    void openRecentOnboardings();

signals:
    // The first load() of the secret store answered (for tests and startup).
    void credentialsLoaded();

private:
    void applySettings();
    void onCredentialsLoaded(const Credentials &credentials);
    void updateSessionOnlyBanner(const QString &reason = {});

    DeskOptions m_options;
    // Declared in dependency order, so they are destroyed window first.
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<UiLanguage> m_language;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PartnerApi> m_api;
    std::unique_ptr<OnboardingFlow> m_flow;
    std::unique_ptr<MainWindow> m_window;
    bool m_loaded = false;
};

} // namespace qash
