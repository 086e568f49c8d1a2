#include "core/base/SettingsFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace madoguchi {

namespace {

bool isName(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return name.match(text).hasMatch();
}

} // namespace

Result<SettingsFile, QStringList> SettingsFile::parse(QByteArrayView text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError())
        return QStringList{tr("the file is not UTF-8 text")};

    SettingsFile file;
    QStringList problems;
    QString section;
    const QStringList lines = decoded.split(QLatin1Char('\n'));
    for (int index = 0; index < lines.size(); ++index) {
        const int number = index + 1;
        const QString line = lines[index].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const QString name = line.endsWith(QLatin1Char(']')) ? line.mid(1, line.size() - 2).trimmed() : QString();
            if (!isName(name)) {
                problems << tr("line %1: \"%2\" is not a section header like [counter]").arg(number).arg(line);
                section.clear();
                continue;
            }
            section = name;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? QString() : line.left(equals).trimmed();
        if (!isName(key)) {
            problems << tr("line %1: \"%2\" is not a setting like key = value").arg(number).arg(line);
            continue;
        }
        if (section.isEmpty()) {
            problems << tr("line %1: \"%2\" stands before any [section]").arg(number).arg(key);
            continue;
        }
        const auto earlier = std::find_if(file.m_entries.cbegin(), file.m_entries.cend(),
                                          [&](const Entry& entry) { return entry.section == section && entry.key == key; });
        if (earlier != file.m_entries.cend()) {
            //: %1, %4: line numbers of madoguchi.conf; %2: the section; %3: the setting.
            problems << tr("line %1: [%2] %3 was already set on line %4").arg(number).arg(section, key).arg(earlier->line);
            continue;
        }
        file.m_entries.append({section, key, line.mid(equals + 1).trimmed(), number});
    }
    if (!problems.isEmpty())
        return problems;
    return file;
}

Result<SettingsFile, QStringList> SettingsFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QStringList{tr("%1: no such file").arg(path)};
    if (info.permissions() & QFileDevice::WriteOther)
        return QStringList{tr("%1: every user may change this file; make it writable by root only (chmod 644)").arg(path)};
    if (info.size() > kMaxBytes)
        return QStringList{tr("%1: larger than %2 bytes; this is not a settings file").arg(path).arg(kMaxBytes)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringList{tr("%1: cannot be read (%2)").arg(path, file.errorString())};
    auto parsed = parse(file.read(kMaxBytes));
    if (parsed)
        return parsed;
    QStringList problems;
    for (const QString& problem : parsed.error())
        problems << path + QStringLiteral(": ") + problem;
    return problems;
}

} // namespace madoguchi
