#pragma once

#include "onboarding/onboardingflow.h"

#include <QMainWindow>

#include <memory>

namespace qash {

class AppSettings;
class CustomerForm;
class HandOffPanel;
class MessageBar;

namespace Ui {
class MainWindow;
}

// The one screen of the desk: the customer's details on the left; the
// verification (live status, messages, the hand-off) on the right.
// It follows the OnboardingFlow's signals and never touches the network.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive the window.
    MainWindow(OnboardingFlow *flow, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The demo banner and title; the demo needs no credentials.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    // A banner for desks whose keychain does not work: what staff type in
    // Settings is forgotten when the app closes.
    void setSessionOnlyCredentials(bool sessionOnly, const QString &reason = {});

    CustomerForm *customerForm() const;
    HandOffPanel *handOffPanel() const;
    MessageBar *messageBar() const;
    QString statusText() const;

    // Clears every field, the hand-off and all messages, and resets the flow.
    void nextCustomer();

signals:
    // Staff asked for the settings dialog (menu, or the button under a 401).
    void settingsRequested();

private:
    void startVerification(const ValidatedCustomer &customer);
    void onStateChanged(OnboardingFlow::State state);
    void onVerificationReady(const KycSession &session);
    void onAlreadyStarted();
    void onStatusCheckTrouble(const ApiError &error);
    void onFailed(OnboardingFlow::Failure failure, const ApiError &error);
    void showConnectionProblem(OnboardingFlow::Failure failure, const ApiError &error);
    void addRetryButton();
    void updateStatusLine();
    void updatePageHint();
    void updateActions();
    void showAbout();
    void retranslate();
    void applyTones();

    std::unique_ptr<Ui::MainWindow> m_ui;
    OnboardingFlow *m_flow;
    AppSettings *m_settings;
    bool m_demo = false;
    bool m_sessionOnlyCredentials = false;
    QString m_sessionOnlyReason;
    // The last step under way, to say what failed ("Could not register...").
    OnboardingFlow::State m_lastBusyState = OnboardingFlow::State::Idle;
    // A user this desk registered in the current onboarding: starting again
    // after a failure must not register them twice.
    QString m_registeredUserId;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace qash
