#include "mainwindow.h"

#include "customerform.h"
#include "handoffpanel.h"
#include "messagebar.h"
#include "storage/appsettings.h"
#include "theme.h"
#include "ui_mainwindow.h"

#include <QEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTime>

namespace qash {

MainWindow::MainWindow(OnboardingFlow *flow, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_flow(flow)
    , m_settings(settings)
{
    Q_ASSERT(m_flow);
    Q_ASSERT(m_settings);
    m_ui->setupUi(this);

    theme::scaleFont(m_ui->customerHeading, 1.3, true);
    theme::scaleFont(m_ui->verificationHeading, 1.3, true);
    theme::scaleFont(m_ui->statusLabel, 1.15);
    theme::setUpHintLabel(m_ui->pageHintLabel);
    theme::setUpHintLabel(m_ui->statusNoteLabel);
    m_ui->statusNoteLabel->hide();
    applyTones();

    // Standard keys where the platform has them (Ctrl+N, F5, Ctrl+Q...).
    m_ui->actionNextCustomer->setShortcut(QKeySequence::New);
    m_ui->actionRefreshStatus->setShortcut(QKeySequence::Refresh);
    const QKeySequence preferences(QKeySequence::Preferences);
    m_ui->actionSettings->setShortcut(preferences.isEmpty() ? QKeySequence(tr("Ctrl+,")) : preferences);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);

    connect(m_ui->actionNextCustomer, &QAction::triggered, this, &MainWindow::nextCustomer);
    connect(m_ui->actionRefreshStatus, &QAction::triggered, this, [this] {
        m_ui->statusNoteLabel->hide();
        m_flow->refreshStatus();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->nextCustomerButton, &QPushButton::clicked, m_ui->actionNextCustomer, &QAction::trigger);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_ui->actionRefreshStatus, &QAction::trigger);

    connect(m_ui->customerForm, &CustomerForm::submitted, this, &MainWindow::startVerification);

    connect(m_flow, &OnboardingFlow::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_flow, &OnboardingFlow::userRegistered, this,
            [this](const QString &userId) { m_registeredUserId = userId; });
    connect(m_flow, &OnboardingFlow::verificationReady, this, &MainWindow::onVerificationReady);
    connect(m_flow, &OnboardingFlow::verificationAlreadyStartedDetected, this, &MainWindow::onAlreadyStarted);
    connect(m_flow, &OnboardingFlow::statusChanged, this, [this] {
        m_ui->statusNoteLabel->hide();
        updateStatusLine();
    });
    connect(m_flow, &OnboardingFlow::statusCheckTrouble, this, &MainWindow::onStatusCheckTrouble);
    connect(m_flow, &OnboardingFlow::failed, this, &MainWindow::onFailed);

    auto applySettings = [this] { m_ui->customerForm->setDefaultRegion(m_settings->defaultRegion()); };
    connect(m_settings, &AppSettings::changed, this, applySettings);
    applySettings();

    if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableSize()));

    retranslate();
    m_ui->handOffPanel->hide();
    onStateChanged(m_flow->state());
    m_ui->customerForm->focusField(CustomerField::FirstName);
}

MainWindow::~MainWindow() = default;

CustomerForm *MainWindow::customerForm() const
{
    return m_ui->customerForm;
}

HandOffPanel *MainWindow::handOffPanel() const
{
    return m_ui->handOffPanel;
}

MessageBar *MainWindow::messageBar() const
{
    return m_ui->messageBar;
}

QString MainWindow::statusText() const
{
    return m_ui->statusLabel->text();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    retranslate();
}

void MainWindow::setSessionOnlyCredentials(bool sessionOnly, const QString &reason)
{
    m_sessionOnlyCredentials = sessionOnly;
    m_sessionOnlyReason = reason;
    retranslate();
}

