#pragma once

#include <QFrame>
#include <QKeySequence>
#include <QList>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace qash {

// An inline message with optional action buttons, in the spirit of
// KMessageWidget: problems are explained in place, never in a modal box that
// a busy desk would click away unread. Text is always plain text, because
// much of it comes from the server.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    // Tip: what to do next (the demo's guide), set apart from notices.
    enum class Kind { Information, Tip, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // Shows the bar with this text, replacing the previous message and its buttons.
    void showMessage(Kind kind, const QString &text);
    // A button on the current message; it goes away with the message.
    QPushButton *addButton(const QString &text);
    // Hides the bar and forgets the text.
    void clearMessage();
    // A close button for messages staff may wave away (tips, not problems);
    // `keys` is a shortcut the owner handles for it, named in its tooltip.
    void setClosable(bool closable, const QKeySequence &keys = {});
    bool isClosable() const;

    Kind kind() const { return m_kind; }
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

signals:
    // Staff pressed the close button; the bar is hidden already.
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyKind();
    void retranslate();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonLayout;
    QToolButton *m_closeButton;
    QKeySequence m_closeKeys;
    QList<QPushButton *> m_buttons;
};

} // namespace qash
