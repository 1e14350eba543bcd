// Settings an administrator preset are shown, greyed out, and not saved over.
#include "settingsdialog.h"
#include "storage/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace qash;

class TestSettingsLocks : public QObject
{
    Q_OBJECT

private slots:
    void lockedSettingsAreShownAndKept();
};

void TestSettingsLocks::lockedSettingsAreShownAndKept()
{
    QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("policy.ini"));
    {
        QSettings admin(policy, QSettings::IniFormat);
        admin.setValue(AppSettings::AutoOpenLinkKey, false);
        admin.setValue(AppSettings::EnvironmentKey, QStringLiteral("sandbox"));
    }
    AppSettings settings(dir.filePath(QStringLiteral("user.ini")), policy);
    SettingsDialog dialog(&settings, SettingsDialog::CredentialsContext{});
    dialog.show();

    auto *autoOpen = dialog.findChild<QCheckBox *>(QStringLiteral("autoOpenCheck"));
    auto *production = dialog.findChild<QRadioButton *>(QStringLiteral("productionRadio"));
    auto *sandbox = dialog.findChild<QRadioButton *>(QStringLiteral("sandboxRadio"));
    auto *region = dialog.findChild<QComboBox *>(QStringLiteral("regionCombo"));
    QVERIFY(autoOpen && production && sandbox && region);
    QVERIFY(!autoOpen->isEnabled());
    QVERIFY(!autoOpen->isChecked());
    QVERIFY(!autoOpen->toolTip().isEmpty());
    QVERIFY(!production->isEnabled());
    QVERIFY(sandbox->isChecked());
    QVERIFY(region->isEnabled()); // not locked

    dialog.accept();
    QVERIFY(!settings.autoOpenLink());
    QCOMPARE(settings.environment(), AppSettings::Environment::Sandbox);
}

QTEST_MAIN(TestSettingsLocks)
#include "tst_settingslocks.moc"
