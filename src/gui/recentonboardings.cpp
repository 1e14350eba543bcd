#include "recentonboardings.h"

#include "customerform.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "onboarding/onboardingflow.h"
#include "theme.h"
#include "ui_recentonboardings.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLocale>
#include <QMetaEnum>
#include <QPushButton>

namespace qash {

namespace {

using Stage = JournalEntry::Stage;
using State = OnboardingFlow::State;

QString timeText(const QTime &time)
{
    return QLocale().toString(time, QStringLiteral("HH:mm"));
}

// The form holds details staff typed that have not gone anywhere yet.
bool formHasTypedDetails(const CustomerForm *form)
{
    const CustomerDraft draft = form->draft();
    return !draft.firstName.trimmed().isEmpty() || !draft.lastName.trimmed().isEmpty()
        || !draft.email.trimmed().isEmpty() || !draft.phone.trimmed().isEmpty() || draft.birthDate.isValid()
        || !draft.existingUserId.trimmed().isEmpty();
}

} // namespace

// --- RecentOnboardingsModel -------------------------------------------------

RecentOnboardingsModel::RecentOnboardingsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

QString RecentOnboardingsModel::failureReason(const QString &name)
{
    bool known = false;
    const int value = QMetaEnum::fromType<OnboardingFlow::Failure>().keyToValue(name.toLatin1().constData(), &known);
    if (!known)
        return name; // as journaled, plain text
    switch (OnboardingFlow::Failure(value)) {
    case OnboardingFlow::Failure::Unauthorized: return tr("API key or secret rejected");
    case OnboardingFlow::Failure::UnknownUser: return tr("no such customer for this partner");
    case OnboardingFlow::Failure::DuplicateEmail: return tr("email already registered");
    case OnboardingFlow::Failure::RejectedByServer: return tr("details not accepted by the server");
    case OnboardingFlow::Failure::Network: return tr("no connection to the server");
    case OnboardingFlow::Failure::Timeout: return tr("the server took too long to answer");
    case OnboardingFlow::Failure::Tls: return tr("no secure connection to the server");
    case OnboardingFlow::Failure::ServerError: return tr("the server reported a problem");
    case OnboardingFlow::Failure::MalformedResponse: return tr("the server's answer was not understood");
    case OnboardingFlow::Failure::LinkRefused: return tr("the server's link was refused");
    case OnboardingFlow::Failure::None: break;
    }
    return {};
}

void RecentOnboardingsModel::setEntries(const QList<JournalEntry> &entries)
{
    const QDate today = QDate::currentDate();
    bool sameRows = today == m_today && entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).id == m_entries.at(i).id;

    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        m_today = today;
        endResetModel();
        return;
    }
    // In place: only the rows that changed are announced.
    for (int row = 0; row < int(entries.size()); ++row) {
        const JournalEntry &before = m_entries.at(row);
        const JournalEntry &after = entries.at(row);
        const bool changed = before.updatedAt != after.updatedAt || before.stage != after.stage
            || before.status != after.status || before.userId != after.userId
            || before.failure != after.failure || before.outcomeUnknown != after.outcomeUnknown
            || before.maskedContact != after.maskedContact || before.startedAt != after.startedAt
            || before.verificationUrl != after.verificationUrl || before.inquiryId != after.inquiryId;
        m_entries[row] = after;
        if (changed)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void RecentOnboardingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const JournalEntry *RecentOnboardingsModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int RecentOnboardingsModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

int RecentOnboardingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RecentOnboardingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentOnboardingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartedColumn: return startedText(entry.startedAt, m_today);
        case ContactColumn:
            return entry.maskedContact.isEmpty() ? tr("(no contact kept)") : entry.maskedContact;
        case StatusColumn: return statusText(entry);
        case StageColumn: return stageText(entry.stage);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (entry.startedAt.isValid())
            lines << tr("Started %1").arg(QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat));
        if (entry.updatedAt.isValid())
            lines << tr("Last change %1").arg(QLocale().toString(entry.updatedAt.toLocalTime(), QLocale::LongFormat));
        lines << (entry.userId.isEmpty() ? tr("No Qash user ID yet") : tr("Qash user ID: %1").arg(entry.userId));
        const QString why = whyNotReopenable(entry);
        if (!why.isEmpty())
            lines << why;
        return lines.join(QLatin1Char('\n'));
    }
    case EntryIdRole: return entry.id;
    case CanReopenRole: return whyNotReopenable(entry).isEmpty();
    default: break;
    }
    return {};
}

