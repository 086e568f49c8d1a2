#include "core/cards/CheckCatalogue.h"

#include <array>

namespace madoguchi {
namespace {

using Entry = CheckCatalogue::Entry;

// The issuer named in each title is the one whose signature or key the check rests on
// (mynumber.md, drivers-licence.md, residence-card.md, passport.md).
constexpr std::array kEntries{
    // My Number card (and the My Number side of a マイナ免許証 or a 07/08 card)
    Entry{"text-signature", "券面事項入力補助APの署名（発行者: 地方公共団体情報システム機構）", "Text items signed by the issuer (J-LIS)",
          "氏名・住所・生年月日・性別のデータが、発行時の署名と一致するか", "Whether name, address, birth date and sex are what the issuer signed"},
    Entry{"text-certificate", "券面事項入力補助APの署名鍵の証明書（J-LIS）", "Certificate of the text items' signing key (J-LIS)",
          "署名鍵の証明書が、信頼点として登録したJ-LISの鍵で署名されているか", "Whether the signing key is certified by an installed J-LIS key"},
    Entry{"surface-signature", "券面画像の署名（発行者: 地方公共団体情報システム機構）", "Card-face images signed by the issuer (J-LIS)",
          "顔写真・氏名・住所の画像と生年月日・性別が、発行時の署名と一致するか",
          "Whether photo, name and address images, birth date and sex are what the issuer signed"},
    Entry{"surface-certificate", "券面APの署名鍵の証明書（J-LIS）", "Certificate of the card-face signing key (J-LIS)",
          "署名鍵の証明書が、信頼点として登録したJ-LISの鍵で署名されているか", "Whether the signing key is certified by an installed J-LIS key"},
    Entry{"card-liveness", "ICチップの実在確認（複製でないこと）", "The chip itself answered (not a copy)",
          "この場で作った乱数に、署名データに記録されたチップの鍵で署名が返ったか",
          "Whether the chip signed a fresh challenge with the key recorded in its signed data"},
    Entry{"jpki-chain", "利用者証明用電子証明書（J-LIS）", "Authentication certificate issued by J-LIS",
          "カードの電子証明書が、信頼点として登録したJ-LISの認証局まで検証できるか",
          "Whether the card's certificate chains to an installed J-LIS certification authority"},
    Entry{"jpki-revocation", "利用者証明用電子証明書の失効確認", "Authentication certificate not revoked",
          "J-LISの失効情報はオンラインの認定事業者しか照会できず、この端末では確認しない",
          "Only approved online verifiers can ask J-LIS; this terminal does not"},
    Entry{"card-expiry", "カードの有効期限", "Card expiry date", "チップに記録された有効期限が過ぎていないか",
          "Whether the expiry date recorded on the chip has passed"},
    // Driving licence (and the licence on a マイナ免許証)
    Entry{"licence-signature", "免許情報の署名（発行者: 都道府県公安委員会）", "Licence data signed by the issuer (public safety commission)",
          "記載事項と写真が、発行時の署名と一致するか", "Whether the entries and the photo are what the issuer signed"},
    Entry{"licence-expiry", "免許証の有効期限", "Licence expiry date", "免許の有効期間の末日が過ぎていないか",
          "Whether the licence's last valid day has passed"},
    Entry{"pin-setting", "暗証番号設定の記録", "PIN setting record", "暗証番号の設定有無を示すデータが仕様どおりか",
          "Whether the record of the holder's PIN setting is as specified"},
    Entry{"licence-changes", "記載事項変更の記録", "Change records (記載事項変更)", "住所などの変更の記録を読み取れたか",
          "Whether the records of later changes (such as the address) could be read"},
    // Residence card / special permanent resident certificate
    Entry{"card-authentication", "在留カード番号による認証", "Card-number authentication",
          "入力したカード番号でチップが認証し、照合に応じたか", "Whether the chip authenticated with the card number given and accepted it"},
    Entry{"signature", "在留カード等の署名（発行者: 出入国在留管理庁）", "Card data signed by the issuer (Immigration Services Agency)",
          "記載事項・顔写真などが、発行時の署名と一致するか", "Whether the entries and images are what the issuer signed"},
    Entry{"certificate", "在留カード等の証明書（ZairyuCard CA）", "Card certificate issued by ZairyuCard CA",
          "カードの証明書が、信頼点として登録した出入国在留管理庁の認証局まで検証できるか",
          "Whether the card's certificate chains to an installed ISA certification authority"},
    Entry{"period-of-stay", "在留期間", "Period of stay", "在留期間の満了日が過ぎていないか", "Whether the period of stay has ended"},
    Entry{"revocation", "在留カード等の失効照会（出入国在留管理庁）", "Card not revoked (ISA inquiry)",
          "失効はオンラインの在留カード等番号失効情報照会でしか分からず、この端末では照会しない",
          "Revocation is known only online, at the ISA's inquiry; this terminal does not ask"},
    // 07/08 cards: the residence part read through the 在留 AP
    Entry{"residence-items", "在留事項の読取り（在留AP）", "Residence items read from the chip",
          "在留資格・在留期間などを、署名を確かめたうえで読み取れたか", "Whether the residence items were read with a verified signature"},
    Entry{"residence-same-holder", "在留APとマイナンバーカードの名義の一致", "Residence part of the same holder",
          "在留APの生年月日・性別が、マイナンバーカードのものと一致するか", "Whether the residence part's birth date and sex are the card's"},
    // Passport (ICAO 9303)
    Entry{"pace", "チップへの接続（PACE）", "Chip access (PACE)", "券面の情報（MRZ・CAN）でチップと暗号化通信を確立できたか",
          "Whether the printed data (MRZ or CAN) opened an encrypted session with the chip"},
    Entry{"bac", "チップへの接続（BAC）", "Chip access (BAC)", "券面のMRZでチップと暗号化通信を確立できたか",
          "Whether the MRZ opened an encrypted session with the chip"},
    Entry{"sod-signature", "データの署名（文書署名者）", "Data signed by the document signer", "データの要約値一覧（EF.SOD）に文書署名者の署名があり、検証できたか",
          "Whether the list of data digests (EF.SOD) carries a valid document signer's signature"},
    Entry{"ds-certificate", "文書署名者証明書（発行国の認証局）", "Document signer certified by the issuing state (CSCA)",
          "文書署名者の証明書が、信頼点として登録した発行国の認証局まで検証できるか",
          "Whether the document signer's certificate chains to an installed CSCA of the issuing state"},
    Entry{"dg-hashes", "データと署名済み要約値の一致", "Data groups match their signed digests", "読み取った各データが署名済みの要約値と一致するか",
          "Whether every data group read matches its signed digest"},
    Entry{"active-authentication", "能動認証（チップの実在確認）", "Active Authentication (the chip is not a copy)",
          "この場で作った乱数に、チップが署名済みの鍵で署名したか", "Whether the chip signed a fresh challenge with its signed key"},
    Entry{"chip-authentication", "チップ認証（チップの実在確認）", "Chip Authentication (the chip is not a copy)",
          "チップが署名済みの鍵で新しい暗号化通信を確立できたか", "Whether the chip set up a new session with its signed key"},
    Entry{"mrz-match", "MRZとチップの記録の一致", "MRZ matches the chip", "入力したMRZとチップのMRZ（DG1）が一致するか",
          "Whether the MRZ given matches the chip's (DG1)"},
    Entry{"document-expiry", "旅券の有効期限", "Document expiry date", "旅券の有効期間が過ぎていないか", "Whether the document has expired"},
};

// The retry counters a read touches (CardReadOutcome::Credential::counters), by key.
struct Counter
{
    const char* key;
    const char* ja;
    const char* en;
};
constexpr std::array kCounters{
    Counter{"text-pin", "暗証番号（券面事項入力補助AP）", "PIN (text items)"},
    Counter{"text-collation-a", "照合番号A（券面事項入力補助AP）", "照合番号A (text items)"},
    Counter{"text-collation-b", "照合番号B（券面事項入力補助AP）", "照合番号B (text items)"},
    Counter{"surface-collation-a", "照合番号A（券面AP）", "照合番号A (card face)"},
    Counter{"surface-collation-b", "照合番号B（券面AP）", "照合番号B (card face)"},
    Counter{"pin1", "暗証番号1", "PIN1"},
    Counter{"pin2", "暗証番号2", "PIN2"},
    Counter{"licence-pin", "免許情報の暗証番号（マイナ免許証）", "Licence PIN (on the My Number card)"},
    Counter{"residence-card-number", "在留カード番号（在留AP）", "Residence card number (residence part)"},
};

const QString kResidencePrefix = QStringLiteral("residence-");

const Entry* exact(const QString& id)
{
    for (const Entry& entry : kEntries)
        if (id == QLatin1String(entry.id))
            return &entry;
    return nullptr;
}

bool isJapanese(const QString& language)
{
    return language == QLatin1String("ja");
}

} // namespace

std::optional<CheckCatalogue::Entry> CheckCatalogue::find(const QString& id)
{
    if (const Entry* entry = exact(id))
        return *entry;
    if (id.startsWith(kResidencePrefix))
        if (const Entry* entry = exact(id.mid(kResidencePrefix.size())))
            return *entry;
    return std::nullopt;
}

QString CheckCatalogue::title(const QString& id, const QString& language)
{
    const auto entry = find(id);
    if (!entry)
        return id;
    const QString title = QString::fromUtf8(isJapanese(language) ? entry->titleJa : entry->titleEn);
    // A 07/08 card's residence part, checked as a residence card's.
    if (!exact(id) && id.startsWith(kResidencePrefix))
        return (isJapanese(language) ? QStringLiteral("在留AP: %1") : QStringLiteral("Residence part: %1")).arg(title);
    return title;
}

QString CheckCatalogue::explanation(const QString& id, const QString& language)
{
    const auto entry = find(id);
    return entry ? QString::fromUtf8(isJapanese(language) ? entry->explanationJa : entry->explanationEn) : QString();
}

QString CheckCatalogue::resultWords(Verification::Result result, const QString& language)
{
    const bool ja = isJapanese(language);
    switch (result) {
    case Verification::Result::Pass: return ja ? QStringLiteral("合格") : QStringLiteral("pass");
    case Verification::Result::Fail: return ja ? QStringLiteral("不合格") : QStringLiteral("fail");
    case Verification::Result::NotChecked: return ja ? QStringLiteral("確認できず") : QStringLiteral("not checked");
    }
    return {};
}

QString CheckCatalogue::counterTitle(const QString& key, const QString& language)
{
    for (const Counter& counter : kCounters)
        if (key == QLatin1String(counter.key))
            return QString::fromUtf8(isJapanese(language) ? counter.ja : counter.en);
    return key;
}

QStringList CheckCatalogue::counterKeys()
{
    QStringList out;
    for (const Counter& counter : kCounters)
        out << QLatin1String(counter.key);
    return out;
}

QStringList CheckCatalogue::ids()
{
    QStringList out;
    for (const Entry& entry : kEntries)
        out << QLatin1String(entry.id);
    return out;
}

} // namespace madoguchi
