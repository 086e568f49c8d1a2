#pragma once

#include "core/reader/PcscChannel.h"
#include "core/reader/PcscWorker.h"
#include "core/reader/ReaderBackend.h"

#include <memory>

namespace madoguchi {

// PC/SC readers through pcsc-lite. All PC/SC calls run on one worker thread (PcscWorker); events
// arrive here as queued signals. Survives pcscd restarts without being recreated.
class PcscBackend : public ReaderBackend
{
    Q_OBJECT

public:
    explicit PcscBackend(QObject* parent = nullptr);
    ~PcscBackend() override;

    void start() override;
    Result<ReaderList, ReaderError> listReaders() override;
    Result<std::unique_ptr<CardChannel>, ReaderError> connectCard(const QString& reader) override;
    // How long one command may wait for the card's answer (PcscChannel::kDefaultAnswerTimeout).
    void setAnswerTimeout(std::chrono::milliseconds timeout) { m_answerTimeout = timeout; }

private:
    void ensureWorker();

    std::shared_ptr<PcscWorker> m_worker;
    std::chrono::milliseconds m_answerTimeout;
};

} // namespace madoguchi
