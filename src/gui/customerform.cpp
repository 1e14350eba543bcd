#include "customerform.h"

#include "onboarding/countries.h"
#include "onboarding/phonenumbers.h"
#include "theme.h"
#include "ui_customerform.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

#include <utility>

namespace qash {

namespace {

// QDateEdit cannot be empty. Its minimum date plus specialValueText stands for
// "not set"; the validator accepts nothing before 1900, so this is never a
// real answer.
const QDate NotSet(1899, 12, 31);

// Typing into "Not set" starts from this date with the year selected, so
// "19850415" or "1985-04-15" lands where staff expect.
const QDate TypingTemplate(2000, 1, 1);

// A birth date the calendar popup opens near instead of at 1899.
constexpr int TypicalCustomerAge = 30;

const QString DefaultLanguage = QStringLiteral("es");

constexpr CustomerField FormOrder[] = {
    CustomerField::FirstName, CustomerField::LastName, CustomerField::Email, CustomerField::Phone,
    CustomerField::BirthDate, CustomerField::Country,  CustomerField::Language, CustomerField::UserId,
};

} // namespace

CustomerForm::CustomerForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerForm>())
{
    m_ui->setupUi(this);

    m_fields = {
        {CustomerField::FirstName, {m_ui->firstNameEdit, m_ui->firstNameLabel, m_ui->firstNameError}},
        {CustomerField::LastName, {m_ui->lastNameEdit, m_ui->lastNameLabel, m_ui->lastNameError}},
        {CustomerField::Email, {m_ui->emailEdit, m_ui->emailLabel, m_ui->emailError}},
        {CustomerField::Phone, {m_ui->phoneEdit, m_ui->phoneLabel, m_ui->phoneError}},
        {CustomerField::BirthDate, {m_ui->birthDateEdit, m_ui->birthDateLabel, m_ui->birthDateError}},
        {CustomerField::Country, {m_ui->countryCombo, m_ui->countryLabel, m_ui->countryError}},
        {CustomerField::Language, {m_ui->languageCombo, m_ui->languageLabel, m_ui->languageError}},
        {CustomerField::UserId, {m_ui->userIdEdit, m_ui->userIdLabel, m_ui->userIdError}},
    };
    for (const Field &f : std::as_const(m_fields)) {
        theme::setUpFieldErrorLabel(f.error);
        f.error->hide();
    }
    theme::setUpHintLabel(m_ui->userIdHint);
    theme::setUpHintLabel(m_ui->phoneRegionLabel);
    m_ui->phoneRegionLabel->setWordWrap(false);
    // The primary action: styles draw a default button with more weight.
    m_ui->startButton->setDefault(true);

    m_ui->birthDateEdit->setMinimumDate(NotSet);
    m_ui->birthDateEdit->setSpecialValueText(tr("Not set"));
    m_calendar = m_ui->birthDateEdit->calendarWidget(); // creates it: do this before filtering
    m_calendar->installEventFilter(this);
    m_ui->birthDateEdit->installEventFilter(this);

    m_ui->countryCombo->setPlaceholderText(tr("Choose a country"));
    // Keyboard search in a list of 250 countries: typing "Col" picks Colombia.
    fillCountries();
    fillLanguages();

    for (CustomerField f : FormOrder)
        connectField(f);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &CustomerForm::onPhoneChanged);
    connect(m_ui->phoneEdit, &QLineEdit::editingFinished, this, &CustomerForm::onPhoneFinished);
    connect(m_ui->countryCombo, &QComboBox::activated, this, [this] { m_countryChosenByHand = true; });
    connect(m_ui->startButton, &QPushButton::clicked, this, &CustomerForm::trySubmit);

    updatePhoneHint();
    clear();
}

CustomerForm::~CustomerForm() = default;

void CustomerForm::connectField(CustomerField which)
{
    QWidget *input = field(which).input;
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, which] { markEdited(which); });
        connect(edit, &QLineEdit::textChanged, this, &CustomerForm::revalidate);
        connect(edit, &QLineEdit::editingFinished, this, [this, which] { markVisited(which); });
    } else if (auto *date = qobject_cast<QDateEdit *>(input)) {
        // dateChanged also fires for clear(); only focus tells a human did it.
        connect(date, &QDateEdit::dateChanged, this, [this, which, date] {
            if (date->hasFocus() || m_calendar->isVisible())
                markEdited(which);
            revalidate();
        });
        connect(date, &QDateEdit::editingFinished, this, [this, which] { markVisited(which); });
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        // A choice is complete the moment it is made: show its verdict at once.
        connect(combo, &QComboBox::activated, this, [this, which] {
            markEdited(which);
            markVisited(which);
        });
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerForm::revalidate);
    }
}

const CustomerForm::Field &CustomerForm::field(CustomerField which) const
{
    const auto it = m_fields.constFind(which);
    Q_ASSERT(it != m_fields.constEnd());
    return *it;
}

void CustomerForm::fillCountries()
{
    const QString current = m_ui->countryCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->countryCombo);
    m_ui->countryCombo->clear();
    for (const NamedCode &country : Countries::all(locale()))
        m_ui->countryCombo->addItem(country.name, country.code);
    selectCountry(current);
}

