// The start-up and memory baseline: a bare Qt Widgets program, built with the
// same flags as qash-desk and run with the same arguments and platform plugin.
// A QMainWindow with a few labels and line edits is shown; with
// --quit-after-startup it quits as soon as it is started, the same way
// qash-desk does:
//   BENCH_BASELINE_QUIT=timer (default)  on a 0-ms timer queued right after
//       show(), what src/app/main.cpp did up to now. That timer runs BEFORE
//       the first paint (the paint's update request is a low-priority posted
//       event), so this measures "shown", not "painted".
//   BENCH_BASELINE_QUIT=paint  on the event loop's next turn after the
//       window's first Paint event: "shown and painted".
// scripts/bench picks the mode that matches qash-desk's (see bench/README.md).
// The window opens at qash-desk's size (BENCH_BASELINE_SIZE, below).
//
// BENCH_REPORT_PAINT=1 prints to stderr whether the window was painted
// before the program quit.

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScreen>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

namespace {

class PaintWatcher : public QObject
{
public:
    int paints = 0;
    bool quitAfterFirstPaint = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paints++ == 0 && quitAfterFirstPaint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    bool quitAfterStartup = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--quit-after-startup") == 0)
            quitAfterStartup = true;
        // --demo is accepted and ignored, so both programs get the same arguments.
    }

    QApplication app(argc, argv);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Baseline"));
    auto *central = new QWidget(&window);
    auto *column = new QVBoxLayout(central);
    auto *heading = new QLabel(QStringLiteral("Customer"), central);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    heading->setFont(font);
    column->addWidget(heading);
    auto *form = new QFormLayout;
    for (const char *name : {"First name", "Last name", "Email", "Phone"})
        form->addRow(QString::fromLatin1(name), new QLineEdit(central));
    column->addLayout(form);
    column->addWidget(new QLabel(QStringLiteral("No verification in progress."), central));
    column->addWidget(new QPushButton(QStringLiteral("Start verification"), central));
    column->addStretch();
    window.setCentralWidget(central);
    // The size qash-desk opens at (ui/mainwindow.ui, bounded to the screen as
    // MainWindow does), so that both pay for the same pixels; BENCH_BASELINE_SIZE=WxH
    // overrides it ("natural": the layout's own small size).
    const QString size = qEnvironmentVariable("BENCH_BASELINE_SIZE", QStringLiteral("1100x720"));
    if (size != QLatin1String("natural")) {
        const QStringList wh = size.split(QLatin1Char('x'));
        QSize wanted(wh.value(0).toInt(), wh.value(1).toInt());
        if (const QScreen *screen = window.screen())
            wanted = wanted.boundedTo(screen->availableSize());
        window.resize(wanted);
    }

    PaintWatcher watcher;
    const bool reportPaint = qEnvironmentVariableIntValue("BENCH_REPORT_PAINT") != 0;
    const bool afterPaint = qEnvironmentVariable("BENCH_BASELINE_QUIT") == QLatin1String("paint");
    watcher.quitAfterFirstPaint = quitAfterStartup && afterPaint;
    window.installEventFilter(&watcher);

    window.show();
    if (quitAfterStartup && !afterPaint)
        QTimer::singleShot(0, &app, [] { QCoreApplication::quit(); });
    const int code = app.exec();
    if (reportPaint)
        std::fprintf(stderr, "window painted before quitting: %s\n", watcher.paints > 0 ? "yes" : "no");
    return code;
}
