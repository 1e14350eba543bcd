// The translation files against the sources: every translatable string is in
// them and translated. Runs the build's own lupdate on a copy of each .ts file
// (the committed files are left alone), so a new tr() without its Spanish
// fails here, in CI, rather than showing English on a Spanish desk.
//
// Fix a failure with: cmake --build <build dir> --target update_translations,
// then translate the new entries (Qt Linguist, or by hand in the .ts file).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations = {xml.readElementText()};
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return QStringLiteral("  [%1] \"%2\"").arg(message.context, message.source);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// Mnemonic markers: "&x", not "&&" (a literal ampersand).
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                ++count;
            ++i;
        }
    }
    return count;
}

const QString SourceDir = QStringLiteral(QASHDESK_SOURCE_DIR);
const QString TsDir = SourceDir + QStringLiteral("/resources/translations");

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void everySourceString_isTranslated_data();
    void everySourceString_isTranslated();
    void spanish_keepsPlaceholdersAndMnemonics();
};

void TestTranslationFiles::everySourceString_isTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("Spanish") << QStringLiteral("qashdesk_es.ts") << QStringList();
    // English is the source language: its file only carries plural forms.
    QTest::newRow("English plurals") << QStringLiteral("qashdesk_en.ts")
                                     << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslationFiles::everySourceString_isTranslated()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString copy = work.filePath(file);
    QVERIFY2(QFile::copy(QDir(TsDir).filePath(file), copy), qPrintable(file));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same inputs and options as qt_add_lupdate in src/gui/CMakeLists.txt.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("none")};
    arguments += options;
    for (const char *dir : {"src/core", "src/gui", "src/app", "ui"})
        arguments += QDir(SourceDir).filePath(QLatin1String(dir));
    arguments += {QStringLiteral("-ts"), copy};
    lupdate.start(QStringLiteral(QASHDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(log));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList missing;
    for (const Message &message : messages) {
        if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            continue;
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.cbegin(), message.translations.cend(),
                           [](const QString &text) { return text.isEmpty(); });
        if (message.type == QLatin1String("unfinished") || empty)
            missing.append(describe(message));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 string(s) missing or not translated (run the update_translations "
                                       "target, then translate them):\n%3")
                                .arg(file)
                                .arg(missing.size())
                                .arg(missing.join(QLatin1Char('\n')))));
}

void TestTranslationFiles::spanish_keepsPlaceholdersAndMnemonics()
{
    QString error;
    const QList<Message> messages = readTs(QDir(TsDir).filePath(QStringLiteral("qashdesk_es.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &message : messages) {
        for (const QString &translation : message.translations) {
            // A lost %1 drops the server's host or status from the sentence;
            // a lost & leaves a label without its Alt key.
            if (placeholders(translation) != placeholders(message.source))
                wrong.append(describe(message) + QStringLiteral(" placeholders differ"));
            if (mnemonics(translation) != mnemonics(message.source))
                wrong.append(describe(message) + QStringLiteral(" mnemonic (&) differs"));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
