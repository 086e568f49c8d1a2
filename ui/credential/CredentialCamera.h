#pragma once

#include "core/capture/FrameSource.h"
#include "core/crypto/SecureBytes.h"
#include "core/ocr/FrameReader.h"
#include "core/ocr/ReadingAgreement.h"

#include <QFutureWatcher>
#include <QObject>

#include <map>
#include <memory>

namespace madoguchi {

// A credential read off the counter's camera: frames from a FrameSource, each read on a worker
// thread by the reader of the document being shown (one frame at a time; frames arriving meanwhile
// are dropped), offered when enough frames agree (FrameReader::framesToAgree). One camera serves
// every credential form; the form that started it takes what it offers. It only reads: what it
// finds goes into the form for staff to confirm, and nothing reaches the chip before they press Read.
class CredentialCamera : public QObject
{
    Q_OBJECT

public:
    enum class Document
    {
        PassportMrz,      // MRZ_information (MrzReader)
        MyNumberFront,    // PrintedCollation's bytes (MyNumberFrontReader)
        ResidenceFront,   // the card number (ResidenceNumberReader)
    };

    explicit CredentialCamera(FrameSource* source, QObject* parent = nullptr);
    ~CredentialCamera() override;

    void start(Document document);
    // Stops the source and forgets every frame's reading.
    void stop();
    QString sourceName() const { return m_source->name(); }

Q_SIGNALS:
    void agreed(madoguchi::CredentialCamera::Document document, const madoguchi::SecureBytes& value);
    void failed(const QString& why);

private:
    void onFrame(const QImage& frame);
    void onRead();

    FrameSource* m_source;
    std::map<Document, std::unique_ptr<FrameReader>> m_readers;  // made on first use
    Document m_document = Document::PassportMrz;
    std::unique_ptr<ReadingAgreement> m_agreement;
    QFutureWatcher<std::shared_ptr<SecureBytes>> m_watcher;
    bool m_running = false;
};

} // namespace madoguchi
