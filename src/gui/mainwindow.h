#pragma once

#include "api/apitypes.h"
#include "onboarding/onboardingflow.h"

#include <QMainWindow>
#include <QTime>

#include <memory>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

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
    // The steps of one onboarding as the demo's tips walk a trainee through them.
    enum class DemoStep { None, FillForm, Submit, OpenLink, CompleteOnSandbox, NextCustomer };
    Q_ENUM(DemoStep)

    // Neither is owned; both must outlive the window.
    MainWindow(OnboardingFlow *flow, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The demo banner, tips and title; the demo needs no credentials.
    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demo; }
    // A banner for desks whose keychain does not work: what staff type in
    // Settings is forgotten when the app closes.
    void setSessionOnlyCredentials(bool sessionOnly, const QString &reason = {});

    CustomerForm *customerForm() const;
    HandOffPanel *handOffPanel() const;
    MessageBar *messageBar() const;
    QString statusText() const;
    // The tip on screen in the demo (None when hidden or dismissed).
    DemoStep demoTip() const { return m_shownTip; }

    // Clears every field, the hand-off and all messages, and resets the flow.
    void nextCustomer();

signals:
    // Staff asked for the settings dialog (menu, or the button under a 401).
    void settingsRequested();
    // Staff asked for Recent onboardings (Desk menu).
    void recentOnboardingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What the message bar shows, so it can be said again in another language.
    enum class Message { None, Failure, AlreadyStarted };

    void setUpActions();
    void applySettings();
    void startVerification(const ValidatedCustomer &customer);
    void onStateChanged(OnboardingFlow::State state);
    void onVerificationReady(const KycSession &session);
    void onAlreadyStarted();
    void onStatusCheckTrouble(const ApiError &error);
    void onFailed(OnboardingFlow::Failure failure, const ApiError &error);
    void showFailure(OnboardingFlow::Failure failure, const ApiError &error);
    void showConnectionProblem(OnboardingFlow::Failure failure, const ApiError &error);
    void showAlreadyStarted();
    void clearMessage();
    void addRetryButton();
    void updateStatusLine();
    void updateStatusNote();
    void updatePageHint();
    void updateActions();
    void updateLanguageMenu();
    void updateDemoGuide();
    void dismissDemoTip();
    QString demoTipText(DemoStep step) const;
    void showAbout();
    void retranslate();
    void retranslateMessages();
    void applyTones();

    std::unique_ptr<Ui::MainWindow> m_ui;
    OnboardingFlow *m_flow;
    AppSettings *m_settings;
    QActionGroup *m_languages;
    bool m_demo = false;
    bool m_sessionOnlyCredentials = false;
    QString m_sessionOnlyReason;
    // The last step under way, to say what failed ("Could not register...").
    OnboardingFlow::State m_lastBusyState = OnboardingFlow::State::Idle;
    // A user this desk registered in the current onboarding: starting again
    // after a failure must not register them twice.
    QString m_registeredUserId;

    Message m_message = Message::None;
    OnboardingFlow::Failure m_failure = OnboardingFlow::Failure::None;
    ApiError m_failureError;
    QTime m_statusTroubleTime; // null: no trouble to report

    // Demo tips: the one on screen, the ones waved away, and whether the
    // trainee already opened the link (step 3 done).
    DemoStep m_shownTip = DemoStep::None;
    unsigned m_dismissedTips = 0; // one bit per DemoStep
    bool m_linkOpened = false;
};

} // namespace qash
