#pragma once

#include "core/capture/FrameSource.h"

#include <QElapsedTimer>

#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace madoguchi {

// A camera at the counter (a document camera or a webcam) through Qt Multimedia: frames from its
// video sink, at most one every kMinIntervalMs, as QImages. `device`: the camera's id as Qt lists it
// (QMediaDevices::videoInputs), or empty for the system's default camera.
class CameraSource : public FrameSource
{
    Q_OBJECT

public:
    static constexpr int kMinIntervalMs = 100;

    explicit CameraSource(const QByteArray& device, QObject* parent = nullptr);
    ~CameraSource() override;

    void start() override;
    void stop() override;
    QString name() const override;

private:
    QByteArray m_device;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QVideoSink> m_sink;
    QElapsedTimer m_sinceFrame;
};

} // namespace madoguchi
