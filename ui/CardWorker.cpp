#include "ui/CardWorker.h"

#include "core/cards/SafeVerify.h"
#include "core/cards/SelectByName.h"

namespace madoguchi {
namespace {

// mynumber.md §1: the text AP, where the PIN (0011) and 照合番号B (0015) are queried.
const QByteArray kAidText = QByteArray::fromHex("D3921000310001010408");

Result<QString, ReaderError> readerWithCard(ReaderBackend& backend)
{
    auto readers = backend.listReaders();
    if (!readers)
        return readers.error();
    if (readers->isEmpty())
        return ReaderError(ReaderError::Kind::NoReader);
    for (const ReaderInfo& reader : std::as_const(*readers))
        if (reader.hasCard)
            return reader.name;
    return ReaderError(ReaderError::Kind::NoCard);
}

} // namespace

CardWorker::CardWorker(ReaderBackend& backend, const TrustStore& trust, QObject* parent)
    : QObject(parent), m_backend(backend), m_trust(trust)
{
}

CardWorker::~CardWorker()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void CardWorker::cancel()
{
    ++m_generation;
}

template <typename Emit>
void CardWorker::deliver(int generation, Emit emitter)
{
    QMetaObject::invokeMethod(this, [this, generation, emitter] {
        if (generation == m_generation)
            emitter();
    }, Qt::QueuedConnection);
}

template <typename Job>
void CardWorker::run(Job job)
{
    if (m_thread) {
        m_thread->wait();  // one card job at a time; the previous one ends within its time limits
    }
    const int generation = ++m_generation;
    m_thread = QThread::create([job, generation] { job(generation); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void CardWorker::probe(quint8 keyP2)
{
    run([this, keyP2](int generation) {
        auto reader = readerWithCard(m_backend);
        if (!reader) {
            deliver(generation, [this, e = reader.error()] { Q_EMIT failed(e); });
            return;
        }
        auto channel = m_backend.connectCard(*reader);
        if (!channel) {
            deliver(generation, [this, e = channel.error()] { Q_EMIT failed(e); });
            return;
        }
        Probe probe;
        probe.reader = *reader;
        probe.pinPad = (*channel)->hasPinPad();
        auto detection = CardDetector(**channel).detect();
        if (!detection) {
            deliver(generation, [this, e = detection.error()] { Q_EMIT failed(e); });
            return;
        }
        probe.detection = *detection;
        if (detection->type == DocumentType::Licence) {
            // The free part of a licence read: common data, PIN setting, both counters.
            auto free = LicenceReader(**channel, m_trust).read(LicenceReader::Request{});
            if (free) {
                probe.triesLeft = free->credential.triesLeft;
                probe.secondTriesLeft = free->credential.secondTriesLeft;
                probe.pinSet = free->record.fields.value(QStringLiteral("pinSetting")) != QLatin1String("default");
            }
        }
        if (detection->type == DocumentType::MyNumber) {
            auto selected = SelectByName::probe(**channel, kAidText);
            if (selected && *selected) {
                auto tries = SafeVerify::triesLeft(**channel, keyP2);
                if (tries)
                    probe.triesLeft = *tries;
            }
        }
        deliver(generation, [this, probe] { Q_EMIT probed(probe); });
    });
}

template <typename Reader, typename Request>
void CardWorker::read(const QString& reader, Request request)
{
    auto shared = std::make_shared<Request>(std::move(request));
    run([this, reader, shared](int generation) {
        auto channel = m_backend.connectCard(reader);
        if (!channel) {
            deliver(generation, [this, e = channel.error()] { Q_EMIT failed(e); });
            return;
        }
        shared->progress = [this, generation](const QString& stage) { deliver(generation, [this, stage] { Q_EMIT progress(stage); }); };
        auto outcome = Reader(**channel, m_trust).read(*shared);
        *shared = Request{};  // the secrets (SecureBytes) are wiped as they go
        if (!outcome) {
            deliver(generation, [this, e = outcome.error()] { Q_EMIT failed(e); });
            return;
        }
        auto result = std::make_shared<CardReadOutcome>(std::move(outcome).value());
        deliver(generation, [this, result] { Q_EMIT finished(*result); });
    });
}

void CardWorker::readMyNumber(const QString& reader, MyNumberReader::Request request)
{
    read<MyNumberReader>(reader, std::move(request));
}

void CardWorker::readLicence(const QString& reader, LicenceReader::Request request)
{
    read<LicenceReader>(reader, std::move(request));
}

void CardWorker::readResidence(const QString& reader, ResidenceReader::Request request)
{
    read<ResidenceReader>(reader, std::move(request));
}

void CardWorker::readPassport(const QString& reader, PassportReader::Request request)
{
    read<PassportReader>(reader, std::move(request));
}

} // namespace madoguchi