void MainWindow::retranslate()
{
    // The window title names the app and the mode, never a customer.
    setWindowTitle(m_demo ? tr("Qash Desk — Demo") : tr("Qash Desk"));
    if (m_demo) {
        m_ui->demoBanner->showMessage(
                MessageBar::Kind::Information,
                tr("Demo mode: built-in sandbox, no real customers. Open the verification link on this "
                   "computer and press the button on that page to play the customer's part."));
    } else {
        m_ui->demoBanner->clearMessage();
    }
    if (m_sessionOnlyCredentials) {
        QString text = tr("Credentials are kept for this session only: this computer's keychain cannot "
                          "store them, so they must be entered again after a restart.");
        if (!m_sessionOnlyReason.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(m_sessionOnlyReason);
        m_ui->credentialsBanner->showMessage(MessageBar::Kind::Warning, text);
    } else {
        m_ui->credentialsBanner->clearMessage();
    }
    updateStatusLine();
}

void MainWindow::startVerification(const ValidatedCustomer &validated)
{
    ValidatedCustomer customer = validated;
    if (m_flow->state() != OnboardingFlow::State::Idle) {
        // Starting again after a failure (staff corrected a field, or gave a
        // user ID after "already registered"). The flow only starts from
        // Idle; a user it registered already is carried over so the retry
        // goes straight to verification instead of registering twice.
        if (customer.existingUserId.isEmpty() && !m_registeredUserId.isEmpty())
            customer.existingUserId = m_registeredUserId;
        m_flow->reset();
    }
    m_ui->messageBar->clearMessage();
    m_ui->statusNoteLabel->hide();
    m_ui->customerForm->clearServerErrors();
    // Keep keyboard focus off "Next customer" while the form locks itself:
    // a stray Space must not wipe a customer whose onboarding is under way.
    m_ui->centralWidget->setFocus(Qt::OtherFocusReason);
    m_flow->start(customer);
}

void MainWindow::onStateChanged(OnboardingFlow::State state)
{
    using State = OnboardingFlow::State;
    switch (state) {
    case State::Registering:
    case State::StartingKyc:
    case State::WaitingForCustomer:
        m_lastBusyState = state;
        break;
    case State::Active:
        // Done: the natural next key press is "Next customer".
        m_ui->nextCustomerButton->setFocus(Qt::OtherFocusReason);
        break;
    default:
        break;
    }
    // The form is editable before a start and after a failure (to correct a
    // field); in between it shows what was sent.
    m_ui->customerForm->setLocked(state != State::Idle && state != State::Failed);
    switch (state) {
    case State::Idle:
        m_ui->handOffPanel->clear();
        m_ui->handOffPanel->hide();
        break;
    case State::Active:
    case State::Suspended:
    case State::Banned:
        // The link has done its job (or cannot help): take it off the screen.
        m_ui->handOffPanel->clear();
        m_ui->handOffPanel->hide();
        break;
    default:
        break;
    }
    updateStatusLine();
    updatePageHint();
    updateActions();
}

void MainWindow::updatePageHint()
{
    using State = OnboardingFlow::State;
    QString hint;
    switch (m_flow->state()) {
    case State::Idle:
        hint = tr("When the details are complete, press Start verification. The verification link then "
                  "appears here as a QR code for the customer's phone.");
        break;
    case State::Active:
        hint = tr("The customer can use Qash now. Press Next customer to clear the screen.");
        break;
    case State::Suspended:
    case State::Banned:
        hint = tr("Verification cannot continue for this account. Press Next customer to clear the screen.");
        break;
    default:
        break;
    }
    m_ui->pageHintLabel->setText(hint);
    m_ui->pageHintLabel->setVisible(!hint.isEmpty());
}

void MainWindow::onVerificationReady(const KycSession &session)
{
    m_ui->handOffPanel->setSession(session);
    m_ui->handOffPanel->show();
    if (m_settings->autoOpenLink())
        m_ui->handOffPanel->openLink();
}

void MainWindow::onAlreadyStarted()
{
    m_ui->messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("Verification was already started for this customer. The status above updates by itself; "
               "the customer can finish with the link they were given before."));
}

