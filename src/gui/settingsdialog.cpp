#include "settingsdialog.h"

#include "countrynames.h"
#include "onboarding/countries.h"
#include "security/linkpolicy.h"
#include "storage/appsettings.h"
#include "theme.h"
#include "uilanguage.h"
#include "ui_settingsdialog.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

namespace qash {

SettingsDialog::SettingsDialog(AppSettings *settings, const CredentialsContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_context(context)
    , m_environments(new QButtonGroup(this))
{
    Q_ASSERT(m_settings);
    m_ui->setupUi(this);

    m_environments->addButton(m_ui->productionRadio, int(AppSettings::Environment::Production));
    m_environments->addButton(m_ui->sandboxRadio, int(AppSettings::Environment::Sandbox));
    m_environments->addButton(m_ui->customRadio, int(AppSettings::Environment::Custom));

    theme::setUpFieldLabels(this);
    theme::setUpHintLabel(m_ui->connectionNote);
    theme::setUpHintLabel(m_ui->modesLabel);
    theme::setUpHintLabel(m_ui->credentialsSourceLabel);
    theme::setUpFieldErrorLabel(m_ui->customUrlError);
    theme::setUpFieldErrorLabel(m_ui->credentialsError);
    theme::setUpFieldErrorLabel(m_ui->discardNote);
    m_ui->discardNote->hide();
    m_ui->credentialsSourceLabel->setTextFormat(Qt::PlainText);

    fillRegions();
    fillLanguages();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_environments, &QButtonGroup::idToggled, this, &SettingsDialog::updateState);
    connect(m_ui->customUrlEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->apiSecretEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        m_forget = true;
        m_ui->apiKeyEdit->setText(QString());
        m_ui->apiSecretEdit->setText(QString());
        updateSourceText();
        updateState();
    });

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillRegions()
{
    const QString current = m_ui->regionCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->regionCombo);
    m_ui->regionCombo->clear();
    for (const NamedCode &country : CountryNames::all(locale()))
        m_ui->regionCombo->addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);
    if (!current.isEmpty())
        m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(current)));
}

void SettingsDialog::fillLanguages()
{
    // Languages by their own names, so staff find theirs in a UI they cannot
    // read; "" follows the system (or, for customers, the display language).
    QComboBox *ui = m_ui->uiLanguageCombo;
    const QString uiCurrent = ui->count() > 0 ? ui->currentData().toString() : m_settings->uiLanguage();
    const QSignalBlocker uiBlocker(ui);
    ui->clear();
    ui->addItem(tr("System language (%1)").arg(UiLanguage::nativeName(UiLanguage::resolve(QString()))), QString());
    for (const QString &language : UiLanguage::available())
        ui->addItem(UiLanguage::nativeName(language), language);
    ui->setCurrentIndex(qMax(0, ui->findData(uiCurrent)));

    QComboBox *customer = m_ui->customerLanguageCombo;
    const QString customerCurrent =
            customer->count() > 0 ? customer->currentData().toString() : m_settings->customerLanguage();
    const QSignalBlocker customerBlocker(customer);
    customer->clear();
    customer->addItem(tr("Same as the display language"), QString());
    for (const NamedCode &language : Languages::supported(locale()))
        customer->addItem(language.name, language.code);
    customer->setCurrentIndex(qMax(0, customer->findData(customerCurrent)));
}

void SettingsDialog::load()
{
    if (QAbstractButton *button = m_environments->button(int(m_settings->environment())))
        button->setChecked(true);
    m_ui->customUrlEdit->setText(m_settings->customBaseUrl().toString());
    m_ui->autoOpenCheck->setChecked(m_settings->autoOpenLink());
    const int region = m_ui->regionCombo->findData(m_settings->defaultRegion());
    m_ui->regionCombo->setCurrentIndex(qMax(0, region));
    m_ui->uiLanguageCombo->setCurrentIndex(qMax(0, m_ui->uiLanguageCombo->findData(m_settings->uiLanguage())));
    m_ui->customerLanguageCombo->setCurrentIndex(
            qMax(0, m_ui->customerLanguageCombo->findData(m_settings->customerLanguage())));
    applyLocks();
    m_loaded = snapshot();

    retranslate();
    applyTones();
    updateState();
    fitToScreen();
}

