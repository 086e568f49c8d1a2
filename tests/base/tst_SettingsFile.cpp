// The strict settings-file syntax: sections, settings with their line numbers, and every kind of
// line it refuses, all reported at once.

#include "core/base/SettingsFile.h"

#include "tests/support/WriteFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

class TestSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settings_keep_section_value_and_line()
    {
        const auto file = SettingsFile::parse("# comment\n\n[counter]\n  terminal-id = T-01  \nprinter =\n[trust]\r\nanchors = /a, /b\r\n");
        QVERIFY(file.ok());
        const auto& entries = file->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].section, "counter");
        QCOMPARE(entries[0].key, "terminal-id");
        QCOMPARE(entries[0].value, "T-01");
        QCOMPARE(entries[0].line, 4);
        QCOMPARE(entries[1].key, "printer");
        QCOMPARE(entries[1].value, "");
        QCOMPARE(entries[2].section, "trust");
        QCOMPARE(entries[2].value, "/a, /b");
        QCOMPARE(entries[2].line, 7);
    }

    void a_value_may_hold_equals_signs()
    {
        const auto file = SettingsFile::parse("[a]\nkey = x=y\n");
        QVERIFY(file.ok());
        QCOMPARE(file->entries().constFirst().value, "x=y");
    }

    void every_problem_is_reported_with_its_line()
    {
        const auto file = SettingsFile::parse("orphan = 1\n[counter]\nidle timeout 30\n[Bad Section]\n[counter]\nprinter = a\nprinter = b\n= 3\n");
        QVERIFY(!file.ok());
        const QStringList problems = file.error();
        QCOMPARE(problems.size(), 5);
        QVERIFY2(problems[0].startsWith("line 1: \"orphan\" stands before any [section]"), qPrintable(problems[0]));
        QVERIFY2(problems[1].startsWith("line 3: \"idle timeout 30\" is not a setting"), qPrintable(problems[1]));
        QVERIFY2(problems[2].startsWith("line 4: \"[Bad Section]\" is not a section header"), qPrintable(problems[2]));
        QCOMPARE(problems[3], "line 7: [counter] printer was already set on line 6");
        QVERIFY2(problems[4].startsWith("line 8: \"= 3\" is not a setting"), qPrintable(problems[4]));
    }

    void text_that_is_not_utf8_is_refused()
    {
        const auto file = SettingsFile::parse("[counter]\nterminal-id = \x93\xfa\x96\x7b\n");  // Shift_JIS 日本
        QVERIFY(!file.ok());
        QCOMPARE(file.error(), QStringList{"the file is not UTF-8 text"});
    }

    void load_names_the_path()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("madoguchi.conf");
        QVERIFY(writeFile(path, "[counter]\nnonsense\n"));
        const auto file = SettingsFile::load(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().constFirst().startsWith(path + ": line 2: "), qPrintable(file.error().constFirst()));

        QCOMPARE(SettingsFile::load(dir.filePath("absent.conf")).error(), QStringList{dir.filePath("absent.conf") + ": no such file"});
    }

    void a_file_every_user_may_change_is_refused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("madoguchi.conf");
        QVERIFY(writeFile(path, "[counter]\nprinter = forms\n"));
        QVERIFY(SettingsFile::load(path).ok());
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOther));
        const auto file = SettingsFile::load(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().constFirst().contains("every user may change this file"), qPrintable(file.error().constFirst()));
    }

    void an_oversized_file_is_refused_unread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("madoguchi.conf");
        QVERIFY(writeFile(path, "[counter]\n" + QByteArray(SettingsFile::kMaxBytes, '#')));
        const auto file = SettingsFile::load(path);
        QVERIFY(!file.ok());
        QVERIFY2(file.error().constFirst().contains("this is not a settings file"), qPrintable(file.error().constFirst()));
    }
};

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_SettingsFile.moc"
