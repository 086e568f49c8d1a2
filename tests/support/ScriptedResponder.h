#pragma once

#include "core/reader/ApduResponder.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace madoguchi {

// A card that answers from a script: each expected command (hex, or empty for "any") with the
// response to give. Records every command it received.
class ScriptedResponder : public ApduResponder
{
public:
    explicit ScriptedResponder(QByteArray atr = QByteArray::fromHex("3B8080010101")) : m_atr(std::move(atr)) {}

    void expect(QByteArrayView commandHex, QByteArrayView responseHex);

    QByteArray atr() const override { return m_atr; }
    void reset() override {}
    QByteArray respond(QByteArrayView command) override;

    const QList<QByteArray>& received() const { return m_received; }
    bool allConsumed() const { return m_next == m_script.size(); }

private:
    QByteArray m_atr;
    QList<QPair<QByteArray, QByteArray>> m_script;
    qsizetype m_next = 0;
    QList<QByteArray> m_received;
};

} // namespace madoguchi