// Tall enough to show every group when the screen allows; on a small screen
// (1024x640, or a large scale factor) the groups scroll and Save stays in view.
void SettingsDialog::fitToScreen()
{
    const QMargins margins = layout()->contentsMargins();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int width = qMax(minimumWidth(), m_ui->scrollContents->sizeHint().width() + margins.left()
                                                   + margins.right() + scrollBar);
    // The wrapped explanations need the height for the width they really
    // get, not for their narrow sizeHint() width.
    const int contentWidth = width - margins.left() - margins.right() - scrollBar;
    QLayout *content = m_ui->scrollContents->layout();
    const int contentHeight = content->hasHeightForWidth() ? content->totalHeightForWidth(contentWidth)
                                                           : content->totalSizeHint().height();
    int height = contentHeight + margins.top() + margins.bottom() + 2 * layout()->spacing()
        + m_ui->buttonBox->sizeHint().height();
    if (const QScreen *screen = this->screen()) {
        // Leave room for the window frame and title bar.
        const int frame = 2 * style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
        height = qMin(height, screen->availableGeometry().height() - frame);
    }
    resize(width, height);
}

// The texts set from code rather than the .ui file.
void SettingsDialog::retranslate()
{
    // Stored secrets are never read back into the fields: a "stored" hint
    // says they exist, and typing replaces them.
    if (m_context.present) {
        m_ui->apiKeyEdit->setPlaceholderText(tr("Stored: type to replace"));
        m_ui->apiSecretEdit->setPlaceholderText(tr("Stored: type to replace"));
    }

    const bool fixedConnection = m_context.demo || m_context.baseUrlOverride.isValid();
    m_ui->connectionNote->setVisible(fixedConnection);
    if (m_context.demo) {
        m_ui->connectionNote->setText(
                tr("Demo mode uses the built-in sandbox. The server chosen here applies to normal runs."));
    } else if (fixedConnection) {
        m_ui->connectionNote->setTextFormat(Qt::PlainText);
        m_ui->connectionNote->setText(
                tr("This run uses the server given on the command line (%1). The server chosen here "
                   "applies to later runs.")
                        .arg(m_context.baseUrlOverride.toDisplayString(QUrl::RemoveUserInfo)));
    }
    m_ui->discardNote->setText(
            tr("You have changes that are not saved. Press Esc again to close without saving them."));
    updateSourceText();
}

bool SettingsDialog::Snapshot::operator==(const Snapshot &other) const
{
    return environment == other.environment && customUrl == other.customUrl && autoOpen == other.autoOpen
        && region == other.region && uiLanguage == other.uiLanguage && customerLanguage == other.customerLanguage;
}

SettingsDialog::Snapshot SettingsDialog::snapshot() const
{
    Snapshot now;
    now.environment = m_environments->checkedId();
    now.customUrl = m_ui->customUrlEdit->text().trimmed();
    now.autoOpen = m_ui->autoOpenCheck->isChecked();
    now.region = m_ui->regionCombo->currentData().toString();
    now.uiLanguage = m_ui->uiLanguageCombo->currentData().toString();
    now.customerLanguage = m_ui->customerLanguageCombo->currentData().toString();
    return now;
}

bool SettingsDialog::hasChanges() const
{
    return m_forget || !m_ui->apiKeyEdit->text().isEmpty() || !m_ui->apiSecretEdit->text().isEmpty()
        || !(snapshot() == m_loaded);
}

