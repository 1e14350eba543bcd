#include "logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Logging::uninstallLogFile(); }
    void writesCategoriesAndScrubs();
    void rotatesAtTheCap();
};

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestLogging::writesCategoriesAndScrubs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/qash-desk.log"));
    QVERIFY(Logging::installLogFile(path));
    qCInfo(lcNet) << "create-user request 1 -> 201";
    qCWarning(lcFlow).noquote() << "oops juan@example.com +573001234567 qash_secret_live_abc https://x.example/p?q=1";
    Logging::uninstallLogFile();

    const QByteArray log = readAll(path);
    QVERIFY(log.contains(" info qash.net: create-user request 1 -> 201"));
    QVERIFY(log.contains(" warning qash.flow: oops"));
    QVERIFY(!log.contains("juan@example.com"));
    QVERIFY(!log.contains("3001234567"));
    QVERIFY(!log.contains("qash_secret_live_abc"));
    QVERIFY(!log.contains("p?q=1"));
}

void TestLogging::rotatesAtTheCap()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qash-desk.log"));
    QVERIFY(Logging::installLogFile(path, 4096, 2));
    const QString line(100, QLatin1Char('x'));
    for (int i = 0; i < 200; ++i)
        qCInfo(lcNet).noquote() << line;
    Logging::uninstallLogFile();

    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
    for (const QString &file : QStringList{path, path + QStringLiteral(".1"), path + QStringLiteral(".2")})
        QVERIFY2(QFileInfo(file).size() <= 4096, qPrintable(file));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
