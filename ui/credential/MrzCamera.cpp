#include "ui/credential/MrzCamera.h"

#include <QtConcurrent/QtConcurrentRun>

namespace madoguchi {

MrzCamera::MrzCamera(FrameSource* source, QObject* parent) : QObject(parent), m_source(source)
{
    connect(m_source, &FrameSource::frame, this, &MrzCamera::onFrame);
    connect(m_source, &FrameSource::failed, this, [this](const QString& why) {
        stop();
        Q_EMIT failed(why);
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<SecureBytes>>::finished, this, &MrzCamera::onRead);
}

MrzCamera::~MrzCamera()
{
    m_watcher.waitForFinished();
}

void MrzCamera::start()
{
    if (!m_reader) {
        QString why;
        m_reader = MrzReader::create(&why);  // on the GUI thread: it draws the OCR-B glyphs
        if (!m_reader) {
            Q_EMIT failed(why);
            return;
        }
    }
    m_running = true;
    m_source->start();
}

void MrzCamera::stop()
{
    m_running = false;
    m_source->stop();
    m_agreement.reset();
}

void MrzCamera::onFrame(const QImage& frame)
{
    if (!m_running || m_watcher.isRunning())
        return;
    MrzReader* reader = m_reader.get();
    m_watcher.setFuture(QtConcurrent::run([reader, frame]() -> std::shared_ptr<SecureBytes> {
        auto key = reader->read(frame);
        return key ? std::make_shared<SecureBytes>(key->information().view()) : nullptr;
    }));
}

void MrzCamera::onRead()
{
    const std::shared_ptr<SecureBytes> information = m_watcher.result();
    if (!m_running || !information)
        return;
    if (auto agreed = m_agreement.offer(*information)) {
        stop();
        Q_EMIT this->agreed(*agreed);
    }
}

} // namespace madoguchi
