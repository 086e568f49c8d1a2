#pragma once

#include "app/madoguchi-read/ExitCode.h"
#include "core/cards/read/CardDetector.h"
#include "core/cards/CardReadOutcome.h"
#include "core/reader/LinkStats.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madoguchi {

// What madoguchi-read prints: one JSON object, or a short text for a person. Items a card module
// did not read (or the route did not allow) are null.
class ReadReport
{
    Q_DECLARE_TR_FUNCTIONS(ReadReport)

public:
    void setReader(const QString& reader, const QByteArray& atr);
    void setDetection(const CardDetector::Detection& detection);
    void setOutcome(CardReadOutcome outcome);
    // What crossed the link, and the read size it settled on (CardChannel::maxLe after any fall-back).
    void setLink(const LinkStats& stats, int readSize);
    // The credential's items read off a picture (CardReadRequest::fromImage).
    void setFromImage(const QStringList& items) { m_fromImage = items; }
    CardReadOutcome& outcome() { return m_outcome; }

    QJsonObject toJson() const;
    QString toText() const;
    ExitCode exitCode() const;

private:
    DocumentType documentType() const;
    int largestAnswer() const;  // the largest answer data of one exchange, in bytes
    QString m_reader;
    QByteArray m_atr;
    CardDetector::Detection m_detection;
    CardReadOutcome m_outcome;
    LinkStats m_link;
    int m_readSize = 0;
    QStringList m_fromImage;
};

} // namespace madoguchi
