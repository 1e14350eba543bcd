#pragma once

#include "onboarding/customerdraft.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCalendarWidget;
class QLabel;
QT_END_NAMESPACE

namespace qash {

class PhoneAsYouTypeFormatter;

namespace Ui {
class CustomerForm;
}

// The customer's details, checked as they are typed. A field's problem shows
// under it once staff edited the field and moved on, or tried to submit; an
// untouched form stays quiet. "Start verification" (or Enter in any field)
// submits when CustomerValidator accepts the draft.
class CustomerForm final : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerForm(QWidget *parent = nullptr);
    ~CustomerForm() override;

    // The desk's region (ISO 3166-1 alpha-2), used to read national phone numbers.
    void setDefaultRegion(const QString &region);
    QString defaultRegion() const { return m_validator.defaultRegion(); }
    // The preferred language a new customer starts with (ISO 639-1); a choice
    // staff made for this customer stays.
    void setDefaultLanguage(const QString &language);
    QString defaultLanguage() const { return m_defaultLanguage; }

    CustomerDraft draft() const;
    const ValidationResult &validation() const { return m_validation; }
    bool isValid() const { return m_validation.isValid(); }

    // Empties every field (and their undo histories) and forgets what was touched.
    void clear();
    // A message from the server about a field, shown until staff change it.
    void setServerError(CustomerField field, const QString &message);
    void clearServerErrors();
    void focusField(CustomerField field);
    // Focuses the first field (in form order) that shows a problem; false if none does.
    bool focusFirstFieldInError();
    // Trainers: made-up but valid details (a fresh email each time, so the
    // sandbox never calls it a duplicate). Focus goes to Start verification.
    void fillDemoCustomer();
    // While an onboarding is under way the details stay as they were sent.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // The API's name for a field ("countryCode"), as used in ApiError::fieldErrors.
    static std::optional<CustomerField> fieldForApiName(const QString &name);

signals:
    // Staff asked to start and the details are valid.
    void submitted(const qash::ValidatedCustomer &customer);
    // The details became complete and valid, or stopped being so.
    void validityChanged(bool valid);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QWidget *input = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    void ensureCalendar();
    void setPhoneHint(const QString &region, const QString &example);
    void fillCountries();
    void fillLanguages();
    void connectField(CustomerField field);
    void markEdited(CustomerField field);
    void markVisited(CustomerField field);
    void onPhoneChanged();
    void onPhoneEdited();
    void onPhoneFinished();
    void revalidate();
    void showErrors();
    void trySubmit();
    void applyTones();
    void updatePhoneHint();
    bool dateEditKeyPress(QKeyEvent *event);
    void selectCountry(const QString &code);
    void selectLanguage(const QString &code);

    QDate birthDateOrNull() const;
    const Field &field(CustomerField which) const;

    std::unique_ptr<Ui::CustomerForm> m_ui;
    QCalendarWidget *m_calendar = nullptr; // the birth date's popup
    QMap<CustomerField, Field> m_fields;
    CustomerValidator m_validator;
    std::unique_ptr<PhoneAsYouTypeFormatter> m_phoneFormatter;
    QString m_defaultLanguage;
    ValidationResult m_validation;
    // One bit per CustomerField.
    static unsigned bit(CustomerField field) { return 1u << unsigned(field); }
    unsigned m_edited = 0;  // changed by staff at least once
    unsigned m_visited = 0; // ...and then left: its problem may show
    QMap<CustomerField, QString> m_serverErrors;
    bool m_submitAttempted = false;
    bool m_countryChosenByHand = false;
    bool m_locked = false;
    bool m_clearing = false; // inside clear(): one revalidate() at its end
    bool m_painted = false;  // the first frame is on screen: the phone hint may be computed
};

} // namespace qash
