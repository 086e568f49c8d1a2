#pragma once

#include "core/cards/CardDetector.h"
#include "core/cards/CardReadOutcome.h"
#include "core/cards/licence/LicenceReader.h"
#include "core/cards/mynumber/MyNumberReader.h"
#include "core/cards/residence/ResidenceReader.h"
#include "core/cards/passport/PassportReader.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ReaderBackend.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

namespace madoguchi {

// Runs card work off the UI thread, one job at a time, and brings the results back as signals on
// the UI thread. cancel() makes any answer still on its way be dropped: a card pulled or a session
// ended never lets an old read reach the screen.
class CardWorker : public QObject
{
    Q_OBJECT

public:
    struct Probe
    {
        QString reader;
        CardDetector::Detection detection;
        std::optional<int> triesLeft;  // of the key the route will use (licence: PIN1); unknown when not asked
        std::optional<int> secondTriesLeft;  // licence: PIN2
        bool pinSet = true;            // licence: false when the holder set no PIN
        bool pinPad = false;           // the reader has its own PIN keypad
    };

    CardWorker(ReaderBackend& backend, const TrustStore& trust, QObject* parent = nullptr);
    ~CardWorker() override;

    // Finds the card, tells what it is and how many tries its keys have left (an empty VERIFY: no
    // try used): for a My Number card key `keyP2` of the text AP, for a licence PIN1, PIN2 and
    // whether the holder set them.
    void probe(quint8 keyP2);
    void readMyNumber(const QString& reader, MyNumberReader::Request request);
    void readLicence(const QString& reader, LicenceReader::Request request);
    void readResidence(const QString& reader, ResidenceReader::Request request);
    void readPassport(const QString& reader, PassportReader::Request request);
    void cancel();
    bool isBusy() const { return m_thread && m_thread->isRunning(); }

Q_SIGNALS:
    void probed(const madoguchi::CardWorker::Probe& probe);
    void progress(const QString& stage);
    void finished(const madoguchi::CardReadOutcome& outcome);
    void failed(const madoguchi::ReaderError& error);

private:
    template <typename Job>
    void run(Job job);
    // One read with `Reader` (MyNumberReader, LicenceReader, ResidenceReader, PassportReader); the request's secrets are wiped after.
    template <typename Reader, typename Request>
    void read(const QString& reader, Request request);
    // Posts `emitter` to the UI thread unless the job was cancelled meanwhile.
    template <typename Emit>
    void deliver(int generation, Emit emitter);

    ReaderBackend& m_backend;
    const TrustStore& m_trust;
    QPointer<QThread> m_thread;
    int m_generation = 0;
};

} // namespace madoguchi
