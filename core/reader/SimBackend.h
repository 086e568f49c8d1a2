#pragma once

#include "core/reader/ApduResponder.h"
#include "core/reader/ReaderBackend.h"

#include <QMutex>

#include <map>
#include <memory>

namespace madoguchi {

// Virtual readers in this process, for unit tests and the demo: cards are put on and taken off
// with insertCard()/removeCard(). Thread-safe.
class SimBackend : public ReaderBackend
{
    Q_OBJECT

public:
    explicit SimBackend(QObject* parent = nullptr);

    void addReader(const QString& name);
    void insertCard(const QString& reader, std::shared_ptr<ApduResponder> card);
    void removeCard(const QString& reader);
    // Gives `reader` a PIN keypad on which the customer types `digits`; empty removes it.
    void setPinPad(const QString& reader, const QByteArray& digits);

    void start() override;
    Result<ReaderList, ReaderError> listReaders() override;
    Result<std::unique_ptr<CardChannel>, ReaderError> connectCard(const QString& reader) override;

private:
    ReaderList snapshot() const;

    mutable QMutex m_mutex;
    std::map<QString, std::shared_ptr<ApduResponder>> m_slots;
    std::map<QString, QByteArray> m_pinPads;
};

} // namespace madoguchi
