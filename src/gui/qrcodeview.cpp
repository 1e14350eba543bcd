#include "qrcodeview.h"

#include <QEvent>
#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace qash {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

} // namespace

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    retranslate();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumSize(MinimumSide, MinimumSide);
}

QrCodeView::~QrCodeView() = default;

void QrCodeView::retranslate()
{
    setAccessibleName(tr("Verification QR code"));
    setAccessibleDescription(tr("Scan it with the customer's phone to open the verification page."));
}

void QrCodeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool QrCodeView::setText(const QString &text)
{
    clear();
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty() || utf8.size() > MaxInputBytes)
        return false;

    // Version 0 lets libqrencode pick the smallest version that fits; 8-bit
    // mode keeps the URL byte for byte; case-sensitive (1) for the same reason.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return false;

    const int width = code->width;
    const int side = width + 2 * QuietZoneModules;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    const unsigned char *module = code->data;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x, ++module) {
            if (*module & 1) // the low bit is "dark"; the others are libqrencode's bookkeeping
                image.setPixel(x + QuietZoneModules, y + QuietZoneModules, 1);
        }
    }
    m_modules = std::move(image);
    setMinimumSize(minimumSizeHint());
    updateGeometry();
    update();
    return true;
}

void QrCodeView::clear()
{
    if (m_modules.isNull())
        return;
    m_modules = QImage();
    setMinimumSize(minimumSizeHint());
    updateGeometry();
    update();
}

int QrCodeView::moduleCount() const
{
    return m_modules.isNull() ? 0 : m_modules.width() - 2 * QuietZoneModules;
}

int QrCodeView::sideFor(int targetSide) const
{
    // Whole pixels per module, so the painted code (not just the widget)
    // reaches the target.
    if (m_modules.isNull())
        return targetSide;
    const int modules = m_modules.width();
    return modules * ((targetSide + modules - 1) / modules);
}

QSize QrCodeView::sizeHint() const
{
    const int side = sideFor(PreferredSide);
    return {side, side};
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = sideFor(MinimumSide);
    return {side, side};
}

void QrCodeView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (m_modules.isNull())
        return;

    QPainter painter(this);
    // Work in device pixels so each module is a whole number of them at any
    // scaling (125 %, 150 %...), then scale the image without smoothing.
    const qreal dpr = devicePixelRatioF();
    const int available = int(qMin(width(), height()) * dpr);
    const int modules = m_modules.width();
    const int modulePixels = qMax(1, available / modules);
    const int side = modulePixels * modules;
    const int left = (int(width() * dpr) - side) / 2;
    const int top = (int(height() * dpr) - side) / 2;

    painter.scale(1.0 / dpr, 1.0 / dpr);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(QRect(left, top, side, side), m_modules);
}

} // namespace qash
