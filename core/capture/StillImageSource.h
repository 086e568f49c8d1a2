#pragma once

#include "core/capture/FrameSource.h"

#include <QTimer>

namespace madoguchi {

// One picture given as frames, as a camera pointed at a still document would: the demo's rendered
// data page, a test's photographed page, a flatbed scanner's file. The file is read when started and
// its picture dropped when stopped.
class StillImageSource : public FrameSource
{
    Q_OBJECT

public:
    static constexpr int kFrameIntervalMs = 200;

    explicit StillImageSource(const QString& path, QObject* parent = nullptr);

    void start() override;
    void stop() override;
    QString name() const override;

private:
    QString m_path;
    QImage m_image;
    QTimer m_timer;
};

} // namespace madoguchi
