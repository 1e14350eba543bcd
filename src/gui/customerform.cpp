#include "customerform.h"

#include "countrynames.h"
#include "onboarding/countries.h"
#include "onboarding/phonenumbers.h"
#include "theme.h"
#include "ui_customerform.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QScopedValueRollback>
#include <QThreadPool>
#include <QTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace qash {

namespace {

// QDateEdit cannot be empty. Its minimum date plus specialValueText stands for
// "not set"; the validator accepts nothing before 1900, so this is never a
// real answer. Year 1000, not 1899: while a year is typed QDateEdit searches
// the completions of the digits typed so far for one within [minimum,
// maximum]; with 1899 a first "1" tried 1000-1898 one by one (15-85 ms on
// the GUI thread, bench/README.md), with 1000 the first candidate fits.
const QDate NotSet(1000, 1, 1);

// Typing into "Not set" starts from this date with the year selected, so
// "19850415" or "1985-04-15" lands where staff expect.
const QDate TypingTemplate(2000, 1, 1);

// A birth date the calendar popup opens near instead of at 1899.
constexpr int TypicalCustomerAge = 30;

// Before the desk says otherwise: the API's own examples are Colombian and Mexican.
const QString FallbackLanguage = QStringLiteral("es");

// Characters someone dialling a number types; anything else (letters, "ext.")
// is left as typed for the validator to explain.
bool isDialable(QChar c)
{
    return c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char(' ') || c == QLatin1Char('-')
        || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('.') || c == QLatin1Char('/');
}

// What the as-you-type formatter keeps: the cursor is placed after the same
// number of these.
bool isSignificant(QChar c)
{
    return c.isDigit() || c == QLatin1Char('+');
}

constexpr CustomerField FormOrder[] = {
    CustomerField::FirstName, CustomerField::LastName, CustomerField::Email, CustomerField::Phone,
    CustomerField::BirthDate, CustomerField::Country,  CustomerField::Language, CustomerField::UserId,
};

} // namespace

CustomerForm::CustomerForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerForm>())
    , m_defaultLanguage(FallbackLanguage)
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
    theme::setUpFieldLabels(this);
    theme::setUpHintLabel(m_ui->userIdHint);
    theme::setUpHintLabel(m_ui->phoneRegionLabel);
    m_ui->phoneRegionLabel->setWordWrap(false);
    // The primary action: styles draw a default button with more weight.
    m_ui->startButton->setDefault(true);

    m_ui->birthDateEdit->setMinimumDate(NotSet);
    m_ui->birthDateEdit->setSpecialValueText(tr("Not set"));
    // The calendar popup is built when first needed (ensureCalendar()): it
    // costs ~10 ms and ~3 MB, and most birth dates are typed.
    m_ui->birthDateEdit->installEventFilter(this);

    m_ui->countryCombo->setPlaceholderText(tr("Choose a country"));
    // Keyboard search in a list of 250 countries: typing "Col" picks Colombia.
    fillCountries();
    fillLanguages();

    for (CustomerField f : FormOrder)
        connectField(f);
    connect(m_ui->phoneEdit, &QLineEdit::textEdited, this, &CustomerForm::onPhoneEdited);
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
            if (date->hasFocus() || (m_calendar && m_calendar->isVisible()))
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
    for (const NamedCode &country : CountryNames::all(locale()))
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
    selectLanguage(current.isEmpty() ? m_defaultLanguage : current);
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
    m_phoneFormatter.reset(); // made again for the new region when first needed
    updatePhoneHint();
    onPhoneChanged();
    revalidate();
}

void CustomerForm::setDefaultLanguage(const QString &language)
{
    const QString code = language.trimmed().toLower();
    m_defaultLanguage = m_ui->languageCombo->findData(code) >= 0 ? code : FallbackLanguage;
    // Follows the desk's choice until staff pick a language for this customer.
    if (!m_locked && !(m_edited & bit(CustomerField::Language)))
        selectLanguage(m_defaultLanguage);
}

