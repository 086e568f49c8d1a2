#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// DF3/EF01 of a residence card: the signature over the card's data and the card certificate that
// carries its key (residence-card.md §B1: DA RSA-2048 signature + DB X.509 certificate, first
// generation; §B4: DC ECDSA r ‖ s + DD certificate, second). Both values are zero-padded to a fixed
// size; the certificate keeps its padding here (DER knows its own length).
struct ResidenceSignatureFile
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceSignatureFile)

public:
    QByteArray signature;    // empty on cards without one (under-16, no photo: §B1 [U])
    QByteArray certificate;  // DER, possibly followed by 00 filler

    static Result<ResidenceSignatureFile, QString> parse(QByteArrayView file);
};

} // namespace madoguchi
