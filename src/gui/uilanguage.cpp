#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QWidget>

namespace qash {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "qash.gui.language")

const QString English = QStringLiteral("en");
const QString Spanish = QStringLiteral("es");

// The locale for dates, times and country names in that language: the
// system's own when it speaks it (es_CO stays es_CO), else the variant the
// desks mostly use.
QLocale localeFor(const QString &language, const QLocale &system)
{
    if (QLocale::languageToCode(system.language()) == language)
        return QLocale(system.name());
    if (language == Spanish)
        return QLocale(QLocale::Spanish, QLocale::LatinAmerica);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

// Qt's catalogues: where Qt itself was installed (Linux packages), then a
// "translations" folder beside the executable, where windeployqt and
// macdeployqt put them when QLibraryInfo points elsewhere.
bool loadQtTranslation(QTranslator &translator, const QLocale &locale)
{
    const QStringList places = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
    };
    for (const QString &place : places) {
        if (translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), place))
            return true;
    }
    return false;
}

} // namespace

QStringList UiLanguage::available()
{
    return {English, Spanish};
}

QString UiLanguage::resolve(const QString &setting, const QLocale &system)
{
    const QString wanted = setting.trimmed().toLower();
    if (available().contains(wanted))
        return wanted;
    // uiLanguages() lists the user's choices in order ("es-CO", "en-US"...);
    // on Linux it honours LANGUAGE as well as LC_ALL/LC_MESSAGES/LANG.
    const QStringList preferred = system.uiLanguages();
    for (const QString &name : preferred) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::C)
            continue;
        const QString language = QLocale::languageToCode(candidate.language());
        if (available().contains(language))
            return language;
    }
    return English;
}

QString UiLanguage::nativeName(const QString &language)
{
    if (language == Spanish)
        return QStringLiteral("Español");
    if (language == English)
        return QStringLiteral("English");
    return language;
}

bool UiLanguage::loadAppCatalogue(const QString &language, QTranslator &translator)
{
    return translator.load(QStringLiteral(":/i18n/qashdesk_%1.qm").arg(language));
}

bool UiLanguage::loadQtCatalogue(const QString &language, QTranslator &translator)
{
    return language != English && loadQtTranslation(translator, localeFor(language, QLocale::system()));
}

UiLanguage::UiLanguage(QObject *parent)
    : QObject(parent)
    , m_previousLocale(QLocale())
{
}

UiLanguage::~UiLanguage()
{
    removeTranslators();
    QLocale::setDefault(m_previousLocale);
}

void UiLanguage::removeTranslators()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

void UiLanguage::apply(const QString &setting)
{
    const QString language = resolve(setting);
    if (language == m_current)
        return;
    m_current = language;

    // Locale first: when the LanguageChange events (posted by the translator
    // calls below) arrive, widgets already format and sort for the new
    // language. Windows without a locale of their own follow the default;
    // setLocale() reaches the ones already open.
    const QLocale locale = localeFor(language, QLocale::system());
    QLocale::setDefault(locale);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows)
        window->setLocale(locale);

    removeTranslators();
    if (loadAppCatalogue(language, m_app))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    else
        qCWarning(lcLanguage) << "no app translation for" << language;
    // A missing Qt catalogue (a trimmed deployment) leaves Qt's own few words
    // in English, nothing more.
    if (loadQtCatalogue(language, m_qt))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    qCDebug(lcLanguage) << "user interface language" << language << "Qt catalogue" << m_qtInstalled;
    emit changed(language);
}

} // namespace qash
