#pragma once

#include "api/apitypes.h"
#include "storage/secretstore.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QButtonGroup;
QT_END_NAMESPACE

namespace qash {

class AppSettings;

namespace Ui {
class SettingsDialog;
}

// Connection, credentials and desk preferences. Non-secret choices are
// written to AppSettings on Save; the key and secret are handed back to the
// caller (newCredentials()) to go to the SecretStore, and are never shown
// again once stored.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // What the dialog needs to know about where credentials come from.
    struct CredentialsContext
    {
        SecretStore::Backend backend = SecretStore::Backend::Keychain;
        bool persists = true;      // false: kept for this session only
        bool present = false;      // a complete key and secret are in use
        bool demo = false;         // --demo: the built-in sandbox
        QUrl baseUrlOverride;      // --base-url or the demo sandbox: connection is fixed
    };

    SettingsDialog(AppSettings *settings, const CredentialsContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // After Save: what staff typed, if they typed a key and secret.
    std::optional<Credentials> newCredentials() const;
    // After Save: staff asked to forget the stored key and secret.
    bool forgetCredentials() const { return m_forget; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // The choices as loaded, to tell whether staff changed anything.
    struct Snapshot
    {
        int environment = -1;
        QString customUrl;
        bool autoOpen = false;
        QString region;
        QString uiLanguage;
        QString customerLanguage;
        bool operator==(const Snapshot &other) const;
    };

    void load();
    void fitToScreen();
    void retranslate();
    void fillRegions();
    void fillLanguages();
    Snapshot snapshot() const;
    bool hasChanges() const;
    void updateState();
    void applyLocks();
    void updateSourceText();
    QString customUrlProblem() const;
    QString credentialsProblem() const;
    void applyTones();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    CredentialsContext m_context;
    QButtonGroup *m_environments;
    bool m_forget = false;
    Snapshot m_loaded;
    // Escape with unsaved changes warns first; a second Escape closes.
    bool m_escapeWarned = false;
    QList<QWidget *> m_lockedWidgets; // greyed out: an administrator set them
};

} // namespace qash
