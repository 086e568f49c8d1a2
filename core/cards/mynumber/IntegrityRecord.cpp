#include "core/cards/mynumber/IntegrityRecord.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"

namespace madoguchi {

Result<IntegrityRecord, QString> IntegrityRecord::parse(QByteArrayView file)
{
    auto outer = BerTlv::parse(file);
    if (!outer || outer->tag() != 0xFF30)
        return tr("integrity record: no FF30 object");
    BerTlvReader children = outer->children();
    auto first = children.find(0xDF31);
    auto second = children.find(0xDF32);
    auto signature = children.find(0xDF33);
    if (!first || !second || !signature || first->value().size() != 32 || second->value().size() != 32)
        return tr("integrity record: digests (DF31, DF32) or signature (DF33) missing");
    IntegrityRecord record;
    record.m_myNumberDigest = first->value().toByteArray();
    record.m_basicFourDigest = second->value().toByteArray();
    record.m_signedBytes = first->encoded().toByteArray() + second->encoded().toByteArray();
    record.m_signature = signature->value().toByteArray();
    return record;
}

} // namespace madoguchi
