// The desk in Spanish and English: which language a setting means, switching
// without a restart, no English left on a Spanish screen (main window and
// settings), Qt's own words translated, and the customer's language kept
// apart from the staff's.

#include "customerform.h"
#include "deskcontext.h"
#include "handoffpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "onboarding/onboardingflow.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "storage/appsettings.h"
#include "testdesk.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <memory>

using namespace qash;

namespace {

constexpr int FlowTimeoutMs = 10000;

// What a person reads: no mnemonic markers, rich text as plain text.
QString readable(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    return text.remove(mnemonic).replace(QLatin1String("&&"), QLatin1String("&")).simplified();
}

// The English source texts whose Spanish differs, read from the .ts file:
// whole strings (with %1 standing for anything) and, for long sentences
// without placeholders, as parts of composed messages.
struct EnglishTexts
{
    QList<QRegularExpression> whole;
    QList<QRegularExpression> parts;

    void add(const QString &source)
    {
        const QString text = readable(source);
        if (text.isEmpty())
            return;
        QString pattern = QRegularExpression::escape(text);
        static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
        pattern.replace(placeholder, QStringLiteral(".*"));
        whole.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
        // Whole words only: "Demo" is not in "Demostración".
        if (!text.contains(QLatin1Char('%')) && text.size() >= 16) {
            parts.append(QRegularExpression(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(text)),
                                            QRegularExpression::UseUnicodePropertiesOption));
        }
    }

    QString match(const QString &shown) const
    {
        for (const QRegularExpression &pattern : whole) {
            if (pattern.match(shown).hasMatch())
                return pattern.pattern();
        }
        for (const QRegularExpression &part : parts) {
            if (part.match(shown).hasMatch())
                return part.pattern();
        }
        return {};
    }
};

EnglishTexts englishSources()
{
    EnglishTexts english;
    QFile file(QStringLiteral(QASHDESK_TS_DIR "/qashdesk_es.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (readable(translation) != readable(source))
                english.add(source);
        }
    }
    // Qt's own words on our screens (dialog buttons), when Qt's catalogue is there.
    for (const char *qt : {"Save", "Cancel", "OK", "Close", "Apply", "Yes", "No"})
        english.add(QLatin1String(qt));
    return english;
}

void addActionTexts(const QList<QAction *> &actions, QStringList &texts)
{
    for (const QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        texts << action->text() << action->toolTip();
        if (const QMenu *menu = action->menu())
            addActionTexts(menu->actions(), texts);
    }
}

// Every string a person can see (or hear, through a screen reader) in one window.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (const auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (const auto *combo = qobject_cast<QComboBox *>(widget))
            texts << combo->currentText() << combo->placeholderText();
        if (const auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            texts << spin->text();
        if (const auto *menuBar = qobject_cast<QMenuBar *>(widget))
            addActionTexts(menuBar->actions(), texts);
    }
    QStringList result;
    for (const QString &text : std::as_const(texts)) {
        const QString shown = readable(text);
        if (!shown.isEmpty() && !result.contains(shown))
            result.append(shown);
    }
    return result;
}

QStringList englishIn(QWidget *window, const EnglishTexts &english)
{
    QStringList found;
    const QStringList texts = visibleTexts(window);
    for (const QString &text : texts) {
        const QString source = english.match(text);
        if (!source.isEmpty())
            found.append(QStringLiteral("  \"%1\" (English: %2)").arg(text, source));
    }
    return found;
}

// The Alt+letter of every label, button and menu title visible in a window.
QStringList duplicateMnemonics(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    const auto note = [&owners](const QString &text) {
        static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
        const QRegularExpressionMatch match = mnemonic.match(text);
        if (match.hasMatch())
            owners[match.captured(1).at(0).toLower()].append(text);
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text());
        if (const auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text());
        if (const auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            const QList<QAction *> menus = menuBar->actions();
            for (const QAction *menu : menus)
                note(menu->text());
        }
    }
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(it.value().join(QLatin1String(" / ")));
    }
    return clashes;
}

