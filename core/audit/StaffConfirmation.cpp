#include "core/audit/StaffConfirmation.h"

#include <QStringList>

namespace madoguchi {

QString StaffConfirmation::answerWords(Answer answer, const QString& language)
{
    const bool ja = language == QLatin1String("ja");
    switch (answer) {
    case Answer::Unanswered: return ja ? QStringLiteral("未回答") : QStringLiteral("not answered");
    case Answer::Match: return ja ? QStringLiteral("相違なし") : QStringLiteral("matches");
    case Answer::Mismatch: return ja ? QStringLiteral("相違あり") : QStringLiteral("does not match");
    case Answer::NotPossible: return ja ? QStringLiteral("確認できず") : QStringLiteral("could not be checked");
    }
    return {};
}

QString StaffConfirmation::words(const QString& language) const
{
    const bool ja = language == QLatin1String("ja");
    const auto part = [&](const QString& label, Answer answer, const QString& reason) {
        QString text = QStringLiteral("%1: %2").arg(label, answerWords(answer, language));
        if (answer != Answer::Match && !reason.trimmed().isEmpty())
            text += (ja ? QStringLiteral("（%1）") : QStringLiteral(" (%1)")).arg(reason.trimmed());
        return text;
    };
    QStringList parts{part(ja ? QStringLiteral("顔写真と本人") : QStringLiteral("photo and person"), photo, photoReason),
                      part(ja ? QStringLiteral("券面とICチップ") : QStringLiteral("card face and chip"), face, faceReason)};
    if (isComplete() && !(photo == Answer::Match && face == Answer::Match))
        parts << (overrideReason.trimmed().isEmpty()
                      ? (ja ? QStringLiteral("申請書は印刷していません") : QStringLiteral("application forms not printed"))
                      : (ja ? QStringLiteral("申請書を印刷（理由: %1）") : QStringLiteral("application forms printed (reason: %1)")).arg(overrideReason.trimmed()));
    return parts.join(ja ? QStringLiteral("／") : QStringLiteral(" / "));
}

} // namespace madoguchi