void SettingsDialog::keyPressEvent(QKeyEvent *event)
{
    // Escape is easy to hit by accident; what staff typed (a new key and
    // secret, say) survives the first one. Cancel still discards at once.
    if (event->matches(QKeySequence::Cancel) && !m_escapeWarned && hasChanges()) {
        m_escapeWarned = true;
        m_ui->discardNote->show();
        QAccessibleEvent alert(m_ui->discardNote, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SettingsDialog::updateSourceText()
{
    QString text;
    switch (m_context.backend) {
    case SecretStore::Backend::Environment:
        text = tr("For this run the key and secret come from the QASH_API_KEY and QASH_API_SECRET "
                  "environment variables. A key and secret typed here replace them until the app closes.");
        break;
    case SecretStore::Backend::Memory:
        text = m_context.demo
            ? tr("Demo mode signs in to the built-in sandbox by itself. A key and secret typed here "
                 "replace the demo ones until the app closes.")
            : tr("A key and secret typed here are kept for this session only.");
        break;
    case SecretStore::Backend::Keychain:
        if (!m_context.persists) {
            text = tr("This computer's keychain is not available: a key and secret typed here are kept "
                      "for this session only.");
        } else if (m_context.present && !m_forget) {
            text = tr("A key and secret are stored in this computer's keychain. Leave the fields empty to "
                      "keep them, or type new ones to replace them.");
        } else {
            text = tr("A key and secret typed here are stored in this computer's keychain.");
        }
        break;
    }
    if (m_forget)
        text += QLatin1Char(' ') + tr("The stored key and secret will be forgotten when you save.");
    m_ui->credentialsSourceLabel->setText(text);
    m_ui->forgetButton->setVisible(m_context.present);
    m_ui->forgetButton->setEnabled(!m_forget);
}

QString SettingsDialog::customUrlProblem() const
{
    if (m_environments->checkedId() != int(AppSettings::Environment::Custom))
        return {};
    const QString text = m_ui->customUrlEdit->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the address of the server, e.g. https://qash-gateway.example.com.");
    return checkApiBaseUrl(QUrl(text, QUrl::StrictMode));
}

QString SettingsDialog::credentialsProblem() const
{
    const bool hasKey = !m_ui->apiKeyEdit->text().trimmed().isEmpty();
    const bool hasSecret = !m_ui->apiSecretEdit->text().isEmpty();
    if (hasKey == hasSecret)
        return {};
    return hasKey ? tr("Enter the API secret that belongs to this key.")
                  : tr("Enter the API key that belongs to this secret.");
}

// An administrator may fix settings for every desk (AppSettings::policyLocation()):
// those are shown, greyed out, with the reason in their tooltip.
void SettingsDialog::applyLocks()
{
    const bool connectionLocked = m_settings->isLocked(AppSettings::EnvironmentKey)
        || m_settings->isLocked(AppSettings::CustomBaseUrlKey);
    const QList<QPair<QWidget *, bool>> lockable{
        {m_ui->productionRadio, connectionLocked},
        {m_ui->sandboxRadio, connectionLocked},
        {m_ui->customRadio, connectionLocked},
        {m_ui->customUrlEdit, connectionLocked},
        {m_ui->autoOpenCheck, m_settings->isLocked(AppSettings::AutoOpenLinkKey)},
        {m_ui->regionCombo, m_settings->isLocked(AppSettings::DefaultRegionKey)},
        {m_ui->uiLanguageCombo, m_settings->isLocked(AppSettings::UiLanguageKey)},
        {m_ui->customerLanguageCombo, m_settings->isLocked(AppSettings::CustomerLanguageKey)},
    };
    m_lockedWidgets.clear();
    for (const auto &[widget, locked] : lockable) {
        if (!locked)
            continue;
        m_lockedWidgets.append(widget);
        widget->setEnabled(false);
        widget->setToolTip(tr("Set by your administrator"));
    }
}

void SettingsDialog::updateState()
{
    const bool custom = m_environments->checkedId() == int(AppSettings::Environment::Custom);
    m_ui->customUrlEdit->setEnabled(custom && !m_lockedWidgets.contains(m_ui->customUrlEdit));

    // Shown at once: Save stays disabled until it is fixed, so say why.
    const QString urlProblem = customUrlProblem();
    m_ui->customUrlError->setText(urlProblem);
    m_ui->customUrlError->setVisible(!urlProblem.isEmpty());

    const QString credentials = credentialsProblem();
    m_ui->credentialsError->setText(credentials);
    m_ui->credentialsError->setVisible(!credentials.isEmpty());

    if (QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save))
        save->setEnabled(urlProblem.isEmpty() && credentials.isEmpty());
}

std::optional<Credentials> SettingsDialog::newCredentials() const
{
    Credentials typed{m_ui->apiKeyEdit->text().trimmed(), m_ui->apiSecretEdit->text()};
    if (!typed.isComplete())
        return std::nullopt;
    return typed;
}

void SettingsDialog::accept()
{
    if (!customUrlProblem().isEmpty() || !credentialsProblem().isEmpty())
        return;
    const auto environment = AppSettings::Environment(m_environments->checkedId());
    if (environment == AppSettings::Environment::Custom)
        m_settings->setCustomBaseUrl(QUrl(m_ui->customUrlEdit->text().trimmed(), QUrl::StrictMode));
    m_settings->setEnvironment(environment);
    m_settings->setAutoOpenLink(m_ui->autoOpenCheck->isChecked());
    m_settings->setDefaultRegion(m_ui->regionCombo->currentData().toString());
    m_settings->setCustomerLanguage(m_ui->customerLanguageCombo->currentData().toString());
    // Last: the switch retranslates every window, this one included.
    m_settings->setUiLanguage(m_ui->uiLanguageCombo->currentData().toString());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        theme::setUpFieldLabels(this);
        fillLanguages();
        retranslate();
        updateState();
    } else if (event->type() == QEvent::LocaleChange) {
        fillRegions();
    } else if (event->type() == QEvent::PaletteChange) {
        applyTones();
    }
}

void SettingsDialog::applyTones()
{
    theme::setTextTone(m_ui->connectionNote, theme::Tone::Hint);
    theme::setTextTone(m_ui->modesLabel, theme::Tone::Hint);
    theme::setTextTone(m_ui->credentialsSourceLabel, theme::Tone::Hint);
    theme::setTextTone(m_ui->customUrlError, theme::Tone::Error);
    theme::setTextTone(m_ui->credentialsError, theme::Tone::Error);
    theme::setTextTone(m_ui->discardNote, theme::Tone::Warning);
}

} // namespace qash