bool qtCatalogueInstalled(const QString &language)
{
    return QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                 .filePath(QStringLiteral("qtbase_%1.qm").arg(language)));
}

} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void resolve_data();
    void resolve();
    void spanish_leavesNoEnglishOnScreen_andSwitchesBackWithoutRestart();
    void mnemonics_areUniquePerWindow_inBothLanguages();
    void qtOwnStrings_areSpanish();
    void customerLanguage_startsAsTheUiLanguage_butIsTheCustomers();
    void lockedLanguage_cannotBeSwitched();
    void messageOnScreen_isSaidAgain_keepingTheFocus();
    void layout_hasNoClippedText_data();
    void layout_hasNoClippedText();

private:
    void buildDesk(const QString &uiLanguage = {}, const QString &policyIni = {});
    MainWindow *window() const { return m_desk->window(); }
    void switchTo(const char *actionName);

    UrlCatcher m_catcher;
    TestDesk m_desk;
};

void TestUiLanguage::initTestCase()
{
    m_catcher.install();
}

void TestUiLanguage::cleanupTestCase()
{
    UrlCatcher::uninstall();
}

void TestUiLanguage::init()
{
    m_desk.init();
    m_catcher.urls.clear();
}

void TestUiLanguage::cleanup()
{
    m_desk.cleanup();
    // The desk took its translators with it: the next test starts in English.
    QCOMPARE(QCoreApplication::translate("qash::MainWindow", "Next customer"), QStringLiteral("Next customer"));
}

void TestUiLanguage::buildDesk(const QString &uiLanguage, const QString &policyIni)
{
    TestDeskOptions options;
    options.autoOpenLink = false;
    options.demo = true; // the banner and the tips are on screen too
    options.uiLanguage = uiLanguage;
    options.policyIni = policyIni;
    m_desk.build(std::move(options));
}

void TestUiLanguage::switchTo(const char *actionName)
{
    auto *action = window()->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    // Qt posts LanguageChange; let it arrive.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

void TestUiLanguage::resolve_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system Colombian Spanish") << QString() << QStringLiteral("es_CO") << QStringLiteral("es");
    QTest::newRow("system Mexican Spanish") << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("system US English") << QString() << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("system Portuguese: English") << QString() << QStringLiteral("pt_BR") << QStringLiteral("en");
    QTest::newRow("system C: English") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("setting wins over the system") << QStringLiteral("en") << QStringLiteral("es_CO")
                                                  << QStringLiteral("en");
    QTest::newRow("Spanish on an English system") << QStringLiteral("es") << QStringLiteral("en_US")
                                                  << QStringLiteral("es");
    QTest::newRow("unknown setting follows the system") << QStringLiteral("fr") << QStringLiteral("es_AR")
                                                        << QStringLiteral("es");
}

void TestUiLanguage::resolve()
{
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(UiLanguage::resolve(setting, QLocale(system)), expected);
}

