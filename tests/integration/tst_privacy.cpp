// After a full onboarding through the window, nothing on disk holds a secret
// or the customer's personal data: not the settings file, not the journal
// (nor its write-ahead log), not the log file.
#include "api/partnerapi.h"
#include "deskcontext.h"
#include "logging.h"
#include "mainwindow.h"
#include "onboarding/onboardingflow.h"
#include "sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "widgetinput.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;
using qash::sandbox::SandboxServer;

class LinkSink : public QObject
{
    Q_OBJECT
public slots:
    void open(const QUrl &) {}
};

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void nothingPersonalOrSecretReachesDisk();

private:
    static void type(QWidget *widget, const QString &text)
    {
        typeText(widget, text);
        QTest::keyClick(widget, Qt::Key_Tab);
    }
};

void TestPrivacy::nothingPersonalOrSecretReachesDisk()
{
    const QByteArray key = "qash_key_test_PRIVACYKEY123";
    const QByteArray secret = "qash_secret_test_PRIVACYSECRET456";
    LinkSink sink;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &sink, "open");

    QTemporaryDir dir;
    SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setCredentials(key, secret);
    QVERIFY(Logging::installLogFile(dir.filePath(QStringLiteral("logs/qash-desk.log"))));

    {
        QNetworkAccessManager network;
        auto settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setDefaultRegion(QStringLiteral("CO"));
        auto secrets = std::make_unique<MemorySecretStore>();
        secrets->save({QString::fromLatin1(key), QString::fromLatin1(secret)});
        DeskOptions options;
        options.baseUrlOverride = sandbox.baseUrl();
        options.allowLoopbackLinks = true;
        options.pollIntervalMs = 250;
        options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
        DeskContext desk(&network, std::move(settings), std::move(secrets), options);
        QTRY_VERIFY(desk.api()->hasCredentials());
        desk.window()->show();
        QVERIFY(QTest::qWaitForWindowActive(desk.window()));

        for (const QString &text : {QStringLiteral("Ana María"), QStringLiteral("Pérez"),
                                    QStringLiteral("ana.perez@example.com"), QStringLiteral("300 1234567"),
                                    QStringLiteral("1985-04-15"), QString(), QString()})
            type(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(desk.flow()->state(), OnboardingFlow::State::WaitingForCustomer, 10000);
        QVERIFY(sandbox.completeVerification(desk.flow()->session().inquiryId));
        QTRY_COMPARE_WITH_TIMEOUT(desk.flow()->state(), OnboardingFlow::State::Active, 10000);
        desk.window()->nextCustomer();
    }
    Logging::uninstallLogFile();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));

    const QList<QByteArray> forbidden{
        key, secret, "Ana", "Mar\xc3\xad" "a", "P\xc3\xa9rez", "ana.perez", "example.com",
        "3001234567", "300 1234567", "1985-04-15", "1985",
    };
    int filesChecked = 0;
    QDirIterator files(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++filesChecked;
        qInfo("checked %s (%lld bytes)", qPrintable(QFileInfo(file).fileName()), qint64(bytes.size()));
        for (const QByteArray &word : forbidden)
            QVERIFY2(!bytes.contains(word), qPrintable(file.fileName() + QStringLiteral(" holds ") + QString::fromUtf8(word)));
    }
    // The settings file, the journal and the log at least.
    QVERIFY2(filesChecked >= 3, qPrintable(QString::number(filesChecked)));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("logs/qash-desk.log"))));
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
