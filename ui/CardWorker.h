#pragma once

#include "core/cards/CardReadOutcome.h"
#include "core/cards/read/CardProbe.h"
#include "core/cards/read/CardReadRequest.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ReaderBackend.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace madoguchi {

// The kiosk's one card thread (as AusweisApp's ReaderManager): it lives as long as the kiosk, runs
// card jobs one after the other in the order they were asked for, and brings their results back
// as signals on the UI thread. Nothing on the UI thread ever waits for a card: asking for a job
// only queues it. cancel() drops every job not yet started and any answer still on its way, so a
// card pulled or a visit ended never lets an old read reach the screen.
class CardWorker : public QObject
{
    Q_OBJECT

public:
    CardWorker(ReaderBackend& backend, const TrustStore& trust, QObject* parent = nullptr);
    ~CardWorker() override;

    // Finds the reader with a card and probes it (CardRead::probe): the document, the credential
    // for the purpose (`individualNumber`: a 個人番号利用事務) and its tries left, using no try.
    void probe(bool individualNumber);
    // Reads the card `probe` found with `request`; the request's secrets are wiped after.
    void read(const CardProbe& probe, CardReadRequest request);
    void cancel();

Q_SIGNALS:
    void probed(const madoguchi::CardProbe& probe);
    void progress(const QString& stage);
    void finished(const madoguchi::CardReadOutcome& outcome);
    void failed(const madoguchi::ReaderError& error);

private:
    struct Shared;
    // Queues `job` on the card thread; it is skipped when cancelled before it starts.
    void post(std::function<void(int generation)> job);

    std::shared_ptr<Shared> m_shared;
    QThread* m_thread;
    QObject* m_jobs;  // lives in m_thread: what jobs are posted to
};

} // namespace madoguchi
