#include "ui/ReviewPage.h"

#include "core/audit/EvidenceRecord.h"
#include "core/cards/CheckCatalogue.h"
#include "core/cards/RecordField.h"
#include "core/image/BilevelTiff.h"
#include "core/image/Jpeg2000.h"
#include "core/text/WarekiDate.h"
#include "ui/GlyphText.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace madoguchi {

ReviewPage::ReviewPage(const QString& revocationUrl, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMinimumHeight(64);
    // Long verdicts, names and warnings wrap: the kiosk must fit a 1280-pixel-wide screen.
    m_banner->setWordWrap(true);
    layout->addWidget(m_banner);
    auto* row = new QHBoxLayout;
    m_face = new QLabel(this);
    m_face->setObjectName(QStringLiteral("facePhoto"));
    m_face->setFixedSize(240, 300);
    m_face->setAlignment(Qt::AlignCenter);
    m_face->setStyleSheet(QStringLiteral("border:1px solid #808080; background:white;"));
    row->addWidget(m_face);
    auto* text = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("holderName"));
    m_name->setStyleSheet(QStringLiteral("font-size:30pt; font-weight:bold;"));
    m_name->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("holderDetails"));
    m_details->setWordWrap(true);
    m_details->setStyleSheet(QStringLiteral("font-size:16pt;"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("expiryWarning"));
    m_warning->setStyleSheet(QStringLiteral("color:#A00000; font-size:18pt;"));
    m_warning->setWordWrap(true);
    text->addWidget(m_name);
    text->addWidget(m_details);
    text->addWidget(m_warning);
    m_cardImages = new QLabel(this);
    m_cardImages->setObjectName(QStringLiteral("cardImages"));
    text->addWidget(m_cardImages);
    text->addStretch();
    row->addLayout(text, 1);
    layout->addLayout(row);
    // Staff's own look (目視確認) and, for residence cards, where to ask about revocation: one row.
    auto* confirm = new QHBoxLayout;
    m_confirmation = new ConfirmationPanel(this);
    connect(m_confirmation, &ConfirmationPanel::changed, this, &ReviewPage::updatePrint);
    confirm->addWidget(m_confirmation, 3);
    m_revocation = new RevocationPanel(revocationUrl, this);
    connect(m_revocation, &RevocationPanel::checkedChanged, this, &ReviewPage::revocationChecked);
    confirm->addWidget(m_revocation, 2);
    layout->addLayout(confirm);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("checkList"));
    m_checks->setColumnCount(2);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_checks, 1);
    auto* buttons = new QHBoxLayout;
    m_finish = new QPushButton(this);
    m_finish->setObjectName(QStringLiteral("reviewFinish"));
    Theme::setIcon(m_finish, QStringLiteral("finish"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("reviewPrint"));
    Theme::setIcon(m_print, QStringLiteral("printer"));
    m_print->setStyleSheet(QStringLiteral("background:#0B4FA8; color:white;"));
    connect(m_finish, &QPushButton::clicked, this, &ReviewPage::finishRequested);
    connect(m_print, &QPushButton::clicked, this, &ReviewPage::printRequested);
    buttons->addWidget(m_finish);
    buttons->addStretch();
    buttons->addWidget(m_print);
    layout->addLayout(buttons);
    retranslate();
}

