#pragma once

#include "core/reader/SimBackend.h"
#include "tests/support/ScriptedResponder.h"

#include <memory>

namespace madoguchi {

// An in-process reader for scripted cards: each connect() puts the card on the reader and returns
// the channel a reader under test talks through (the card's commands and answers are counted there).
class ScriptedReader
{
public:
    std::unique_ptr<CardChannel> connect(std::shared_ptr<ScriptedResponder> card)
    {
        m_backend.insertCard(QStringLiteral("r"), std::move(card));
        return std::move(m_backend.connectCard(QStringLiteral("r"))).value();
    }

private:
    SimBackend m_backend;
};

} // namespace madoguchi
