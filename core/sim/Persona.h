#pragma once

#include <QCoreApplication>

#include "core/base/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace madoguchi {

// A fictional card holder for the virtual cards (resources/personas/*.json). Common holder data
// is typed here; each card type reads its own section under "documents" (numbers, PINs, dates).
class Persona
{
    Q_DECLARE_TR_FUNCTIONS(Persona)

public:
    enum class Sex
    {
        Unknown = 0,        // JIS X 0303 codes, as cards store them (mynumber.md §3.3)
        Male = 1,
        Female = 2,
        NotApplicable = 9,
    };

    // `idOrPath` is a file path, or the id of a persona shipped under resources/personas/.
    static Result<Persona, QString> load(const QString& idOrPath);
    static Result<Persona, QString> fromJson(const QByteArray& json);

    const QString& id() const { return m_id; }
    const QString& nameKanji() const { return m_nameKanji; }
    const QString& nameKana() const { return m_nameKana; }
    const QString& nameLatin() const { return m_nameLatin; }
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    const QString& nationality() const { return m_nationality; }
    const QString& address() const { return m_address; }
    const QString& postalCode() const { return m_postalCode; }

    bool hasDocument(const QString& type) const { return m_documents.contains(type); }
    QJsonObject document(const QString& type) const { return m_documents.value(type).toObject(); }

private:
    QString m_id;
    QString m_nameKanji;
    QString m_nameKana;
    QString m_nameLatin;
    QDate m_birthDate;
    Sex m_sex = Sex::Unknown;
    QString m_nationality;
    QString m_address;
    QString m_postalCode;
    QJsonObject m_documents;
};

} // namespace madoguchi
