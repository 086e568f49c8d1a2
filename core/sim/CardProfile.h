#pragma once

#include "core/apdu/CommandApdu.h"
#include "core/apdu/ResponseApdu.h"

#include <optional>

namespace madoguchi {

class VirtualCard;

// The hook through which a card type adds its own commands (proprietary signing, mutual
// authentication) and secure messaging to the generic ISO/IEC 7816-4 behaviour of VirtualCard.
class CardProfile
{
public:
    virtual ~CardProfile() = default;

    // Answers `command` itself, or returns nullopt to let the generic handlers answer it.
    // A secure-messaging profile unwraps the command, calls card.process(), and wraps the answer.
    virtual std::optional<ResponseApdu> handle(const CommandApdu& command, VirtualCard& card) = 0;
    // Power cycle: session keys and other volatile state go.
    virtual void reset() {}
};

} // namespace madoguchi
