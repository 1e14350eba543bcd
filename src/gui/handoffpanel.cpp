#include "handoffpanel.h"

#include "theme.h"
#include "ui_handoffpanel.h"

#include <QAccessible>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>

namespace qash {

namespace {

constexpr int CopiedFeedbackMs = 2500;

} // namespace

HandOffPanel::HandOffPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HandOffPanel>())
{
    m_ui->setupUi(this);

    // The instruction staff read out: ordinary text, not fine print.
    m_ui->scanHintLabel->setWordWrap(true);
    theme::scaleFont(m_ui->linkHostLabel, 1.0, true);
    m_ui->qrProblemLabel->setWordWrap(true);
    theme::scaleFont(m_ui->copiedLabel, 0.92);
    // Keep the row's height when the feedback hides, so nothing jumps.
    QSizePolicy keep = m_ui->copiedLabel->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->copiedLabel->setSizePolicy(keep);
    applyTones();

    m_ui->qrProblemLabel->hide();
    m_ui->copiedLabel->hide();

    m_copiedFeedback.setSingleShot(true);
    m_copiedFeedback.setInterval(CopiedFeedbackMs);
    connect(&m_copiedFeedback, &QTimer::timeout, m_ui->copiedLabel, &QWidget::hide);
    connect(m_ui->openButton, &QPushButton::clicked, this, &HandOffPanel::openLink);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &HandOffPanel::copyLink);

    retranslate();
    clear();
}

HandOffPanel::~HandOffPanel() = default;

bool HandOffPanel::setSession(const KycSession &session)
{
    m_link = session.verificationUrl;
    m_copiedFeedback.stop();
    m_ui->copiedLabel->hide();
    // Plain text, and the host only: enough for staff to recognise where it
    // leads, without the inquiry token on screen for everyone to read.
    m_ui->linkHostLabel->setText(m_link.host());
    const bool encoded = m_ui->qrView->setText(m_link.toString(QUrl::FullyEncoded));
    m_ui->qrView->setVisible(encoded);
    showProblem(encoded ? Problem::None : Problem::TooLongForQr);
    m_ui->openButton->setEnabled(m_link.isValid());
    m_ui->copyButton->setEnabled(m_link.isValid());
    return encoded;
}

void HandOffPanel::clear()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only while we own it: then reading it is local, and we never wipe
    // something staff copied elsewhere since.
    if (!m_copiedText.isEmpty() && clipboard->ownsClipboard() && clipboard->text() == m_copiedText)
        clipboard->clear();
    m_copiedText.clear();
    m_link = QUrl();
    m_copiedFeedback.stop();
    m_ui->qrView->clear();
    m_ui->qrView->show();
    m_ui->linkHostLabel->clear();
    showProblem(Problem::None);
    m_ui->copiedLabel->hide();
    m_ui->openButton->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
}

bool HandOffPanel::openLink()
{
    if (!m_link.isValid())
        return false;
    const bool opened = QDesktopServices::openUrl(m_link);
    if (opened)
        emit linkOpened();
    else
        showProblem(Problem::CouldNotOpen);
    return opened;
}

void HandOffPanel::copyLink()
{
    if (!m_link.isValid())
        return;
    m_copiedText = m_link.toString(QUrl::FullyEncoded);
    QGuiApplication::clipboard()->setText(m_copiedText);
    m_ui->copiedLabel->show();
    m_copiedFeedback.start();
    // A shortcut gives no visual cue where staff are looking; say it.
    QAccessibleEvent event(m_ui->copiedLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    emit linkCopied();
}

void HandOffPanel::setShortcuts(const QKeySequence &open, const QKeySequence &copy)
{
    m_openKeys = open;
    m_copyKeys = copy;
    retranslate();
}

void HandOffPanel::focusOpenButton()
{
    if (m_ui->openButton->isEnabled())
        m_ui->openButton->setFocus(Qt::OtherFocusReason);
}

void HandOffPanel::showProblem(Problem problem)
{
    m_problem = problem;
    switch (problem) {
    case Problem::None:
        m_ui->qrProblemLabel->clear();
        break;
    case Problem::TooLongForQr:
        m_ui->qrProblemLabel->setText(
                tr("This link is too long for a QR code. Use \"Copy link\" or \"Open on this computer\"."));
        break;
    case Problem::CouldNotOpen:
        m_ui->qrProblemLabel->setText(
                tr("This computer could not open the link. Use the QR code or \"Copy link\" instead."));
        break;
    }
    m_ui->qrProblemLabel->setVisible(problem != Problem::None);
}

void HandOffPanel::retranslate()
{
    m_ui->openButton->setToolTip(theme::withShortcut(
            tr("Open the verification page in this computer's web browser"), m_openKeys));
    m_ui->copyButton->setToolTip(theme::withShortcut(
            tr("Copy the verification link, to paste it into a chat or an email"), m_copyKeys));
    showProblem(m_problem);
}

void HandOffPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        retranslate();
        break;
    case QEvent::PaletteChange:
        applyTones();
        break;
    default:
        break;
    }
}

void HandOffPanel::applyTones()
{
    theme::setTextTone(m_ui->qrProblemLabel, theme::Tone::Warning);
    theme::setTextTone(m_ui->copiedLabel, theme::Tone::Positive);
}

} // namespace qash
