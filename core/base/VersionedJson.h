#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace madoguchi {

// The JSON files madoguchi reads — visit purposes, form templates, personas — are one object with
// "schema": 1, so that a later format is refused instead of half-read.
class VersionedJson
{
    Q_DECLARE_TR_FUNCTIONS(VersionedJson)

public:
    static Result<QJsonObject, QString> parse(const QByteArray& json);
};

} // namespace madoguchi