void CustomerForm::updatePhoneHint()
{
    // An example in the desk's own format, not a label: the label stays "Phone".
    // libphonenumber parses all of its metadata on first use (~20 ms, ~4 MB):
    // not before the first frame, and never on the GUI thread. After the
    // first paint a worker computes the example (and so loads the metadata
    // before staff reach the phone field).
    if (!m_painted)
        return;
    const QString region = m_validator.defaultRegion();
    QPointer<CustomerForm> self(this);
    QThreadPool::globalInstance()->start([self, region] {
        const QString example = PhoneNumbers::exampleMobileNumber(region);
        QMetaObject::invokeMethod(qApp, [self, region, example] {
            if (self)
                self->setPhoneHint(region, example);
        }, Qt::QueuedConnection);
    });
}

void CustomerForm::setPhoneHint(const QString &region, const QString &example)
{
    if (region == m_validator.defaultRegion()) // not outdated by setDefaultRegion() meanwhile
        m_ui->phoneEdit->setPlaceholderText(example);
}

bool CustomerForm::event(QEvent *event)
{
    const bool result = QWidget::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // The next turn of the event loop: once this frame is on screen.
        QTimer::singleShot(0, this, &CustomerForm::updatePhoneHint);
    }
    return result;
}

void CustomerForm::ensureCalendar()
{
    if (m_calendar)
        return;
    m_calendar = m_ui->birthDateEdit->calendarWidget(); // creates it: filter before it is shown
    m_calendar->installEventFilter(this);
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
    // Forget the previous customer's state first, and validate once at the
    // end: each field emptied while the old "visited" marks were still set
    // showed its "required" error for a moment, and every error label shown
    // or hidden re-laid out the whole form (7-17 ms for "Next customer").
    m_edited = 0;
    m_visited = 0;
    m_submitAttempted = false;
    m_countryChosenByHand = false;
    m_serverErrors.clear();
    {
        const QScopedValueRollback<bool> clearing(m_clearing, true);
        // setText() rather than clear(): clear() is undoable, and Ctrl+Z must
        // not bring the previous customer back.
        for (QLineEdit *edit : {m_ui->firstNameEdit, m_ui->lastNameEdit, m_ui->emailEdit, m_ui->phoneEdit,
                                m_ui->userIdEdit}) {
            edit->setText(QString());
        }
        m_ui->birthDateEdit->setMaximumDate(QDate::currentDate());
        m_ui->birthDateEdit->setDate(NotSet);
        selectCountry(QString());
        selectLanguage(m_defaultLanguage);
    }
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

bool CustomerForm::focusFirstFieldInError()
{
    for (CustomerField which : FormOrder) {
        if (!field(which).error->text().isEmpty()) {
            focusField(which);
            return true;
        }
    }
    return false;
}

void CustomerForm::fillDemoCustomer()
{
    if (m_locked)
        return;
    // Made up; "+tag" addressing keeps every run's email unique.
    const quint32 tag = QRandomGenerator::global()->bounded(100000u, 1000000u);
    m_ui->firstNameEdit->setText(QStringLiteral("Ana María"));
    m_ui->lastNameEdit->setText(QStringLiteral("Pérez"));
    m_ui->emailEdit->setText(QStringLiteral("ana.perez+%1@example.com").arg(tag));
    const PhoneNumberInfo phone = PhoneNumbers::parse(QStringLiteral("+57 300 123 4567"), defaultRegion());
    m_ui->phoneEdit->setText(phone.international);
    m_ui->birthDateEdit->setDate(QDate(1990, 4, 15));
    selectCountry(QStringLiteral("CO"));
    selectLanguage(QStringLiteral("es"));
    m_ui->userIdEdit->setText(QString());
    // As if typed: a later change of the desk's defaults leaves them alone.
    for (CustomerField which : FormOrder) {
        m_edited |= bit(which);
        m_visited |= bit(which);
    }
    m_countryChosenByHand = true;
    m_serverErrors.clear();
    revalidate();
    m_ui->startButton->setFocus(Qt::OtherFocusReason);
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
    showErrors(); // the phone's description names the country
}

void CustomerForm::onPhoneEdited()
{
    QLineEdit *edit = m_ui->phoneEdit;
    const QString text = edit->text();
    if (!std::all_of(text.cbegin(), text.cend(), isDialable))
        return;
    // A space or dash just typed at the end stays until the next digit: the
    // formatter would drop it at once and swallow the key press.
    const int cursor = edit->cursorPosition();
    if (cursor == text.size() && !text.isEmpty() && !isSignificant(text.back()))
        return;
    if (!m_phoneFormatter) // libphonenumber's metadata: loaded by now, see updatePhoneHint()
        m_phoneFormatter = std::make_unique<PhoneAsYouTypeFormatter>(m_validator.defaultRegion());
    const QString formatted = m_phoneFormatter->format(text);
    if (formatted == text || (formatted.isEmpty() && !text.trimmed().isEmpty()))
        return;
    // Keep the cursor after the same digit it followed, wherever the
    // formatter moved the spaces. (setText() also resets the field's undo:
    // with the text reformatted at every key, undoing key by key would only
    // replay the formatting.)
    const auto before = std::count_if(text.cbegin(), text.cbegin() + cursor, isSignificant);
    int position = 0;
    for (qsizetype seen = 0; position < formatted.size() && seen < before; ++position) {
        if (isSignificant(formatted.at(position)))
            ++seen;
    }
    edit->setText(formatted);
    edit->setCursorPosition(position);
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
    if (m_clearing)
        return; // clear() validates once when it is done
    const bool wasValid = m_validation.isValid();
    m_validation = m_validator.validate(draft(), QDate::currentDate());
    m_ui->startButton->setEnabled(!m_locked && m_validation.isValid());
    showErrors();
    if (m_validation.isValid() != wasValid)
        emit validityChanged(m_validation.isValid());
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
        // Screen readers read the reason along with the field; when all is
        // well, the phone's country, or that the user ID is optional.
        QString description = message;
        if (description.isEmpty() && which == CustomerField::Phone && !m_ui->phoneRegionLabel->text().isEmpty())
            description = tr("Number from %1").arg(m_ui->phoneRegionLabel->text());
        else if (description.isEmpty() && which == CustomerField::UserId)
            description = m_ui->userIdHint->text(); // "Optional: ..."
        f.input->setAccessibleDescription(description);
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
    // The popup opens on a click or on F4, Alt+Down, Alt+Up: build it just before.
    if (watched == m_ui->birthDateEdit && !m_calendar) {
        if (event->type() == QEvent::MouseButtonPress) {
            ensureCalendar();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_F4 || key->key() == Qt::Key_Select
                || ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)
                    && key->modifiers().testFlag(Qt::AltModifier)))
                ensureCalendar();
        }
    }
    if (watched == m_ui->birthDateEdit && event->type() == QEvent::KeyPress)
        return dateEditKeyPress(static_cast<QKeyEvent *>(event));
    if (m_calendar && watched == m_calendar && event->type() == QEvent::Show
        && m_ui->birthDateEdit->date() == NotSet) {
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
        theme::setUpFieldLabels(this);
        m_ui->birthDateEdit->setSpecialValueText(tr("Not set"));
        m_ui->countryCombo->setPlaceholderText(tr("Choose a country"));
        fillCountries();
        fillLanguages();
        onPhoneChanged();
        revalidate(); // the validator's reasons are translated when made
        break;
    case QEvent::LocaleChange:
        // Country names come in the locale's language, sorted for it.
        fillCountries();
        onPhoneChanged();
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
