#include "core/cards/passport/MrzKey.h"

#include "core/cards/passport/Mrz.h"

#include <QDate>

namespace madoguchi {
namespace {

constexpr int kNumberLength = 9;

// Upper case, half width, no spaces.
QByteArray normalized(const QString& text)
{
    QString out = text.normalized(QString::NormalizationForm_KC).toUpper();
    out.remove(QLatin1Char(' '));
    return out.toLatin1();
}

bool isMrzDate(QByteArrayView date)
{
    if (date.size() != 6 || !std::all_of(date.begin(), date.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    const int month = (date[2] - '0') * 10 + (date[3] - '0');
    const int day = (date[4] - '0') * 10 + (date[5] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// YYMMDD from YYMMDD, YYYYMMDD (the kiosk's keypad) or YYYY-MM-DD; empty when none.
QByteArray mrzDate(const QByteArray& text)
{
    if (text.size() == 10 || text.size() == 8) {
        const QDate date = QDate::fromString(QString::fromLatin1(text), text.size() == 8 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd"));
        return date.isValid() ? date.toString(QStringLiteral("yyMMdd")).toLatin1() : QByteArray();
    }
    return isMrzDate(text) ? text : QByteArray();
}

} // namespace

MrzKey MrzKey::build(QByteArrayView documentNumber, QByteArrayView birthDate, QByteArrayView expiryDate)
{
    QByteArray number = documentNumber.toByteArray().leftJustified(kNumberLength, '<');
    QByteArray information = number + QByteArray::number(checkDigit(number)) + birthDate.toByteArray()
                             + QByteArray::number(checkDigit(birthDate)) + expiryDate.toByteArray() + QByteArray::number(checkDigit(expiryDate));
    number.fill('\0');
    return MrzKey(SecureBytes::takeFrom(information));
}

int MrzKey::checkDigit(QByteArrayView text)
{
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        int value = 0;
        if (c >= '0' && c <= '9')
            value = c - '0';
        else if (c >= 'A' && c <= 'Z')
            value = c - 'A' + 10;
        else if (c != '<')
            return -1;
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

Result<MrzKey, QString> MrzKey::fromParts(const QString& documentNumber, const QString& birthDate, const QString& expiryDate)
{
    QByteArray number = normalized(documentNumber);
    if (number.isEmpty() || number.size() > kNumberLength
        || !std::all_of(number.cbegin(), number.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }))
        return tr("the document number has 1 to 9 letters and digits");
    const QByteArray birth = mrzDate(normalized(birthDate));
    if (birth.isEmpty())
        return tr("the birth date is YYMMDD, YYYYMMDD or YYYY-MM-DD");
    const QByteArray expiry = mrzDate(normalized(expiryDate));
    if (expiry.isEmpty())
        return tr("the expiry date is YYMMDD, YYYYMMDD or YYYY-MM-DD");
    MrzKey key = build(number, birth, expiry);
    number.fill('\0');
    return key;
}

Result<MrzKey, QString> MrzKey::fromLines(const QString& lines)
{
    QString joined = lines;
    joined.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    QByteArray text = normalized(joined);
    auto mrz = Mrz::parse(text);
    text.fill('\0');
    if (!mrz)
        return mrz.error();
    if (!mrz->checkDigitsValid)
        return tr("a check digit of the MRZ is wrong: check the lines against the document");
    MrzKey key = build(mrz->documentNumber.toLatin1(), mrz->birthDate.toLatin1(), mrz->expiryDate.toLatin1());
    mrz->wipe();
    return key;
}

QByteArray MrzKey::documentNumber() const
{
    QByteArray number = m_information.view().first(kNumberLength).toByteArray();
    while (number.endsWith('<'))
        number.chop(1);
    return number;
}

QByteArray MrzKey::birthDate() const
{
    return m_information.view().sliced(kNumberLength + 1, 6).toByteArray();
}

QByteArray MrzKey::expiryDate() const
{
    return m_information.view().sliced(kNumberLength + 8, 6).toByteArray();
}

Result<MrzKey, QString> MrzKey::fromInformation(QByteArrayView information)
{
    if (information.size() != 24)
        return tr("MRZ_information has 24 characters");
    // number (9) ‖ check ‖ birth (6) ‖ check ‖ expiry (6) ‖ check (passport.md §1).
    for (const auto& [from, length] : {std::pair{0, 9}, std::pair{10, 6}, std::pair{17, 6}})
        if (checkDigit(information.sliced(from, length)) != information.at(from + length) - '0')
            return tr("a check digit of the MRZ does not match");
    return MrzKey(SecureBytes(information));
}

} // namespace madoguchi
