#include "core/reader/SimBackend.h"

#include "core/reader/SimChannel.h"

namespace madoguchi {

SimBackend::SimBackend(QObject* parent) : ReaderBackend(parent) {}

void SimBackend::addReader(const QString& name)
{
    {
        QMutexLocker lock(&m_mutex);
        m_slots.try_emplace(name);
    }
    Q_EMIT readersChanged(snapshot());
}

void SimBackend::insertCard(const QString& reader, std::shared_ptr<ApduResponder> card)
{
    const QByteArray atr = card->atr();
    {
        QMutexLocker lock(&m_mutex);
        m_slots[reader] = std::move(card);
    }
    Q_EMIT cardInserted(reader, atr);
    Q_EMIT readersChanged(snapshot());
}

void SimBackend::removeCard(const QString& reader)
{
    {
        QMutexLocker lock(&m_mutex);
        auto slot = m_slots.find(reader);
        if (slot == m_slots.end() || !slot->second)
            return;
        slot->second.reset();
    }
    Q_EMIT cardRemoved(reader);
    Q_EMIT readersChanged(snapshot());
}

void SimBackend::setPinPad(const QString& reader, const QByteArray& digits)
{
    QMutexLocker lock(&m_mutex);
    if (digits.isEmpty())
        m_pinPads.erase(reader);
    else
        m_pinPads[reader] = digits;
}

void SimBackend::start()
{
    Q_EMIT readersChanged(snapshot());
}

ReaderList SimBackend::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    ReaderList list;
    for (const auto& [name, card] : m_slots)
        list.append(ReaderInfo{name, card != nullptr, card ? card->atr() : QByteArray()});
    return list;
}

Result<ReaderList, ReaderError> SimBackend::listReaders()
{
    return snapshot();
}

Result<std::unique_ptr<CardChannel>, ReaderError> SimBackend::connectCard(const QString& reader)
{
    QMutexLocker lock(&m_mutex);
    const auto slot = m_slots.find(reader);
    if (slot == m_slots.end())
        return ReaderError(ReaderError::Kind::NoReader, reader);
    if (!slot->second)
        return ReaderError(ReaderError::Kind::NoCard, reader);
    const auto pad = m_pinPads.find(reader);
    return std::unique_ptr<CardChannel>(
        std::make_unique<SimChannel>(reader, slot->second, pad == m_pinPads.end() ? QByteArray() : pad->second));
}

} // namespace madoguchi
