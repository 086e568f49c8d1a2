#pragma once

#include "core/capture/FrameSource.h"
#include "core/crypto/SecureBytes.h"
#include "core/ocr/MrzReader.h"
#include "core/ocr/ReadingAgreement.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace madoguchi {

// The passport's MRZ read off the counter's camera: frames from a FrameSource, each read by
// MrzReader on a worker thread (one at a time; frames arriving meanwhile are dropped), offered when
// two frames agree (ReadingAgreement). It only reads: what it finds goes into the form for staff
// to confirm, and nothing reaches the chip before they press Read.
class MrzCamera : public QObject
{
    Q_OBJECT

public:
    explicit MrzCamera(FrameSource* source, QObject* parent = nullptr);
    ~MrzCamera() override;

    void start();
    // Stops the source and forgets every frame's reading.
    void stop();
    QString sourceName() const { return m_source->name(); }

Q_SIGNALS:
    // MRZ_information (document number, birth and expiry date with their check digits), agreed.
    void agreed(const SecureBytes& information);
    void failed(const QString& why);

private:
    void onFrame(const QImage& frame);
    void onRead();

    FrameSource* m_source;
    std::unique_ptr<MrzReader> m_reader;
    ReadingAgreement m_agreement;
    QFutureWatcher<std::shared_ptr<SecureBytes>> m_watcher;
    bool m_running = false;
};

} // namespace madoguchi
