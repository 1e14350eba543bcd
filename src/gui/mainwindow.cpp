#include "mainwindow.h"

#include "customerform.h"
#include "handoffpanel.h"
#include "messagebar.h"
#include "storage/appsettings.h"
#include "theme.h"
#include "uilanguage.h"
#include "ui_mainwindow.h"

#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>

namespace qash {

namespace {

unsigned tipBit(MainWindow::DemoStep step)
{
    return 1u << unsigned(step);
}

const QKeySequence DismissKeys(Qt::Key_Escape);

// The statuses the API documents, in the staff's language; anything else as
// the server sent it.
QString statusWord(const QString &status)
{
    if (status.isEmpty() || status == QLatin1String("pending"))
        return MainWindow::tr("pending", "customer status");
    if (status == QLatin1String("active"))
        return MainWindow::tr("active", "customer status");
    if (status == QLatin1String("suspended"))
        return MainWindow::tr("suspended", "customer status");
    if (status == QLatin1String("banned"))
        return MainWindow::tr("banned", "customer status");
    return status;
}

} // namespace

MainWindow::MainWindow(OnboardingFlow *flow, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_flow(flow)
    , m_settings(settings)
    , m_languages(new QActionGroup(this))
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
    m_ui->demoGuide->setClosable(true, DismissKeys);
    applyTones();

    setUpActions();

    connect(m_ui->customerForm, &CustomerForm::submitted, this, &MainWindow::startVerification);
    connect(m_ui->customerForm, &CustomerForm::validityChanged, this, &MainWindow::updateDemoGuide);
    connect(m_ui->handOffPanel, &HandOffPanel::linkOpened, this, [this] {
        m_linkOpened = true;
        updateDemoGuide();
    });
    connect(m_ui->demoGuide, &MessageBar::dismissed, this, &MainWindow::dismissDemoTip);

    connect(m_flow, &OnboardingFlow::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_flow, &OnboardingFlow::userRegistered, this,
            [this](const QString &userId) { m_registeredUserId = userId; });
    connect(m_flow, &OnboardingFlow::verificationReady, this, &MainWindow::onVerificationReady);
    connect(m_flow, &OnboardingFlow::verificationAlreadyStartedDetected, this, &MainWindow::onAlreadyStarted);
    connect(m_flow, &OnboardingFlow::statusChanged, this, [this] {
        m_statusTroubleTime = QTime();
        updateStatusNote();
        updateStatusLine();
    });
    connect(m_flow, &OnboardingFlow::statusCheckTrouble, this, &MainWindow::onStatusCheckTrouble);
    connect(m_flow, &OnboardingFlow::failed, this, &MainWindow::onFailed);

    connect(m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    applySettings();

    // A field reached with Tab, or focused after an error, is scrolled into
    // view on small screens and at large scale factors.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_ui->scrollContents->isAncestorOf(now))
            m_ui->scrollArea->ensureWidgetVisible(now);
    });

    if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableSize()));

    retranslate();
    m_ui->handOffPanel->hide();
    onStateChanged(m_flow->state());
    m_ui->customerForm->focusField(CustomerField::FirstName);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    // Standard keys where the platform has them (Ctrl+N, F5, Ctrl+O, Ctrl+Q...).
    // Copying the link is Ctrl+Shift+C: plain Ctrl+C belongs to the text
    // fields, and staff copy from them all day.
    m_ui->actionNextCustomer->setShortcut(QKeySequence::New);
    m_ui->actionRefreshStatus->setShortcut(QKeySequence::Refresh);
    // Ctrl+Shift+H ("history"): Ctrl+R is QKeySequence::Refresh on GNOME,
    // Ctrl+O opens the link, and Ctrl+H hides the application on macOS.
    m_ui->actionRecentOnboardings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->actionOpenLink->setShortcut(QKeySequence::Open);
    m_ui->actionCopyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->actionFillDemoCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    const QKeySequence preferences(QKeySequence::Preferences);
    m_ui->actionSettings->setShortcut(preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                            : preferences);
    m_ui->actionSettings->setMenuRole(QAction::PreferencesRole);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionAbout->setMenuRole(QAction::AboutRole);
    m_ui->handOffPanel->setShortcuts(m_ui->actionOpenLink->shortcut(), m_ui->actionCopyLink->shortcut());

    connect(m_ui->actionNextCustomer, &QAction::triggered, this, &MainWindow::nextCustomer);
    connect(m_ui->actionRefreshStatus, &QAction::triggered, this, [this] {
        m_statusTroubleTime = QTime();
        updateStatusNote();
        m_flow->refreshStatus();
    });
    connect(m_ui->actionOpenLink, &QAction::triggered, m_ui->handOffPanel, &HandOffPanel::openLink);
    connect(m_ui->actionCopyLink, &QAction::triggered, m_ui->handOffPanel, &HandOffPanel::copyLink);
    connect(m_ui->actionFillDemoCustomer, &QAction::triggered, m_ui->customerForm,
            &CustomerForm::fillDemoCustomer);
    connect(m_ui->actionRecentOnboardings, &QAction::triggered, this, &MainWindow::recentOnboardingsRequested);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->nextCustomerButton, &QPushButton::clicked, m_ui->actionNextCustomer, &QAction::trigger);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_ui->actionRefreshStatus, &QAction::trigger);
    connect(m_ui->actionDemoTips, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_dismissedTips = 0; // asking for the tips again brings back the dismissed ones
        updateDemoGuide();
    });

    // The language switch: saved like any setting; DeskContext installs the
    // translators, and every widget retranslates itself on LanguageChange.
    m_ui->actionLanguageSystem->setData(QString());
    m_ui->actionLanguageEnglish->setData(QStringLiteral("en"));
    m_ui->actionLanguageSpanish->setData(QStringLiteral("es"));
    for (QAction *action : {m_ui->actionLanguageSystem, m_ui->actionLanguageEnglish, m_ui->actionLanguageSpanish})
        m_languages->addAction(action);
    m_languages->setExclusive(true);
    connect(m_languages, &QActionGroup::triggered, this,
            [this](QAction *action) { m_settings->setUiLanguage(action->data().toString()); });
}