QVariant RecentOnboardingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn: return tr("Started");
    case ContactColumn: return tr("Customer");
    case StatusColumn: return tr("Status");
    case StageColumn: return tr("Stage");
    default: break;
    }
    return {};
}

QString RecentOnboardingsModel::startedText(const QDateTime &startedAt, const QDate &today)
{
    if (!startedAt.isValid())
        return tr("unknown");
    const QDateTime local = startedAt.toLocalTime();
    if (local.date() == today)
        return timeText(local.time());
    //: When an onboarding of an earlier day started: its date (short format) and time.
    return tr("%1 %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat), timeText(local.time()));
}

QString RecentOnboardingsModel::statusText(const JournalEntry &entry)
{
    if (entry.outcomeUnknown) {
        return entry.userId.isEmpty() ? tr("registration outcome unknown")
                                      : tr("verification start outcome unknown");
    }
    if (!entry.failure.isEmpty()) {
        if (entry.stage == Stage::Failed)
            return failureText(entry.failure);
        // Registered, but the verification did not start.
        if (entry.stage == Stage::Registered) {
            if (entry.status.isEmpty())
                return failureText(entry.failure);
            //: %1 is the server's status word as sent ("pending"); %2 why the verification did not start.
            return tr("%1 (%2)").arg(entry.status, failureReason(entry.failure));
        }
    }
    if (!entry.status.isEmpty())
        return entry.status; // the server's word, verbatim
    return tr("no answer yet");
}

QString RecentOnboardingsModel::stageText(JournalEntry::Stage stage)
{
    switch (stage) {
    case Stage::Registering: return tr("registering");
    case Stage::Registered: return tr("registered; verification not started");
    case Stage::VerificationStarted: return tr("verification started");
    case Stage::VerificationAlreadyStarted: return tr("verification started earlier");
    case Stage::Finished: return tr("finished");
    case Stage::Failed: return tr("stopped before verification");
    }
    return {};
}

QString RecentOnboardingsModel::failureText(const QString &failure)
{
    if (failure.isEmpty())
        return {};
    //: %1 says why in a few words ("the server took too long to answer").
    return tr("failed: %1").arg(failureReason(failure));
}

QString RecentOnboardingsModel::whyNotReopenable(const JournalEntry &entry)
{
    if (!entry.userId.isEmpty())
        return {};
    if (entry.stage == Stage::Failed && !entry.outcomeUnknown && !entry.failure.isEmpty()) {
        // The server answered: nobody was registered by this attempt.
        return tr("This onboarding has no Qash user ID: it stopped before the customer was registered (%1). "
                  "Start again from the form.")
                .arg(failureReason(entry.failure));
    }
    // Unanswered, or cut short by a crash while registering.
    return tr("This onboarding has no Qash user ID yet: the registration's outcome is unknown. "
              "Look the customer up before registering again.");
}

// --- RecentOnboardings ------------------------------------------------------

RecentOnboardings::RecentOnboardings(Journal *journal, OnboardingFlow *flow, MainWindow *window)
    : QDialog(window)
    , m_ui(std::make_unique<Ui::RecentOnboardings>())
    , m_journal(journal)
    , m_flow(flow)
    , m_window(window)
    , m_model(new RecentOnboardingsModel(this))
{
    Q_ASSERT(m_flow);
    Q_ASSERT(m_window);
    m_ui->setupUi(this);
    setModal(false);

    theme::setUpHintLabel(m_ui->introLabel);
    theme::setUpHintLabel(m_ui->emptyLabel);
    m_ui->reasonLabel->hide();
    m_ui->emptyLabel->hide();
    applyTones();

    m_reopenButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_refreshButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    // Enter anywhere in the list reopens the selected onboarding.
    m_reopenButton->setDefault(true);

    QTableView *table = m_ui->table;
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    // Not QDialogButtonBox::accepted: Reopen decides itself whether to close.
    connect(m_reopenButton, &QPushButton::clicked, this, &RecentOnboardings::reopenSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &RecentOnboardings::refreshSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RecentOnboardings::reject);
    // Enter reaches the default button; a double click does the same.
    connect(table, &QAbstractItemView::doubleClicked, this, &RecentOnboardings::reopenSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        cancelConfirmation();
        updateButtons();
    });

    if (m_journal) {
        connect(m_journal, &Journal::changed, this, &RecentOnboardings::reload);
        connect(m_journal, &Journal::storageFailed, this, [this] {
            if (m_loading)
                m_storageTrouble = true;
        });
    }
    // What "Reopen" does depends on what the main window shows.
    connect(m_flow, &OnboardingFlow::stateChanged, this, &RecentOnboardings::updateButtons);

    retranslate();
    updateButtons();
}