void TestUiLanguage::spanish_leavesNoEnglishOnScreen_andSwitchesBackWithoutRestart()
{
    const EnglishTexts english = englishSources();
    QVERIFY(english.whole.size() > 150);

    buildDesk();
    QCOMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demo"));
    // The check itself sees English when it is there.
    QVERIFY(!englishIn(window(), english).isEmpty());

    // View > Language > Español: no restart.
    switchTo("actionLanguageSpanish");
    QCOMPARE(m_desk->settings()->uiLanguage(), QStringLiteral("es"));
    QTRY_COMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demostración"));
    QStringList left = englishIn(window(), english);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English on the Spanish main window:\n") + left.join('\n')));
    QCOMPARE(window()->customerForm()->findChild<QPushButton *>(QStringLiteral("startButton"))->accessibleName(),
             QStringLiteral("Iniciar verificación"));
    // Country names too, where Qt alone only knows the English one, and
    // sorted for Spanish.
    auto *country = window()->findChild<QComboBox *>(QStringLiteral("countryCombo"));
    QCOMPARE(country->itemText(country->findData(QStringLiteral("DE"))), QStringLiteral("Alemania"));
    QCOMPARE(country->itemText(country->findData(QStringLiteral("MX"))), QStringLiteral("México"));
    QVERIFY(country->findData(QStringLiteral("DE")) < country->findData(QStringLiteral("AR")));

    // The hand-off and a live status, in Spanish too (keyboard only).
    QTest::keyClick(window(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window()->customerForm()->isValid());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window()->statusText(),
                              QStringLiteral("Esperando a que el cliente termine la verificación (estado: pendiente)"),
                              FlowTimeoutMs);
    left = englishIn(window(), english);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English on the Spanish hand-off:\n") + left.join('\n')));

    // Settings, opened with its shortcut.
    QTest::keyClick(window(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Configuración"));
    left = englishIn(dialog, english);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("English in the Spanish settings:\n") + left.join('\n')));

    // Back to English from the dialog, with the keyboard: it applies on Save.
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("uiLanguageCombo"));
    language->setFocus();
    QTest::keyClicks(language, "English");
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QTest::keyClick(language, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_desk->settings()->uiLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demo"));
    QCOMPARE(window()->customerForm()->findChild<QPushButton *>(QStringLiteral("startButton"))->accessibleName(),
             QStringLiteral("Start verification"));
    // What the flow shows keeps going, now in English.
    QCOMPARE(window()->statusText(), QStringLiteral("Waiting for the customer to finish verification (status: pending)"));
    QVERIFY(window()->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->isChecked());
}

void TestUiLanguage::mnemonics_areUniquePerWindow_inBothLanguages()
{
    buildDesk();
    QStringList clashes = duplicateMnemonics(window());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));
    switchTo("actionLanguageSpanish");
    QTRY_COMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demostración"));
    clashes = duplicateMnemonics(window());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));

    QTest::keyClick(window(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    clashes = duplicateMnemonics(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));
    dialog->reject();
}

