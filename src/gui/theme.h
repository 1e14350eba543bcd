#pragma once

#include <QColor>
#include <QKeySequence>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
class QWidget;
QT_END_NAMESPACE

namespace qash::theme {

// Colours come from the active palette rather than fixed style sheets, so the
// native styles keep drawing the widgets and dark palettes stay readable.
// Call the tone functions again on QEvent::PaletteChange/ThemeChange.

enum class Tone { Neutral, Hint, Positive, Warning, Error };

bool isDark(const QPalette &palette);

// A colour for text, frames and icons in this tone; readable (about 4.5:1) on
// the palette's window colour in light and dark palettes.
QColor accentColor(Tone tone, const QPalette &palette);
// A quiet background for message areas in this tone.
QColor backgroundColor(Tone tone, const QPalette &palette);

// Sets the widget's text colour to the tone, computed from the application
// palette so repeated calls do not drift.
void setTextTone(QWidget *widget, Tone tone);

// Scales the widget's font once; for headings (> 1) and fine print (< 1).
void scaleFont(QWidget *widget, qreal factor, bool demiBold = false);

// A label that explains a problem with a field: fine print in the error tone,
// plain text only (server messages end up here too), wrapped.
void setUpFieldErrorLabel(QLabel *label);
// Secondary, explanatory text.
void setUpHintLabel(QLabel *label);

// Labels with an Alt+letter (a buddy) in `root`: a little room on the right.
// Qt draws the underlined letter as its own text run, which drops the
// kerning after it ("&Teléfono" comes out a pixel wider than measured), and
// a label clipped to its measured text loses its last letter's edge.
// Call again after the texts change (retranslateUi).
void setUpFieldLabels(QWidget *root);

// WCAG 2 contrast ratio of two opaque colours: 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);

// "Copy the link (Ctrl+Shift+C)": a tooltip that teaches the shortcut, in the
// platform's own key names (translated by Qt's catalogue).
QString withShortcut(const QString &text, const QKeySequence &keys);

} // namespace qash::theme
