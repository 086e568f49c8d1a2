#include "core/cards/passport/Mrz.h"

#include "core/cards/passport/MrzKey.h"

namespace madoguchi {
namespace {

// Field at [from, from + length) without trailing filler.
QString field(QByteArrayView text, qsizetype from, qsizetype length)
{
    QByteArray value = text.sliced(from, length).toByteArray();
    while (value.endsWith('<'))
        value.chop(1);
    return QString::fromLatin1(value);
}

bool checks(QByteArrayView text, qsizetype from, qsizetype length, qsizetype digitAt)
{
    const int digit = MrzKey::checkDigit(text.sliced(from, length));
    return digit >= 0 && text[digitAt] == char('0' + digit);
}

// "ERIKSSON<<ANNA<MARIA" → surname "ERIKSSON", given names "ANNA MARIA".
void splitName(QByteArrayView name, Mrz& mrz)
{
    QString text = QString::fromLatin1(name.toByteArray());
    while (text.endsWith(QLatin1Char('<')))
        text.chop(1);
    const qsizetype separator = text.indexOf(QLatin1String("<<"));
    mrz.surname = (separator < 0 ? text : text.left(separator)).replace(QLatin1Char('<'), QLatin1Char(' ')).trimmed();
    mrz.givenNames = separator < 0 ? QString() : text.mid(separator + 2).replace(QLatin1Char('<'), QLatin1Char(' ')).trimmed();
}

// TD3 and TD2: line 1 code, state, name; line 2 number, nationality, dates, sex, optional data (TD3:
// the personal number with its own check digit), composite check digit last.
void parseTwoLines(QByteArrayView text, Mrz& mrz)
{
    const qsizetype length = text.size() / 2;
    const bool td3 = length == 44;
    mrz.format = td3 ? Mrz::Format::Td3 : Mrz::Format::Td2;
    const QByteArrayView line2 = text.sliced(length);
    mrz.documentCode = field(text, 0, 2);
    mrz.issuingState = field(text, 2, 3);
    splitName(text.sliced(5, length - 5), mrz);
    mrz.documentNumber = field(line2, 0, 9);
    mrz.nationality = field(line2, 10, 3);
    mrz.birthDate = field(line2, 13, 6);
    mrz.sex = QString(QLatin1Char(line2[20]));
    mrz.expiryDate = field(line2, 21, 6);
    const qsizetype optionalLength = td3 ? 14 : 7;
    mrz.optionalData = field(line2, 28, optionalLength);
    const QByteArray composite = line2.sliced(0, 10).toByteArray() + line2.sliced(13, 7).toByteArray() + line2.sliced(21, length - 22).toByteArray();
    // TD3: the personal-number check digit may be '<' when the field is empty (9303-4 §4.2.2.2).
    const bool personal = !td3 || checks(line2, 28, optionalLength, 42) || (line2[42] == '<' && mrz.optionalData.isEmpty());
    mrz.checkDigitsValid = checks(line2, 0, 9, 9) && checks(line2, 13, 6, 19) && checks(line2, 21, 6, 27) && personal
                           && line2[length - 1] == char('0' + MrzKey::checkDigit(composite));
}

} // namespace

Result<Mrz, QString> Mrz::parse(QByteArrayView text)
{
    if (!std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '<'; }))
        return tr("an MRZ has only capital letters, digits and '<'");
    Mrz mrz;
    switch (text.size()) {
    case 88:  // TD3 (9303-4 §4.2.2)
    case 72:  // TD2 (9303-6 §4.2.2): the same layout on lines of 36
        parseTwoLines(text, mrz);
        break;
    case 90: {  // TD1 (9303-5 §4.2.2)
        mrz.format = Format::Td1;
        const QByteArrayView line2 = text.sliced(30, 30);
        mrz.documentCode = field(text, 0, 2);
        mrz.issuingState = field(text, 2, 3);
        mrz.documentNumber = field(text, 5, 9);
        mrz.optionalData = field(text, 15, 15);
        mrz.birthDate = field(line2, 0, 6);
        mrz.sex = QString(QLatin1Char(line2[7]));
        mrz.expiryDate = field(line2, 8, 6);
        mrz.nationality = field(line2, 15, 3);
        splitName(text.sliced(60, 30), mrz);
        const QByteArray composite = text.sliced(5, 25).toByteArray() + line2.sliced(0, 7).toByteArray() + line2.sliced(8, 7).toByteArray()
                                     + line2.sliced(18, 11).toByteArray();
        mrz.checkDigitsValid = checks(text, 5, 9, 14) && checks(line2, 0, 6, 6) && checks(line2, 8, 6, 14)
                               && line2[29] == char('0' + MrzKey::checkDigit(composite));
        break;
    }
    default:
        return tr("an MRZ has 2 × 44 (passport), 2 × 36 or 3 × 30 characters, not %1").arg(text.size());
    }
    return mrz;
}

namespace {

// YYMMDD in the century starting at `century`; invalid when not a date.
QDate dateIn(QStringView yymmdd, int century)
{
    bool ok = yymmdd.size() == 6;
    const int yy = ok ? yymmdd.first(2).toInt(&ok) : 0;
    const int mm = ok ? yymmdd.sliced(2, 2).toInt(&ok) : 0;
    const int dd = ok ? yymmdd.sliced(4, 2).toInt(&ok) : 0;
    return ok ? QDate(century + yy, mm, dd) : QDate();
}

} // namespace

QDate Mrz::birthDateOf(QStringView yymmdd, QDate today)
{
    const QDate modern = dateIn(yymmdd, 2000);
    return modern.isValid() && modern <= today ? modern : dateIn(yymmdd, 1900);
}

QDate Mrz::expiryDateOf(QStringView yymmdd)
{
    return dateIn(yymmdd, 2000);
}

void Mrz::wipe()
{
    for (QString* text : {&documentCode, &issuingState, &surname, &givenNames, &documentNumber, &nationality, &birthDate, &sex, &expiryDate,
                          &optionalData}) {
        text->fill(QLatin1Char('\0'));
        text->clear();
    }
}

} // namespace madoguchi
