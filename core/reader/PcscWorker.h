#pragma once

#include "core/base/Result.h"
#include "core/reader/ReaderError.h"
#include "core/reader/ReaderInfo.h"

#include <winscard.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace madoguchi {

// The one thread that makes every PC/SC call (CONVENTIONS.md: AusweisApp, DigiDoc4). Between jobs
// it waits in SCardGetStatusChange — readers, cards, and the \\?PnP?\Notification pseudo-reader for
// hot-plug — and reports what changed. Jobs (connect, transmit, …) wake it with SCardCancel.
// When pcscd goes away the context is dropped and established again every second, so the same
// worker serves again once pcscd is back.
//
// A PC/SC call can block far past its time limit (a mute card behind a driver without a time-out of
// its own): the caller gets Timeout at the limit, later jobs fail at once until the call returns,
// and shutdown() leaves the thread behind after kShutdownWait instead of hanging the program. The
// thread holds the worker alive until it ends, so it must be made with std::make_shared.
class PcscWorker : public std::enable_shared_from_this<PcscWorker>
{
public:
    struct Events
    {
        std::function<void(const ReaderList&)> readersChanged;
        std::function<void(const QString& reader, const QByteArray& atr)> cardInserted;
        std::function<void(const QString& reader)> cardRemoved;
        std::function<void(const ReaderError&)> serviceFailed;
        std::function<void()> serviceRestored;
    };
    using Context = Result<SCARDCONTEXT, ReaderError>;

    PcscWorker();
    ~PcscWorker();
    PcscWorker(const PcscWorker&) = delete;
    PcscWorker& operator=(const PcscWorker&) = delete;

    // Starts the thread (once), which watches readers and reports through `events`.
    void start(Events events);
    // Stops the thread (SCardCancel wakes it) and releases the context; later jobs fail. Waits at most
    // kShutdownWait for a thread still inside a blocked call, then leaves it to finish on its own.
    void shutdown();
    static constexpr std::chrono::milliseconds kShutdownWait{2000};

    // Runs `job` on the worker thread with an established context and waits for its result at
    // most `timeout`. The job is not run when no context can be established.
    template <typename T>
    Result<T, ReaderError> run(std::function<Result<T, ReaderError>(SCARDCONTEXT)> job, std::chrono::milliseconds timeout);

    // Readers with their card state, asked of pcscd now (on the worker thread).
    static Result<ReaderList, ReaderError> queryReaders(SCARDCONTEXT context);

private:
    using Job = std::function<void(const Context&)>;

    bool enqueue(Job job);
    // A caller gave up waiting on the job now running: later jobs fail until it returns.
    bool isOverdue();
    void loop();
    void runJobs();
    Context ensureContext();
    void dropContext(const ReaderError& why);
    void watchOnce();
    void applyStates();
    void emitSnapshot();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stop = false;
    bool m_waiting = false;   // inside SCardGetStatusChange: a new job must cancel it
    bool m_overdue = false;   // the running job is past its caller's time limit
    bool m_finished = false;  // the thread has left its loop
    SCARDCONTEXT m_context = 0;
    bool m_hasContext = false;
    bool m_serviceFailed = false;
    Events m_events;
    std::thread m_thread;

    // Watch state, touched by the worker thread only.
    std::vector<std::string> m_readerNames;
    std::vector<SCARD_READERSTATE> m_states;  // readers, then the PnP pseudo-reader
    ReaderList m_snapshot;
};

template <typename T>
Result<T, ReaderError> PcscWorker::run(std::function<Result<T, ReaderError>(SCARDCONTEXT)> job,
                                       std::chrono::milliseconds timeout)
{
    auto promise = std::make_shared<std::promise<Result<T, ReaderError>>>();
    auto future = promise->get_future();
    if (isOverdue())
        return ReaderError(ReaderError::Kind::Timeout,
                           QStringLiteral("the reader is still waiting for the card's answer to an earlier command"));
    const bool queued = enqueue([this, promise, job = std::move(job)](const Context& context) {
        if (!context) {
            promise->set_value(context.error());
            return;
        }
        auto result = job(*context);
        if (!result && result.error().kind() == ReaderError::Kind::ServiceUnavailable)
            dropContext(result.error());
        promise->set_value(std::move(result));
    });
    if (!queued)
        return ReaderError(ReaderError::Kind::Internal, QStringLiteral("PC/SC worker stopped"));
    if (future.wait_for(timeout) != std::future_status::ready) {
        // The worker clears the flag under the same lock after each job: a job that ends just now is
        // either seen as done here, or clears the flag after it was set — never left set for good.
        std::lock_guard lock(m_mutex);
        if (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
            m_overdue = true;
            return ReaderError(ReaderError::Kind::Timeout,
                               QStringLiteral("no answer from PC/SC within %1 ms").arg(timeout.count()));
        }
    }
    return future.get();
}

} // namespace madoguchi
