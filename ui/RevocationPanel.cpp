#include "ui/RevocationPanel.h"

#include "core/forms/QrCode.h"

#include <QHBoxLayout>
#include <QPixmap>
#include <QVBoxLayout>

namespace madoguchi {
namespace {

constexpr int kQrPixels = 100;

} // namespace

RevocationPanel::RevocationPanel(const QString& url, QWidget* parent) : QWidget(parent), m_url(url)
{
    setObjectName(QStringLiteral("revocationPanel"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("revocationQr"));
    const QImage code = QrCode::encode(m_url.toUtf8());
    // Whole modules plus a quiet zone, so a phone's camera reads it off the screen.
    const int scale = std::max(1, kQrPixels / std::max(1, code.width() + 8));
    QImage framed(code.width() + 8, code.height() + 8, QImage::Format_RGB32);
    framed.fill(Qt::white);
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            framed.setPixel(x + 4, y + 4, code.pixel(x, y));
    m_qr->setPixmap(QPixmap::fromImage(framed.scaled(framed.size() * scale)));
    row->addWidget(m_qr);
    auto* column = new QVBoxLayout;
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("revocationText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setStyleSheet(QStringLiteral("font-size:11pt;"));
    m_checked = new QCheckBox(this);
    m_checked->setObjectName(QStringLiteral("revocationChecked"));
    m_checked->setStyleSheet(QStringLiteral("font-size:14pt;"));
    connect(m_checked, &QCheckBox::toggled, this, [this](bool on) { Q_EMIT checkedChanged(on ? QDateTime::currentDateTimeUtc() : QDateTime()); });
    column->addWidget(m_text);
    column->addWidget(m_checked);
    row->addLayout(column, 1);
    hide();
    retranslate();
}

void RevocationPanel::show(const Verification& verification)
{
    clear();
    setVisible(verification.result(QStringLiteral("revocation")) || verification.result(QStringLiteral("residence-revocation")));
}

void RevocationPanel::clear()
{
    m_checked->setChecked(false);
    hide();
}

void RevocationPanel::retranslate()
{
    //: Review, residence cards: revocation is known only online; %1 the ISA's inquiry page (madoguchi.conf).
    m_text->setText(tr("Not revoked? Only the Immigration Services Agency knows: ask its 在留カード等番号失効情報照会 with the card number "
                       "and expiry date (on a phone via the QR code): %1").arg(m_url));
    //: Review: staff tick this after asking the ISA's inquiry; the record prints the time.
    m_checked->setText(tr("I asked it: the card is not revoked"));
    m_checked->setAccessibleName(m_checked->text());
    m_qr->setAccessibleName(tr("QR code of the revocation inquiry page"));
}

} // namespace madoguchi
