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
    const QString photo = QDir(folder).filePath(card + QLatin1String("-photo.jpg"));
    return CameraShot::atTheCounter().shoot(QImage(face)).save(photo) ? photo : QString();
}

} // namespace madoguchi
