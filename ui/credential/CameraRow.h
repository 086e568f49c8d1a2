#pragma once

#include "ui/credential/CredentialCamera.h"

#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// The camera's row on a credential form: "Read with the camera" (a toggle) and a note saying what
// to hold under it, that it cannot be used and why, or that the highlighted fields came from it and
// wait for staff to compare them with the document. What the camera agreed on is handed to the
// form (read()); the form fills its fields and calls markFilled(fields) — they stay highlighted
// until staff edit one. Typing stays possible throughout.
class CameraRow : public QWidget
{
    Q_OBJECT

public:
    // `camera`: null hides the row. `name`: the button's objectName; the note's is name + "Note".
    CameraRow(CredentialCamera* camera, CredentialCamera::Document document, const QString& name, QWidget* parent = nullptr);

    // What to show under the camera: before it runs (`invite`) and while it runs (`hold`, %1 the
    // camera's name); what to compare the filled fields with (`compare`).
    void setTexts(const QString& invite, const QString& hold, const QString& compare);
    // Highlights `fields` as the camera's, until one of them is edited.
    void markFilled(const QList<QLineEdit*>& fields);
    bool isFilled() const { return !m_filled.isEmpty(); }
    // Stops the camera, forgets a problem, and the highlight.
    void reset();

Q_SIGNALS:
    void read(const madoguchi::SecureBytes& value);

private:
    void setHighlight(bool on);
    // Takes the highlight off the filled fields and stops watching them.
    void forgetFilled();
    void update();

    CredentialCamera* m_camera;
    CredentialCamera::Document m_document;
    QPushButton* m_button;
    QLabel* m_note;
    QString m_invite;
    QString m_hold;
    QString m_compare;
    QString m_problem;
    QList<QLineEdit*> m_filled;
    QList<QMetaObject::Connection> m_edits;  // the filled fields' textEdited, while they are marked
};

} // namespace madoguchi