void CustomerForm::fillLanguages()
{
    const QString current = m_ui->languageCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    for (const NamedCode &language : Languages::supported(locale()))
        m_ui->languageCombo->addItem(language.name, language.code);
    selectLanguage(current.isEmpty() ? DefaultLanguage : current);
}

void CustomerForm::selectCountry(const QString &code)
{
    m_ui->countryCombo->setCurrentIndex(code.isEmpty() ? -1 : m_ui->countryCombo->findData(code));
}

void CustomerForm::selectLanguage(const QString &code)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(code));
}

void CustomerForm::setDefaultRegion(const QString &region)
{
    if (region.compare(m_validator.defaultRegion(), Qt::CaseInsensitive) == 0)
        return;
    m_validator = CustomerValidator(region);
    updatePhoneHint();
    onPhoneChanged();
    revalidate();
}

void CustomerForm::updatePhoneHint()
{
    // An example in the desk's own format, not a label: the label stays "Phone".
    m_ui->phoneEdit->setPlaceholderText(PhoneNumbers::exampleMobileNumber(m_validator.defaultRegion()));
}

QDate CustomerForm::birthDateOrNull() const
{
    const QDate date = m_ui->birthDateEdit->date();
    return date == NotSet ? QDate() : date;
}

CustomerDraft CustomerForm::draft() const
{
    CustomerDraft draft;
    draft.firstName = m_ui->firstNameEdit->text();
    draft.lastName = m_ui->lastNameEdit->text();
    draft.email = m_ui->emailEdit->text();
    draft.phone = m_ui->phoneEdit->text();
    draft.birthDate = birthDateOrNull();
    draft.countryCode = m_ui->countryCombo->currentData().toString();
    draft.preferredLanguage = m_ui->languageCombo->currentData().toString();
    draft.existingUserId = m_ui->userIdEdit->text();
    return draft;
}

void CustomerForm::clear()
{
    // setText() rather than clear(): clear() is undoable, and Ctrl+Z must not
    // bring the previous customer back.
    for (QLineEdit *edit : {m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit, m_ui->phoneEdit,
                            m_ui->userIdEdit}) {
        edit->setText(QString());
    }
    m_ui->birthDateEdit->setMaximumDate(QDate::currentDate());
    m_ui->birthDateEdit->setDate(NotSet);
    selectCountry(QString());
    selectLanguage(DefaultLanguage);
    m_edited = 0;
    m_visited = 0;
    m_submitAttempted = false;
    m_countryChosenByHand = false;
    m_serverErrors.clear();
    onPhoneChanged(); // setText() on an empty field emits nothing
    revalidate();
}

void CustomerForm::setServerError(CustomerField which, const QString &message)
{
    m_serverErrors.insert(which, message);
    showErrors();
}

void CustomerForm::clearServerErrors()
{
    m_serverErrors.clear();
    showErrors();
}

void CustomerForm::focusField(CustomerField which)
{
    QWidget *input = field(which).input;
    input->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->selectAll();
}

void CustomerForm::setLocked(bool locked)
{
    m_locked = locked;
    for (const Field &f : std::as_const(m_fields)) {
        f.input->setEnabled(!locked);
        f.label->setEnabled(!locked);
    }
    revalidate();
}

std::optional<CustomerField> CustomerForm::fieldForApiName(const QString &name)
{
    static const QHash<QString, CustomerField> fields{
        {QStringLiteral("firstName"), CustomerField::FirstName},
        {QStringLiteral("lastName"), CustomerField::LastName},
        {QStringLiteral("email"), CustomerField::Email},
        {QStringLiteral("phone"), CustomerField::Phone},
        {QStringLiteral("birthDate"), CustomerField::BirthDate},
        {QStringLiteral("countryCode"), CustomerField::Country},
        {QStringLiteral("preferredLanguage"), CustomerField::Language},
        {QStringLiteral("userId"), CustomerField::UserId},
    };
    const auto it = fields.constFind(name);
    if (it == fields.constEnd())
        return std::nullopt;
    return *it;
}

void CustomerForm::markEdited(CustomerField which)
{
    m_edited |= bit(which);
    // What the server said was about the old value.
    if (m_serverErrors.remove(which) > 0)
        showErrors();
}

void CustomerForm::markVisited(CustomerField which)
{
    if (!(m_edited & bit(which)) || (m_visited & bit(which)))
        return;
    m_visited |= bit(which);
    showErrors();
}

void CustomerForm::onPhoneChanged()
{
    const PhoneNumberInfo info = PhoneNumbers::parse(m_ui->phoneEdit->text(), m_validator.defaultRegion());
    QString countryName;
    if (info.valid && !info.regionCode.isEmpty()) {
        const int index = m_ui->countryCombo->findData(info.regionCode);
        countryName = index >= 0 ? m_ui->countryCombo->itemText(index) : info.regionCode;
        // The phone's country is the best guess for the customer's; a choice
        // staff made by hand wins.
        if (!m_countryChosenByHand && index >= 0)
            m_ui->countryCombo->setCurrentIndex(index);
    }
    m_ui->phoneRegionLabel->setText(countryName);
    m_ui->phoneRegionLabel->setVisible(!countryName.isEmpty());
}

