#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace qash {

// The language of the user interface: the app's own translation (embedded
// under :/i18n) and Qt's (dialog buttons, context menus, shortcut names),
// switched at run time. Installing or removing a translator makes Qt post
// QEvent::LanguageChange to every window; each widget retranslates itself in
// changeEvent(). English is the source language and needs no catalogue for
// its singular texts; qashdesk_en only carries its plural forms.
//
// This is about staff, not customers: the language a customer prefers (sent
// to the API) only defaults to it (see AppSettings::customerLanguage()).
class UiLanguage final : public QObject
{
    Q_OBJECT
public:
    // ISO 639-1 codes of the languages the app is translated into, source first.
    static QStringList available();
    // What a setting means on this system: "en" or "es" for a language the app
    // has; "" (follow the system) takes the first of the system's preferred
    // UI languages that the app has, and English when there is none.
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());
    // A language's own name ("Español"), shown the same in every UI language
    // so staff can find theirs in a UI they cannot read.
    static QString nativeName(const QString &language);
    // Load a language's catalogues, ours (embedded) and Qt's own; false when
    // there is none. English needs none of Qt's: it is Qt's source language.
    static bool loadAppCatalogue(const QString &language, QTranslator &translator);
    static bool loadQtCatalogue(const QString &language, QTranslator &translator);

    explicit UiLanguage(QObject *parent = nullptr);
    // Removes its translators again (tests build several desks in one process).
    ~UiLanguage() override;

    // Applies a setting ("", "en" or "es"); does nothing when it resolves to
    // the language already in use.
    void apply(const QString &setting);
    QString current() const { return m_current; }

signals:
    void changed(const QString &language);

private:
    void removeTranslators();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current;
    QLocale m_previousLocale;
};

} // namespace qash