void MainWindow::applySettings()
{
    CustomerForm *form = m_ui->customerForm;
    form->setDefaultRegion(m_settings->defaultRegion());
    // The customer's language is theirs, sent to the API; it only starts out
    // as the desk's UI language unless the desk sets a default of its own.
    const QString customerLanguage = m_settings->customerLanguage();
    form->setDefaultLanguage(customerLanguage.isEmpty() ? UiLanguage::resolve(m_settings->uiLanguage())
                                                        : customerLanguage);
    updateLanguageMenu();
}

void MainWindow::updateLanguageMenu()
{
    const QString setting = UiLanguage::available().contains(m_settings->uiLanguage()) ? m_settings->uiLanguage()
                                                                                       : QString();
    const QList<QAction *> actions = m_languages->actions();
    for (QAction *action : actions) {
        action->setChecked(action->data().toString() == setting);
        // An administrator may fix the language for every desk.
        action->setEnabled(!m_settings->isLocked(AppSettings::UiLanguageKey));
    }
}

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
    m_ui->actionFillDemoCustomer->setVisible(demo);
    m_ui->actionFillDemoCustomer->setEnabled(demo);
    m_ui->actionDemoTips->setVisible(demo);
    retranslate();
}

void MainWindow::setSessionOnlyCredentials(bool sessionOnly, const QString &reason)
{
    m_sessionOnlyCredentials = sessionOnly;
    m_sessionOnlyReason = reason;
    retranslate();
}

