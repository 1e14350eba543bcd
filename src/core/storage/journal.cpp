#include "journal.h"

#include "logging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace qash {

namespace {

const char *const StageNames[] = {"registering", "registered", "verification-started",
                                  "verification-already-started", "finished", "failed"};

JournalEntry::Stage stageFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(StageNames)); ++i) {
        if (name == QLatin1String(StageNames[i]))
            return JournalEntry::Stage(i);
    }
    return JournalEntry::Stage::Failed;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isFinalStatus(const QString &status)
{
    return status == QLatin1String("active") || status == QLatin1String("suspended")
        || status == QLatin1String("banned");
}

} // namespace

// Lives on the journal's thread and owns the database connection there
// (Qt SQL connections belong to the thread that opened them).
class JournalWorker : public QObject
{
public:
    JournalWorker(QString path, int retentionDays)
        : m_path(std::move(path))
        , m_retentionDays(retentionDays)
    {
        static QAtomicInt counter;
        m_connection = QStringLiteral("qash-journal-%1").arg(counter.fetchAndAddRelaxed(1));
    }

    ~JournalWorker() override
    {
        if (m_opened) {
            { QSqlDatabase::database(m_connection).close(); }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    QString lastError;

    bool open()
    {
        if (m_opened)
            return m_usable;
        m_opened = true;
        if (m_path != QLatin1String(":memory:"))
            QDir().mkpath(QFileInfo(m_path).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            lastError = db.lastError().text();
            return m_usable = false;
        }
        QSqlQuery q(db);
        // WAL + NORMAL: a committed row survives the app being killed, and
        // commits do not wait for an fsync each.
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS onboarding ("
                                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                   " started_at TEXT NOT NULL,"
                                   " updated_at TEXT NOT NULL,"
                                   " stage TEXT NOT NULL,"
                                   " user_id TEXT,"
                                   " inquiry_id TEXT,"
                                   " verification_url TEXT,"
                                   " status TEXT,"
                                   " masked_contact TEXT,"
                                   " failure TEXT,"
                                   " outcome_unknown INTEGER NOT NULL DEFAULT 0)"))
            || !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS onboarding_user ON onboarding(user_id)"))) {
            lastError = q.lastError().text();
            return m_usable = false;
        }
        q.exec(QStringLiteral("PRAGMA user_version=1"));
        m_usable = true;
        // The retention purge, once, before the first read or write (the
        // Journal no longer opens the database at start-up to run it).
        purge();
        return true;
    }

    QSqlQuery query()
    {
        return QSqlQuery(QSqlDatabase::database(m_connection));
    }

    bool exec(QSqlQuery &q)
    {
        if (!q.exec()) {
            lastError = q.lastError().text();
            qCWarning(lcStorage).noquote() << "journal write failed:" << lastError;
            return false;
        }
        return true;
    }

    qint64 insertAttempt(const QString &maskedContact, const QString &existingUserId)
    {
        if (!open())
            return 0;
        QSqlQuery q = query();
        q.prepare(QStringLiteral("INSERT INTO onboarding (started_at, updated_at, stage, user_id, masked_contact)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        const QString time = now();
        q.addBindValue(time);
        q.addBindValue(time);
        q.addBindValue(QLatin1String(StageNames[int(JournalEntry::Stage::Registering)]));
        q.addBindValue(existingUserId.isEmpty() ? QVariant() : QVariant(existingUserId));
        q.addBindValue(maskedContact);
        return exec(q) ? q.lastInsertId().toLongLong() : 0;
    }

    bool update(qint64 id, const QString &assignments, const QVariantList &values)
    {
        if (!open() || id <= 0)
            return false;
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE onboarding SET updated_at = ?, ") + assignments
                  + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(now());
        for (const QVariant &value : values)
            q.addBindValue(value);
        q.addBindValue(id);
        return exec(q);
    }

    QList<JournalEntry> select(const QString &where, const QVariantList &values)
    {
        QList<JournalEntry> entries;
        if (!open())
            return entries;
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT id, started_at, updated_at, stage, user_id, inquiry_id,"
                                 " verification_url, status, masked_contact, failure, outcome_unknown"
                                 " FROM onboarding WHERE ")
                  + where + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT 200"));
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!exec(q))
            return entries;
        while (q.next()) {
            JournalEntry e;
            e.id = q.value(0).toLongLong();
            e.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.updatedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            e.stage = stageFromName(q.value(3).toString());
            e.userId = q.value(4).toString();
            e.inquiryId = q.value(5).toString();
            e.verificationUrl = QUrl(q.value(6).toString(), QUrl::StrictMode);
            e.status = q.value(7).toString();
            e.maskedContact = q.value(8).toString();
            e.failure = q.value(9).toString();
            e.outcomeUnknown = q.value(10).toBool();
            entries << e;
        }
        return entries;
    }

