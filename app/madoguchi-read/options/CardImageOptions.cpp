#include "app/madoguchi-read/options/CardImageOptions.h"

#include "core/cards/mynumber/PrintedCollation.h"
#include "core/ocr/MrzReader.h"
#include "core/ocr/MyNumberFrontReader.h"
#include "core/ocr/ResidenceNumberReader.h"
#include "core/ocr/StillPicture.h"

#include <QImageReader>

namespace madoguchi {

QList<QCommandLineOption> CardImageOptions::options() const
{
    return {
        {QStringLiteral("card-image"),
         tr("A photo or scan of the document (PNG, JPEG) to read the credential off instead of typing it: a passport's data page "
            "(the MRZ, every check digit checked), a My Number card's front (birth date, expiry year and security code for "
            "照合番号B) or a residence card's front (its card number)."),
         QStringLiteral("FILE")},
    };
}

Result<bool, QString> CardImageOptions::take(const QCommandLineParser& parser, CardReadRequest& request) const
{
    if (!parser.isSet(QStringLiteral("card-image")))
        return true;
    for (const char* typed : {"mrz", "document-number", "pin", "collation-a", "collation-b", "security-code", "card-number"})
        if (parser.isSet(QLatin1String(typed)))
            return tr("give the credential either typed (--%1) or as --card-image, not both").arg(QLatin1String(typed));
    const QString path = parser.value(QStringLiteral("card-image"));
    QImageReader file(path);
    file.setAutoTransform(true);  // a phone's photo stands as it was taken (EXIF orientation)
    const QImage picture = file.read();
    if (picture.isNull())
        return tr("--card-image %1: not a picture that can be read (%2)").arg(path, file.errorString());

    // The MRZ first: its check digits rule out a false reading of another document.
    QString why;
    const auto mrz = MrzReader::create(&why);
    if (!mrz)
        return tr("--card-image: %1").arg(why);
    auto information = StillPicture::read(*mrz, picture);
    if (information) {
        auto key = MrzKey::fromInformation(information->view());
        if (key) {
            request.passport.mrz = std::move(key).value();
            request.fromImage = {QStringLiteral("documentNumber"), QStringLiteral("birthDate"), QStringLiteral("expiryDate")};
            return true;
        }
    }
    const auto front = MyNumberFrontReader::create(&why);
    if (!front)
        return tr("--card-image: %1").arg(why);
    auto printed = StillPicture::read(*front, picture);
    if (printed) {
        auto b = PrintedCollation::fromBytes(printed->view())->collationB();
        if (!b)
            return tr("--card-image %1: %2").arg(path, b.error());
        request.myNumber.myNumber.route = MyNumberReader::Request::Route::CollationB;
        request.myNumber.myNumber.secret = std::move(b).value();
        request.fromImage = {QStringLiteral("birthDate"), QStringLiteral("expiryYear"), QStringLiteral("securityCode")};
        return true;
    }
    const auto residence = ResidenceNumberReader::create(&why);
    if (!residence)
        return tr("--card-image: %1").arg(why);
    auto number = StillPicture::read(*residence, picture);
    if (number) {
        request.residence.cardNumber = std::move(number).value();
        request.fromImage = {QStringLiteral("cardNumber")};
        return true;
    }
    //: %1 the file; %2, %3, %4 why each document's values could not be read off it.
    return tr("--card-image %1: nothing could be read off it (passport MRZ: %2; My Number card: %3; residence card: %4). Type the "
              "credential instead (--mrz, --collation-b or its parts, --card-number).")
        .arg(path, information ? QString() : information.error(), printed.error(), number.error());
}

} // namespace madoguchi
