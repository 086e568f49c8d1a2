#include "tests/support/ScriptedResponder.h"

namespace madoguchi {

void ScriptedResponder::expect(const char* commandHex, const char* responseHex)
{
    m_script.append({QByteArray::fromHex(commandHex), QByteArray::fromHex(responseHex)});
}

QByteArray ScriptedResponder::respond(QByteArrayView command)
{
    m_received.append(command.toByteArray());
    if (m_next >= m_script.size())
        return QByteArray::fromHex("6F00");
    const auto& [expected, response] = m_script[m_next++];
    if (!expected.isEmpty() && expected != command)
        return QByteArray::fromHex("6F00");
    return response;
}

} // namespace madoguchi
