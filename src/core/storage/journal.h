#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <optional>

namespace qash {

// What the desk must remember of one onboarding to resume it: ids, the link,
// the last status seen, times and a masked contact. Never names, full
// contacts or birth dates.
struct JournalEntry
{
    enum class Stage { Registering, Registered, VerificationStarted, VerificationAlreadyStarted, Finished, Failed };

    qint64 id = 0;
    QDateTime startedAt;
    QDateTime updatedAt;
    Stage stage = Stage::Registering;
    QString userId;
    QString inquiryId;
    QUrl verificationUrl;
    QString status;
    QString maskedContact;
    QString failure;             // a failure's name, when stage is Failed
    bool outcomeUnknown = false; // a POST may have reached the server unanswered

    bool isUnfinished() const { return stage != Stage::Finished; }
};

class JournalWorker;

// The onboarding journal: SQLite through Qt SQL, on a worker thread so that
// no write blocks the GUI. Every call answers on the caller's thread through
// its callback, after the row is committed.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultRetentionDays = 30;

    // `databasePath` may be ":memory:" (the demo keeps nothing on disk).
    explicit Journal(const QString &databasePath, int retentionDays = DefaultRetentionDays,
                     QObject *parent = nullptr);
    ~Journal() override; // finishes every pending write first

    using Done = std::function<void(bool ok)>;

    void recordAttempt(const QString &maskedContact, const QString &existingUserId,
                       std::function<void(qint64 entryId)> done);
    void recordUserCreated(qint64 entryId, const QString &userId, const QString &status, Done done = {});
    void recordVerificationStarted(qint64 entryId, const QString &inquiryId, const QUrl &verificationUrl,
                                   Done done = {});
    void recordVerificationAlreadyStarted(qint64 entryId, Done done = {});
    void recordStatus(qint64 entryId, const QString &status, Done done = {});
    void recordFailure(qint64 entryId, const QString &failure, bool outcomeUnknown, Done done = {});

    // The newest entry of this desk for a user, e.g. to show its link again after a 409.
    void findLatestForUser(const QString &userId, std::function<void(std::optional<JournalEntry>)> done);
    // Entries started since `since`, plus every unfinished one, newest first.
    void recent(const QDateTime &since, std::function<void(QList<JournalEntry>)> done);
    // Removes entries older than the retention period; also runs when the
    // database is first opened (the first read or write), not at start-up.
    void purgeExpired(std::function<void(int removed)> done = {});

    static QString stageName(JournalEntry::Stage stage);

signals:
    void changed();
    void storageFailed(const QString &reason);

private:
    template <typename Result, typename Work>
    void run(Work work, std::function<void(Result)> done);

    QThread m_thread;
    JournalWorker *m_worker = nullptr;
};

} // namespace qash