void CustomerForm::onPhoneFinished()
{
    // Tidy a valid number into its international form once staff move on,
    // never while they type (that would fight the cursor).
    const PhoneNumberInfo info = PhoneNumbers::parse(m_ui->phoneEdit->text(), m_validator.defaultRegion());
    if (info.valid && !info.international.isEmpty() && info.international != m_ui->phoneEdit->text())
        m_ui->phoneEdit->setText(info.international);
}

void CustomerForm::revalidate()
{
    m_validation = m_validator.validate(draft(), QDate::currentDate());
    m_ui->startButton->setEnabled(!m_locked && m_validation.isValid());
    showErrors();
}

void CustomerForm::showErrors()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const CustomerField which = it.key();
        const Field &f = it.value();
        QString message = m_serverErrors.value(which);
        if (message.isEmpty() && (m_submitAttempted || (m_visited & bit(which))))
            message = m_validation.errors.value(which);
        if (f.error->text() != message)
            f.error->setText(message);
        f.error->setVisible(!message.isEmpty());
        // Screen readers read the reason along with the field.
        f.input->setAccessibleDescription(message);
        theme::setTextTone(f.label, message.isEmpty() ? theme::Tone::Neutral : theme::Tone::Error);
    }
}

void CustomerForm::trySubmit()
{
    if (m_locked)
        return;
    m_submitAttempted = true;
    revalidate();
    if (m_validation.isValid()) {
        emit submitted(*m_validation.customer);
        return;
    }
    for (CustomerField which : FormOrder) {
        if (m_validation.errors.contains(which)) {
            focusField(which);
            break;
        }
    }
}

void CustomerForm::keyPressEvent(QKeyEvent *event)
{
    // Line edits, spin boxes and closed combo boxes pass Enter on to their
    // parent, so one handler makes Enter submit from every field.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        trySubmit();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool CustomerForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->birthDateEdit && event->type() == QEvent::KeyPress)
        return dateEditKeyPress(static_cast<QKeyEvent *>(event));
    if (watched == m_calendar && event->type() == QEvent::Show && m_ui->birthDateEdit->date() == NotSet) {
        const QDate around = QDate::currentDate().addYears(-TypicalCustomerAge);
        m_calendar->setCurrentPage(around.year(), around.month());
    }
    return QWidget::eventFilter(watched, event);
}

// QDateEdit shows "Not set" as literal text, so typed digits would be appended
// to it and rejected. The first digit switches to a template date with the
// year selected; separators typed where the edit already moved on are eaten
// (QDateEdit advances after a full section, and "-" would skip the next one).
bool CustomerForm::dateEditKeyPress(QKeyEvent *event)
{
    QDateEdit *edit = m_ui->birthDateEdit;
    const QString text = event->text();
    const QChar typed = text.size() == 1 ? text.at(0) : QChar();

    if (edit->date() == NotSet && typed.isDigit()) {
        edit->setDate(TypingTemplate);
        edit->setSelectedSection(QDateTimeEdit::YearSection);
        return false; // let the digit through
    }
    // Stepping from "Not set" would start at 1899; start from a typical
    // customer's birth year instead.
    if (edit->date() == NotSet
        && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down || event->key() == Qt::Key_PageUp
            || event->key() == Qt::Key_PageDown)) {
        edit->setDate(QDate(QDate::currentDate().year() - TypicalCustomerAge, 1, 1));
        edit->setSelectedSection(QDateTimeEdit::YearSection);
        return true;
    }
    if (edit->date() != NotSet && !typed.isNull() && !typed.isDigit() && typed.isPrint()) {
        auto *line = edit->findChild<QLineEdit *>();
        const int at = line && line->hasSelectedText() ? line->selectionStart()
                                                       : (line ? line->cursorPosition() : 0);
        if (line && at > 0 && line->text().at(at - 1) == typed)
            return true;
    }
    // Delete or Backspace over the whole date means "not set" again.
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        auto *line = edit->findChild<QLineEdit *>();
        if (line && line->selectedText() == line->text() && edit->date() != NotSet) {
            edit->setDate(NotSet);
            return true;
        }
    }
    return false;
}

void CustomerForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        m_ui->birthDateEdit->setSpecialValueText(tr("Not set"));
        m_ui->countryCombo->setPlaceholderText(tr("Choose a country"));
        fillCountries();
        fillLanguages();
        onPhoneChanged();
        revalidate(); // the validator's reasons are translated when made
        break;
    case QEvent::PaletteChange:
        applyTones();
        break;
    default:
        break;
    }
}

void CustomerForm::applyTones()
{
    for (const Field &f : std::as_const(m_fields))
        theme::setTextTone(f.error, theme::Tone::Error);
    theme::setTextTone(m_ui->userIdHint, theme::Tone::Hint);
    theme::setTextTone(m_ui->phoneRegionLabel, theme::Tone::Hint);
    showErrors();
}

} // namespace qash
