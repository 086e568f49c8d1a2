#include "core/cards/SelectByName.h"

namespace madoguchi {
namespace {

Result<ResponseApdu, ReaderError> send(ApduTransport& transport, const QByteArray& aid)
{
    return transport.transmit(CommandApdu(0x00, 0xA4, 0x04, 0x0C, aid));
}

} // namespace

Result<bool, ReaderError> SelectByName::probe(ApduTransport& transport, const QByteArray& aid)
{
    auto response = send(transport, aid);
    if (!response)
        return response.error();
    return response->isSuccess();
}

Result<bool, ReaderError> SelectByName::require(ApduTransport& transport, const QByteArray& aid)
{
    auto response = send(transport, aid);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return ReaderError::refused(response->sw(),
                                    QStringLiteral("SELECT %1: %2").arg(QString::fromLatin1(aid.toHex().toUpper()), response->sw().meaning()));
    return true;
}

} // namespace madoguchi
