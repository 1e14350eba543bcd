#include "qrcodeview.h"

#include <QImage>
#include <QPalette>
#include <QTest>

using qash::QrCodeView;

class TestQrCodeView : public QObject
{
    Q_OBJECT

private slots:
    void encodesAUrl_withQuietZone();
    void refusesEmptyAndOversizedInput();
    void paintsCrispBlackOnWhite_inADarkPalette();
    void hasAccessibleNameAndMinimumSize();
};

void TestQrCodeView::encodesAUrl_withQuietZone()
{
    QrCodeView view;
    QVERIFY(view.isEmpty());
    QVERIFY(view.setText(
            QStringLiteral("https://inquiry.withpersona.com/verify?inquiry-id=inq_A3VPwfoLJtprzJxREEeq3kmz6MyYyw")));
    QVERIFY(!view.isEmpty());
    // Version 3 or more for a URL this long: 29+ modules, always 4k+17.
    QVERIFY(view.moduleCount() >= 29);
    QCOMPARE((view.moduleCount() - 17) % 4, 0);

    const QImage image = view.image();
    QCOMPARE(image.width(), view.moduleCount() + 2 * QrCodeView::QuietZoneModules);
    const QRgb white = qRgb(255, 255, 255);
    for (int i = 0; i < image.width(); ++i) {
        for (int q = 0; q < QrCodeView::QuietZoneModules; ++q) {
            QCOMPARE(image.pixel(i, q), white);                    // top
            QCOMPARE(image.pixel(q, i), white);                    // left
            QCOMPARE(image.pixel(i, image.height() - 1 - q), white); // bottom
            QCOMPARE(image.pixel(image.width() - 1 - q, i), white);  // right
        }
    }
    // The top-left finder pattern starts right after the quiet zone.
    const int z = QrCodeView::QuietZoneModules;
    QCOMPARE(image.pixel(z, z), qRgb(0, 0, 0));

    view.clear();
    QVERIFY(view.isEmpty());
    QCOMPARE(view.moduleCount(), 0);
}

void TestQrCodeView::refusesEmptyAndOversizedInput()
{
    QrCodeView view;
    QVERIFY(!view.setText(QString()));
    QVERIFY(view.setText(QString(QrCodeView::MaxInputBytes - 40, QLatin1Char('a'))));
    QVERIFY(!view.setText(QString(QrCodeView::MaxInputBytes + 1, QLatin1Char('a'))));
    QVERIFY(view.isEmpty()); // a refused text also clears the previous code
    // The limit counts UTF-8 bytes, not characters.
    QVERIFY(!view.setText(QString(QrCodeView::MaxInputBytes / 2 + 1, QChar(0x00e9))));
}

void TestQrCodeView::paintsCrispBlackOnWhite_inADarkPalette()
{
    QrCodeView view;
    QPalette dark;
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    view.setPalette(dark);
    view.resize(300, 300);
    QVERIFY(view.setText(QStringLiteral("https://inquiry.withpersona.com/verify?inquiry-id=inq_1")));

    const QImage shot = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int modules = view.image().width();
    const int modulePixels = int(300 * shot.devicePixelRatio()) / modules;
    QVERIFY(modulePixels >= 2);
    // Only pure black and pure white inside the code: no smoothing at edges.
    const int side = modulePixels * modules;
    const int origin = (shot.width() - side) / 2;
    for (int y = origin; y < origin + side; ++y) {
        for (int x = origin; x < origin + side; ++x) {
            const QRgb pixel = shot.pixel(x, y);
            QVERIFY2(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255),
                     qPrintable(QStringLiteral("grey pixel at %1,%2").arg(x).arg(y)));
        }
    }
    // The quiet zone is white although the palette is dark.
    QCOMPARE(shot.pixel(origin + 1, origin + 1), qRgb(255, 255, 255));
}

void TestQrCodeView::hasAccessibleNameAndMinimumSize()
{
    QrCodeView view;
    QCOMPARE(view.accessibleName(), QStringLiteral("Verification QR code"));
    QVERIFY(view.minimumSizeHint().width() >= 240);
    QVERIFY(view.minimumSize().height() >= 240);
}

QTEST_MAIN(TestQrCodeView)
#include "tst_qrcodeview.moc"
