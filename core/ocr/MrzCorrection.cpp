#include "core/ocr/MrzCorrection.h"

#include "core/cards/passport/MrzKey.h"

#include <QSet>

namespace madoguchi {
namespace {

// TD3 line 2's fields with a check digit (ICAO 9303-4 §4.2.2.2): first position, length, check.
struct Field
{
    int from;
    int length;
    int check;
};
constexpr Field kFields[] = {{0, 9, 9}, {13, 6, 19}, {21, 6, 27}, {28, 14, 42}};  // number, birth, expiry, personal number
constexpr int kComposite = 43;

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

} // namespace

Result<QStringList, QString> MrzCorrection::td3(const QList<QStringList>& candidates)
{
    if (candidates.size() != 2 || candidates[0].size() != kLine || candidates[1].size() != kLine)
        return tr("not the two lines of 44 characters of a passport's machine-readable zone");
    QString line1;
    for (const QString& position : candidates[0])
        line1 += position.isEmpty() ? QLatin1Char('<') : position.front();
    if (!line1.startsWith(QLatin1Char('P')))
        return tr("the lines read are not those of a passport's machine-readable zone");
    const QStringList& line2 = candidates[1];
    for (const QString& position : line2)
        if (position.isEmpty())
            return tr("a character of the machine-readable zone could not be read");
    // Each field's readings that its own check digit accepts (with the check digit's own candidates).
    QList<QStringList> fields;
    for (const Field& field : kFields) {
        QList<QStringList> slots;
        for (int i = field.from; i <= field.check; ++i)
            slots.append(characters(line2[i]));
        QStringList passing;
        const bool tried = readings(slots, kMaxCombinations, [&](const QString& text) {
            const QChar check = text.back();
            const QString value = text.left(field.length);
            // The personal number may be all fillers with a filler for its check digit (9303-4 §4.2.2.2).
            if (check == QLatin1Char('<'))
                return value == QString(field.length, QLatin1Char('<'));
            return MrzKey::checkDigit(value.toLatin1()) == check.digitValue();
        }, passing);
        if (!tried)
            return tr("too many characters of the machine-readable zone are uncertain");
        if (passing.isEmpty())
            return tr("the check digits do not agree with what was read");
        fields.append(passing);
    }
    // The whole line: the fields' readings together, with the nationality and sex as read and the
    // composite check digit's candidates; MrzKey checks everything once more. What the chip needs
    // must come out one way. The composite's candidates do not count against the limit.
    const auto asRead = [&](int i) { return QStringList{QString(line2[i].front())}; };
    const QList<QStringList> slots{fields[0], asRead(10), asRead(11), asRead(12), fields[1], asRead(20), fields[2], fields[3], characters(line2[kComposite])};
    QStringList lines;
    if (!readings(slots, qint64(kMaxCombinations) * line2[kComposite].size(), [&](const QString& line) { return MrzKey::fromLines(line1 + line).ok(); }, lines))
        return tr("too many characters of the machine-readable zone are uncertain");
    QSet<QString> keys;
    for (const QString& line : std::as_const(lines))
        keys.insert(line.left(10) + line.mid(13, 7) + line.mid(21, 7));
    if (keys.isEmpty())
        return tr("the check digits do not agree with what was read");
    if (keys.size() > 1)
        return tr("the machine-readable zone can be read %1 ways that all pass the check digits").arg(keys.size());
    return QStringList{line1, lines.constLast()};
}

} // namespace madoguchi
