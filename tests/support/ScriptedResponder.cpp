#include "tests/support/ScriptedResponder.h"

namespace madoguchi {

void ScriptedResponder::expect(QByteArrayView commandHex, QByteArrayView responseHex)
{
    m_script.append({QByteArray::fromHex(commandHex.toByteArray()), QByteArray::fromHex(responseHex.toByteArray())});
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
