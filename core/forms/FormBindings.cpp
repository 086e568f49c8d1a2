#include "core/forms/FormBindings.h"

namespace madoguchi {

const QStringList& FormBindings::all()
{
    static const QStringList bindings{
        // holder, as read from the card
        QStringLiteral("holder.name"), QStringLiteral("holder.nameKana"), QStringLiteral("holder.nameLatin"),
        QStringLiteral("holder.address"), QStringLiteral("holder.postalCode"), QStringLiteral("holder.birthDate"),
        QStringLiteral("holder.sex"), QStringLiteral("holder.nationality"),
        // the document
        QStringLiteral("document.type"), QStringLiteral("document.number"), QStringLiteral("document.expiryDate"),
        // a residence card's chip-only items (在留資格, 在留期間 …), one line
        QStringLiteral("residence.items"),
        // the visit
        QStringLiteral("purpose.id"), QStringLiteral("purpose.label"), QStringLiteral("purpose.basis"), QStringLiteral("form.date"),
        // the check (確認記録)
        QStringLiteral("check.dateTime"), QStringLiteral("check.method"), QStringLiteral("check.verdict"),
        QStringLiteral("check.results"), QStringLiteral("check.anchor"), QStringLiteral("check.operator"),
        QStringLiteral("check.terminal"), QStringLiteral("check.digest"), QStringLiteral("check.revocation"),
        QStringLiteral("check.signature"), QStringLiteral("check.seal"), QStringLiteral("check.staff"),
    };
    return bindings;
}

} // namespace madoguchi
