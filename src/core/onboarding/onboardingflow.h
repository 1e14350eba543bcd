#pragma once

#include "api/apitypes.h"
#include "api/partnerapi.h"
#include "onboarding/customerdraft.h"
#include "security/linkpolicy.h"
#include "storage/journal.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace qash {

// One customer's way from "details typed" to "verified":
//   Registering -> StartingKyc -> WaitingForCustomer (hand-off, status watched)
//   -> Active | Suspended | Banned, or Failed with a typed reason.
// It never touches a widget; widgets follow its signals.
class OnboardingFlow : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Registering, StartingKyc, WaitingForCustomer, Active, Suspended, Banned, Failed };
    Q_ENUM(State)

    enum class Failure {
        None,
        Unauthorized,      // 401: key or secret rejected
        UnknownUser,       // 404 on the given user ID
        DuplicateEmail,    // registering an email that already has a user
        RejectedByServer,  // 400 (fieldErrors say which field) or another 4xx
        Network,
        Timeout,
        Tls,
        ServerError,
        MalformedResponse,
        LinkRefused,       // the verification link failed the LinkPolicy
    };
    Q_ENUM(Failure)

    static constexpr int DefaultPollIntervalMs = 5000;

    OnboardingFlow(PartnerApi *api, LinkPolicy linkPolicy, QObject *parent = nullptr);
    ~OnboardingFlow() override;

    // Starts with a validated customer. Ignored unless Idle (so a double
    // submit sends one request).
    void start(const ValidatedCustomer &customer);
    // After Failed: repeats the step that failed. Safe for POSTs too: the
    // server refuses a second user with the same email (DuplicateEmail) and a
    // second KYC for the same user (409, handled as already started).
    void retry();
    bool canRetry() const;
    // Asks the server for the customer's status now.
    void refreshStatus();
    // Next customer: aborts what is in flight and forgets everything.
    void reset();

    // Reopens an onboarding from the journal (Recent onboardings, or after a
    // crash): shows its link again where there is one and watches the status.
    // Returns false when the entry has no user to watch.
    bool resume(const JournalEntry &entry);

    // Every step that reached the server is written here before the flow
    // moves on. Not owned; may be null (nothing is remembered).
    void setJournal(Journal *journal) { m_journal = journal; }
    void setPollInterval(int ms);
    void setLinkPolicy(const LinkPolicy &policy) { m_linkPolicy = policy; }

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    ApiError lastError() const { return m_lastError; }
    QString userId() const { return m_userId; }
    KycSession session() const { return m_session; }
    QString userStatus() const { return m_userStatus; }
    // True when the server answered 409: KYC was started before, elsewhere or earlier.
    bool verificationAlreadyStarted() const { return m_alreadyStarted; }
    // True when this onboarding was reopened from the journal (not started now).
    bool isResumed() const { return m_resumed; }
    QString refusedLinkHost() const { return m_refusedLinkHost; }

signals:
    void stateChanged(qash::OnboardingFlow::State state);
    void userRegistered(const QString &userId);
    // The link passed the policy and may be shown, encoded and opened.
    void verificationReady(const qash::KycSession &session);
    // 409 on start KYC: this user's verification was already started.
    void verificationAlreadyStartedDetected(const QString &userId);
    void statusChanged(const QString &status);
    // Every successful status answer, changed or not (for "last checked at").
    void statusChecked(const QDateTime &at);
    // A status check failed but the flow keeps watching (network blip, 5xx).
    void statusCheckTrouble(const qash::ApiError &error);
    void failed(qash::OnboardingFlow::Failure failure, const qash::ApiError &error);

private:
    enum class Step { None, CheckUser, Register, StartKyc };

    void setState(State state);
    void registerUser();
    void startKyc();
    void checkUser();
    void fetchStatus();
    void scheduleNextPoll();
    void fail(Failure failure, const ApiError &error, Step failedStep);
    void applyStatus(const QString &status);
    void onUserCreated(PartnerApi::RequestId id, const UserRecord &user);
    void onKycStarted(PartnerApi::RequestId id, const KycSession &session);
    void onUserFetched(PartnerApi::RequestId id, const UserRecord &user);
    void onRequestFailed(PartnerApi::RequestId id, ApiOperation operation, const ApiError &error);
    static Failure failureFor(const ApiError &error);
    // Runs `next` once `write` is committed to the journal (at once without
    // one), unless the flow was reset in the meantime.
    void afterJournal(const std::function<void(Journal *, Journal::Done)> &write, std::function<void()> next);
    void showSavedLinkFor(const QString &userId);

    PartnerApi *m_api;
    Journal *m_journal = nullptr;
    qint64 m_journalEntry = 0;
    quint64 m_generation = 0; // bumped by reset(): late callbacks of an old customer are ignored
    LinkPolicy m_linkPolicy;
    QTimer m_pollTimer;
    State m_state = State::Idle;
    Failure m_failure = Failure::None;
    Step m_failedStep = Step::None;
    ApiError m_lastError;
    std::optional<ValidatedCustomer> m_customer;
    QString m_userId;
    KycSession m_session;
    QString m_userStatus;
    QString m_refusedLinkHost;
    bool m_alreadyStarted = false;
    bool m_resumed = false;
    PartnerApi::RequestId m_inFlight = 0;      // the step in progress
    Step m_inFlightStep = Step::None;
    PartnerApi::RequestId m_statusRequest = 0; // a status check while watching
    int m_pollFailures = 0;
};

} // namespace qash
