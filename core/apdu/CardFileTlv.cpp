#include "core/apdu/CardFileTlv.h"

#include <algorithm>

namespace madoguchi {

bool CardFileTlv::atEnd() const
{
    return std::all_of(m_data.begin() + m_pos, m_data.end(), [](char c) { return c == 0; });
}

Result<CardFileTlv::Item, QString> CardFileTlv::next()
{
    const qsizetype start = m_pos;
    const auto byteAt = [this](qsizetype at) { return quint8(m_data[at]); };
    if (start >= m_data.size())
        return tr("no data object at offset %1").arg(start);
    Item item;
    item.offset = start;
    qsizetype pos = start;
    item.tag = byteAt(pos++);
    if (item.tag == 0x5F || item.tag == 0xDF) {  // 5F40, DFD1
        if (pos >= m_data.size())
            return tr("tag cut short at offset %1").arg(start);
        item.tag = quint16(item.tag << 8 | byteAt(pos++));
    }
    if (pos >= m_data.size())
        return tr("length missing at offset %1").arg(start);
    const quint8 first = byteAt(pos++);
    qsizetype length = first;
    if (first == 0x81 || first == 0x82) {
        const int bytes = first - 0x80;
        if (pos + bytes > m_data.size())
            return tr("length cut short at offset %1").arg(start);
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = length << 8 | byteAt(pos++);
    } else if (first > 0x7F) {
        return tr("length form %1 not used by these cards at offset %2").arg(first, 2, 16, QLatin1Char('0')).arg(start);
    }
    if (length > m_data.size() - pos)
        return tr("object at offset %1 runs past the end of the file").arg(start);
    item.value = m_data.sliced(pos, length);
    m_pos = pos + length;
    return item;
}

Result<QList<CardFileTlv::Item>, QString> CardFileTlv::readAll(QByteArrayView data)
{
    CardFileTlv reader(data);
    QList<Item> items;
    while (!reader.atEnd()) {
        auto item = reader.next();
        if (!item)
            return item.error();
        items.append(*item);
    }
    return items;
}

} // namespace madoguchi
