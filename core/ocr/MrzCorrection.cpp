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

// Every reading of positions `from` … `to` (inclusive) that `accept` takes; false when there are
// more than `limit` readings to try.
bool readings(const QStringList& positions, int from, int to, qint64 limit, const std::function<bool(const QString&)>& accept, QStringList& out)
{
    qint64 count = 1;
    for (int i = from; i <= to; ++i) {
        count *= positions[i].size();
        if (count > limit)
            return false;
    }
    QList<int> choice(to - from + 1, 0);
    for (qint64 n = 0; n < count; ++n) {
        QString text;
        for (int i = from; i <= to; ++i)
            text += positions[i].at(choice[i - from]);
        if (accept(text))
            out.append(text);
        for (int k = 0; k < choice.size(); ++k) {  // the next reading, odometer-wise
            if (++choice[k] < positions[from + k].size())
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
        QStringList passing;
        const bool tried = readings(line2, field.from, field.check, kMaxCombinations, [&](const QString& text) {
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
    // The whole line: the fields' readings together, with the nationality, sex and composite check
    // as read; MrzKey checks everything once more. What the chip needs must come out one way.
    qint64 combinations = 1;
    for (const QStringList& field : std::as_const(fields))
        combinations *= field.size();
    if (combinations > kMaxCombinations)
        return tr("too many characters of the machine-readable zone are uncertain");
    QSet<QString> keys;
    QString chosen;
    QList<int> choice(fields.size(), 0);
    for (qint64 n = 0; n < combinations; ++n) {
        for (const QChar composite : line2[kComposite]) {
            QString line = fields[0][choice[0]] + line2[10].front() + line2[11].front() + line2[12].front() + fields[1][choice[1]]
                           + line2[20].front() + fields[2][choice[2]] + fields[3][choice[3]] + composite;
            if (line.size() == kLine && MrzKey::fromLines(line1 + line).ok()) {
                keys.insert(line.left(10) + line.mid(13, 7) + line.mid(21, 7));
                chosen = line;
            }
        }
        for (int k = 0; k < choice.size(); ++k) {
            if (++choice[k] < fields[k].size())
                break;
            choice[k] = 0;
        }
    }
    if (keys.isEmpty())
        return tr("the check digits do not agree with what was read");
    if (keys.size() > 1)
        return tr("the machine-readable zone can be read %1 ways that all pass the check digits").arg(keys.size());
    return QStringList{line1, chosen};
}

} // namespace madoguchi
