#pragma once

#include "api/partnerapi.h"
#include "deskcontext.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// How the GUI tests run a whole desk: a DeskContext built as the app builds
// it, against a sandbox on 127.0.0.1, its settings in a temporary directory.
// A test that includes this lists it in its SOURCES, for moc (UrlCatcher).

// Catches the links the desk opens, by slot name as QDesktopServices calls
// its handlers, and records them.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;

    // From initTestCase(): demo links are http://127.0.0.1...; nothing may
    // reach a real browser.
    void install()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
    }
    // From cleanupTestCase().
    static void uninstall()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// What a test's desk starts with; the defaults are a plain desk.
struct TestDeskOptions
{
    bool autoOpenLink = true;
    bool demo = false;
    QString uiLanguage;  // empty: left unset
    QString policyIni;   // the administrator's locked settings; empty: none
    QString journalFile; // in the desk's directory; empty: no journal
    std::unique_ptr<qash::SecretStore> secrets; // empty: the sandbox's demo credentials, in memory
};

// One desk a test: init() gives it a directory and a listening sandbox (which
// a test may set up before building), build() the desk itself, shown and
// active, cleanup() takes it all down again.
//
// Failures are Qt Test failures: QVERIFY here returns from the helper only,
// as it did from each test's own buildDesk(); a failed init() skips the test.
class TestDesk
{
public:
    // Used like the DeskContext it holds: m_desk->flow().
    qash::DeskContext *operator->() const { return m_context.get(); }
    qash::DeskContext *context() const { return m_context.get(); }
    qash::MainWindow *window() const { return m_context->window(); }
    qash::sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }
    QTemporaryDir *dir() const { return m_dir.get(); }

    // From the test's init().
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sandbox = std::make_unique<qash::sandbox::SandboxServer>();
        QVERIFY(m_sandbox->listen(QHostAddress::LocalHost, 0));
    }

    // From the test's cleanup(): the desk first, as it uses the sandbox and
    // keeps its settings and journal in the directory.
    void cleanup()
    {
        m_context.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void build(TestDeskOptions options = {})
    {
        using qash::sandbox::SandboxServer;
        auto settings = std::make_unique<qash::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                            options.policyIni);
        settings->setDefaultRegion(QStringLiteral("CO"));
        settings->setAutoOpenLink(options.autoOpenLink);
        if (!options.uiLanguage.isEmpty())
            settings->setUiLanguage(options.uiLanguage);
        std::unique_ptr<qash::SecretStore> secrets = std::move(options.secrets);
        if (!secrets) {
            secrets = std::make_unique<qash::MemorySecretStore>();
            secrets->save({QString::fromLatin1(SandboxServer::DemoApiKey),
                           QString::fromLatin1(SandboxServer::DemoApiSecret)});
        }

        qash::DeskOptions deskOptions;
        deskOptions.baseUrlOverride = m_sandbox->baseUrl();
        deskOptions.allowLoopbackLinks = true; // the sandbox's links (demo implies it anyway)
        deskOptions.pollIntervalMs = 250;
        deskOptions.demo = options.demo;
        deskOptions.journalPath = options.journalFile.isEmpty() ? QString() : m_dir->filePath(options.journalFile);
        m_context = std::make_unique<qash::DeskContext>(&m_network, std::move(settings), std::move(secrets),
                                                        deskOptions);
        // The credentials load asynchronously.
        QTRY_VERIFY(m_context->api()->hasCredentials());

        window()->show();
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }

private:
    // Destroyed in reverse order, the network manager last, like cleanup().
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<qash::sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<qash::DeskContext> m_context;
};
