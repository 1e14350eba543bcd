// Text tones stay readable (WCAG AA, 4.5:1) on light and dark palettes, the
// message bars' tinted backgrounds included.

#include "darkpalette.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace qash;

namespace {

QPalette windowsHighContrastBlack()
{
    QPalette p(Qt::white, Qt::black);
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    return p;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void tones_areReadable_data();
    void tones_areReadable();
    void contrastRatio_matchesWcag();
    void withShortcut_namesTheKeys();
};

void TestTheme::tones_areReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("tone");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = fusion->standardPalette();
    const QList<QPair<const char *, QPalette>> palettes = {
        {"Fusion light", light}, {"Fusion dark", darkPalette()}, {"high contrast", windowsHighContrastBlack()}};
    const QList<QPair<const char *, theme::Tone>> tones = {{"hint", theme::Tone::Hint},
                                                           {"positive", theme::Tone::Positive},
                                                           {"warning", theme::Tone::Warning},
                                                           {"error", theme::Tone::Error}};
    for (const auto &[paletteName, palette] : palettes) {
        for (const auto &[toneName, tone] : tones)
            QTest::addRow("%s, %s", paletteName, toneName) << palette << int(tone);
    }
}

void TestTheme::tones_areReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(int, tone);
    const auto which = theme::Tone(tone);
    const QColor text = theme::accentColor(which, palette);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY2(theme::contrastRatio(text, window) >= 4.5,
             qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), window.name())
                                .arg(theme::contrastRatio(text, window))));
    // Message bars: the palette's text on the tone's tint.
    const QColor tint = theme::backgroundColor(which, palette);
    QVERIFY(theme::contrastRatio(palette.color(QPalette::WindowText), tint) >= 4.5);

    // And as applied to a label: the colour really is the tone's.
    QApplication::setPalette(palette);
    QLabel label;
    theme::setTextTone(&label, which);
    QCOMPARE(label.palette().color(QPalette::Active, QPalette::WindowText), text);
    QApplication::setPalette(QPalette());
}

void TestTheme::contrastRatio_matchesWcag()
{
    QCOMPARE(qRound(theme::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(theme::contrastRatio(Qt::white, Qt::white), 1.0);
    // #777 on white is WCAG's classic borderline case (4.48:1).
    QVERIFY(qAbs(theme::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
}

void TestTheme::withShortcut_namesTheKeys()
{
    QCOMPARE(theme::withShortcut(QStringLiteral("Copy link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
             QStringLiteral("Copy link (Ctrl+Shift+C)"));
    QCOMPARE(theme::withShortcut(QStringLiteral("Copy link"), QKeySequence()), QStringLiteral("Copy link"));
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