void MainWindow::onStatusCheckTrouble(const ApiError &error)
{
    Q_UNUSED(error);
    // A blip while watching: the flow keeps trying, so this is a note, not an alarm.
    m_ui->statusNoteLabel->setText(
            tr("Could not check the status at %1; still trying.")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_ui->statusNoteLabel->show();
}

void MainWindow::onFailed(OnboardingFlow::Failure failure, const ApiError &error)
{
    using Failure = OnboardingFlow::Failure;
    MessageBar *bar = m_ui->messageBar;
    CustomerForm *form = m_ui->customerForm;

    switch (failure) {
    case Failure::Unauthorized: {
        bar->showMessage(MessageBar::Kind::Error,
                         tr("The API key or secret was rejected. Check them in Settings."));
        QPushButton *settings = bar->addButton(tr("Open Settings"));
        connect(settings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
        if (m_flow->canRetry())
            addRetryButton();
        break;
    }
    case Failure::UnknownUser: {
        const QString text = tr("No such customer for this partner.");
        bar->showMessage(MessageBar::Kind::Error,
                         text + QLatin1Char(' ')
                                 + tr("Check the Qash user ID, or leave it empty to register the customer."));
        form->setServerError(CustomerField::UserId, text);
        form->focusField(CustomerField::UserId);
        break;
    }
    case Failure::DuplicateEmail: {
        bar->showMessage(MessageBar::Kind::Warning,
                         tr("This email is already registered. If this customer registered before, enter "
                            "their Qash user ID to start their verification."));
        form->setServerError(CustomerField::Email, tr("This email is already registered."));
        QPushButton *useId = bar->addButton(tr("Enter their Qash user ID"));
        connect(useId, &QPushButton::clicked, this, [form] { form->focusField(CustomerField::UserId); });
        break;
    }
    case Failure::RejectedByServer: {
        // The server's own words, as plain text, under the field they are about.
        bool placed = false;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            if (const auto which = CustomerForm::fieldForApiName(it.key())) {
                form->setServerError(*which, it.value());
                placed = true;
            }
        }
        QString text = error.message.trimmed();
        if (text.isEmpty()) {
            text = placed ? tr("The server did not accept the details marked in the form.")
                          : tr("The server did not accept the request (HTTP %1).").arg(error.httpStatus);
        }
        bar->showMessage(MessageBar::Kind::Error, text);
        break;
    }
    case Failure::LinkRefused: {
        const QString host = m_flow->refusedLinkHost();
        bar->showMessage(MessageBar::Kind::Error,
                         host.isEmpty() ? tr("The server returned a link this app will not open.")
                                        : tr("The server returned a link this app will not open (%1).").arg(host));
        break;
    }
    case Failure::Network:
    case Failure::Timeout:
    case Failure::Tls:
    case Failure::ServerError:
    case Failure::MalformedResponse:
        showConnectionProblem(failure, error);
        break;
    case Failure::None:
        break;
    }
}

void MainWindow::showConnectionProblem(OnboardingFlow::Failure failure, const ApiError &error)
{
    using Failure = OnboardingFlow::Failure;
    using State = OnboardingFlow::State;

    QString what;
    switch (m_lastBusyState) {
    case State::Registering: what = tr("Could not register the customer"); break;
    case State::StartingKyc: what = tr("Could not start the verification"); break;
    case State::WaitingForCustomer: what = tr("Could not check the customer's status"); break;
    default: what = tr("Could not reach Qash"); break;
    }

    QString why;
    switch (failure) {
    case Failure::Network: why = tr("the connection to the server failed"); break;
    case Failure::Timeout: why = tr("the server took too long to answer"); break;
    case Failure::Tls: why = tr("a secure connection to the server could not be made"); break;
    case Failure::ServerError:
        why = error.httpStatus > 0 ? tr("the server reported a problem (HTTP %1)").arg(error.httpStatus)
                                   : tr("the server reported a problem");
        break;
    case Failure::MalformedResponse: why = tr("the server's answer was not understood"); break;
    default: break;
    }

    QString text = tr("%1: %2.").arg(what, why);
    if (!error.message.trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("Details: %1").arg(error.message.trimmed());
    if (error.outcomeUnknown)
        text += QLatin1Char(' ') + tr("The request may have reached the server; Retry checks that first.");
    m_ui->messageBar->showMessage(MessageBar::Kind::Error, text);
    if (m_flow->canRetry())
        addRetryButton();
}

void MainWindow::addRetryButton()
{
    QPushButton *retry = m_ui->messageBar->addButton(tr("Retry"));
    connect(retry, &QPushButton::clicked, this, [this] {
        m_ui->messageBar->clearMessage();
        m_flow->retry();
    });
}

void MainWindow::updateStatusLine()
{
    using State = OnboardingFlow::State;
    const QString status = m_flow->userStatus().isEmpty() ? QStringLiteral("pending") : m_flow->userStatus();
    QString text;
    theme::Tone tone = theme::Tone::Neutral;
    switch (m_flow->state()) {
    case State::Idle:
        text = tr("No verification in progress.");
        tone = theme::Tone::Hint;
        break;
    case State::Registering: text = tr("Registering…"); break;
    case State::StartingKyc: text = tr("Starting verification…"); break;
    case State::WaitingForCustomer:
        // Unknown statuses are shown as the server sent them (plain text).
        text = tr("Waiting for the customer to finish verification (status: %1)").arg(status);
        break;
    case State::Active:
        text = tr("Verified — the customer is active");
        tone = theme::Tone::Positive;
        break;
    case State::Suspended:
        text = tr("The customer's account is suspended (status: %1)").arg(status);
        tone = theme::Tone::Warning;
        break;
    case State::Banned:
        text = tr("The customer's account is banned (status: %1)").arg(status);
        tone = theme::Tone::Error;
        break;
    case State::Failed:
        if (m_flow->session().verificationUrl.isValid() || m_flow->verificationAlreadyStarted())
            text = tr("Status checks stopped (last status: %1)").arg(status);
        else
            text = tr("Verification not started");
        tone = theme::Tone::Hint;
        break;
    }
    m_ui->statusLabel->setText(text);
    theme::setTextTone(m_ui->statusLabel, tone);
}

void MainWindow::updateActions()
{
    using State = OnboardingFlow::State;
    const State state = m_flow->state();
    const bool watching = !m_flow->userId().isEmpty()
        && (state == State::WaitingForCustomer || state == State::Active || state == State::Suspended
            || state == State::Banned);
    m_ui->actionRefreshStatus->setEnabled(watching);
    // Hidden rather than greyed out: before there is a customer to watch it
    // would only be noise beside the status line.
    m_ui->refreshButton->setVisible(watching);
}

void MainWindow::nextCustomer()
{
    m_flow->reset();
    m_registeredUserId.clear();
    m_lastBusyState = OnboardingFlow::State::Idle;
    m_ui->customerForm->clear();
    m_ui->handOffPanel->clear();
    m_ui->handOffPanel->hide();
    m_ui->messageBar->clearMessage();
    m_ui->statusNoteLabel->clear();
    m_ui->statusNoteLabel->hide();
    updateStatusLine();
    updatePageHint();
    updateActions();
    m_ui->customerForm->focusField(CustomerField::FirstName);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Qash Desk"),
                       tr("<p><b>Qash Desk %1</b></p>"
                          "<p>Registers customers with Qash and hands them their identity "
                          "verification link.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        updatePageHint();
        break;
    case QEvent::PaletteChange:
        applyTones();
        updateStatusLine();
        break;
    default:
        break;
    }
}

void MainWindow::applyTones()
{
    theme::setTextTone(m_ui->pageHintLabel, theme::Tone::Hint);
    theme::setTextTone(m_ui->statusNoteLabel, theme::Tone::Hint);
}

} // namespace qash
