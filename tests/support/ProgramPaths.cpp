#include "tests/support/ProgramPaths.h"

namespace madoguchi {

QString ProgramPaths::read()
{
    return QStringLiteral(MADOGUCHI_READ_PATH);
}

QString ProgramPaths::cardsim()
{
    return QStringLiteral(MADOGUCHI_CARDSIM_PATH);
}

QString ProgramPaths::kiosk()
{
    return QStringLiteral(MADOGUCHI_KIOSK_PATH);
}

QString ProgramPaths::print()
{
    return QStringLiteral(MADOGUCHI_PRINT_PATH);
}

QString ProgramPaths::verify()
{
    return QStringLiteral(MADOGUCHI_VERIFY_PATH);
}

} // namespace madoguchi
