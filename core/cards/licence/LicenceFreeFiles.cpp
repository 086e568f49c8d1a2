#include "core/cards/licence/LicenceFreeFiles.h"

#include "core/apdu/CardFileTlv.h"

namespace madoguchi {

std::optional<QDate> LicenceFreeFiles::bcdDate(QByteArrayView bytes)
{
    if (bytes.size() != 4)
        return std::nullopt;
    int digits[8];
    for (int i = 0; i < 4; ++i) {
        digits[2 * i] = quint8(bytes[i]) >> 4;
        digits[2 * i + 1] = quint8(bytes[i]) & 0x0F;
        if (digits[2 * i] > 9 || digits[2 * i + 1] > 9)
            return std::nullopt;
    }
    const QDate date(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Result<LicenceFreeFiles::Common, QString> LicenceFreeFiles::parseCommon(QByteArrayView file)
{
    CardFileTlv reader(file);
    auto info = reader.next();
    if (!info)
        return info.error();
    if (info->tag != 0x45 || info->value.size() != 11)
        return tr("common data: no 45 object of 11 bytes");
    Common out;
    out.specVersion = info->value.first(3).toByteArray();
    const auto issue = bcdDate(info->value.sliced(3, 4));
    const auto expiry = bcdDate(info->value.sliced(7, 4));
    if (!issue || !expiry)
        return tr("common data: issue or expiry date is not a BCD date");
    out.issueDate = *issue;
    out.expiryDate = *expiry;
    auto maker = reader.next();
    if (maker && maker->tag == 0x46 && maker->value.size() == 2) {
        out.manufacturer = quint8(maker->value[0]);
        out.cryptoFunction = quint8(maker->value[1]);
    }
    return out;
}

Result<bool, QString> LicenceFreeFiles::parsePinSetting(QByteArrayView file)
{
    // One tested reader checks the tag is 05 ([C1]); a value other than 00/01 is not guessed at.
    if (file.size() < 3 || quint8(file[0]) != 0x05 || file[1] != 1 || quint8(file[2]) > 1)
        return tr("PIN-setting file is not 05 01 00/01");
    return file[2] == 1;
}

} // namespace madoguchi
