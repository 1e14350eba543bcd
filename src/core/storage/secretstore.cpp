#include "secretstore.h"

#include "logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace qash {

namespace {

const QString KeyEntry = QStringLiteral("api-key");
const QString SecretEntry = QStringLiteral("api-secret");

void answerLater(QObject *context, std::function<void()> answer)
{
    QTimer::singleShot(0, context, std::move(answer));
}

} // namespace

// --- MemorySecretStore ---------------------------------------------------

void MemorySecretStore::load()
{
    answerLater(this, [this] { emit loaded(m_credentials); });
}

void MemorySecretStore::save(const Credentials &credentials)
{
    m_credentials = credentials;
    answerLater(this, [this] { emit saved(); });
}

void MemorySecretStore::clear()
{
    m_credentials = {};
}

// --- EnvironmentSecretStore ----------------------------------------------

bool EnvironmentSecretStore::isConfigured()
{
    return !qEnvironmentVariableIsEmpty("QASH_API_KEY") && !qEnvironmentVariableIsEmpty("QASH_API_SECRET");
}

void EnvironmentSecretStore::load()
{
    answerLater(this, [this] {
        if (m_override) {
            emit loaded(*m_override);
            return;
        }
        emit loaded(Credentials{qEnvironmentVariable("QASH_API_KEY"), qEnvironmentVariable("QASH_API_SECRET")});
    });
}

void EnvironmentSecretStore::save(const Credentials &credentials)
{
    // The environment is read-only: what staff type lives for this run only.
    m_override = credentials;
    answerLater(this, [this] { emit saved(); });
}

void EnvironmentSecretStore::clear()
{
    m_override = Credentials{};
}

// --- KeychainSecretStore -------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
{
}

void KeychainSecretStore::markUnusable(const QString &reason)
{
    if (!m_usable)
        return;
    m_usable = false;
    qCWarning(lcStorage).noquote() << "keychain unavailable:" << reason;
    emit unavailable(reason);
}

// One entry per service: the Windows credential store keeps one pair per service.
QString KeychainSecretStore::entryName(const QString &name) const
{
    return m_serviceName + QLatin1Char('/') + name;
}

void KeychainSecretStore::startJob(QKeychain::Job *job, const QString &name,
                                   std::function<void(QKeychain::Job *finished)> done)
{
    job->setAutoDelete(true);
    // The Windows backend names the credential after the key alone: make it unique.
    job->setKey(entryName(name));
    auto answered = std::make_shared<bool>(false);
    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, this, [this, done, answered] {
        if (std::exchange(*answered, true))
            return;
        markUnusable(tr("The system keychain did not answer in time."));
        done(nullptr);
    });
    connect(job, &QKeychain::Job::finished, this, [job, done, answered] {
        if (!std::exchange(*answered, true))
            done(job);
    });
    watchdog->start(m_jobTimeoutMs);
    job->start();
}

void KeychainSecretStore::readEntry(const QString &name, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(entryName(name), this);
    startJob(job, name, [this, job, done](QKeychain::Job *finished) {
        if (!finished) {
            done(false, {});
        } else if (finished->error() == QKeychain::NoError) {
            done(true, job->textData());
        } else if (finished->error() == QKeychain::EntryNotFound) {
            done(true, {});
        } else {
            // Any other error (no Secret Service, locked, denied) means this
            // desk has no usable keychain; branch on nothing narrower.
            markUnusable(finished->errorString());
            done(false, {});
        }
    });
}

void KeychainSecretStore::writeEntry(const QString &name, const QString &value, std::function<void(bool)> done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(entryName(name), this);
    } else {
        auto *write = new QKeychain::WritePasswordJob(entryName(name), this);
        write->setTextData(value);
        job = write;
    }
    startJob(job, name, [this, done](QKeychain::Job *finished) {
        if (!finished) {
            done(false);
            return;
        }
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        if (!ok)
            markUnusable(finished->errorString());
        done(ok);
    });
}

void KeychainSecretStore::load()
{
    if (!m_usable) {
        answerLater(this, [this] { emit loaded(m_fallback); });
        return;
    }
    readEntry(KeyEntry, [this](bool keyOk, const QString &key) {
        if (!keyOk) {
            emit loaded(m_fallback);
            return;
        }
        readEntry(SecretEntry, [this, key](bool secretOk, const QString &secret) {
            if (!secretOk) {
                emit loaded(m_fallback);
                return;
            }
            m_fallback = Credentials{key, secret};
            qCInfo(lcStorage) << "credentials read from the keychain:" << (m_fallback.isComplete() ? "present" : "absent");
            emit loaded(m_fallback);
        });
    });
}

void KeychainSecretStore::save(const Credentials &credentials)
{
    m_fallback = credentials;
    if (!m_usable) {
        answerLater(this, [this] { emit saved(); });
        return;
    }
    writeEntry(KeyEntry, credentials.apiKey, [this, secret = credentials.apiSecret](bool keyOk) {
        if (!keyOk) {
            emit saved();
            return;
        }
        writeEntry(SecretEntry, secret, [this](bool) {
            qCInfo(lcStorage) << "credentials saved," << (m_usable ? "in the keychain" : "for this run only");
            emit saved();
        });
    });
}

void KeychainSecretStore::clear()
{
    save(Credentials{});
}

} // namespace qash