void TestUiLanguage::qtOwnStrings_areSpanish()
{
    if (!qtCatalogueInstalled(QStringLiteral("es")))
        QSKIP("Qt's Spanish catalogue (qtbase_es.qm) is not installed here");
    buildDesk(QStringLiteral("es"));
    // Dialog buttons and the text fields' context menu come from Qt.
    QTest::keyClick(window(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QCOMPARE(readable(buttons->button(QDialogButtonBox::Save)->text()), QStringLiteral("Guardar"));
    QCOMPARE(readable(buttons->button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Cancelar"));
    dialog->reject();

    auto *firstName = window()->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"));
    const std::unique_ptr<QMenu> menu(firstName->createStandardContextMenu());
    QStringList texts;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions)
        texts << readable(action->text().section(QLatin1Char('\t'), 0, 0));
    QVERIFY2(texts.contains(QStringLiteral("Deshacer")) && texts.contains(QStringLiteral("Pegar")),
             qPrintable(texts.join(QLatin1String(", "))));
}

void TestUiLanguage::customerLanguage_startsAsTheUiLanguage_butIsTheCustomers()
{
    buildDesk(QStringLiteral("en"));
    auto *language = window()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));

    switchTo("actionLanguageSpanish");
    QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
    QCOMPARE(window()->customerForm()->draft().preferredLanguage, QStringLiteral("es"));

    // This customer reads Portuguese: staff say so, and a UI switch keeps it.
    language->setFocus();
    QTest::keyClicks(language, "Portu");
    QCOMPARE(language->currentData().toString(), QStringLiteral("pt"));
    switchTo("actionLanguageEnglish");
    QCOMPARE(language->currentData().toString(), QStringLiteral("pt"));

    // The next customer starts from the desk's default again.
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));

    // A desk may set its own default for customers, whatever the staff read.
    m_desk->settings()->setCustomerLanguage(QStringLiteral("es"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
    QCOMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demo"));
}

void TestUiLanguage::lockedLanguage_cannotBeSwitched()
{
    const QString policy = m_desk.dir()->filePath(QStringLiteral("policy.ini"));
    {
        QSettings admin(policy, QSettings::IniFormat);
        admin.setValue(AppSettings::UiLanguageKey, QStringLiteral("es"));
    }
    buildDesk(QString(), policy);
    QCOMPARE(window()->windowTitle(), QStringLiteral("Qash Desk — Demostración"));
    auto *english = window()->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"));
    QVERIFY(!english->isEnabled());
    QVERIFY(window()->findChild<QAction *>(QStringLiteral("actionLanguageSpanish"))->isChecked());
}

void TestUiLanguage::messageOnScreen_isSaidAgain_keepingTheFocus()
{
    buildDesk(QStringLiteral("en"));
    QTest::keyClick(window(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    m_desk.sandbox()->failNextRequests(1, 503);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    MessageBar *bar = window()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), FlowTimeoutMs);
    QVERIFY2(bar->text().startsWith(QLatin1String("Could not register the customer")), qPrintable(bar->text()));
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Retry"));

    switchTo("actionLanguageSpanish");
    QVERIFY2(bar->text().startsWith(QStringLiteral("No se pudo registrar al cliente")), qPrintable(bar->text()));
    QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Reintentar"));
    // And Retry still works.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
}

void TestUiLanguage::layout_hasNoClippedText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const char *language : {"en", "es"}) {
        QTest::addRow("%s, 1100x720", language) << QString::fromLatin1(language) << QSize(1100, 720);
        // A 1024x640 screen, less a title bar.
        QTest::addRow("%s, 1024x610", language) << QString::fromLatin1(language) << QSize(1024, 610);
    }
}

// At the sizes desks have, in both languages (and, through the ctest entry
// tst_uilanguage_scaled, at 200 %): every label and button gets the room its
// text needs, the QR code stays scannable, and the hand-off with its buttons
// fits without scrolling.
void TestUiLanguage::layout_hasNoClippedText()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    buildDesk(language);
    window()->resize(size);
    QTest::keyClick(window(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window()->handOffPanel()->isVisible(), FlowTimeoutMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QCOMPARE(window()->size(), size);

    QStringList clipped;
    const QList<QWidget *> widgets = window()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window()))
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                                : label->width() >= label->sizeHint().width();
            if (!fits)
                clipped.append(QStringLiteral("label \"%1\" %2x%3").arg(label->text()).arg(label->width()).arg(label->height()));
        }
        if (const auto *button = qobject_cast<QPushButton *>(widget)) {
            if (button->width() < button->sizeHint().width() || button->height() < button->sizeHint().height())
                clipped.append(QStringLiteral("button \"%1\"").arg(button->text()));
        }
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join('\n')));

    auto *qr = window()->findChild<QWidget *>(QStringLiteral("qrView"));
    QVERIFY2(qr->width() >= 240 && qr->height() >= 240, qPrintable(QStringLiteral("%1x%2").arg(qr->width()).arg(qr->height())));
#if defined(Q_OS_LINUX)
    // With the fonts scripts/dev installs (DejaVu at 9 pt): the whole hand-off
    // in view. Elsewhere the system font decides, and the scroll area copes.
    auto *viewport = window()->findChild<QScrollArea *>(QStringLiteral("scrollArea"))->viewport();
    for (const char *name : {"copyButton", "nextCustomerButton"}) {
        auto *button = window()->findChild<QPushButton *>(QLatin1String(name));
        const QRect inViewport(button->mapTo(viewport, QPoint()), button->size());
        QVERIFY2(viewport->rect().contains(inViewport), name);
    }
#endif
}

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
