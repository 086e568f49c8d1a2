#include "tests/support/FacePhoto.h"

#include "tests/support/ProgramPaths.h"

#include <QDir>
#include <QImage>
#include <QProcess>

namespace madoguchi {

QString FacePhoto::take(const QString& card, const QString& persona, const QString& folder)
{
    const QString face = QDir(folder).filePath(card + QLatin1String("-face.png"));
    if (QProcess::execute(ProgramPaths::cardsim(), {QStringLiteral("--card"), card, QStringLiteral("--persona"), persona, QStringLiteral("--face-image"), face})
        != 0)
        return {};
    CameraShot shot;
    shot.rotation = 4;
    shot.tiltX = 8;
    shot.tiltY = -5;
    shot.blur = 0.6;
    shot.noise = 3;
    shot.jpegQuality = 60;
    const QString photo = QDir(folder).filePath(card + QLatin1String("-photo.jpg"));
    return shot.shoot(QImage(face)).save(photo) ? photo : QString();
}

} // namespace madoguchi
