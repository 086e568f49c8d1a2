#include "core/reader/PcscWorker.h"

#include "core/base/Logging.h"
#include "core/reader/PcscError.h"

#include <cstring>

namespace madoguchi {
namespace {

// pcsc-lite's name for the pseudo-reader that changes when readers come and go (PC/SC part 5).
constexpr char kPnpReader[] = "\\\\?PnP?\\Notification";
// A bound on how long a lost SCardCancel (sent just before the wait began) can delay a job.
constexpr DWORD kWatchTimeoutMs = 500;
constexpr auto kServiceRetry = std::chrono::milliseconds(1000);
// After a job, the next one of a burst (the APDUs of a read) usually follows at once: wait for it
// here rather than in SCardGetStatusChange, where its SCardCancel could arrive just before the wait
// begins and be lost.
constexpr auto kJobLinger = std::chrono::milliseconds(100);

} // namespace

PcscWorker::PcscWorker() = default;

PcscWorker::~PcscWorker()
{
    shutdown();
}

void PcscWorker::start(Events events)
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable() || m_stop)
        return;
    m_events = std::move(events);
    m_thread = std::thread([self = shared_from_this()] { self->loop(); });
}

void PcscWorker::shutdown()
{
    std::unique_lock lock(m_mutex);
    m_stop = true;
    if (m_waiting)
        SCardCancel(m_context);
    m_wake.notify_all();
    if (!m_thread.joinable())
        return;
    // The last owner can be the thread itself (it holds the worker alive): it cannot join itself.
    if (m_thread.get_id() == std::this_thread::get_id()) {
        m_thread.detach();
        return;
    }
    if (!m_wake.wait_for(lock, kShutdownWait, [this] { return m_finished; })) {
        qCWarning(lcReader) << "a PC/SC call has not returned; leaving it behind";
        m_thread.detach();
        return;
    }
    lock.unlock();
    m_thread.join();
}

bool PcscWorker::isOverdue()
{
    std::lock_guard lock(m_mutex);
    return m_overdue;
}

bool PcscWorker::enqueue(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stop || !m_thread.joinable())
            return false;
        m_jobs.push_back(std::move(job));
        if (m_waiting)
            SCardCancel(m_context);
    }
    m_wake.notify_all();
    return true;
}

PcscWorker::Context PcscWorker::ensureContext()
{
    if (m_hasContext)
        return m_context;
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS) {
        const ReaderError error = PcscError::toReaderError(rv, "SCardEstablishContext");
        if (!m_serviceFailed) {
            m_serviceFailed = true;
            qCWarning(lcReader).noquote() << error.describe();
            if (m_events.serviceFailed)
                m_events.serviceFailed(error);
        }
        return error;
    }
    {
        std::lock_guard lock(m_mutex);
        m_context = context;
        m_hasContext = true;
    }
    if (m_serviceFailed) {
        m_serviceFailed = false;
        qCInfo(lcReader) << "PC/SC service is back";
        if (m_events.serviceRestored)
            m_events.serviceRestored();
    }
    m_states.clear();  // readers are listed afresh with the new context
    return context;
}

void PcscWorker::dropContext(const ReaderError& why)
{
    if (!m_hasContext)
        return;
    SCardReleaseContext(m_context);
    {
        std::lock_guard lock(m_mutex);
        m_hasContext = false;
        m_context = 0;
    }
    m_states.clear();
    m_readerNames.clear();
    qCWarning(lcReader).noquote() << "PC/SC context lost:" << why.describe();
    if (!m_serviceFailed) {
        m_serviceFailed = true;
        if (m_events.serviceFailed)
            m_events.serviceFailed(why);
    }
    for (const ReaderInfo& reader : std::as_const(m_snapshot))
        if (reader.hasCard && m_events.cardRemoved)
            m_events.cardRemoved(reader.name);
    m_snapshot.clear();
    emitSnapshot();
}

void PcscWorker::runJobs()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job(ensureContext());
        std::unique_lock lock(m_mutex);
        m_overdue = false;
        m_wake.wait_for(lock, kJobLinger, [this] { return m_stop || !m_jobs.empty(); });
    }
}

void PcscWorker::loop()
{
    for (;;) {
        runJobs();
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                break;
        }
        if (!ensureContext()) {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kServiceRetry, [this] { return m_stop || !m_jobs.empty(); });
            continue;
        }
        watchOnce();
    }
    if (m_hasContext)
        SCardReleaseContext(m_context);
    m_hasContext = false;
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_wake.notify_all();
}

