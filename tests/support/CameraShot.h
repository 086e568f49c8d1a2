#pragma once

#include <QImage>
#include <QRandomGenerator>
#include <QSize>

namespace madoguchi {

// A document photographed as a counter's camera would: laid on a desk, turned, seen at an angle,
// out of focus, with sensor noise, a glare patch from the ceiling lights, saved as a low-quality
// JPEG at 640 × 480 or 1280 × 720. Seeded: the same settings give the same picture.
struct CameraShot
{
    QSize frame{1280, 720};
    double fill = 0.75;       // the document's width as a share of the frame's
    double rotation = 0;      // degrees
    double tiltX = 0;         // degrees the document leans away about its vertical axis (perspective)
    double tiltY = 0;         // …about its horizontal axis
    double blur = 0;          // Gaussian sigma in frame pixels
    double noise = 0;         // standard deviation of the added noise, 0–255 scale
    bool glare = false;
    int jpegQuality = 90;
    quint32 seed = 1;

    // Everything drawn from `random` within the ranges: perspective up to ±15°, rotation,
    // blur, noise, glare, JPEG quality 30–80, either frame size.
    static CameraShot random(QRandomGenerator& random);
    // One ordinary frame: the document a little turned and tilted under a 720p camera, slightly out
    // of focus, with some noise, JPEG at quality 60 (the tests' and benchmarks' fixed pictures).
    static CameraShot atTheCounter();
    QImage shoot(const QImage& document) const;
};

} // namespace madoguchi