RecentOnboardings::~RecentOnboardings() = default;

RecentOnboardings *RecentOnboardings::showFor(Journal *journal, OnboardingFlow *flow, MainWindow *window)
{
    RecentOnboardings *dialog = nullptr;
    const QList<RecentOnboardings *> open = window->findChildren<RecentOnboardings *>(Qt::FindDirectChildrenOnly);
    for (RecentOnboardings *candidate : open) {
        // A hidden one was closed and is about to delete itself.
        if (candidate->isVisible())
            dialog = candidate;
    }
    if (!dialog) {
        dialog = new RecentOnboardings(journal, flow, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

std::optional<JournalEntry> RecentOnboardings::selectedEntry() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    if (const JournalEntry *entry = m_model->entryAt(rows.constFirst().row()))
        return *entry;
    return std::nullopt;
}

void RecentOnboardings::reload()
{
    if (!m_journal) {
        onLoaded({});
        return;
    }
    // One read at a time; changes during it are picked up by one more.
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_storageTrouble = false;
    const QDateTime since = QDate::currentDate().startOfDay(); // local midnight
    const QPointer<RecentOnboardings> self(this);
    m_journal->recent(since, [self](const QList<JournalEntry> &entries) {
        if (self)
            self->onLoaded(entries);
    });
}

void RecentOnboardings::onLoaded(const QList<JournalEntry> &entries)
{
    m_loading = false;
    m_loaded = true;
    QTableView *table = m_ui->table;
    const std::optional<JournalEntry> previous = selectedEntry();
    const int previousRow = table->currentIndex().row();

    m_model->setEntries(entries);

    if (m_model->rowCount() > 0 && table->selectionModel()->selectedRows().isEmpty()) {
        int row = previous ? m_model->rowOf(previous->id) : -1;
        if (row < 0)
            row = qBound(0, previousRow, m_model->rowCount() - 1);
        table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
    emit reloaded();
    if (std::exchange(m_reloadAgain, false))
        reload();
}

void RecentOnboardings::updateButtons()
{
    const std::optional<JournalEntry> entry = selectedEntry();
    const QString why = entry ? RecentOnboardingsModel::whyNotReopenable(*entry) : QString();
    const bool canReopen = entry && why.isEmpty();
    m_reopenButton->setEnabled(canReopen);
    m_refreshButton->setEnabled(canReopen);
    m_ui->reasonLabel->setText(why);
    m_ui->reasonLabel->setVisible(!why.isEmpty());
    // Read out with the list, since the disabled buttons take no focus.
    m_ui->table->setAccessibleDescription(why);

    QString empty;
    if (!m_journal)
        empty = tr("This desk keeps no onboarding journal, so there is nothing to reopen.");
    else if (m_storageTrouble)
        empty = tr("The onboarding journal could not be read on this computer; this list may be incomplete.");
    else if (m_loaded && m_model->rowCount() == 0)
        empty = tr("No onboardings today, and none unfinished.");
    m_ui->emptyLabel->setText(empty);
    m_ui->emptyLabel->setVisible(!empty.isEmpty());
}

void RecentOnboardings::reopenSelected()
{
    request(Intent::Reopen);
}

void RecentOnboardings::refreshSelected()
{
    request(Intent::Refresh);
}

void RecentOnboardings::request(Intent intent)
{
    const std::optional<JournalEntry> entry = selectedEntry();
    if (!entry || !RecentOnboardingsModel::whyNotReopenable(*entry).isEmpty())
        return;
    cancelConfirmation();

    if (isOnScreen(*entry)) {
        // Already in the main window: nothing to put aside.
        m_flow->refreshStatus();
        if (intent == Intent::Reopen) {
            close();
            showWindow();
        }
        return;
    }
    const QString busy = busyReason();
    if (!busy.isEmpty()) {
        m_ui->messageBar->showMessage(MessageBar::Kind::Warning, busy);
        return;
    }

    const QString question = putAsideQuestion();
    if (question.isEmpty()) {
        perform(*entry, intent);
        return;
    }
    // Asked here rather than in a modal box: the desk keeps running, and
    // staff answer with Enter (yes) or Escape (no).
    m_pending = entry;
    m_pendingIntent = intent;
    const bool typedOnly = m_flow->userId().isEmpty();
    m_ui->messageBar->showMessage(MessageBar::Kind::Warning, question);
    QPushButton *yes = m_ui->messageBar->addButton(
            typedOnly ? (intent == Intent::Reopen ? tr("Clear the form and reopen") : tr("Clear the form and refresh"))
                      : (intent == Intent::Reopen ? tr("Put it aside and reopen") : tr("Put it aside and refresh")));
    QPushButton *no = m_ui->messageBar->addButton(tr("Cancel"));
    yes->setObjectName(QStringLiteral("confirmButton"));
    no->setObjectName(QStringLiteral("cancelButton"));
    // Queued: the answer clears the bar, and with it the button being clicked.
    connect(yes, &QPushButton::clicked, this, [this] {
        const std::optional<JournalEntry> pending = m_pending;
        const Intent pendingIntent = m_pendingIntent;
        cancelConfirmation();
        if (!pending)
            return;
        // The screen may have moved on while the question was open.
        const QString nowBusy = busyReason();
        if (!nowBusy.isEmpty()) {
            m_ui->messageBar->showMessage(MessageBar::Kind::Warning, nowBusy);
            return;
        }
        perform(*pending, pendingIntent);
    }, Qt::QueuedConnection);
    connect(no, &QPushButton::clicked, this, &RecentOnboardings::cancelConfirmation, Qt::QueuedConnection);
    // Buttons added to a visible bar would only show on the next event loop
    // pass, too late to take the focus now.
    yes->show();
    no->show();
    yes->setFocus(Qt::OtherFocusReason);
}

void RecentOnboardings::perform(const JournalEntry &entry, Intent intent)
{
    JournalEntry resumed = entry;
    // A finished onboarding's link has done its job (or cannot help): reopen
    // it to see and follow its status, without putting the QR code back.
    if (resumed.stage == Stage::Finished)
        resumed.verificationUrl = QUrl();

    // The onboarding on screen (if any) is in the journal; the window clears
    // itself and the flow exactly as for the next customer.
    m_window->nextCustomer();
    if (!m_flow->resume(resumed)) {
        m_ui->messageBar->showMessage(MessageBar::Kind::Error, tr("This onboarding could not be reopened."));
        return;
    }
    emit reopened(resumed.id);
    // As MainWindow does when it starts one: keep the focus off "Next
    // customer", where a stray Space would clear the onboarding just reopened.
    if (QWidget *central = m_window->centralWidget())
        central->setFocus(Qt::OtherFocusReason);
    if (intent == Intent::Reopen) {
        close();
        showWindow();
    } else {
        m_ui->messageBar->showMessage(MessageBar::Kind::Information,
                                      tr("Reopened in the main window. Its status here follows the answer."));
    }
}

bool RecentOnboardings::isOnScreen(const JournalEntry &entry) const
{
    switch (m_flow->state()) {
    case State::WaitingForCustomer:
    case State::Active:
    case State::Suspended:
    case State::Banned:
        return !entry.userId.isEmpty() && m_flow->userId() == entry.userId;
    default:
        return false;
    }
}

QString RecentOnboardings::busyReason() const
{
    switch (m_flow->state()) {
    case State::Registering:
    case State::StartingKyc:
        return tr("A request for the customer on screen is under way. Wait until it has finished, then reopen: "
                  "stopping it now could leave its outcome unknown.");
    default:
        return {};
    }
}

QString RecentOnboardings::putAsideQuestion() const
{
    switch (m_flow->state()) {
    case State::WaitingForCustomer:
        return tr("The onboarding on screen is still waiting for its customer. It is saved in this list, so you "
                  "can reopen it later. Put it aside?");
    case State::Failed:
        if (!m_flow->userId().isEmpty()) {
            return tr("The onboarding on screen stopped with a problem. It is saved in this list, so you can "
                      "reopen it later. Put it aside?");
        }
        return tr("The customer on screen was not registered, and the details typed in the form will be cleared. "
                  "Clear them?");
    case State::Idle:
        if (formHasTypedDetails(m_window->customerForm()))
            return tr("The details typed in the form have not been sent and will be cleared. Clear them?");
        return {};
    case State::Active:
    case State::Suspended:
    case State::Banned:
        // Finished, and in the journal: nothing to lose.
    case State::Registering:
    case State::StartingKyc:
        break;
    }
    return {};
}

void RecentOnboardings::cancelConfirmation()
{
    if (!std::exchange(m_pending, std::nullopt))
        return;
    // Focus back to the list before the question's buttons go: a focused
    // button that is deleted would take the dialog's default button with it.
    if (m_ui->messageBar->isAncestorOf(QApplication::focusWidget()))
        m_ui->table->setFocus(Qt::OtherFocusReason);
    m_ui->messageBar->clearMessage();
    m_reopenButton->setDefault(true);
}

void RecentOnboardings::showWindow()
{
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void RecentOnboardings::reject()
{
    cancelConfirmation();
    QDialog::reject();
}

void RecentOnboardings::keyPressEvent(QKeyEvent *event)
{
    // Escape first takes back an open question, then closes the list.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_pending) {
        cancelConfirmation();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RecentOnboardings::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_ui->table->setFocus(Qt::OtherFocusReason);
    reload();
}

void RecentOnboardings::retranslate()
{
    m_reopenButton->setText(tr("&Reopen"));
    m_reopenButton->setAccessibleName(tr("Reopen"));
    m_reopenButton->setToolTip(tr("Show this onboarding in the main window again: its verification link, and "
                                  "its status followed (Enter)"));
    m_refreshButton->setText(tr("Refresh &status"));
    m_refreshButton->setAccessibleName(tr("Refresh status"));
    m_refreshButton->setToolTip(tr("Reopen this onboarding and ask Qash for its status now; this list stays open"));
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
    m_model->retranslate();
    updateButtons();
}

void RecentOnboardings::applyTones()
{
    theme::setTextTone(m_ui->introLabel, theme::Tone::Hint);
    theme::setTextTone(m_ui->emptyLabel, theme::Tone::Hint);
    theme::setTextTone(m_ui->reasonLabel, theme::Tone::Warning);
}

void RecentOnboardings::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        break;
    case QEvent::PaletteChange:
        applyTones();
        break;
    default:
        break;
    }
}

} // namespace qash
