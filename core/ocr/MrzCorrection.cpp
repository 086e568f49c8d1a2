#include "core/ocr/MrzCorrection.h"

#include "core/cards/passport/MrzKey.h"

#include <QSet>

#include <algorithm>

namespace madoguchi {
namespace {

// A field with a check digit, in the zone's checked lines read as one text: first position,
// length, the check digit's position.
struct Field
{
    int from;
    int length;
    int check;
};

// Where a format keeps what the check digits cover. `data` are the lines read as one text (TD3:
// line 2; TD1: lines 1 and 2), `fields` those with a check digit — the first three are the document
// number, birth date and expiry date, the chip's key — and `composite` the check digit over them all.
struct Layout
{
    int lines;
    int length;
    QList<int> data;
    QList<Field> fields;
    int composite;
    QString documentCodes;  // what line 1 may start with
};

// ICAO 9303-4 §4.2.2.2 (TD3): number, birth, expiry, personal number; the composite at 43.
const Layout kTd3{2, 44, {1}, {{0, 9, 9}, {13, 6, 19}, {21, 6, 27}, {28, 14, 42}}, 43, QStringLiteral("P")};
// ICAO 9303-5 §4.2.2 (TD1), lines 1 and 2 as 60 characters: number at 5, birth date at 30, expiry at
// 38; the composite at 59 (line 2's last). A number longer than 9 characters, continued in the
// optional data with '<' as its check digit, is not taken: its field check fails and nothing is given.
const Layout kTd1{3, 30, {0, 1}, {{5, 9, 14}, {30, 6, 36}, {38, 6, 44}}, 59, QStringLiteral("ACI")};

// One slot's alternatives, a character each.
QStringList characters(const QString& candidates)
{
    QStringList alternatives;
    for (QChar c : candidates)
        alternatives.append(QString(c));
    return alternatives;
}

// Every text made of one alternative per slot, in order, that `accept` takes; false when there are
// more than `limit` texts to try.
bool readings(const QList<QStringList>& slots, qint64 limit, const std::function<bool(const QString&)>& accept, QStringList& out)
{
    qint64 count = 1;
    for (const QStringList& slot : slots) {
        count *= slot.size();
        if (count > limit)
            return false;
    }
    QList<int> choice(slots.size(), 0);
    for (qint64 n = 0; n < count; ++n) {
        QString text;
        for (int k = 0; k < slots.size(); ++k)
            text += slots[k].at(choice[k]);
        if (accept(text))
            out.append(text);
        for (int k = 0; k < choice.size(); ++k) {  // the next text, odometer-wise
            if (++choice[k] < slots[k].size())
                break;
            choice[k] = 0;
        }
    }
    return true;
}

Result<QStringList, QString> correct(const Layout& layout, const QList<QStringList>& candidates)
{
    if (candidates.size() != layout.lines || std::any_of(candidates.begin(), candidates.end(), [&](const QStringList& line) { return line.size() != layout.length; }))
        return MrzCorrection::tr("not the lines of a machine-readable zone");
    // The lines without check digits (the name) as read; the checked ones as one text of candidates.
    QStringList asRead;
    for (const QStringList& line : candidates) {
        QString text;
        for (const QString& position : line)
            text += position.isEmpty() ? QLatin1Char('<') : position.front();
        asRead.append(text);
    }
    if (!layout.documentCodes.contains(asRead.front().front()))
        return MrzCorrection::tr("the lines read are not those of a passport's machine-readable zone");
    QStringList data;
    for (int line : layout.data)
        data += candidates[line];
    for (const QString& position : std::as_const(data))
        if (position.isEmpty())
            return MrzCorrection::tr("a character of the machine-readable zone could not be read");
    // Each field's readings that its own check digit accepts (with the check digit's own candidates).
    QList<QStringList> fields;
    for (const Field& field : layout.fields) {
        QList<QStringList> slots;
        for (int i = field.from; i <= field.check; ++i)
            slots.append(characters(data[i]));
        QStringList passing;
        const bool tried = readings(slots, MrzCorrection::kMaxCombinations, [&](const QString& text) {
            const QChar check = text.back();
            const QString value = text.left(field.length);
            // The personal number may be all fillers with a filler for its check digit (9303-4 §4.2.2.2).
            if (check == QLatin1Char('<'))
                return value == QString(field.length, QLatin1Char('<'));
            return MrzKey::checkDigit(value.toLatin1()) == check.digitValue();
        }, passing);
        if (!tried)
            return MrzCorrection::tr("too many characters of the machine-readable zone are uncertain");
        if (passing.isEmpty())
            return MrzCorrection::tr("the check digits do not agree with what was read");
        fields.append(passing);
    }
    // The whole text: the fields' readings together, the other positions as read and the composite
    // check digit's candidates; MrzKey checks every line once more. What the chip needs must come
    // out one way. The composite's candidates do not count against the limit.
    QList<QStringList> slots;
    for (int i = 0; i < data.size();) {
        const auto field = std::find_if(layout.fields.begin(), layout.fields.end(), [i](const Field& f) { return f.from == i; });
        if (field != layout.fields.end()) {
            slots.append(fields[field - layout.fields.begin()]);
            i = field->check + 1;
        } else {
            slots.append(i == layout.composite ? characters(data[i]) : QStringList{QString(data[i].front())});
            ++i;
        }
    }
    // The lines with `text` in place of the checked ones.
    const auto linesWith = [&](const QString& text) {
        QStringList lines = asRead;
        for (int k = 0; k < layout.data.size(); ++k)
            lines[layout.data[k]] = text.mid(k * layout.length, layout.length);
        return lines;
    };
    QStringList texts;
    if (!readings(slots, qint64(MrzCorrection::kMaxCombinations) * data[layout.composite].size(),
                  [&](const QString& text) { return MrzKey::fromLines(linesWith(text).join(QString())).ok(); }, texts))
        return MrzCorrection::tr("too many characters of the machine-readable zone are uncertain");
    QSet<QString> keys;
    for (const QString& text : std::as_const(texts)) {
        QString key;
        for (int k = 0; k < 3; ++k)
            key += text.mid(layout.fields[k].from, layout.fields[k].length + 1);
        keys.insert(key);
    }
    if (keys.isEmpty())
        return MrzCorrection::tr("the check digits do not agree with what was read");
    if (keys.size() > 1)
        return MrzCorrection::tr("the machine-readable zone can be read %1 ways that all pass the check digits").arg(keys.size());
    return linesWith(texts.constLast());
}

} // namespace

Result<QStringList, QString> MrzCorrection::td3(const QList<QStringList>& candidates)
{
    return correct(kTd3, candidates);
}

Result<QStringList, QString> MrzCorrection::td1(const QList<QStringList>& candidates)
{
    return correct(kTd1, candidates);
}

} // namespace madoguchi
