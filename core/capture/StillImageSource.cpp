#include "core/capture/StillImageSource.h"

#include <QFileInfo>
#include <QImageReader>

namespace madoguchi {

StillImageSource::StillImageSource(const QString& path, QObject* parent) : FrameSource(parent), m_path(path)
{
    m_timer.setInterval(kFrameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT frame(m_image); });
}

void StillImageSource::start()
{
    QImageReader reader(m_path);
    reader.setAutoTransform(true);
    m_image = reader.read();
    if (m_image.isNull()) {
        //: A still picture set as the camera (madoguchi.conf [camera] picture) cannot be read.
        Q_EMIT failed(tr("the picture %1 cannot be read: %2").arg(m_path, reader.errorString()));
        return;
    }
    m_timer.start();
    Q_EMIT frame(m_image);
}

void StillImageSource::stop()
{
    m_timer.stop();
    m_image = QImage();
}

QString StillImageSource::name() const
{
    return tr("picture %1").arg(QFileInfo(m_path).fileName());
}

} // namespace madoguchi