void ReviewPage::showOutcome(const CardReadOutcome& outcome, const QString& language, const QStringList& requiredItems)
{
    const IdentityRecord& r = outcome.record;
    m_verdict = int(outcome.verification.verdict());
    m_validity = int(outcome.verification.validity());
    m_onlyTestAnchors = outcome.verification.passedOnTestAnchors();
    m_revocation->show(outcome.verification);
    m_confirmation->start(r.type);
    if (!r.face.bytes.isEmpty()) {
        if (auto image = Jpeg2000::decode(r.face.bytes))
            m_face->setPixmap(QPixmap::fromImage(*image).scaled(m_face->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    // 外字 (licences) are drawn in place; otherwise the labels hold plain text.
    const bool glyphs = GlyphText::hasGlyphs(r);
    m_name->setTextFormat(glyphs ? Qt::RichText : Qt::PlainText);
    m_details->setTextFormat(glyphs ? Qt::RichText : Qt::PlainText);
    const auto shown = [&](const QString& key, const QString& text, int size) { return glyphs ? GlyphText::html(r, key, text, size) : text; };
    const auto plain = [glyphs](const QString& text) { return glyphs ? text.toHtmlEscaped() : text; };
    m_name->setText(r.name.isEmpty() ? r.nameLatin : shown(QStringLiteral("name"), r.name, 40));
    QStringList lines;
    // Which document this is, with a residence card's type code (07: 特定在留カード …).
    const QString cardType = r.fields.value(RecordField::kCardType);
    lines.append(plain(cardType.isEmpty() ? documentTypeLabel(r.type)
                                          //: Review: %1 the document, %2 its card type code (residence cards: 1, 2, 05 … 08).
                                          : tr("%1, card type %2").arg(documentTypeLabel(r.type), cardType)));
    for (const QString& line : residenceLines(r, language))
        lines.append(plain(line));
    // 和暦 for Japanese documents in Japanese; residence cards and passports print Gregorian dates,
    // and so do the My Number cards of foreign residents (07/08).
    const bool printsGregorian = r.type == DocumentType::Residence || r.type == DocumentType::SpecifiedResidence
                                 || r.type == DocumentType::SpecifiedPermanentResident || r.type == DocumentType::Passport;
    const auto wareki = printsGregorian ? std::nullopt : WarekiDate::fromGregorian(r.birthDate);
    if (r.birthDate.isValid())
        //: Review: %1 is the birth date (和暦 in Japanese, ISO 8601 otherwise).
        lines.append(plain(tr("Born %1").arg(language == QLatin1String("ja") && wareki ? wareki->toString() : r.birthDate.toString(Qt::ISODate))));
    if (!r.address.isEmpty())
        lines.append(shown(QStringLiteral("address"), r.address, 24));
    const QString printed = shown(RecordField::kAddressPrinted, r.fields.value(RecordField::kAddressPrinted), 24);
    if (r.fields.contains(RecordField::kAddressChangedOn))
        //: Licence: the address was changed after issue; %1 the date, %2 the address printed on the card.
        lines.append(tr("(address changed on %1; the card shows %2)").arg(r.fields.value(RecordField::kAddressChangedOn), printed));
    else if (r.fields.contains(RecordField::kAddressPrinted))
        //: Licence with change records (記載事項変更) that could not be read; %1 the address printed on the card.
        lines.append(tr("Printed address: %1. It may have changed since: look at the back of the card and write the current address "
                        "on the forms.")
                         .arg(printed));
    if (!r.documentNumber.isEmpty())
        //: Review: %1 is the document number (licence, residence card, passport).
        lines.append(plain(tr("Number %1").arg(r.documentNumber)));
    if (r.expiryDate.isValid())
        //: Review: %1 is the card's last valid day.
        lines.append(plain(tr("Valid until %1").arg(r.expiryDate.toString(Qt::ISODate))));
    if (!r.fields.value(RecordField::kCategories).isEmpty())
        //: Licence categories held, e.g. 普通、原付.
        lines.append(plain(tr("Categories: %1").arg(r.fields.value(RecordField::kCategories))));
    if (r.fields.value(RecordField::kPinSetting) == QLatin1String("default"))
        //: Review: a driving licence whose holder never set PINs (the default PIN opened it).
        lines.append(plain(tr("The holder set no PIN on this licence.")));
    if (r.fields.contains(RecordField::kLicencePinSetting)) {  // a マイナ免許証
        if (const QString until = r.fields.value(RecordField::kLicenceExpiryDate); !until.isEmpty())
            //: マイナ免許証: the driving licence held on the My Number card, and its last valid day.
            lines.append(plain(tr("Driving licence on this card: valid until %1").arg(until)));
        else
            //: マイナ免許証 whose licence part was not opened (no licence PIN, or it was not accepted).
            lines.append(plain(tr("This card also holds a driving licence; it was not opened.")));
        if (r.fields.contains(RecordField::kLicenceOtherTags))
            //: マイナ免許証: the licence conditions (眼鏡等 …) are on the chip, in a layout not confirmed (drivers-licence.md §A6 [U]).
            lines.append(plain(tr("Licence conditions (眼鏡等): held on the card but not shown here, as their layout is not confirmed; "
                                  "ask the customer to show them.")));
    }
    if ((r.type == DocumentType::SpecifiedResidence || r.type == DocumentType::SpecifiedPermanentResident) && !r.fields.contains(RecordField::kStatusCode))
        //: Review of a 07/08 card whose 在留 AP was not read (no card number, refused, or unverified: residence-card-0708.md).
        lines.append(plain(tr("The residence items (在留資格, 在留期間 …) were not read: the checks below say why. "
                              "Check them by the counter's other procedure.")));
    if (const QString why = r.fields.value(RecordField::kFaceMissing); !why.isEmpty() && r.face.bytes.isEmpty())
        //: Review: the chip's photo should have been read but was not; %1 why (in the reader's words).
        lines.append(plain(tr("No photo from the chip: %1. Compare the customer with the photo printed on the card.").arg(why)));
    if (const QString note = r.fields.value(RecordField::kAddressNote); !note.isEmpty())
        lines.append(plain(note));  // passports: no address on the chip, and what to do
    QStringList missing;
    for (const QString& item : EvidenceRecord::missingItems(r, requiredItems))
        missing.append(EvidenceRecord::itemWords(item, language));
    if (!missing.isEmpty())
        //: Review: %1 lists the holder's items (住居, 生年月日 …) the purpose's rule requires and this document does not hold.
        lines.append(plain(tr("This purpose's rule requires the holder's %1, which this document does not hold: check it on another "
                              "document. The record of the check says it is missing.")
                               .arg(missing.join(language == QLatin1String("ja") ? QStringLiteral("、") : QStringLiteral(", ")))));
    showCardImages(r);
    m_details->setText(lines.join(glyphs ? QStringLiteral("<br>") : QStringLiteral("\n")));
    //: Review: warning under the details.
    const QDate stayEnd = QDate::fromString(r.fields.value(RecordField::kPeriodOfStayEnd), Qt::ISODate);
    m_warning->setText(r.expiryDate.isValid() && r.expiryDate < QDate::currentDate() ? tr("This card has expired.")
                       : stayEnd.isValid() && stayEnd < QDate::currentDate()
                           //: Review: warning; %1 the last day of the period of stay (在留期間), which has passed.
                           ? tr("The period of stay ended on %1. Check whether an application for renewal was made.").arg(stayEnd.toString(Qt::ISODate))
                           : QString());
    m_checks->clear();
    // In words (CheckCatalogue); the id stays on the item for machines and tests.
    for (const Verification::Check& check : outcome.verification.checks()) {
        auto* item = new QTreeWidgetItem(m_checks, {CheckCatalogue::title(check.name, language), CheckCatalogue::resultWords(check.result, language)});
        item->setData(0, Qt::UserRole, check.name);
        item->setToolTip(0, CheckCatalogue::explanation(check.name, language));
        new QTreeWidgetItem(item, {CheckCatalogue::explanation(check.name, language), check.detail});
        item->setForeground(1, check.result == Verification::Result::Pass ? QColor(0x00, 0x60, 0x20)
                               : check.result == Verification::Result::Fail ? QColor(0xA0, 0, 0) : QColor(0x80, 0x60, 0));
    }
    if (!outcome.verification.anchor().isEmpty())
        //: Review: heading of the list of trust anchors the signatures were checked against.
        new QTreeWidgetItem(m_checks, {tr("anchors"), outcome.verification.anchor()});
    if (!outcome.credential.counters.isEmpty()) {
        //: Review: heading of the retry counters the read touched, each with its answer.
        auto* counters = new QTreeWidgetItem(m_checks, {tr("retry counters"), QString()});
        counters->setData(0, Qt::UserRole, QStringLiteral("retryCounters"));
        counters->setExpanded(true);
        for (const auto& counter : outcome.credential.counters)
            new QTreeWidgetItem(counters, {CheckCatalogue::counterTitle(counter.key, language), counterText(counter)});
    }
    retranslate();
}

void ReviewPage::updatePrint()
{
    const StaffConfirmation c = m_confirmation->confirmation();
    m_print->setEnabled(c.isComplete());
    m_print->setText(!c.isComplete() || c.allowsForms()
                         //: Goes on to the print preview.
                         ? tr("Forms and record…")
                         //: Goes on to the print preview of the record of the check alone (staff found a difference).
                         : tr("Record of the check only…"));
    m_print->setAccessibleName(m_print->text());
}

QStringList ReviewPage::residenceLines(const IdentityRecord& r, const QString& language)
{
    QStringList lines;
    const bool ja = language == QLatin1String("ja");
    if (const QString nationality = r.fields.value(RecordField::kNationalityName); !nationality.isEmpty())
        //: Review: %1 is the country or region name.
        lines.append(tr("Nationality/region: %1").arg(ja ? nationality : r.fields.value(RecordField::kNationalityNameEnglish)));
    if (const QString code = r.fields.value(RecordField::kStatusCode); !code.isEmpty()) {
        const QString name = r.fields.value(ja ? RecordField::kStatusName : RecordField::kStatusNameEnglish);
        lines.append(!name.isEmpty()
                         //: Review, residence cards: 在留資格; %1 its name from the installed code table, %2 the code on the chip.
                         ? tr("Status of residence: %1 (code %2)").arg(name, code)
                         //: Review, residence cards: 在留資格 whose code is not in the table the administrator installed.
                         : tr("Status of residence: code %1 (not in the installed code table)").arg(code));
    }
    const QString period = r.fields.value(RecordField::kPeriodOfStay);
    if (const QDate end = QDate::fromString(r.fields.value(RecordField::kPeriodOfStayEnd), Qt::ISODate); end.isValid())
        //: Residence card: the period of stay (e.g. 3年0月), its last day and the days left until then (negative: past).
        lines.append(tr("Period of stay: %1 (through %2, %3 days left)").arg(period, end.toString(Qt::ISODate)).arg(QDate::currentDate().daysTo(end)));
    else if (r.fields.contains(RecordField::kPeriodOfStay))
        lines.append(tr("Period of stay: %1").arg(period));
    if (const QString date = r.fields.value(RecordField::kPermissionDate); !date.isEmpty())
        //: Residence cards: 許可年月日 (the date of the permission the card was issued for) and its kind code.
        lines.append(tr("Permission date: %1 (kind %2)").arg(date, r.fields.value(RecordField::kPermissionType)));
    if (r.fields.contains(RecordField::kWorkRestriction))
        //: Review, residence cards: %1 is the 就労制限 entry as the card holds it.
        lines.append(tr("Work: %1").arg(r.fields.value(RecordField::kWorkRestriction)));
    const QString comprehensive = r.fields.value(RecordField::kComprehensivePermission);
    const QString individual = r.fields.value(RecordField::kIndividualPermission);
    if (r.fields.value(RecordField::kGeneration) == QLatin1String("1") && !(comprehensive + individual).isEmpty()) {
        // §B1 DF2/EF02, EF03: the permissions as the card words them.
        const QStringList texts{comprehensive, individual};
        //: Review, first-generation residence cards: 資格外活動許可 as the card words it.
        lines.append(tr("Permission for activities outside status: %1").arg(texts.filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(" / "))));
    } else if (!comprehensive.isEmpty() || !individual.isEmpty()) {
        // residence-card.md §B4 DF2/EF01: D5 '0' none, '1'/'2' granted; D7 '0'/'1'.
        const auto granted = [](const QString& flag) { return flag == QLatin1String("0") ? tr("none") : flag.isEmpty() ? tr("not recorded") : tr("granted (%1)").arg(flag); };
        //: Review, residence cards: 資格外活動許可, comprehensive (包括) and individual (個別).
        lines.append(tr("Permission for activities outside status: comprehensive %1, individual %2").arg(granted(comprehensive), granted(individual)));
    }
    if (r.fields.value(RecordField::kGeneration) == QLatin1String("2"))
        //: Review: new-style residence cards (types 05/06, since 2026-06-14) print none of these items on their face.
        lines.append(tr("New-style cards print none of these residence items on their face: they come from the chip."));
    return lines;
}

QString ReviewPage::counterText(const CardReadOutcome::Credential::Counter& counter)
{
    const QString tries = counter.triesLeft ? QString::number(*counter.triesLeft) : QStringLiteral("?");
    if (!counter.status)
        //: Review: a retry counter only read (no credential sent to it); %1 the tries it has left.
        return tr("%1 tries left (read only)").arg(tries);
    QString answer;
    switch (*counter.status) {
    case SafeVerify::Status::Verified: answer = tr("accepted"); break;
    case SafeVerify::Status::Rejected: answer = tr("not accepted"); break;
    case SafeVerify::Status::Blocked: answer = tr("blocked"); break;
    case SafeVerify::Status::LastTryRefused: answer = tr("not sent (last try)"); break;
    case SafeVerify::Status::RuledOut: answer = tr("not sent (the card's settings rule it out)"); break;
    }
    //: Review: a retry counter; %1 the tries it had left when the credential was sent, %2 the card's answer.
    return tr("%1 tries left, %2").arg(tries, answer);
}

void ReviewPage::showCardImages(const IdentityRecord& record)
{
    // What a residence card keeps only as pictures (residence-card.md §B1, §B4), one under the other.
    QList<QImage> images;
    for (const char* key : {"front", "name", "address"})
        if (auto image = BilevelTiff::decode(record.images.value(QLatin1String(key)).bytes))
            images.append(image->convertToFormat(QImage::Format_RGB32));
    if (images.isEmpty())
        return;
    int width = 0, height = 0;
    for (const QImage& image : std::as_const(images)) {
        width = std::max(width, image.width());
        height += image.height() + 4;
    }
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int y = 0;
    for (const QImage& image : std::as_const(images)) {
        painter.drawImage(0, y, image);
        y += image.height() + 4;
    }
    painter.end();
    m_cardImages->setPixmap(QPixmap::fromImage(sheet.width() > 640 ? sheet.scaledToWidth(640, Qt::SmoothTransformation) : sheet));
}

void ReviewPage::clear()
{
    m_face->clear();
    m_cardImages->clear();
    m_name->clear();
    m_details->clear();
    m_warning->clear();
    m_checks->clear();
    m_revocation->clear();
    m_confirmation->clear();
    m_verdict = -1;
    m_validity = -1;
    m_onlyTestAnchors = false;
    retranslate();
}

void ReviewPage::retranslate()
{
    switch (Verification::Verdict(m_verdict)) {
    case Verification::Verdict::Genuine:
        if (Verification::Validity(m_validity) == Verification::Validity::Expired) {
            //: Verdict banner: authentic, but the card (or the period of stay) has expired — not a forgery.
            m_banner->setText(tr("Genuine, but EXPIRED: every signature verified — see the dates below"));
            m_banner->setStyleSheet(QStringLiteral("background:#8A4B00; color:white; font-size:24pt; font-weight:bold;"));
            break;
        }
        m_banner->setText(Verification::Validity(m_validity) == Verification::Validity::Valid
                              //: Verdict banner: every signature verified against a production anchor, and the card's dates are valid.
                              ? tr("Genuine: every signature verified")
                              //: Verdict banner: authentic; a date (e.g. on a first-generation residence card's image) could not be checked.
                              : tr("Genuine: every signature verified (check the validity dates below)"));
        m_banner->setStyleSheet(QStringLiteral("background:#0E6B2E; color:white; font-size:24pt; font-weight:bold;"));
        break;
    case Verification::Verdict::NotGenuine:
        //: Verdict banner: a check failed.
        m_banner->setText(tr("NOT genuine: a check failed — see below"));
        m_banner->setStyleSheet(QStringLiteral("background:#A00000; color:white; font-size:24pt; font-weight:bold;"));
        break;
    case Verification::Verdict::Unverified:
        m_banner->setText(m_onlyTestAnchors
                              //: Verdict banner: every check passed, but only against TEST trust anchors (demo cards).
                              ? tr("Could not verify: every check passed, but only against TEST anchors")
                              //: Verdict banner: some check could not be made.
                              : tr("Could not verify: see which checks were not made"));
        m_banner->setStyleSheet(QStringLiteral("background:#F0C000; color:black; font-size:24pt; font-weight:bold;"));
        break;
    default:
        m_banner->clear();
        m_banner->setStyleSheet(QString());
    }
    m_banner->setAccessibleName(m_banner->text());
    m_revocation->retranslate();
    //: Column heading of the list of checks.
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_confirmation->retranslate();
    updatePrint();
    //: Ends the visit without printing.
    m_finish->setText(tr("Finish"));
    m_finish->setAccessibleName(m_finish->text());
}

} // namespace madoguchi