// Everything set from code rather than the .ui file, again in the current language.
void MainWindow::retranslate()
{
    // The window title names the app and the mode, never a customer.
    setWindowTitle(m_demo ? tr("Qash Desk — Demo") : tr("Qash Desk"));
    if (m_demo) {
        m_ui->demoBanner->showMessage(MessageBar::Kind::Information,
                                      tr("Demo mode: a built-in sandbox on this computer. No real customers, "
                                         "nothing leaves this computer."));
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

    m_ui->nextCustomerButton->setToolTip(theme::withShortcut(tr("Clear everything for the next customer"),
                                                             m_ui->actionNextCustomer->shortcut()));
    m_ui->refreshButton->setToolTip(theme::withShortcut(tr("Ask the server for the customer's status now"),
                                                        m_ui->actionRefreshStatus->shortcut()));
    m_ui->actionLanguageSystem->setText(
            tr("&System language (%1)").arg(UiLanguage::nativeName(UiLanguage::resolve(QString()))));

    updateStatusNote();
    updateStatusLine();
    updatePageHint();
    updateDemoGuide();
}

// The message and the tip on screen, said again in the new language.
void MainWindow::retranslateMessages()
{
    const QList<QPushButton *> before = m_ui->messageBar->buttons();
    const qsizetype focused = before.indexOf(qobject_cast<QPushButton *>(QApplication::focusWidget()));
    switch (m_message) {
    case Message::Failure: showFailure(m_failure, m_failureError); break;
    case Message::AlreadyStarted: showAlreadyStarted(); break;
    case Message::None: break;
    }
    // Its buttons are new ones: keep the keyboard where it was.
    const QList<QPushButton *> after = m_ui->messageBar->buttons();
    if (focused >= 0 && focused < after.size())
        after.at(focused)->setFocus(Qt::OtherFocusReason);
    m_shownTip = DemoStep::None;
    updateDemoGuide();
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
    clearMessage();
    m_statusTroubleTime = QTime();
    updateStatusNote();
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
    updateDemoGuide();
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
    updateActions();
    // Keyboard users land on the hand-off: Enter or Space opens the link.
    m_ui->handOffPanel->focusOpenButton();
    // Only a link this desk just received opens by itself: a resumed or
    // already-started verification was handed off before.
    if (m_settings->autoOpenLink() && !m_flow->isResumed() && !m_flow->verificationAlreadyStarted())
        m_ui->handOffPanel->openLink();
    updateDemoGuide();
}

void MainWindow::onAlreadyStarted()
{
    showAlreadyStarted();
}

void MainWindow::showAlreadyStarted()
{
    m_message = Message::AlreadyStarted;
    m_ui->messageBar->showMessage(
            MessageBar::Kind::Warning,
            tr("Verification was already started for this customer. The status above updates by itself; "
               "the customer can finish with the link they were given before."));
}

void MainWindow::clearMessage()
{
    m_message = Message::None;
    m_ui->messageBar->clearMessage();
}

void MainWindow::onStatusCheckTrouble(const ApiError &error)
{
    Q_UNUSED(error);
    // A blip while watching: the flow keeps trying, so this is a note, not an alarm.
    m_statusTroubleTime = QTime::currentTime();
    updateStatusNote();
}

void MainWindow::updateStatusNote()
{
    if (m_statusTroubleTime.isNull()) {
        m_ui->statusNoteLabel->clear();
        m_ui->statusNoteLabel->hide();
        return;
    }
    m_ui->statusNoteLabel->setText(tr("Could not check the status at %1; still trying.")
                                           .arg(QLocale().toString(m_statusTroubleTime, QLocale::ShortFormat)));
    m_ui->statusNoteLabel->show();
}

void MainWindow::onFailed(OnboardingFlow::Failure failure, const ApiError &error)
{
    using Failure = OnboardingFlow::Failure;
    CustomerForm *form = m_ui->customerForm;

    switch (failure) {
    case Failure::UnknownUser:
        form->setServerError(CustomerField::UserId, tr("No such customer for this partner."));
        break;
    case Failure::DuplicateEmail:
        form->setServerError(CustomerField::Email, tr("This email is already registered."));
        break;
    case Failure::RejectedByServer:
        // The server's own words, as plain text, under the field they are about.
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it) {
            if (const auto which = CustomerForm::fieldForApiName(it.key()))
                form->setServerError(*which, it.value());
        }
        break;
    default:
        break;
    }
    showFailure(failure, error);

    // Keyboard users continue where the problem is: the first field the
    // server objected to, else the first action offered (Retry, Settings).
    if (form->focusFirstFieldInError())
        return;
    const QList<QPushButton *> buttons = m_ui->messageBar->buttons();
    if (!buttons.isEmpty())
        buttons.constFirst()->setFocus(Qt::OtherFocusReason);
}

