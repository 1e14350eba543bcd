#include "storage/journal.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;
using Stage = JournalEntry::Stage;

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsEveryStepAndSurvivesReopen();
    void findLatestForUserReturnsTheLink();
    void recentListsTodayAndUnfinished();
    void failureKeepsOutcomeUnknown();
    void purgesExpiredEntries();
    void keepsNoPersonalData();
    void unwritableLocationReportsFailure();

private:
    template <typename T>
    static T wait(const std::function<void(std::function<void(T)>)> &call)
    {
        std::optional<T> result;
        call([&](T value) { result = value; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            qWarning("journal did not answer");
        return result.value_or(T{});
    }
    qint64 fullOnboarding(Journal &journal, const QString &userId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
}

qint64 TestJournal::fullOnboarding(Journal &journal, const QString &userId)
{
    const qint64 id = wait<qint64>([&](auto done) {
        journal.recordAttempt(QStringLiteral("j***@e***.com, +57 *** *** 4567"), QString(), done);
    });
    wait<bool>([&](auto done) { journal.recordUserCreated(id, userId, QStringLiteral("pending"), done); });
    wait<bool>([&](auto done) {
        journal.recordVerificationStarted(id, QStringLiteral("inq_1"),
                                          QUrl(QStringLiteral("https://inquiry.withpersona.com/verify?inquiry-id=inq_1")),
                                          done);
    });
    return id;
}

void TestJournal::recordsEveryStepAndSurvivesReopen()
{
    qint64 id = 0;
    {
        Journal journal(m_path);
        id = fullOnboarding(journal, QStringLiteral("u-1"));
        QVERIFY(id > 0);
        QVERIFY(wait<bool>([&](auto done) { journal.recordStatus(id, QStringLiteral("active"), done); }));
    }
    Journal reopened(m_path);
    const auto entries = wait<QList<JournalEntry>>([&](auto done) {
        reopened.recent(QDateTime::currentDateTimeUtc().addDays(-1), done);
    });
    QCOMPARE(entries.size(), 1);
    const JournalEntry &e = entries.first();
    QCOMPARE(e.id, id);
    QCOMPARE(e.userId, QStringLiteral("u-1"));
    QCOMPARE(e.inquiryId, QStringLiteral("inq_1"));
    QCOMPARE(e.verificationUrl.host(), QStringLiteral("inquiry.withpersona.com"));
    QCOMPARE(e.status, QStringLiteral("active"));
    QCOMPARE(e.stage, Stage::Finished);
    QCOMPARE(e.maskedContact, QStringLiteral("j***@e***.com, +57 *** *** 4567"));
    QVERIFY(e.startedAt.isValid());
    QVERIFY(e.updatedAt >= e.startedAt);
}

void TestJournal::findLatestForUserReturnsTheLink()
{
    Journal journal(m_path);
    fullOnboarding(journal, QStringLiteral("u-1"));
    fullOnboarding(journal, QStringLiteral("u-2"));
    const auto found = wait<std::optional<JournalEntry>>([&](auto done) {
        journal.findLatestForUser(QStringLiteral("u-2"), done);
    });
    QVERIFY(found.has_value());
    QCOMPARE(found->userId, QStringLiteral("u-2"));
    QCOMPARE(found->inquiryId, QStringLiteral("inq_1"));
    const auto missing = wait<std::optional<JournalEntry>>([&](auto done) {
        journal.findLatestForUser(QStringLiteral("u-3"), done);
    });
    QVERIFY(!missing.has_value());
}

void TestJournal::recentListsTodayAndUnfinished()
{
    Journal journal(m_path);
    const qint64 finished = fullOnboarding(journal, QStringLiteral("u-old"));
    wait<bool>([&](auto done) { journal.recordStatus(finished, QStringLiteral("active"), done); });
    const qint64 open = fullOnboarding(journal, QStringLiteral("u-open"));
    // Only unfinished ones when "today" starts in the future.
    const auto unfinished = wait<QList<JournalEntry>>([&](auto done) {
        journal.recent(QDateTime::currentDateTimeUtc().addSecs(3600), done);
    });
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().id, open);
    QVERIFY(unfinished.first().isUnfinished());
}

void TestJournal::failureKeepsOutcomeUnknown()
{
    Journal journal(m_path);
    const qint64 id = wait<qint64>([&](auto done) { journal.recordAttempt(QStringLiteral("x"), QString(), done); });
    QVERIFY(wait<bool>([&](auto done) { journal.recordFailure(id, QStringLiteral("timeout"), true, done); }));
    const auto entries = wait<QList<JournalEntry>>([&](auto done) {
        journal.recent(QDateTime::currentDateTimeUtc().addDays(-1), done);
    });
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().stage, Stage::Failed);
    QCOMPARE(entries.first().failure, QStringLiteral("timeout"));
    QVERIFY(entries.first().outcomeUnknown);
}

void TestJournal::purgesExpiredEntries()
{
    {
        Journal journal(m_path, 30);
        fullOnboarding(journal, QStringLiteral("u-old"));
        fullOnboarding(journal, QStringLiteral("u-new"));
    }
    {
        // Age one entry past the retention period, as if 31 days had passed.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ager"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE onboarding SET updated_at = '%1', started_at = '%1' WHERE user_id = 'u-old'")
                           .arg(QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODateWithMs))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ager"));

    Journal journal(m_path, 30); // purges at start
    const auto entries = wait<QList<JournalEntry>>([&](auto done) {
        journal.recent(QDateTime::currentDateTimeUtc().addYears(-1), done);
    });
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().userId, QStringLiteral("u-new"));
}

void TestJournal::keepsNoPersonalData()
{
    {
        Journal journal(m_path);
        fullOnboarding(journal, QStringLiteral("u-1"));
    }
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("4567") || bytes.contains("*** 4567"));
    QVERIFY(!bytes.contains("@example.com"));
    QVERIFY(bytes.contains("inq_1"));
}

void TestJournal::unwritableLocationReportsFailure()
{
    Journal journal(QStringLiteral("/proc/qash-no-such-dir/journal.sqlite"));
    QSignalSpy failures(&journal, &Journal::storageFailed);
    const qint64 id = wait<qint64>([&](auto done) { journal.recordAttempt(QStringLiteral("x"), QString(), done); });
    QCOMPARE(id, 0);
    QVERIFY(!failures.isEmpty());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
