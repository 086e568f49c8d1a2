#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace madoguchi {

// The small files of the eMRTD application (passport.md §4; ICAO 9303-10): file identifiers, EF.COM's
// list of data groups, DG1's MRZ, and the tagged text items of DG11 and DG12.
class LdsFile
{
    Q_DECLARE_TR_FUNCTIONS(LdsFile)

public:
    static constexpr quint16 kCom = 0x011E;
    static constexpr quint16 kSod = 0x011D;
    static constexpr quint16 kCardAccess = 0x011C;  // in the MF (SFI 1C)
    // DGn: FID 0100 + n, SFI n (§4).
    static quint16 fidOf(int dataGroup) { return quint16(0x0100 + dataGroup); }
    // The tag each DG's file starts with: DG1 61, DG2 75 … DG15 6F (§4); 0 for other numbers.
    static quint8 tagOf(int dataGroup);

    // EF.COM (60 { 5F01, 5F36, 5C tags }): the numbers of the data groups present.
    static Result<QList<int>, QString> dataGroups(QByteArrayView com);
    // DG1 (61 { 5F1F mrz }): the MRZ characters.
    static Result<QByteArray, QString> mrzCharacters(QByteArrayView dg1);
    // DG11 (6B) or DG12 (6C): the primitive items by tag (5F0E, 5F42, 5F26 …), nested ones (A0) included.
    static Result<QMap<quint32, QByteArray>, QString> items(QByteArrayView file, quint8 tag);
};

} // namespace madoguchi
