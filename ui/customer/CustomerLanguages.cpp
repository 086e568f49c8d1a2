#include "ui/customer/CustomerLanguages.h"

namespace madoguchi {

const QList<CustomerLanguage>& CustomerLanguages::all()
{
    // Fonts: IPAex for Japanese (as the staff screen), Noto Sans CJK SC/KR for Chinese and Korean
    // (fonts-noto-cjk), Noto Sans for Latin scripts with Vietnamese and Filipino diacritics and Noto
    // Sans Devanagari for Nepali (fonts-noto-core); each list ends in a CJK font so that a Japanese
    // word in a translation (カード) still has glyphs.
    static const QStringList japanese{QStringLiteral("IPAexGothic"), QStringLiteral("Noto Sans CJK JP")};
    static const QStringList latin{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP")};
    static const QList<CustomerLanguage> languages{
        {QStringLiteral("ja"), QStringLiteral("日本語"), QStringLiteral("Japanese"), QStringLiteral("ja_JP"), japanese},
        {QStringLiteral("ja-x-easy"), QStringLiteral("やさしい にほんご"), QStringLiteral("Easy Japanese"), QStringLiteral("ja_JP"), japanese},
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("English"), QStringLiteral("en_US"), latin},
        {QStringLiteral("zh-Hans"), QStringLiteral("中文（简体）"), QStringLiteral("Chinese (Simplified)"), QStringLiteral("zh_CN"),
         {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans")}},
        {QStringLiteral("ko"), QStringLiteral("한국어"), QStringLiteral("Korean"), QStringLiteral("ko_KR"),
         {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans")}},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt"), QStringLiteral("Vietnamese"), QStringLiteral("vi_VN"), latin},
        {QStringLiteral("pt"), QStringLiteral("Português"), QStringLiteral("Portuguese"), QStringLiteral("pt_BR"), latin},
        {QStringLiteral("ne"), QStringLiteral("नेपाली"), QStringLiteral("Nepali"), QStringLiteral("ne_NP"),
         {QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK JP")}},
        {QStringLiteral("fil"), QStringLiteral("Filipino"), QStringLiteral("Filipino"), QStringLiteral("fil_PH"), latin},
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia"), QStringLiteral("Indonesian"), QStringLiteral("id_ID"), latin},
    };
    return languages;
}

const CustomerLanguage* CustomerLanguages::find(const QString& code)
{
    for (const CustomerLanguage& language : all())
        if (language.code == code)
            return &language;
    return nullptr;
}

QStringList CustomerLanguages::codes()
{
    QStringList codes;
    for (const CustomerLanguage& language : all())
        codes.append(language.code);
    return codes;
}

} // namespace madoguchi
