// The qash-desk executable's command line, run as staff and admins run it:
// --help and --version without a display, mistakes reported in one line with
// exit code 1, no display reported with exit code 2, all in the system's
// language (English or Spanish) before any window exists.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real executable. `language` sets LC_ALL; no display unless the
// caller adds one.
Run runDesk(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"),
            const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LANG", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(extra);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QASHDESK_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// LC_ALL chooses the language only where Qt reads the locale from the
// environment; Windows and macOS take it from the system's settings.
bool languageFollowsEnvironment()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return true;
#else
    return false;
#endif
}

void skipUnlessEnglish(const QString &language)
{
    if (!language.startsWith(QLatin1String("C")) && !languageFollowsEnvironment())
        QSKIP("the language comes from the system's settings here, not from LC_ALL");
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void help_data();
    void help();
    void mistakes_data();
    void mistakes();
    void noDisplay_data();
    void noDisplay();
};

void TestCommandLine::version()
{
    const Run run = runDesk({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("qash-desk %1\n").arg(QStringLiteral(QASHDESK_VERSION)));
    QCOMPARE(run.err, QString());
}

void TestCommandLine::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("English") << "--help" << "C.UTF-8"
                             << QStringList{QStringLiteral("Usage: qash-desk [options]\n"),
                                            QStringLiteral("Show this help and exit."),
                                            QStringLiteral("--demo"), QStringLiteral("Run against a built-in sandbox"),
                                            QStringLiteral("--base-url <URL>")};
    QTest::newRow("Qt's --help-all, the same help") << "--help-all" << "C.UTF-8"
                                                   << QStringList{QStringLiteral("Usage: qash-desk [options]\n"),
                                                                  QStringLiteral("--base-url <URL>")};
    QTest::newRow("Spanish") << "-h" << "es_CO.UTF-8"
                             << QStringList{QStringLiteral("Uso: qash-desk [opciones]\n"),
                                            QStringLiteral("Mostrar esta ayuda y salir."),
                                            QStringLiteral("Usar un sandbox integrado"),
                                            QStringLiteral("Mostrar la versión y salir.")};
}

void TestCommandLine::help()
{
    QFETCH(QString, option);
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    skipUnlessEnglish(language);
    // No display: --help must not need one.
    const Run run = runDesk({option}, language);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    for (const QString &text : expected)
        QVERIFY2(run.out.contains(text), qPrintable(QStringLiteral("'%1' missing from:\n%2").arg(text, run.out)));
    // Options for the benchmarks and Qt's own stay out of the help.
    for (const char *hidden : {"quit-after-startup", "platform", "style"})
        QVERIFY2(!run.out.contains(QLatin1String(hidden)), hidden);
    if (language.startsWith(QLatin1String("es")))
        QVERIFY2(!run.out.contains(QLatin1String("Options:")), qPrintable(run.out));
}

void TestCommandLine::mistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "C.UTF-8" << "bogus";
    QTest::newRow("unknown option, Spanish") << QStringList{QStringLiteral("--bogus")} << "es_CO.UTF-8" << "Pruebe";
    QTest::newRow("positional argument") << QStringList{QStringLiteral("customers.csv")} << "C.UTF-8"
                                         << "unexpected argument 'customers.csv'";
    QTest::newRow("demo and base URL") << QStringList{QStringLiteral("--demo"), QStringLiteral("--base-url"),
                                                      QStringLiteral("https://qash-gw.partner.example")}
                                       << "C.UTF-8" << "cannot be used together";
    QTest::newRow("base URL not a URL") << QStringList{QStringLiteral("--base-url"), QStringLiteral("qash gateway")}
                                        << "C.UTF-8" << "is not a URL like https://api.qash.ai";
    QTest::newRow("plain http to another computer")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://qash-gw.partner.example")} << "C.UTF-8"
            << "https";
    QTest::newRow("plain http, Spanish")
            << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://qash-gw.partner.example")}
            << "es_CO.UTF-8" << "Use https: las credenciales";
    QTest::newRow("base URL value missing") << QStringList{QStringLiteral("--base-url")} << "C.UTF-8" << "base-url";
}

void TestCommandLine::mistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    skipUnlessEnglish(language);
    const Run run = runDesk(arguments, language);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QLatin1String("qash-desk: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("qash-desk --help")), qPrintable(run.err));
}

void TestCommandLine::noDisplay_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << "C.UTF-8" << "no display found";
    QTest::newRow("Spanish") << "es_CO.UTF-8" << "no se encontró una pantalla";
}

void TestCommandLine::noDisplay()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("Windows and macOS always have a display");
#endif
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Run run = runDesk({QStringLiteral("--demo")}, language);
    QCOMPARE(run.exitCode, 2);
    // One line that says what to do, not Qt's platform-plugin abort.
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("xvfb-run -a qash-desk --demo")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
