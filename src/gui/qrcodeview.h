#pragma once

#include <QImage>
#include <QWidget>

namespace qash {

// Shows text (the verification link) as a QR code for the customer's phone.
// Each module is drawn as a whole number of device pixels, black on white
// with the 4-module quiet zone, whatever the palette: phone cameras need the
// contrast, and blurred module edges cost scans.
class QrCodeView final : public QWidget
{
    Q_OBJECT
public:
    // Longer input makes a code too dense to scan from a desk screen.
    static constexpr int MaxInputBytes = 2000;
    static constexpr int QuietZoneModules = 4;
    static constexpr int MinimumSide = 240;   // logical pixels, quiet zone included
    static constexpr int PreferredSide = 300;

    explicit QrCodeView(QWidget *parent = nullptr);
    ~QrCodeView() override;

    // Encodes the text (UTF-8, error correction M). Returns false, and shows
    // nothing, when the text is empty, too long or cannot be encoded.
    bool setText(const QString &text);
    void clear();

    bool isEmpty() const { return m_modules.isNull(); }
    // Modules per side without the quiet zone; 0 when empty.
    int moduleCount() const;
    // One pixel per module, quiet zone included (for tests and export).
    QImage image() const { return m_modules; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int sideFor(int targetSide) const;
    void retranslate();

    QImage m_modules;
};

} // namespace qash
