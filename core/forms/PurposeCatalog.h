#pragma once

#include "core/base/Result.h"
#include "core/forms/Purpose.h"

#include <QCoreApplication>
#include <QList>

namespace madoguchi {

// The visit purposes (resources/purposes.json, or an admin file of the same shape).
class PurposeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PurposeCatalog)

public:
    static Result<PurposeCatalog, QString> load(const QString& path);
    static Result<PurposeCatalog, QString> fromJson(const QByteArray& json);

    const QList<Purpose>& purposes() const { return m_purposes; }
    const Purpose* find(const QString& id) const;

private:
    QList<Purpose> m_purposes;
};

} // namespace madoguchi
