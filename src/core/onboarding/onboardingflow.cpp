#include "onboardingflow.h"

#include "logging.h"
#include "security/redaction.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace qash {

namespace {

bool mentionsExistingAccount(const QString &text)
{
    static const QStringList words{QStringLiteral("already"), QStringLiteral("exist"),
                                   QStringLiteral("registered"), QStringLiteral("taken"),
                                   QStringLiteral("unique"), QStringLiteral("duplicate"),
                                   QStringLiteral("in use")};
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The server may report a duplicate email as 409 or as a 400 on `email`; the
// contract leaves it open.
bool isDuplicateEmail(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Conflict)
        return true;
    if (error.kind != ApiErrorKind::Validation)
        return false;
    const QString emailError = error.fieldErrors.value(QStringLiteral("email"));
    if (!emailError.isEmpty())
        return mentionsExistingAccount(emailError);
    return error.message.contains(QLatin1String("email"), Qt::CaseInsensitive)
        && mentionsExistingAccount(error.message);
}

} // namespace

OnboardingFlow::OnboardingFlow(PartnerApi *api, LinkPolicy linkPolicy, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_linkPolicy(std::move(linkPolicy))
{
    Q_ASSERT(m_api);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(DefaultPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &OnboardingFlow::fetchStatus);
    connect(m_api, &PartnerApi::userCreated, this, &OnboardingFlow::onUserCreated);
    connect(m_api, &PartnerApi::kycStarted, this, &OnboardingFlow::onKycStarted);
    connect(m_api, &PartnerApi::userFetched, this, &OnboardingFlow::onUserFetched);
    connect(m_api, &PartnerApi::requestFailed, this, &OnboardingFlow::onRequestFailed);
}

OnboardingFlow::~OnboardingFlow() = default;

void OnboardingFlow::setPollInterval(int ms)
{
    m_pollTimer.setInterval(qMax(250, ms));
}

void OnboardingFlow::start(const ValidatedCustomer &customer)
{
    if (m_state != State::Idle) {
        qCInfo(lcFlow) << "start ignored: already" << m_state;
        return;
    }
    m_customer = customer;
    if (!customer.existingUserId.isEmpty())
        m_userId = customer.existingUserId;
    // Busy at once, so a second Enter is ignored while the journal writes.
    setState(customer.existingUserId.isEmpty() ? State::Registering : State::StartingKyc);
    // Written before anything is sent: a crash mid-request leaves a trace to
    // reconcile instead of nothing.
    const QString contact = Redaction::maskedContact(customer.email, customer.phoneE164);
    const auto proceed = [this] {
        if (m_userId.isEmpty())
            registerUser();
        else
            checkUser();
    };
    if (!m_journal) {
        proceed();
        return;
    }
    const quint64 generation = m_generation;
    m_journal->recordAttempt(contact, customer.existingUserId, [this, generation, proceed](qint64 entryId) {
        if (generation != m_generation)
            return;
        m_journalEntry = entryId;
        proceed();
    });
}

bool OnboardingFlow::resume(const JournalEntry &entry)
{
    if (m_state != State::Idle || entry.userId.isEmpty())
        return false;
    m_journalEntry = entry.id;
    m_resumed = true;
    m_userId = entry.userId;
    m_userStatus = entry.status.isEmpty() ? QStringLiteral("pending") : entry.status;
    qCInfo(lcFlow) << "resuming onboarding" << entry.id << "for" << m_userId;
    setState(State::WaitingForCustomer);
    if (!entry.verificationUrl.isEmpty() && m_linkPolicy.allows(entry.verificationUrl)) {
        m_session = KycSession{entry.verificationUrl, entry.inquiryId};
        emit verificationReady(m_session);
    } else {
        m_alreadyStarted = entry.stage == JournalEntry::Stage::VerificationAlreadyStarted;
    }
    fetchStatus();
    return true;
}

void OnboardingFlow::afterJournal(const std::function<void(Journal *, Journal::Done)> &write, std::function<void()> next)
{
    if (!m_journal || m_journalEntry <= 0) {
        next();
        return;
    }
    const quint64 generation = m_generation;
    write(m_journal, [this, generation, next = std::move(next)](bool ok) {
        if (generation != m_generation)
            return;
        if (!ok)
            qCWarning(lcFlow) << "journal write failed; continuing";
        next();
    });
}

void OnboardingFlow::showSavedLinkFor(const QString &userId)
{
    if (!m_journal)
        return;
    const quint64 generation = m_generation;
    m_journal->findLatestForUser(userId, [this, generation, userId](std::optional<JournalEntry> entry) {
        if (generation != m_generation || userId != m_userId || !entry || !m_session.verificationUrl.isEmpty())
            return;
        if (!m_linkPolicy.allows(entry->verificationUrl))
            return;
        // This desk started that verification before: its link still applies.
        m_session = KycSession{entry->verificationUrl, entry->inquiryId};
        qCInfo(lcFlow) << "showing the saved link of inquiry" << entry->inquiryId;
        emit verificationReady(m_session);
    });
}

bool OnboardingFlow::canRetry() const
{
    if (m_state != State::Failed || !m_customer)
        return false;
    switch (m_failure) {
    case Failure::Unauthorized: // after the credentials were corrected
    case Failure::Network:
    case Failure::Timeout:
    case Failure::Tls:
    case Failure::ServerError:
    case Failure::MalformedResponse:
        return m_failedStep != Step::None;
    default:
        return false;
    }
}

void OnboardingFlow::retry()
{
    if (!canRetry())
        return;
    const Step step = m_failedStep;
    m_failure = Failure::None;
    m_failedStep = Step::None;
    m_lastError = {};
    switch (step) {
    case Step::CheckUser: checkUser(); break;
    case Step::Register: registerUser(); break;
    case Step::StartKyc: startKyc(); break;
    case Step::None: break;
    }
}

void OnboardingFlow::refreshStatus()
{
    if (m_userId.isEmpty() || m_statusRequest != 0)
        return;
    switch (m_state) {
    case State::WaitingForCustomer:
    case State::Active:
    case State::Suspended:
    case State::Banned:
        m_pollTimer.stop();
        fetchStatus();
        break;
    default:
        break;
    }
}

void OnboardingFlow::reset()
{
    ++m_generation;
    m_journalEntry = 0;
    m_pollTimer.stop();
    m_inFlight = 0;
    m_inFlightStep = Step::None;
    m_statusRequest = 0;
    m_api->abortAll();
    m_customer.reset();
    m_userId.clear();
    m_session = {};
    m_userStatus.clear();
    m_refusedLinkHost.clear();
    m_alreadyStarted = false;
    m_resumed = false;
    m_failure = Failure::None;
    m_failedStep = Step::None;
    m_lastError = {};
    m_pollFailures = 0;
    setState(State::Idle);
}

void OnboardingFlow::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcFlow) << "state" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void OnboardingFlow::checkUser()
{
    // The docs advise reading the status before starting KYC for a known user:
    // an active customer needs no verification.
    setState(State::StartingKyc);
    m_inFlightStep = Step::CheckUser;
    m_inFlight = m_api->getUser(m_userId);
}

