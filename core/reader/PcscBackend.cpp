#include "core/reader/PcscBackend.h"

#include "core/reader/PcscChannel.h"

#include <QMetaObject>
#include <QPointer>

namespace madoguchi {

using namespace std::chrono_literals;

PcscBackend::PcscBackend(QObject* parent)
    : ReaderBackend(parent), m_worker(std::make_shared<PcscWorker>()), m_answerTimeout(PcscChannel::kDefaultAnswerTimeout)
{
}

PcscBackend::~PcscBackend()
{
    // SCardCancel wakes the worker; it releases the context and stops before this object is gone.
    m_worker->shutdown();
}

void PcscBackend::ensureWorker()
{
    // Events are posted to this object's thread; Qt drops them if the object is gone by then.
    const QPointer<PcscBackend> self(this);
    const auto post = [self](auto emitter) {
        QMetaObject::invokeMethod(self.data(), [self, emitter] {
            if (self)
                emitter(self.data());
        }, Qt::QueuedConnection);
    };
    PcscWorker::Events events;
    events.readersChanged = [post](const ReaderList& list) {
        post([list](PcscBackend* b) { Q_EMIT b->readersChanged(list); });
    };
    events.cardInserted = [post](const QString& reader, const QByteArray& atr) {
        post([reader, atr](PcscBackend* b) { Q_EMIT b->cardInserted(reader, atr); });
    };
    events.cardRemoved = [post](const QString& reader) {
        post([reader](PcscBackend* b) { Q_EMIT b->cardRemoved(reader); });
    };
    events.serviceFailed = [post](const ReaderError& error) {
        post([error](PcscBackend* b) { Q_EMIT b->serviceFailed(error); });
    };
    events.serviceRestored = [post] { post([](PcscBackend* b) { Q_EMIT b->serviceRestored(); }); };
    m_worker->start(std::move(events));
}

void PcscBackend::start()
{
    ensureWorker();
}

Result<ReaderList, ReaderError> PcscBackend::listReaders()
{
    ensureWorker();
    return m_worker->run<ReaderList>([](SCARDCONTEXT context) { return PcscWorker::queryReaders(context); }, 5s);
}

Result<std::unique_ptr<CardChannel>, ReaderError> PcscBackend::connectCard(const QString& reader)
{
    ensureWorker();
    return PcscChannel::open(m_worker, reader, m_answerTimeout);
}

} // namespace madoguchi
