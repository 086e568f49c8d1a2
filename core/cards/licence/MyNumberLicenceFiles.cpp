#include "core/cards/licence/MyNumberLicenceFiles.h"

#include "core/apdu/CardFileTlv.h"
#include "core/text/WarekiDate.h"

namespace madoguchi {
namespace {

// drivers-licence.md §A6.
constexpr quint16 kPinSettingTag = 0xC1;
constexpr quint16 kHistoryTags[] = {0xC2, 0xC3};
constexpr quint16 kExpiryTag = 0xC5;

} // namespace

Result<bool, QString> MyNumberLicenceFiles::parsePinSetting(QByteArrayView file)
{
    if (file.size() < 3 || quint8(file[0]) != kPinSettingTag || file[1] != 1 || quint8(file[2]) > 1)
        return tr("PIN-setting file is not C1 01 00/01");
    return file[2] == 1;
}

Result<MyNumberLicenceFiles::Information, QString> MyNumberLicenceFiles::parseInformation(QByteArrayView file)
{
    Information out;
    CardFileTlv reader(file);
    while (!reader.atEnd()) {
        auto item = reader.next();
        if (!item) {
            out.unreadableRest = item.error();
            break;
        }
        if (item->tag == kExpiryTag) {
            const auto date = WarekiDate::fromEraDigits(item->value);
            if (!date)
                return tr("licence information: the expiry (C5) is not an era date");
            out.expiryDate = date->date();
        } else if (item->tag == kHistoryTags[0] || item->tag == kHistoryTags[1]) {
            out.hasHistory = true;
        } else {
            out.otherTags.append(QString::number(item->tag, 16).toUpper());
        }
    }
    if (!out.expiryDate.isValid())
        return out.unreadableRest.isEmpty() ? tr("licence information: no expiry (C5)") : out.unreadableRest;
    return out;
}

} // namespace madoguchi