void OnboardingFlow::registerUser()
{
    setState(State::Registering);
    m_inFlightStep = Step::Register;
    m_inFlight = m_api->createUser(m_customer->toNewUserRequest());
}

void OnboardingFlow::startKyc()
{
    setState(State::StartingKyc);
    m_inFlightStep = Step::StartKyc;
    m_inFlight = m_api->startKyc(m_customer->toKycRequest(m_userId));
}

void OnboardingFlow::fetchStatus()
{
    if (m_userId.isEmpty() || m_statusRequest != 0)
        return;
    m_statusRequest = m_api->getUser(m_userId);
}

void OnboardingFlow::scheduleNextPoll()
{
    if (m_state == State::WaitingForCustomer)
        m_pollTimer.start();
}

void OnboardingFlow::fail(Failure failure, const ApiError &error, Step failedStep)
{
    m_pollTimer.stop();
    m_failure = failure;
    m_lastError = error;
    m_failedStep = failedStep;
    qCInfo(lcFlow) << "failed:" << failure << apiErrorKindName(error.kind) << error.httpStatus;
    if (m_journal && m_journalEntry > 0)
        m_journal->recordFailure(m_journalEntry, QString::fromLatin1(QMetaEnum::fromType<Failure>().valueToKey(int(failure))),
                                 error.outcomeUnknown);
    setState(State::Failed);
    emit failed(failure, error);
}

void OnboardingFlow::applyStatus(const QString &status)
{
    if (status != m_userStatus) {
        m_userStatus = status;
        if (m_journal && m_journalEntry > 0)
            m_journal->recordStatus(m_journalEntry, status);
        emit statusChanged(status);
    }
    if (status == QLatin1String("active")) {
        m_pollTimer.stop();
        setState(State::Active);
    } else if (status == QLatin1String("suspended")) {
        m_pollTimer.stop();
        setState(State::Suspended);
    } else if (status == QLatin1String("banned")) {
        m_pollTimer.stop();
        setState(State::Banned);
    }
    // "pending" and statuses the contract does not know keep the watch going.
}

void OnboardingFlow::onUserCreated(PartnerApi::RequestId id, const UserRecord &user)
{
    if (id != m_inFlight)
        return;
    m_inFlight = 0;
    m_inFlightStep = Step::None;
    m_userId = user.id;
    qCInfo(lcFlow) << "user registered" << m_userId;
    const QString status = user.status;
    afterJournal([id = m_journalEntry, userId = m_userId, status](Journal *journal, Journal::Done done) {
        journal->recordUserCreated(id, userId, status, std::move(done));
    }, [this, status] {
        emit userRegistered(m_userId);
        if (status != m_userStatus) {
            m_userStatus = status;
            emit statusChanged(status);
        }
        startKyc();
    });
}

