#include "ui/credential/PassportForm.h"

#include "core/cards/passport/Mrz.h"

#include <QFormLayout>
#include <QRegularExpressionValidator>

namespace madoguchi {

QLineEdit* PassportForm::field(const char* name, const QString& pattern, int length, QLabel*& label)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setMaxLength(length);
    edit->setStyleSheet(QStringLiteral("font-size:22pt; font-family:monospace;"));
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    connect(edit, &QLineEdit::textChanged, this, &CredentialForm::changed);
    label = new QLabel(this);
    static_cast<QFormLayout*>(layout())->addRow(label, edit);
    return edit;
}

PassportForm::PassportForm(CredentialCamera* camera, QWidget* parent) : CredentialForm(parent)
{
    auto* form = new QFormLayout(this);
    m_camera = new CameraRow(camera, CredentialCamera::Document::PassportMrz, QStringLiteral("passportCamera"), this);
    form->addRow(m_camera);
    connect(m_camera, &CameraRow::read, this, &PassportForm::fillFromCamera);
    m_mrzLines = new QPlainTextEdit(this);
    m_mrzLines->setObjectName(QStringLiteral("mrzLinesEdit"));
    m_mrzLines->setTabChangesFocus(true);
    m_mrzLines->setFixedHeight(90);
    m_mrzLines->setStyleSheet(QStringLiteral("font-size:14pt; font-family:monospace;"));
    connect(m_mrzLines, &QPlainTextEdit::textChanged, this, &CredentialForm::changed);
    m_mrzLinesLabel = new QLabel(this);
    form->addRow(m_mrzLinesLabel, m_mrzLines);
    m_documentNumber = field("documentNumberEdit", QStringLiteral("[A-Za-z0-9]{0,9}"), 9, m_documentNumberLabel);
    m_birth = field("passportBirthEdit", QStringLiteral("[0-9]{0,8}"), 8, m_birthLabel);
    m_expiry = field("passportExpiryEdit", QStringLiteral("[0-9]{0,8}"), 8, m_expiryLabel);
    m_can = field("canEdit", QStringLiteral("[0-9]{0,6}"), 6, m_canLabel);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("font-size:16pt;"));
    form->addRow(m_note);
}

void PassportForm::prepare(const CardProbe&)
{
    clear();
    retranslate();
}

QString PassportForm::refusal(const CardReadOutcome::Credential&) const
{
    //: The passport's chip refused the MRZ or CAN (no retry counter: passport.md §1).
    return tr("The chip did not accept this entry. Compare the number and dates (or the CAN) with the photo page and enter them again.");
}

std::optional<MrzKey> PassportForm::key() const
{
    const QString lines = m_mrzLines->toPlainText().trimmed();
    auto key = lines.isEmpty() ? MrzKey::fromParts(m_documentNumber->text(), m_birth->text(), m_expiry->text()) : MrzKey::fromLines(lines);
    return key ? std::optional(std::move(key).value()) : std::nullopt;
}

CardReadRequest PassportForm::takeRequest()
{
    CardReadRequest request;
    request.passport.mrz = key();
    if (m_can->text().size() == 6)
        request.passport.can = SecureBytes(m_can->text().toLatin1());
    clear();
    return request;
}

bool PassportForm::isComplete() const
{
    return m_can->text().size() == 6 || key().has_value();
}

void PassportForm::fillFromCamera(const SecureBytes& information)
{
    // MRZ_information (passport.md §1): number (9, '<'-padded) ‖ check ‖ birth YYMMDD ‖ check ‖ expiry YYMMDD ‖ check.
    const QString text = QString::fromLatin1(information.view().toByteArray());
    if (text.size() != 24)
        return;
    m_mrzLines->clear();
    m_documentNumber->setText(text.left(9).remove(QLatin1Char('<')));
    m_birth->setText(Mrz::birthDateOf(QStringView(text).mid(10, 6), QDate::currentDate()).toString(QStringLiteral("yyyyMMdd")));
    m_expiry->setText(Mrz::expiryDateOf(QStringView(text).mid(17, 6)).toString(QStringLiteral("yyyyMMdd")));
    m_camera->markFilled({m_documentNumber, m_birth, m_expiry});  // and says so
}

void PassportForm::clear()
{
    m_camera->reset();
    for (QLineEdit* edit : {m_documentNumber, m_birth, m_expiry, m_can})
        edit->clear();
    m_mrzLines->clear();
    Q_EMIT changed();
}

QString PassportForm::title() const
{
    //: Step 3 title for a passport.
    return tr("Scan the passport's MRZ, or type its number and dates");
}

void PassportForm::retranslate()
{
    //: Label: the machine-readable zone typed by a scanner.
    m_mrzLinesLabel->setText(tr("MRZ (scanner)"));
    //: Accessible name of the MRZ field.
    m_mrzLines->setAccessibleName(tr("The two lines at the bottom of the passport's photo page"));
    //: Label: or type the passport number instead of scanning.
    m_documentNumberLabel->setText(tr("or: passport number"));
    //: Accessible name.
    m_documentNumber->setAccessibleName(tr("Passport number"));
    //: Label: passport birth date, 8 digits.
    m_birthLabel->setText(tr("Birth date (YYYYMMDD)"));
    m_birth->setAccessibleName(m_birthLabel->text());
    //: Label: passport expiry date, 8 digits.
    m_expiryLabel->setText(tr("Expiry date (YYYYMMDD)"));
    m_expiry->setAccessibleName(m_expiryLabel->text());
    //: Label: or the card access number printed on the data page.
    m_canLabel->setText(tr("or: CAN (6 digits)"));
    //: Accessible name.
    m_can->setAccessibleName(tr("Card access number, 6 digits"));
    m_camera->setTexts(tr("Or let the camera read the two lines at the bottom of the photo page."),
                       //: %1 the camera's name.
                       tr("Hold the photo page under %1, its two lines at the bottom in view."),
                       //: What to compare the values the camera read with.
                       tr("compare them with the photo page"));
    //: Passports: what opens the chip, and that a wrong entry costs no try.
    m_note->setText(tr("The chip opens with the number, birth date and expiry date of the photo page, or with the 6-digit CAN "
                       "where the document prints one. A wrong entry is refused by the chip; it does not lock it."));
}

} // namespace madoguchi