    int purge()
    {
        if (!open())
            return 0;
        QSqlQuery q = query();
        q.prepare(QStringLiteral("DELETE FROM onboarding WHERE updated_at < ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-m_retentionDays).toString(Qt::ISODateWithMs));
        return exec(q) ? q.numRowsAffected() : 0;
    }

private:
    QString m_path;
    int m_retentionDays;
    QString m_connection;
    bool m_opened = false;
    bool m_usable = false;
};

Journal::Journal(const QString &databasePath, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_worker(new JournalWorker(databasePath, qMax(1, retentionDays)))
{
    m_thread.setObjectName(QStringLiteral("qash-journal"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    // No purge here: it would open the database at start-up, loading the
    // SQLite driver (~1.5 MB, a few ms) before anything needs it. The worker
    // purges when it first opens the database, before the first read or write.
}

Journal::~Journal()
{
    // Posted after every pending write, so all of them land before the thread ends.
    QMetaObject::invokeMethod(m_worker, [thread = &m_thread] { thread->quit(); });
    m_thread.wait();
}

template <typename Result, typename Work>
void Journal::run(Work work, std::function<void(Result)> done)
{
    QPointer<Journal> self(this);
    QMetaObject::invokeMethod(m_worker, [self, worker = m_worker, work, done] {
        const Result result = work(worker);
        const QString error = std::exchange(worker->lastError, QString());
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, result, error, done] {
            if (!self)
                return;
            if (!error.isEmpty())
                emit self->storageFailed(error);
            if (done)
                done(result);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Journal::recordAttempt(const QString &maskedContact, const QString &existingUserId,
                            std::function<void(qint64)> done)
{
    run<qint64>([maskedContact, existingUserId](JournalWorker *w) { return w->insertAttempt(maskedContact, existingUserId); },
                [this, done](qint64 id) {
                    emit changed();
                    if (done)
                        done(id);
                });
}

void Journal::recordUserCreated(qint64 entryId, const QString &userId, const QString &status, Done done)
{
    run<bool>([=](JournalWorker *w) {
        return w->update(entryId, QStringLiteral("stage = ?, user_id = ?, status = ?, outcome_unknown = 0"),
                         {QLatin1String(StageNames[int(JournalEntry::Stage::Registered)]), userId, status});
    }, [this, done](bool ok) { emit changed(); if (done) done(ok); });
}

void Journal::recordVerificationStarted(qint64 entryId, const QString &inquiryId, const QUrl &verificationUrl,
                                        Done done)
{
    run<bool>([=](JournalWorker *w) {
        return w->update(entryId,
                         QStringLiteral("stage = ?, inquiry_id = ?, verification_url = ?, outcome_unknown = 0"),
                         {QLatin1String(StageNames[int(JournalEntry::Stage::VerificationStarted)]), inquiryId,
                          verificationUrl.toString(QUrl::FullyEncoded)});
    }, [this, done](bool ok) { emit changed(); if (done) done(ok); });
}

void Journal::recordVerificationAlreadyStarted(qint64 entryId, Done done)
{
    run<bool>([=](JournalWorker *w) {
        return w->update(entryId, QStringLiteral("stage = ?, outcome_unknown = 0"),
                         {QLatin1String(StageNames[int(JournalEntry::Stage::VerificationAlreadyStarted)])});
    }, [this, done](bool ok) { emit changed(); if (done) done(ok); });
}

void Journal::recordStatus(qint64 entryId, const QString &status, Done done)
{
    run<bool>([=](JournalWorker *w) {
        if (isFinalStatus(status)) {
            return w->update(entryId, QStringLiteral("status = ?, stage = ?"),
                             {status, QLatin1String(StageNames[int(JournalEntry::Stage::Finished)])});
        }
        return w->update(entryId, QStringLiteral("status = ?"), {status});
    }, [this, done](bool ok) { emit changed(); if (done) done(ok); });
}

void Journal::recordFailure(qint64 entryId, const QString &failure, bool outcomeUnknown, Done done)
{
    run<bool>([=](JournalWorker *w) {
        return w->update(entryId, QStringLiteral("stage = CASE WHEN stage = 'registering' THEN 'failed' ELSE stage END,"
                                                 " failure = ?, outcome_unknown = ?"),
                         {failure, outcomeUnknown ? 1 : 0});
    }, [this, done](bool ok) { emit changed(); if (done) done(ok); });
}

void Journal::findLatestForUser(const QString &userId, std::function<void(std::optional<JournalEntry>)> done)
{
    run<std::optional<JournalEntry>>([userId](JournalWorker *w) -> std::optional<JournalEntry> {
        const auto entries = w->select(QStringLiteral("user_id = ? AND verification_url IS NOT NULL"), {userId});
        if (entries.isEmpty())
            return std::nullopt;
        return entries.first();
    }, std::move(done));
}

void Journal::recent(const QDateTime &since, std::function<void(QList<JournalEntry>)> done)
{
    run<QList<JournalEntry>>([since](JournalWorker *w) {
        return w->select(QStringLiteral("started_at >= ? OR stage != 'finished'"),
                         {since.toUTC().toString(Qt::ISODateWithMs)});
    }, std::move(done));
}

void Journal::purgeExpired(std::function<void(int)> done)
{
    run<int>([](JournalWorker *w) {
        const int removed = w->purge();
        if (removed > 0)
            qCInfo(lcStorage) << "journal: purged" << removed << "expired entries";
        return removed;
    }, std::move(done));
}

QString Journal::stageName(JournalEntry::Stage stage)
{
    return QLatin1String(StageNames[int(stage)]);
}

} // namespace qash
