#include "logging.h"

#include "security/redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcNet, "qash.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "qash.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "qash.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "qash.ui", QtInfoMsg)

namespace qash::Logging {

namespace {

struct LogFile
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    int keepFiles = 0;
    QtMessageHandler previous = nullptr;

    void rotate()
    {
        file.close();
        const QString path = file.fileName();
        QFile::remove(path + QLatin1Char('.') + QString::number(keepFiles));
        for (int i = keepFiles - 1; i >= 1; --i)
            QFile::rename(path + QLatin1Char('.') + QString::number(i), path + QLatin1Char('.') + QString::number(i + 1));
        QFile::rename(path, path + QStringLiteral(".1"));
        file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }
};

LogFile *g_log = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString scrubbed = Redaction::scrub(message);
    LogFile *log = g_log;
    if (log) {
        const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
            + levelName(type) + ' ' + (context.category ? context.category : "default") + ": "
            + scrubbed.toUtf8() + '\n';
        QMutexLocker locker(&log->mutex);
        if (log->file.isOpen()) {
            if (log->file.size() + line.size() > log->maxBytes)
                log->rotate();
            log->file.write(line);
            log->file.flush();
        }
    }
    if (log && log->previous)
        log->previous(type, context, scrubbed);
    else
        std::fprintf(stderr, "%s\n", qPrintable(scrubbed));
}

} // namespace

bool installLogFile(const QString &path, qint64 maxBytes, int keepFiles)
{
    uninstallLogFile();
    auto *log = new LogFile;
    log->maxBytes = qMax<qint64>(4096, maxBytes);
    log->keepFiles = qMax(1, keepFiles);
    QDir().mkpath(QFileInfo(path).absolutePath());
    log->file.setFileName(path);
    const bool opened = log->file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    g_log = log;
    log->previous = qInstallMessageHandler(handleMessage);
    return opened;
}

void uninstallLogFile()
{
    if (!g_log)
        return;
    qInstallMessageHandler(g_log->previous);
    LogFile *log = std::exchange(g_log, nullptr);
    QMutexLocker locker(&log->mutex);
    log->file.close();
    locker.unlock();
    delete log;
}

} // namespace qash::Logging