void OnboardingFlow::onKycStarted(PartnerApi::RequestId id, const KycSession &session)
{
    if (id != m_inFlight)
        return;
    m_inFlight = 0;
    m_inFlightStep = Step::None;

    const LinkPolicy::Verdict verdict = m_linkPolicy.check(session.verificationUrl);
    if (verdict != LinkPolicy::Verdict::Allowed) {
        m_refusedLinkHost = session.verificationUrl.host();
        ApiError error;
        error.kind = ApiErrorKind::MalformedResponse;
        error.httpStatus = 200;
        error.message = QCoreApplication::translate("qash::OnboardingFlow",
                                                    "The server returned a link this app will not open (%1).")
                            .arg(m_refusedLinkHost.isEmpty() ? session.verificationUrl.scheme()
                                                             : m_refusedLinkHost);
        qCWarning(lcFlow) << "verification link refused, verdict" << int(verdict);
        fail(Failure::LinkRefused, error, Step::None);
        return;
    }

    m_session = session;
    qCInfo(lcFlow) << "verification started for" << m_userId << "inquiry" << session.inquiryId;
    afterJournal([id = m_journalEntry, session](Journal *journal, Journal::Done done) {
        journal->recordVerificationStarted(id, session.inquiryId, session.verificationUrl, std::move(done));
    }, [this] {
        if (m_userStatus.isEmpty())
            m_userStatus = QStringLiteral("pending");
        setState(State::WaitingForCustomer);
        emit verificationReady(m_session);
        scheduleNextPoll();
    });
}

void OnboardingFlow::onUserFetched(PartnerApi::RequestId id, const UserRecord &user)
{
    if (id == m_inFlight && m_inFlightStep == Step::CheckUser) {
        m_inFlight = 0;
        m_inFlightStep = Step::None;
        applyStatus(user.status);
        emit statusChecked(QDateTime::currentDateTime());
        if (m_state == State::StartingKyc) // still pending: verification is needed
            startKyc();
        return;
    }
    if (id != m_statusRequest)
        return;
    m_statusRequest = 0;
    m_pollFailures = 0;
    applyStatus(user.status);
    emit statusChecked(QDateTime::currentDateTime());
    scheduleNextPoll();
}

void OnboardingFlow::onRequestFailed(PartnerApi::RequestId id, ApiOperation operation, const ApiError &error)
{
    if (id == m_statusRequest) {
        m_statusRequest = 0;
        if (error.kind == ApiErrorKind::Unauthorized || error.kind == ApiErrorKind::NotFound) {
            fail(failureFor(error), error, Step::None);
            return;
        }
        // PartnerApi already retried with backoff; keep watching, and say so.
        ++m_pollFailures;
        emit statusCheckTrouble(error);
        scheduleNextPoll();
        return;
    }
    if (id != m_inFlight)
        return;
    const Step step = m_inFlightStep;
    m_inFlight = 0;
    m_inFlightStep = Step::None;

    if (operation == ApiOperation::CreateUser && isDuplicateEmail(error)) {
        fail(Failure::DuplicateEmail, error, step);
        return;
    }
    if (operation == ApiOperation::StartKyc && error.kind == ApiErrorKind::Conflict) {
        // Started before (another desk, an earlier attempt): watch the status.
        m_alreadyStarted = true;
        qCInfo(lcFlow) << "verification already started for" << m_userId;
        if (m_userStatus.isEmpty())
            m_userStatus = QStringLiteral("pending");
        if (m_journal && m_journalEntry > 0)
            m_journal->recordVerificationAlreadyStarted(m_journalEntry);
        setState(State::WaitingForCustomer);
        emit verificationAlreadyStartedDetected(m_userId);
        showSavedLinkFor(m_userId);
        fetchStatus();
        return;
    }
    fail(failureFor(error), error, step);
}

OnboardingFlow::Failure OnboardingFlow::failureFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Unauthorized: return Failure::Unauthorized;
    case ApiErrorKind::NotFound: return Failure::UnknownUser;
    case ApiErrorKind::Validation:
    case ApiErrorKind::Forbidden:
    case ApiErrorKind::Conflict: return Failure::RejectedByServer;
    case ApiErrorKind::Network: return Failure::Network;
    case ApiErrorKind::Timeout: return Failure::Timeout;
    case ApiErrorKind::Tls: return Failure::Tls;
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Server: return Failure::ServerError;
    case ApiErrorKind::MalformedResponse:
    case ApiErrorKind::ResponseTooLarge: return Failure::MalformedResponse;
    }
    return Failure::ServerError;
}

} // namespace qash
