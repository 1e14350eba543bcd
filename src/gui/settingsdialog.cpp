#include "settingsdialog.h"

#include "onboarding/countries.h"
#include "security/linkpolicy.h"
#include "storage/appsettings.h"
#include "theme.h"
#include "ui_settingsdialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QPushButton>

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

    theme::setUpHintLabel(m_ui->connectionNote);
    theme::setUpHintLabel(m_ui->modesLabel);
    theme::setUpHintLabel(m_ui->credentialsSourceLabel);
    theme::setUpFieldErrorLabel(m_ui->customUrlError);
    theme::setUpFieldErrorLabel(m_ui->credentialsError);
    m_ui->credentialsSourceLabel->setTextFormat(Qt::PlainText);

    for (const NamedCode &country : Countries::all(locale()))
        m_ui->regionCombo->addItem(tr("%1 (%2)").arg(country.name, country.code), country.code);

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

void SettingsDialog::load()
{
    if (QAbstractButton *button = m_environments->button(int(m_settings->environment())))
        button->setChecked(true);
    m_ui->customUrlEdit->setText(m_settings->customBaseUrl().toString());
    m_ui->autoOpenCheck->setChecked(m_settings->autoOpenLink());
    const int region = m_ui->regionCombo->findData(m_settings->defaultRegion());
    m_ui->regionCombo->setCurrentIndex(qMax(0, region));

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

    updateSourceText();
    applyTones();
    updateState();
    // adjustSize() would size the wrapped explanations for the narrow
    // sizeHint() width and then clip them at the minimum width: ask the
    // layout for the height at the width the dialog really gets.
    const int width = qMax(minimumWidth(), sizeHint().width());
    resize(width, qMax(heightForWidth(width), minimumSizeHint().height()));
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

void SettingsDialog::updateState()
{
    const bool custom = m_environments->checkedId() == int(AppSettings::Environment::Custom);
    m_ui->customUrlEdit->setEnabled(custom);

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
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateSourceText();
        updateState();
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
}

} // namespace qash
