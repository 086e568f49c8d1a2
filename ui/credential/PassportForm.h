#pragma once

#include "core/cards/passport/MrzKey.h"
#include "ui/credential/CredentialForm.h"
#include "ui/credential/CameraRow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <optional>

namespace madoguchi {

// A passport: the MRZ lines from a scanner, or document number, birth date and expiry date — typed,
// or read off the counter's camera (CameraRow) and shown highlighted for staff to check — or the
// CAN (passport.md §1, §3). No retry counter: a refusal asks again.
class PassportForm : public CredentialForm
{
    Q_OBJECT

public:
    // `camera`: null when the counter has none.
    explicit PassportForm(CredentialCamera* camera, QWidget* parent = nullptr);

    void prepare(const CardProbe& probe) override;
    QString refusal(const CardReadOutcome::Credential& credential) const override;
    CardReadRequest takeRequest() override;
    QString title() const override;
    bool isComplete() const override;
    QLineEdit* firstField() const override { return m_birth; }
    // A keyboard-wedge MRZ scanner types into the lines field.
    QWidget* focusField() const override { return m_mrzLines; }
    void clear() override;
    void retranslate() override;

private:
    std::optional<MrzKey> key() const;
    QLineEdit* field(const char* name, const QString& pattern, int length, QLabel*& label);
    void fillFromCamera(const SecureBytes& information);

    QPlainTextEdit* m_mrzLines;
    QLineEdit* m_documentNumber;
    QLineEdit* m_birth;
    QLineEdit* m_expiry;
    QLineEdit* m_can;
    QLabel* m_mrzLinesLabel;
    QLabel* m_documentNumberLabel;
    QLabel* m_birthLabel;
    QLabel* m_expiryLabel;
    QLabel* m_canLabel;
    QLabel* m_note;
    CameraRow* m_camera;
};

} // namespace madoguchi
