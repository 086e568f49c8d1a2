#pragma once

#include <QString>

namespace madoguchi {

// What the member of staff saw and confirmed before printing (目視確認): that the photo shows the
// person at the counter, and that the card's face says what the chip says (name, birth date and,
// for residence cards, the chip-only items). A mismatch or a check that could not be made still
// lets the record of the check be printed, marked; the application forms only with a reason.
struct StaffConfirmation
{
    enum class Answer
    {
        Unanswered,
        Match,        // 相違なし
        Mismatch,     // 相違あり
        NotPossible,  // 確認できず
    };

    Answer photo = Answer::Unanswered;
    QString photoReason;  // with Mismatch / NotPossible
    Answer face = Answer::Unanswered;
    QString faceReason;
    QString overrideReason;  // the forms printed despite a mismatch or a check not made: why

    bool isComplete() const { return photo != Answer::Unanswered && face != Answer::Unanswered; }
    bool allowsForms() const
    {
        return isComplete() && ((photo == Answer::Match && face == Answer::Match) || !overrideReason.trimmed().isEmpty());
    }
    // One line for the record of the check, in `language` ("ja", else English).
    QString words(const QString& language) const;
    static QString answerWords(Answer answer, const QString& language);
};

} // namespace madoguchi
