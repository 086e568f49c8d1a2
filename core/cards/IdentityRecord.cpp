#include "core/cards/IdentityRecord.h"

#include "core/cards/RecordField.h"
#include "core/text/CountryNames.h"

#include <openssl/crypto.h>

namespace madoguchi {
namespace {

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipeText(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeImage(IdentityRecord::Image& image)
{
    wipeBytes(image.bytes);
    image = {};
}

} // namespace

void IdentityRecord::setNationality(const QString& code)
{
    nationality = code;
    if (const auto names = CountryNames::byAlpha3(code)) {
        fields.insert(RecordField::kNationalityName, names->japanese);
        fields.insert(RecordField::kNationalityNameEnglish, names->english);
    }
}

QString IdentityRecord::sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male: return QStringLiteral("male");
    case Sex::Female: return QStringLiteral("female");
    case Sex::Unspecified: return QStringLiteral("unspecified");
    case Sex::Unknown: return {};
    }
    return {};
}

IdentityRecord::Sex IdentityRecord::sexFromJisCode(char code)
{
    switch (code) {
    case '1': return Sex::Male;
    case '2': return Sex::Female;
    case '9': return Sex::Unspecified;
    default: return Sex::Unknown;
    }
}

void IdentityRecord::wipe()
{
    for (QString* text : {&documentNumber, &issuer, &name, &nameKana, &nameLatin, &address, &nationality})
        wipeText(*text);
    issueDate = expiryDate = birthDate = QDate();
    sex = Sex::Unknown;
    wipeImage(face);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        wipeText(it.value());
    fields.clear();
    for (auto it = images.begin(); it != images.end(); ++it)
        wipeImage(it.value());
    images.clear();
    type = DocumentType::Unknown;
}

} // namespace madoguchi
