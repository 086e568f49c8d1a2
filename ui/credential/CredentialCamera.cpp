#include "ui/credential/CredentialCamera.h"

#include "core/ocr/MrzReader.h"
#include "core/ocr/MyNumberFrontReader.h"
#include "core/ocr/ResidenceNumberReader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace madoguchi {
namespace {

std::unique_ptr<FrameReader> readerFor(CredentialCamera::Document document, QString* why)
{
    switch (document) {
    case CredentialCamera::Document::PassportMrz: return MrzReader::create(why);
    case CredentialCamera::Document::MyNumberFront: return MyNumberFrontReader::create(why);
    case CredentialCamera::Document::ResidenceFront: return ResidenceNumberReader::create(why);
    }
    return nullptr;
}

} // namespace

CredentialCamera::CredentialCamera(FrameSource* source, QObject* parent) : QObject(parent), m_source(source)
{
    connect(m_source, &FrameSource::frame, this, &CredentialCamera::onFrame);
    connect(m_source, &FrameSource::failed, this, [this](const QString& why) {
        stop();
        Q_EMIT failed(why);
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<SecureBytes>>::finished, this, &CredentialCamera::onRead);
}

CredentialCamera::~CredentialCamera()
{
    m_watcher.waitForFinished();
}

void CredentialCamera::start(Document document)
{
    stop();
    m_watcher.waitForFinished();  // a frame still being read belongs to the document before
    auto& reader = m_readers[document];
    if (!reader) {
        QString why;
        reader = readerFor(document, &why);  // on the GUI thread: MrzReader draws the OCR-B glyphs
        if (!reader) {
            Q_EMIT failed(why);
            return;
        }
    }
    m_document = document;
    m_agreement = std::make_unique<ReadingAgreement>(reader->framesToAgree());
    m_running = true;
    m_source->start();
}

void CredentialCamera::stop()
{
    m_running = false;
    m_source->stop();
    if (m_agreement)
        m_agreement->reset();
}

void CredentialCamera::onFrame(const QImage& frame)
{
    if (!m_running || m_watcher.isRunning())
        return;
    FrameReader* reader = m_readers[m_document].get();
    m_watcher.setFuture(QtConcurrent::run([reader, frame]() -> std::shared_ptr<SecureBytes> {
        auto value = reader->readCredential(frame);
        return value ? std::make_shared<SecureBytes>(std::move(*value)) : nullptr;
    }));
}

void CredentialCamera::onRead()
{
    const std::shared_ptr<SecureBytes> value = m_watcher.result();
    if (!m_running || !value)
        return;
    if (auto agreed = m_agreement->offer(*value)) {
        stop();
        Q_EMIT this->agreed(m_document, *agreed);
    }
}

} // namespace madoguchi
