#include "theme.h"

#include <QApplication>
#include <QLabel>

namespace qash::theme {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal keep = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amountOfB),
                            float(a.greenF() * keep + b.greenF() * amountOfB),
                            float(a.blueF() * keep + b.blueF() * amountOfB));
}

constexpr qreal FinePrint = 0.92;

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor accentColor(Tone tone, const QPalette &palette)
{
    // KMessageWidget's hues, darkened for light palettes and lightened for
    // dark ones so text in them keeps its contrast.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Positive: return dark ? QColor(0x6b, 0xd6, 0x97) : QColor(0x1b, 0x6e, 0x3c);
    case Tone::Warning: return dark ? QColor(0xf6, 0xbd, 0x5a) : QColor(0x8a, 0x51, 0x00);
    case Tone::Error: return dark ? QColor(0xf4, 0x95, 0x8c) : QColor(0xb0, 0x23, 0x1b);
    case Tone::Hint: return palette.color(QPalette::PlaceholderText);
    case Tone::Neutral: break;
    }
    return palette.color(QPalette::Highlight);
}

QColor backgroundColor(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), accentColor(tone, palette), isDark(palette) ? 0.20 : 0.10);
}

void setTextTone(QWidget *widget, Tone tone)
{
    const QPalette base = QApplication::palette(widget);
    const QColor color = tone == Tone::Neutral ? base.color(QPalette::WindowText) : accentColor(tone, base);
    QPalette palette = widget->palette();
    // Forms call this on every keystroke; a no-op must not repaint anything.
    if (palette.isBrushSet(QPalette::Active, QPalette::WindowText)
        && palette.color(QPalette::Active, QPalette::WindowText) == color)
        return;
    // Active and inactive only: disabled text keeps the style's greyed look.
    palette.setColor(QPalette::Active, QPalette::WindowText, color);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, color);
    widget->setPalette(palette);
}

void scaleFont(QWidget *widget, qreal factor, bool demiBold)
{
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    if (demiBold)
        font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

void setUpFieldErrorLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    scaleFont(label, FinePrint);
    setTextTone(label, Tone::Error);
}

void setUpHintLabel(QLabel *label)
{
    label->setWordWrap(true);
    scaleFont(label, FinePrint);
    setTextTone(label, Tone::Hint);
}

} // namespace qash::theme
