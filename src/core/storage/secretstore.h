#pragma once

#include "api/apitypes.h"

#include <QObject>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace qash {

// Where the partner key and secret live. Asynchronous: the OS keychain may
// answer slowly or prompt. Never writes anything to disk itself.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, Environment, Memory };
    Q_ENUM(Backend)

    using QObject::QObject;

    virtual Backend backend() const = 0;
    // False once the backend proved unusable (no keychain on this desk):
    // credentials then live for this run only.
    virtual bool persists() const = 0;
    // Each answers once, asynchronously: load() with loaded(), save() with
    // saved(). When the backend turns out not to work, unavailable() comes
    // first and the credentials are kept in memory for this run only.
    virtual void load() = 0;
    virtual void save(const Credentials &credentials) = 0;
    virtual void clear() = 0;

signals:
    void loaded(const qash::Credentials &credentials); // empty when nothing stored
    void saved();
    void unavailable(const QString &reason);           // plain text, never a secret
};

// Keeps credentials in process memory only.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    Backend backend() const override { return Backend::Memory; }
    bool persists() const override { return false; }
    void load() override;
    void save(const Credentials &credentials) override;
    void clear() override;

private:
    Credentials m_credentials;
};

// The OS keychain through QtKeychain (never its plaintext fallback). When the
// keychain fails for any reason other than "no entry", it reports
// unavailable() and keeps what it was given in memory for this run.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString serviceName, QObject *parent = nullptr);
    Backend backend() const override { return Backend::Keychain; }
    bool persists() const override { return m_usable; }
    void load() override;
    void save(const Credentials &credentials) override;
    void clear() override;

    // How long a keychain job may take before the keychain counts as unusable
    // (a locked wallet can otherwise keep a job waiting for 25 s).
    void setJobTimeoutMs(int ms) { m_jobTimeoutMs = ms; }

private:
    void markUnusable(const QString &reason);
    QString entryName(const QString &name) const;
    // Starts a job with a unique key and a watchdog; `done` gets the finished
    // job, or nullptr when the keychain did not answer in time.
    void startJob(QKeychain::Job *job, const QString &name, std::function<void(QKeychain::Job *finished)> done);
    void readEntry(const QString &name, std::function<void(bool ok, const QString &value)> done);
    void writeEntry(const QString &name, const QString &value, std::function<void(bool ok)> done);

    QString m_serviceName;
    bool m_usable = true;
    int m_jobTimeoutMs = 5000;
    Credentials m_fallback;
};

// QASH_API_KEY / QASH_API_SECRET, for scripted runs: read-only, never stored.
class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    static bool isConfigured();
    Backend backend() const override { return Backend::Environment; }
    bool persists() const override { return false; }
    void load() override;
    void save(const Credentials &credentials) override;
    void clear() override;

private:
    std::optional<Credentials> m_override; // what staff typed for this run
};

} // namespace qash
