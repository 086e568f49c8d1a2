#pragma once

#include "app/madoguchi-read/ExitCode.h"
#include "core/base/Result.h"
#include "core/cards/read/CardReadRequest.h"
#include "core/crypto/TrustStore.h"
#include "core/reader/ReaderBackend.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace madoguchi {

// One run of madoguchi-read: find the reader, wait for a card, connect, detect, read, report.
class ReadCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReadCommand)

public:
    struct Options
    {
        QString readerFilter;  // substring of the reader name; empty: any reader with a card
        QString sim;           // TYPE:PERSONA[:FAULT] → an in-process virtual reader instead of PC/SC
        bool json = false;
        int waitSeconds = 5;   // how long to wait for a card to be placed
        int answerTimeoutSeconds = 30;  // how long one command may wait for the card's answer
        QString trustDir;      // production anchors; empty: the shipped ones
        bool demo = false;     // also accept the test anchors (never "genuine")
        // Every card kind's credential; CardRead uses the one that fits the card on the reader.
        CardReadRequest request;
    };

    explicit ReadCommand(Options options) : m_options(std::move(options)) {}

    // Prints the report on stdout, errors (never customer data) on stderr.
    ExitCode run();

private:
    Result<std::unique_ptr<ReaderBackend>, QString> makeBackend() const;
    Result<ReaderInfo, ReaderError> waitForCard(ReaderBackend& backend) const;

    Options m_options;
};

} // namespace madoguchi
