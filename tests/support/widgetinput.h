#pragma once

#include <QList>
#include <QString>
#include <QTest>
#include <QWidget>

// How the GUI tests find and type into widgets: by the name assistive
// technology sees, with key events, as a keyboard user would.

template <typename T>
T *byAccessibleName(QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

// QTest::keyClicks() takes ASCII only; "Pérez" needs key events that carry
// their text, as an input method or a Spanish keyboard would send.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
