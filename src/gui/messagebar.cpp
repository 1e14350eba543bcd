#include "messagebar.h"

#include "theme.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace qash {

namespace {

theme::Tone toneFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Tip:
    case MessageBar::Kind::Positive: return theme::Tone::Positive;
    case MessageBar::Kind::Warning: return theme::Tone::Warning;
    case MessageBar::Kind::Error: return theme::Tone::Error;
    case MessageBar::Kind::Information: break;
    }
    return theme::Tone::Neutral;
}

QStyle::StandardPixmap iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive: return QStyle::SP_DialogApplyButton;
    case MessageBar::Kind::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error: return QStyle::SP_MessageBoxCritical;
    case MessageBar::Kind::Tip:
    case MessageBar::Kind::Information: break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
    , m_closeButton(new QToolButton(this))
{
    // Painted by paintEvent: a rounded, tinted box that follows the palette.
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);

    // Buttons go under the text, right-aligned: beside it they would squeeze
    // a long server message into a narrow, clipped column.
    auto *layout = new QGridLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin) * 2 / 3;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_buttonLayout->addStretch(1);
    layout->addLayout(m_buttonLayout, 1, 1);
    layout->setColumnStretch(1, 1);

    m_closeButton->setObjectName(QStringLiteral("dismissButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_closeButton->hide();
    layout->addWidget(m_closeButton, 0, 2, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        clearMessage();
        emit dismissed();
    });

    retranslate();
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString &text)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_kind = kind;
    // Problems can be selected and copied into a support request. Selectable
    // text is drawn through a rich-text document, which costs a few ms to lay
    // out; the demo's and tips' bars shown at start-up do without.
    const bool problem = kind == Kind::Error || kind == Kind::Warning;
    m_text->setTextInteractionFlags(problem ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    m_text->setText(text);
    // The bar's name says what it is; the description is what it says, so a
    // screen reader reading the alert below has the words.
    setAccessibleDescription(text);
    applyKind();
    show();
    // Screen readers announce it like a notification.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QPushButton *MessageBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    // Outside a dialog a focused push button ignores Enter unless it is an
    // "auto default" one; keyboard users reach these with Tab and press Enter.
    button->setAutoDefault(true);
    m_buttonLayout->addWidget(button);
    m_buttons.append(button);
    return button;
}

void MessageBar::clearMessage()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->clear();
    setAccessibleDescription(QString());
    hide();
}

void MessageBar::setClosable(bool closable, const QKeySequence &keys)
{
    m_closeKeys = keys;
    m_closeButton->setVisible(closable);
    retranslate();
}

bool MessageBar::isClosable() const
{
    return !m_closeButton->isHidden();
}

void MessageBar::retranslate()
{
    setAccessibleName(tr("Message"));
    m_closeButton->setAccessibleName(tr("Dismiss"));
    m_closeButton->setToolTip(m_closeKeys.isEmpty()
                                      ? tr("Dismiss")
                                      : theme::withShortcut(tr("Dismiss"), m_closeKeys));
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyKind()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(m_kind), nullptr, this).pixmap(size, size));
    update();
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const theme::Tone tone = toneFor(m_kind);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(theme::accentColor(tone, palette()));
    painter.setBrush(theme::backgroundColor(tone, palette()));
    painter.drawRoundedRect(box, 4, 4);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyKind();
        m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    } else if (event->type() == QEvent::LanguageChange) {
        // The text and buttons belong to whoever showed the message; they
        // replace it on their own LanguageChange.
        retranslate();
    }
}

} // namespace qash