// The message for a failure; kept (with the error) so a language switch can
// say it again. The server's own words stay as the server sent them.
void MainWindow::showFailure(OnboardingFlow::Failure failure, const ApiError &error)
{
    using Failure = OnboardingFlow::Failure;
    MessageBar *bar = m_ui->messageBar;
    m_message = Message::Failure;
    m_failure = failure;
    m_failureError = error;

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
    case Failure::UnknownUser:
        bar->showMessage(MessageBar::Kind::Error,
                         tr("No such customer for this partner.") + QLatin1Char(' ')
                                 + tr("Check the Qash user ID, or leave it empty to register the customer."));
        break;
    case Failure::DuplicateEmail: {
        bar->showMessage(MessageBar::Kind::Warning,
                         tr("This email is already registered. If this customer registered before, enter "
                            "their Qash user ID to start their verification."));
        QPushButton *useId = bar->addButton(tr("Enter their Qash user ID"));
        CustomerForm *form = m_ui->customerForm;
        connect(useId, &QPushButton::clicked, this, [form] { form->focusField(CustomerField::UserId); });
        break;
    }
    case Failure::RejectedByServer: {
        bool placed = false;
        for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
            placed = placed || CustomerForm::fieldForApiName(it.key()).has_value();
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
        m_message = Message::None;
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
        text += QLatin1Char(' ') + tr("The request may have reached the server. Retrying is safe: the server refuses a second registration of the same email and a second verification of the same customer.");
    m_ui->messageBar->showMessage(MessageBar::Kind::Error, text);
    if (m_flow->canRetry())
        addRetryButton();
}

void MainWindow::addRetryButton()
{
    QPushButton *retry = m_ui->messageBar->addButton(tr("Retry"));
    connect(retry, &QPushButton::clicked, this, [this] {
        clearMessage();
        m_flow->retry();
    });
}

void MainWindow::updateStatusLine()
{
    using State = OnboardingFlow::State;
    const QString status = statusWord(m_flow->userStatus());
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
    theme::setTextTone(m_ui->statusLabel, tone);
    if (m_ui->statusLabel->text() == text)
        return;
    m_ui->statusLabel->setText(text);
    // The label's accessible name is its text: screen readers that follow
    // the window hear "Verified — the customer is active" when it happens.
    QAccessibleEvent event(m_ui->statusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
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
    const bool hasLink = m_ui->handOffPanel->link().isValid();
    m_ui->actionOpenLink->setEnabled(hasLink);
    m_ui->actionCopyLink->setEnabled(hasLink);
}

void MainWindow::nextCustomer()
{
    m_flow->reset();
    m_registeredUserId.clear();
    m_lastBusyState = OnboardingFlow::State::Idle;
    m_linkOpened = false;
    m_ui->customerForm->clear();
    m_ui->handOffPanel->clear();
    m_ui->handOffPanel->hide();
    clearMessage();
    m_statusTroubleTime = QTime();
    updateStatusNote();
    updateStatusLine();
    updatePageHint();
    updateActions();
    updateDemoGuide();
    m_ui->customerForm->focusField(CustomerField::FirstName);
}

// The demo's tips follow the onboarding: what the trainee should do next.
void MainWindow::updateDemoGuide()
{
    using State = OnboardingFlow::State;
    DemoStep step = DemoStep::None;
    if (m_demo && m_ui->actionDemoTips->isChecked()) {
        switch (m_flow->state()) {
        case State::Idle:
        case State::Failed:
            step = m_ui->customerForm->isValid() ? DemoStep::Submit : DemoStep::FillForm;
            break;
        case State::WaitingForCustomer:
            // Without a link (409: started elsewhere) there is nothing to open.
            if (m_ui->handOffPanel->link().isValid())
                step = m_linkOpened ? DemoStep::CompleteOnSandbox : DemoStep::OpenLink;
            break;
        case State::Active:
        case State::Suspended:
        case State::Banned:
            step = DemoStep::NextCustomer;
            break;
        case State::Registering:
        case State::StartingKyc:
            break;
        }
    }
    if (m_dismissedTips & tipBit(step))
        step = DemoStep::None;
    if (step == m_shownTip)
        return;
    m_shownTip = step;
    if (step == DemoStep::None)
        m_ui->demoGuide->clearMessage();
    else
        m_ui->demoGuide->showMessage(MessageBar::Kind::Tip, demoTipText(step));
}

QString MainWindow::demoTipText(DemoStep step) const
{
    const auto keys = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    switch (step) {
    case DemoStep::FillForm:
        return tr("Step 1 of 5: type the customer's details. To practise quickly, press %1 to fill in a "
                  "made-up customer.")
                .arg(keys(m_ui->actionFillDemoCustomer));
    case DemoStep::Submit:
        return tr("Step 2 of 5: the details are complete. Press Enter to register the customer and create "
                  "their verification link.");
    case DemoStep::OpenLink:
        return tr("Step 3 of 5: the customer scans the QR code with their phone. Here you play the customer: "
                  "press %1 to open the link on this computer.")
                .arg(keys(m_ui->actionOpenLink));
    case DemoStep::CompleteOnSandbox:
        return tr("Step 4 of 5: on the sandbox page in the browser, press \"Complete verification\". The "
                  "status here changes by itself.");
    case DemoStep::NextCustomer:
        return tr("Step 5 of 5: the customer is verified. Press %1 to clear the screen for the next customer.")
                .arg(keys(m_ui->actionNextCustomer));
    case DemoStep::None:
        break;
    }
    return {};
}

void MainWindow::dismissDemoTip()
{
    if (m_shownTip == DemoStep::None)
        return;
    m_dismissedTips |= tipBit(m_shownTip);
    m_shownTip = DemoStep::None;
    m_ui->demoGuide->clearMessage();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape only ever waves away a tip; it never clears what staff typed
    // (the fields ignore it and it ends up here).
    if (event->matches(QKeySequence::Cancel) && m_shownTip != DemoStep::None) {
        dismissDemoTip();
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
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
        retranslateMessages();
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
