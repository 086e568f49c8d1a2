#pragma once

#include <QCoreApplication>

#include "app/madoguchi-read/ExitCode.h"
#include "core/cards/CardDetector.h"
#include "core/cards/Verification.h"
#include "core/reader/LinkStats.h"

#include <QJsonObject>

namespace madoguchi {

// What madoguchi-read prints: one JSON object (the shape later card modules fill in), or a short
// text for a person. Holder fields stay null until a card module has read and verified them.
class ReadReport
{
    Q_DECLARE_TR_FUNCTIONS(ReadReport)

public:
    void setReader(const QString& reader, const QByteArray& atr);
    void setDetection(const CardDetector::Detection& detection);
    void setLink(const LinkStats& stats);
    Verification& verification() { return m_verification; }

    QJsonObject toJson() const;
    QString toText() const;
    ExitCode exitCode() const;

private:
    QString m_reader;
    QByteArray m_atr;
    CardDetector::Detection m_detection;
    LinkStats m_link;
    Verification m_verification;
};

} // namespace madoguchi
