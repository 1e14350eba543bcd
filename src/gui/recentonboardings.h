#pragma once

#include "storage/journal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QPushButton;
QT_END_NAMESPACE

namespace qash {

class MainWindow;
class OnboardingFlow;

namespace Ui {
class RecentOnboardings;
}

// The journal's entries as a table: when each onboarding started, the masked
// contact, its status and how far it got. Everything is plain text; nothing
// here is more personal than what the journal keeps (a masked contact).
class RecentOnboardingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, ContactColumn, StatusColumn, StageColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64: JournalEntry::id
        CanReopenRole,                  // bool: the entry has a user to watch
    };

    explicit RecentOnboardingsModel(QObject *parent = nullptr);

    // Replaces the rows. The same entries in the same order (a status that
    // changed) update in place, so the view keeps its selection and focus.
    void setEntries(const QList<JournalEntry> &entries);
    const QList<JournalEntry> &entries() const { return m_entries; }
    const JournalEntry *entryAt(int row) const;
    int rowOf(qint64 entryId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "14:05" for today (local time), the short date and the time otherwise.
    static QString startedText(const QDateTime &startedAt, const QDate &today);
    // The server's status verbatim, or what is known instead: an outcome
    // that is unknown, or the failure that stopped the onboarding, in words.
    static QString statusText(const JournalEntry &entry);
    static QString stageText(JournalEntry::Stage stage);
    // A failure's name as the flow journals it ("Timeout"), in words.
    static QString failureText(const QString &failure);
    // Why an entry cannot be reopened; empty when it can.
    static QString whyNotReopenable(const JournalEntry &entry);

    // Texts again in the current language (QEvent::LanguageChange).
    void retranslate();

private:
    // A failure's name in words, without the "failed: " prefix.
    static QString failureReason(const QString &failure);

    QList<JournalEntry> m_entries;
    QDate m_today;
};

// "Recent onboardings": today's onboardings of this desk and every unfinished
// one, from the journal, with their last known status (live for the one on
// screen). Reopening one puts it back in the main window: its link and QR
// code again where it still has one, and the status watched. That is how an
// onboarding interrupted by a crash, a closed window or "Next customer" is
// taken up again, and how a 409 on a customer this desk started is answered.
//
// Non-modal: it stays beside the main window and never blocks. Reopening
// never drops the onboarding on screen silently: while a request is under way
// it refuses, and when the screen holds an onboarding or typed details it asks
// first, in the dialog itself (every onboarding that reached the server is in
// the journal, so putting it aside is safe and it stays in this list).
class RecentOnboardings final : public QDialog
{
    Q_OBJECT
public:
    // None is owned; `journal` may be null (a desk without a journal: the
    // list says so). The dialog is a child of `window`.
    RecentOnboardings(Journal *journal, OnboardingFlow *flow, MainWindow *window);
    ~RecentOnboardings() override;

    // Shows the window's Recent onboardings, creating it on first use (it
    // deletes itself on close); raises it if it is open already.
    static RecentOnboardings *showFor(Journal *journal, OnboardingFlow *flow, MainWindow *window);

    RecentOnboardingsModel *model() const { return m_model; }
    std::optional<JournalEntry> selectedEntry() const;
    // Reads the journal again (also done on show and whenever it changes).
    void reload();

    // "Reopen": puts the selected onboarding on the main window and closes
    // this list. "Refresh status": the same, asks for its status at once, and
    // keeps the list open to show the answer.
    void reopenSelected();
    void refreshSelected();

    void reject() override;

signals:
    // The list shows what the journal held when it was last read.
    void reloaded();
    // An entry was handed to the flow (OnboardingFlow::resume succeeded).
    void reopened(qint64 entryId);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Intent { Reopen, Refresh };

    void onLoaded(const QList<JournalEntry> &entries);
    void updateButtons();
    void request(Intent intent);
    void perform(const JournalEntry &entry, Intent intent);
    bool isOnScreen(const JournalEntry &entry) const;
    // Why the onboarding on screen must not be replaced now, or what putting
    // it aside means; both empty when the screen holds nothing to lose.
    QString busyReason() const;
    QString putAsideQuestion() const;
    void cancelConfirmation();
    void showWindow();
    void retranslate();
    void applyTones();

    std::unique_ptr<Ui::RecentOnboardings> m_ui;
    QPointer<Journal> m_journal;
    OnboardingFlow *m_flow;
    MainWindow *m_window;
    RecentOnboardingsModel *m_model;
    QPushButton *m_reopenButton;
    QPushButton *m_refreshButton;
    bool m_loaded = false; // the journal answered at least once
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_storageTrouble = false;
    // The entry waiting for staff to confirm that the screen may be cleared.
    std::optional<JournalEntry> m_pending;
    Intent m_pendingIntent = Intent::Reopen;
};

} // namespace qash
