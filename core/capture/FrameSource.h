#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace madoguchi {

// Where pictures of the document on the counter come from, a frame at a time, while started. No
// frame is written anywhere: each lives in memory until the next replaces it.
class FrameSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    // For staff: "camera HD Webcam", "picture demo-passport.jpg".
    virtual QString name() const = 0;

Q_SIGNALS:
    void frame(const QImage& image);
    // The source cannot give frames (no camera, permission, a file that is not a picture).
    void failed(const QString& why);
};

} // namespace madoguchi
