#include "core/capture/CameraSource.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>

namespace madoguchi {

CameraSource::CameraSource(const QByteArray& device, QObject* parent) : FrameSource(parent), m_device(device) {}

CameraSource::~CameraSource() = default;

void CameraSource::start()
{
    QCameraDevice chosen = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& device : QMediaDevices::videoInputs())
        if (device.id() == m_device)
            chosen = device;
    if (chosen.isNull() || (!m_device.isEmpty() && chosen.id() != m_device)) {
        //: No camera (or not the one set in madoguchi.conf [camera] device) is attached.
        Q_EMIT failed(m_device.isEmpty() ? tr("no camera is attached") : tr("the camera %1 is not attached").arg(QString::fromUtf8(m_device)));
        return;
    }
    m_camera = std::make_unique<QCamera>(chosen);
    m_session = std::make_unique<QMediaCaptureSession>();
    m_sink = std::make_unique<QVideoSink>();
    m_session->setCamera(m_camera.get());
    m_session->setVideoSink(m_sink.get());
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString& message) { Q_EMIT failed(message); });
    connect(m_sink.get(), &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& videoFrame) {
        if (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < kMinIntervalMs)
            return;
        m_sinceFrame.restart();
        const QImage image = videoFrame.toImage();
        if (!image.isNull())
            Q_EMIT frame(image);
    });
    m_camera->start();
}

void CameraSource::stop()
{
    if (m_camera)
        m_camera->stop();
    m_sink.reset();
    m_session.reset();
    m_camera.reset();
    m_sinceFrame.invalidate();
}

QString CameraSource::name() const
{
    return m_camera ? tr("camera %1").arg(m_camera->cameraDevice().description()) : tr("camera");
}

} // namespace madoguchi
