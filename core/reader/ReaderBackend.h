#pragma once

#include "core/base/Result.h"
#include "core/reader/CardChannel.h"
#include "core/reader/ReaderError.h"
#include "core/reader/ReaderInfo.h"

#include <QObject>

#include <memory>

namespace madoguchi {

// Where cards come from: PC/SC readers (PcscBackend) or virtual readers in this process (SimBackend).
// Signals are delivered on the thread the backend lives in. listReaders() and connectCard() block
// until the answer is there (bounded by a time limit): call them from a worker thread in the GUI.
class ReaderBackend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ReaderBackend() override = default;

    // Begins watching readers and cards; events follow as signals.
    virtual void start() = 0;
    // The readers and cards present now, asked of the service afresh.
    virtual Result<ReaderList, ReaderError> listReaders() = 0;
    // An exclusive connection to the card in `reader`.
    virtual Result<std::unique_ptr<CardChannel>, ReaderError> connectCard(const QString& reader) = 0;

Q_SIGNALS:
    void readersChanged(const madoguchi::ReaderList& readers);
    void cardInserted(const QString& reader, const QByteArray& atr);
    void cardRemoved(const QString& reader);
    // The service went away or cannot be reached; the backend keeps trying to get it back.
    void serviceFailed(const madoguchi::ReaderError& error);
    void serviceRestored();
};

} // namespace madoguchi
