#include "ui/CardWorker.h"

#include "core/base/Logging.h"
#include "core/cards/read/CardRead.h"

#include <QMutex>
#include <QThread>

#include <atomic>

namespace madoguchi {
namespace {

// How long the kiosk's exit waits for a card job still under way (each card call has its own time
// limit; past this one the thread is left to end on its own).
constexpr unsigned long kExitWaitMs = 3000;

} // namespace

// What the card thread's jobs share with the worker; it outlives the worker while a job runs.
struct CardWorker::Shared
{
    ReaderBackend& backend;
    const TrustStore& trust;
    std::atomic<int> generation = 0;
    QMutex ownerLock;
    CardWorker* owner;  // nullptr once the worker is gone

    // Calls `emit(worker)` on the UI thread; dropped when the job was cancelled meanwhile or the
    // worker is gone (Qt discards the events posted to a deleted object).
    template <typename Emit>
    void deliver(int jobGeneration, Emit emit)
    {
        QMutexLocker lock(&ownerLock);
        if (!owner)
            return;
        QMetaObject::invokeMethod(owner, [this, worker = owner, jobGeneration, emit] {
            if (jobGeneration == generation)
                emit(worker);
        }, Qt::QueuedConnection);
    }
};

CardWorker::CardWorker(ReaderBackend& backend, const TrustStore& trust, QObject* parent)
    : QObject(parent), m_shared(new Shared{backend, trust, {}, {}, this}), m_thread(new QThread), m_jobs(new QObject)
{
    m_thread->setObjectName(QStringLiteral("card"));
    m_jobs->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_jobs, &QObject::deleteLater);
    m_thread->start();
}

CardWorker::~CardWorker()
{
    cancel();
    {
        QMutexLocker lock(&m_shared->ownerLock);
        m_shared->owner = nullptr;
    }
    m_thread->quit();
    if (m_thread->wait(kExitWaitMs)) {
        delete m_thread;
        return;
    }
    // A card call is still inside its own time limit: the thread ends with it and deletes itself.
    qCWarning(lcReader) << "card thread still busy at exit; left to end on its own";
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater, Qt::DirectConnection);
}

void CardWorker::cancel()
{
    ++m_shared->generation;
}

void CardWorker::post(std::function<void(int generation)> job)
{
    const int generation = ++m_shared->generation;
    auto shared = m_shared;
    // Functors posted to an object of the card thread run on its event loop, in the order posted.
    QMetaObject::invokeMethod(m_jobs, [shared, generation, job = std::move(job)] {
        if (generation == shared->generation)
            job(generation);
    }, Qt::QueuedConnection);
}

void CardWorker::probe(bool individualNumber)
{
    post([shared = m_shared, individualNumber](int generation) {
        auto reader = CardRead::readerWithCard(shared->backend);
        if (!reader) {
            shared->deliver(generation, [e = reader.error()](CardWorker* worker) { Q_EMIT worker->failed(e); });
            return;
        }
        auto channel = shared->backend.connectCard(reader->name);
        if (!channel) {
            shared->deliver(generation, [e = channel.error()](CardWorker* worker) { Q_EMIT worker->failed(e); });
            return;
        }
        auto probe = CardRead::probe(**channel, individualNumber);
        if (!probe) {
            shared->deliver(generation, [e = probe.error()](CardWorker* worker) { Q_EMIT worker->failed(e); });
            return;
        }
        shared->deliver(generation, [p = *probe](CardWorker* worker) { Q_EMIT worker->probed(p); });
    });
}

void CardWorker::read(const CardProbe& probe, CardReadRequest request)
{
    auto held = std::make_shared<CardReadRequest>(std::move(request));
    post([shared = m_shared, reader = probe.reader, detection = probe.detection, held](int generation) {
        auto channel = shared->backend.connectCard(reader);
        if (!channel) {
            *held = CardReadRequest{};
            shared->deliver(generation, [e = channel.error()](CardWorker* worker) { Q_EMIT worker->failed(e); });
            return;
        }
        held->progress = [shared, generation](const QString& stage) {
            shared->deliver(generation, [stage](CardWorker* worker) { Q_EMIT worker->progress(stage); });
        };
        auto outcome = CardRead::read(**channel, detection, std::move(*held), shared->trust);
        *held = CardReadRequest{};  // the secrets (SecureBytes) are wiped as they go
        if (!outcome) {
            shared->deliver(generation, [e = outcome.error()](CardWorker* worker) { Q_EMIT worker->failed(e); });
            return;
        }
        auto result = std::make_shared<CardReadOutcome>(std::move(outcome).value());
        shared->deliver(generation, [result](CardWorker* worker) { Q_EMIT worker->finished(*result); });
    });
}

} // namespace madoguchi