Result<ReaderList, ReaderError> PcscWorker::queryReaders(SCARDCONTEXT context)
{
    DWORD length = 0;
    LONG rv = SCardListReaders(context, nullptr, nullptr, &length);
    if (rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return ReaderList{};
    if (rv != SCARD_S_SUCCESS)
        return PcscError::toReaderError(rv, "SCardListReaders");
    std::string names(length, '\0');
    rv = SCardListReaders(context, nullptr, names.data(), &length);
    if (rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return ReaderList{};
    if (rv != SCARD_S_SUCCESS)
        return PcscError::toReaderError(rv, "SCardListReaders");
    std::vector<SCARD_READERSTATE> states;
    for (const char* name = names.c_str(); *name; name += std::strlen(name) + 1) {
        SCARD_READERSTATE state{};
        state.szReader = name;
        state.dwCurrentState = SCARD_STATE_UNAWARE;
        states.push_back(state);
    }
    ReaderList list;
    if (states.empty())
        return list;
    rv = SCardGetStatusChange(context, 0, states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != LONG(SCARD_E_TIMEOUT))
        return PcscError::toReaderError(rv, "SCardGetStatusChange");
    for (const SCARD_READERSTATE& state : states) {
        const bool present = state.dwEventState & SCARD_STATE_PRESENT;
        list.append(ReaderInfo{QString::fromUtf8(state.szReader), present,
                               present ? QByteArray(reinterpret_cast<const char*>(state.rgbAtr), int(state.cbAtr))
                                       : QByteArray()});
    }
    return list;
}

void PcscWorker::watchOnce()
{
    if (m_states.empty()) {
        auto readers = queryReaders(m_context);
        if (!readers) {
            if (readers.error().kind() == ReaderError::Kind::ServiceUnavailable)
                dropContext(readers.error());
            return;
        }
        m_readerNames.clear();
        for (const ReaderInfo& reader : std::as_const(*readers))
            m_readerNames.push_back(reader.name.toStdString());
        for (const std::string& name : m_readerNames) {
            SCARD_READERSTATE state{};
            state.szReader = name.c_str();
            state.dwCurrentState = SCARD_STATE_UNAWARE;
            m_states.push_back(state);
        }
        SCARD_READERSTATE pnp{};
        pnp.szReader = kPnpReader;
        // pcsc-lite reports the reader count in the high word; start from what we just listed.
        pnp.dwCurrentState = DWORD(m_readerNames.size()) << 16;
        m_states.push_back(pnp);
        // SCARD_STATE_UNAWARE makes the wait below return at once with every reader's state.
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stop || !m_jobs.empty())
            return;
        m_waiting = true;
    }
    const LONG rv = SCardGetStatusChange(m_context, kWatchTimeoutMs, m_states.data(), DWORD(m_states.size()));
    {
        std::lock_guard lock(m_mutex);
        m_waiting = false;
    }
    if (rv == LONG(SCARD_E_TIMEOUT) || rv == LONG(SCARD_E_CANCELLED))
        return;
    if (rv != SCARD_S_SUCCESS) {
        const ReaderError error = PcscError::toReaderError(rv, "SCardGetStatusChange");
        if (error.kind() == ReaderError::Kind::ServiceUnavailable) {
            dropContext(error);
        } else {
            // A reader vanished between listing and waiting, or similar: list afresh.
            qCInfo(lcReader).noquote() << error.detail();
            m_states.clear();
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_stop || !m_jobs.empty(); });
        }
        return;
    }
    const SCARD_READERSTATE& pnp = m_states.back();
    const bool readerListChanged = pnp.dwEventState & SCARD_STATE_CHANGED;
    applyStates();
    if (readerListChanged)
        m_states.clear();  // next pass lists the readers again and reports the difference
}

void PcscWorker::applyStates()
{
    ReaderList now;
    for (size_t i = 0; i + 1 < m_states.size(); ++i) {
        SCARD_READERSTATE& state = m_states[i];
        const DWORD event = state.dwEventState;
        state.dwCurrentState = event & ~DWORD(SCARD_STATE_CHANGED);
        if (event & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
            continue;
        const bool present = (event & SCARD_STATE_PRESENT) && !(event & SCARD_STATE_MUTE);
        now.append(ReaderInfo{QString::fromStdString(m_readerNames[i]), present,
                              present ? QByteArray(reinterpret_cast<const char*>(state.rgbAtr), int(state.cbAtr))
                                      : QByteArray()});
    }
    SCARD_READERSTATE& pnp = m_states.back();
    pnp.dwCurrentState = pnp.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
    bool changed = now.size() != m_snapshot.size();
    for (const ReaderInfo& reader : std::as_const(now)) {
        const auto before = std::find_if(m_snapshot.cbegin(), m_snapshot.cend(),
                                         [&](const ReaderInfo& r) { return r.name == reader.name; });
        const bool hadCard = before != m_snapshot.cend() && before->hasCard;
        if (before == m_snapshot.cend() || !(*before == reader))
            changed = true;
        if (reader.hasCard && (!hadCard || before->atr != reader.atr)) {
            if (m_events.cardInserted)
                m_events.cardInserted(reader.name, reader.atr);
        } else if (!reader.hasCard && hadCard) {
            if (m_events.cardRemoved)
                m_events.cardRemoved(reader.name);
        }
    }
    for (const ReaderInfo& reader : std::as_const(m_snapshot)) {
        const bool gone = std::none_of(now.cbegin(), now.cend(), [&](const ReaderInfo& r) { return r.name == reader.name; });
        if (gone && reader.hasCard && m_events.cardRemoved)
            m_events.cardRemoved(reader.name);
    }
    if (changed) {
        m_snapshot = now;
        emitSnapshot();
    }
}

void PcscWorker::emitSnapshot()
{
    if (m_events.readersChanged)
        m_events.readersChanged(m_snapshot);
}

} // namespace madoguchi
