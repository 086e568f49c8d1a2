#include "ui/credential/CameraRow.h"

#include <QHBoxLayout>

namespace madoguchi {
namespace {

// Marks a field the camera filled; removed again when staff correct it.
const QString kHighlight = QStringLiteral(" background:#FFF3B0;");

} // namespace

CameraRow::CameraRow(CredentialCamera* camera, CredentialCamera::Document document, const QString& name, QWidget* parent)
    : QWidget(parent), m_camera(camera), m_document(document)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_button = new QPushButton(this);
    m_button->setObjectName(name);
    m_button->setCheckable(true);
    m_note = new QLabel(this);
    m_note->setObjectName(name + QLatin1String("Note"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("font-size:16pt;"));
    row->addWidget(m_button);
    row->addWidget(m_note, 1);
    setVisible(m_camera != nullptr);
    if (!m_camera)
        return;
    connect(m_button, &QPushButton::clicked, this, [this](bool on) {
        m_problem.clear();
        if (on)
            m_camera->start(m_document);
        else
            m_camera->stop();
        update();
    });
    connect(m_camera, &CredentialCamera::agreed, this, [this](CredentialCamera::Document which, const SecureBytes& value) {
        if (which != m_document || !m_button->isChecked())
            return;  // another form's reading
        m_button->setChecked(false);
        Q_EMIT read(value);
        update();
    });
    connect(m_camera, &CredentialCamera::failed, this, [this](const QString& why) {
        if (!m_button->isChecked())
            return;
        m_problem = why;
        m_button->setChecked(false);
        update();
    });
}

void CameraRow::setTexts(const QString& invite, const QString& hold, const QString& compare)
{
    m_invite = invite;
    m_hold = hold;
    m_compare = compare;
    update();
}

void CameraRow::markFilled(const QList<QLineEdit*>& fields)
{
    forgetFilled();
    m_filled = fields;
    for (QLineEdit* field : fields)
        m_edits.append(connect(field, &QLineEdit::textEdited, this, [this] {  // staff corrected it
            forgetFilled();
            update();
        }));
    setHighlight(true);
    update();
}

void CameraRow::forgetFilled()
{
    setHighlight(false);
    for (const auto& edit : std::as_const(m_edits))
        disconnect(edit);
    m_edits.clear();
    m_filled.clear();
}

void CameraRow::reset()
{
    if (m_camera && m_button->isChecked())
        m_camera->stop();
    m_button->setChecked(false);
    m_problem.clear();
    forgetFilled();
    update();
}

void CameraRow::setHighlight(bool on)
{
    for (QLineEdit* field : std::as_const(m_filled)) {
        QString style = field->styleSheet().remove(kHighlight);
        field->setStyleSheet(on ? style + kHighlight : style);
    }
}

void CameraRow::update()
{
    //: Button: read the document with the counter's camera (a document camera or webcam).
    m_button->setText(m_button->isChecked() ? tr("Stop the camera") : tr("Read with the camera"));
    m_button->setAccessibleName(m_button->text());
    if (!m_camera)
        return;
    m_note->setText(!m_problem.isEmpty() ? tr("The camera cannot be used: %1. Type the values instead.").arg(m_problem)
                    : isFilled()
                        //: %1 what to compare the highlighted values with. Nothing has been sent to the chip yet.
                        ? tr("Read by the camera (highlighted): %1, then press \"Read the card\".").arg(m_compare)
                    : m_button->isChecked() ? m_hold.arg(m_camera->sourceName())
                                            : m_invite);
}

} // namespace madoguchi
