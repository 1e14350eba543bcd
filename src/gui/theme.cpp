#include "theme.h"

#include <QApplication>
#include <QLabel>

#include <cmath>

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

// WCAG 2 AA for normal-size text.
constexpr qreal MinimumTextContrast = 4.5;

qreal relativeLuminance(const QColor &color)
{
    const auto channel = [](qreal value) {
        return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Styles and users' palettes differ: nudge the colour towards the palette's
// own text colour until it is readable on the window background.
QColor readableOn(QColor color, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    for (int step = 0; step < 20 && contrastRatio(color, background) < MinimumTextContrast; ++step)
        color = mix(color, text, 0.15);
    return color;
}

} // namespace

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(a);
    const qreal lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QString withShortcut(const QString &text, const QKeySequence &keys)
{
    if (keys.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

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
    case Tone::Positive: return readableOn(dark ? QColor(0x6b, 0xd6, 0x97) : QColor(0x1b, 0x6e, 0x3c), palette);
    case Tone::Warning: return readableOn(dark ? QColor(0xf6, 0xbd, 0x5a) : QColor(0x8a, 0x51, 0x00), palette);
    case Tone::Error: return readableOn(dark ? QColor(0xf4, 0x95, 0x8c) : QColor(0xb0, 0x23, 0x1b), palette);
    case Tone::Hint:
        // Not PlaceholderText: that is half-transparent text, about 3.5:1
        // on Fusion's grey, too faint for sentences staff must read.
        return readableOn(mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4), palette);
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

void setUpFieldLabels(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->buddy())
            continue;
        // Wider than the text rather than padded: QLabel clips to its contents rect.
        label->setMinimumWidth(0);
        label->setMinimumWidth(label->sizeHint().width() + qMax(2, label->fontMetrics().height() / 6));
    }
}

void setUpHintLabel(QLabel *label)
{
    label->setWordWrap(true);
    scaleFont(label, FinePrint);
    setTextTone(label, Tone::Hint);
}

} // namespace qash::theme
