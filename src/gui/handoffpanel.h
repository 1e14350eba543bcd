#pragma once

#include "api/apitypes.h"

#include <QKeySequence>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace qash {

namespace Ui {
class HandOffPanel;
}

// Hands the verification link to the customer: a QR code for their phone,
// the link's host as plain text, "Open on this computer" and "Copy link".
// It only shows links the OnboardingFlow already passed through LinkPolicy.
class HandOffPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HandOffPanel(QWidget *parent = nullptr);
    ~HandOffPanel() override;

    // Shows the session's link. Returns false when the QR code could not be
    // made (the buttons still work).
    bool setSession(const KycSession &session);
    // Forgets the link, and takes it off the clipboard if it is still ours.
    void clear();
    QUrl link() const { return m_link; }

    // Opens the link in the desktop's browser; false if the desktop refused.
    bool openLink();
    void copyLink();

    // The window's shortcuts for the two buttons, named in their tooltips.
    void setShortcuts(const QKeySequence &open, const QKeySequence &copy);
    // Puts keyboard focus on "Open on this computer", the next natural step.
    void focusOpenButton();

signals:
    void linkOpened();
    void linkCopied();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Problem { None, TooLongForQr, CouldNotOpen };

    void applyTones();
    void retranslate();
    void showProblem(Problem problem);

    std::unique_ptr<Ui::HandOffPanel> m_ui;
    QUrl m_link;
    QString m_copiedText; // what we put on the clipboard, to take it back
    QTimer m_copiedFeedback;
    QKeySequence m_openKeys;
    QKeySequence m_copyKeys;
    Problem m_problem = Problem::None;
};

} // namespace qash
