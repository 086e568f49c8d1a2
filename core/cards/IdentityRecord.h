#pragma once

#include "core/cards/DocumentType.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QString>

namespace madoguchi {

// What a card says about its holder and itself, normalised across card types. Lives inside the
// Session while a customer is at the counter; wipe() overwrites every byte before it goes.
struct IdentityRecord
{
    enum class Sex
    {
        Unknown,
        Male,
        Female,
        Unspecified,
    };

    struct Image
    {
        QString format;  // "jp2", "png", "jpeg", "tiff"
        QByteArray bytes;
        int width = 0;
        int height = 0;
    };

    DocumentType type = DocumentType::Unknown;
    QString documentNumber;
    QString issuer;
    QDate issueDate;
    QDate expiryDate;

    QString name;
    QString nameKana;
    QString nameLatin;
    QString address;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString nationality;

    Image face;
    QMap<QString, QString> fields;  // further text items, by stable key
    QMap<QString, Image> images;    // further images: "name", "address", "securityCode", …

    static QString sexName(Sex sex);  // "male", "female", "unspecified"; empty when unknown
    // JIS X 0303 code as the cards store it (mynumber.md §3.3): 1, 2, 9 (and 0 unknown).
    static Sex sexFromJisCode(char code);

    // The ICAO / ISO 3166-1 alpha-3 code, and — where Debian's iso-codes know it — its names in the
    // fields nationalityName (Japanese) and nationalityNameEnglish.
    void setNationality(const QString& code);

    void wipe();
};

} // namespace madoguchi
