#include "core/cards/passport/LdsFile.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"

namespace madoguchi {
namespace {

// passport.md §4: DG1 61, DG2 75, DG3 63, DG4 76, DG5 65 … DG16 70.
constexpr quint8 kTags[] = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};

Result<BerTlv, QString> outer(QByteArrayView file, quint8 tag, const char* what)
{
    auto object = BerTlv::parse(file);
    if (!object)
        return QStringLiteral("%1: %2").arg(QLatin1String(what), object.error().message());
    if (object->tag() != tag)
        return QStringLiteral("%1 does not start with %2").arg(QLatin1String(what)).arg(tag, 2, 16, QLatin1Char('0'));
    return *object;
}

Result<bool, QString> collect(BerTlvReader reader, QMap<quint32, QByteArray>& out, int depth)
{
    while (!reader.atEnd()) {
        auto item = reader.next();
        if (!item)
            return item.error().message();
        if (item->isConstructed()) {
            if (depth > 4)
                return QStringLiteral("objects nested too deep");
            if (auto nested = collect(item->children(), out, depth + 1); !nested)
                return nested;
        } else if (!out.contains(item->tag())) {
            out.insert(item->tag(), item->value().toByteArray());
        }
    }
    return true;
}

} // namespace

quint8 LdsFile::tagOf(int dataGroup)
{
    return dataGroup >= 1 && dataGroup <= 16 ? kTags[dataGroup - 1] : 0;
}

Result<QList<int>, QString> LdsFile::dataGroups(QByteArrayView com)
{
    auto object = outer(com, 0x60, "EF.COM");
    if (!object)
        return object.error();
    auto list = object->children().find(0x5C);
    if (!list)
        return tr("EF.COM lists no data groups");
    QList<int> out;
    for (char tag : list->value())
        for (int group = 1; group <= 16; ++group)
            if (kTags[group - 1] == quint8(tag))
                out.append(group);
    return out;
}

Result<QByteArray, QString> LdsFile::mrzCharacters(QByteArrayView dg1)
{
    auto object = outer(dg1, 0x61, "DG1");
    if (!object)
        return object.error();
    auto mrz = object->children().find(0x5F1F);
    if (!mrz)
        return tr("DG1 holds no MRZ");
    return mrz->value().toByteArray();
}

Result<QMap<quint32, QByteArray>, QString> LdsFile::items(QByteArrayView file, quint8 tag)
{
    auto object = outer(file, tag, tag == 0x6B ? "DG11" : "DG12");
    if (!object)
        return object.error();
    QMap<quint32, QByteArray> out;
    if (auto collected = collect(object->children(), out, 0); !collected)
        return collected.error();
    return out;
}

} // namespace madoguchi
