#pragma once

#include "core/cards/Verification.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// Every check madoguchi makes, in words: a short title and a one-line explanation in Japanese and
// English, for the people who read them — staff on the review, an auditor on the 確認記録, an
// administrator in madoguchi-read's text. The ids stay for machines (JSON, logs). One place: a
// check without an entry here fails tst_CheckCatalogue.
class CheckCatalogue
{
public:
    struct Entry
    {
        const char* id;
        const char* titleJa;
        const char* titleEn;
        const char* explanationJa;
        const char* explanationEn;
    };

    // The entry of `id`; a 07/08 card's residence checks ("residence-" + a residence card's id) are
    // that check's entry, said to be about the residence part.
    static std::optional<Entry> find(const QString& id);
    // In `language` ("ja", else English); the id itself when there is no entry.
    static QString title(const QString& id, const QString& language);
    static QString explanation(const QString& id, const QString& language);
    // 合格 / 不合格 / 確認できず; pass / fail / not checked.
    static QString resultWords(Verification::Result result, const QString& language);
    // Every id with an entry of its own.
    static QStringList ids();
    // A retry counter's key (CardReadOutcome::Credential::Counter) in words; the key when unknown.
    static QString counterTitle(const QString& key, const QString& language);
    static QStringList counterKeys();
};

} // namespace madoguchi
