// The administrator's settings: the shipped file documents every setting with its default, every
// value is checked, and each mistake is named with its line.

#include "core/base/ResourceLocator.h"
#include "core/base/SettingsFile.h"
#include "ui/KioskConfigFile.h"

#include "tests/support/WriteFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;

namespace {

QString shippedFile()
{
    return QStringLiteral(MADOGUCHI_SOURCE_DIR "/packaging/madoguchi.conf");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

KioskConfig defaults()
{
    KioskConfig config;
    config.purposesPath = ResourceLocator::path("purposes.json");
    config.formsPath = ResourceLocator::path("forms");
    config.trustDirs = QStringList{ResourceLocator::path("trust")};
    return config;
}

QStringList applied(const QByteArray& text, KioskConfig& config)
{
    const auto file = SettingsFile::parse(text);
    return file ? KioskConfigFile::apply(*file, config) : file.error();
}

} // namespace

class TestKioskConfigFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void the_shipped_file_changes_nothing()
    {
        KioskConfig config = defaults();
        QTemporaryDir dir;
        const QString path = dir.filePath("madoguchi.conf");
        QVERIFY(QFile::copy(shippedFile(), path));
        QVERIFY(KioskConfigFile::load(path, config).isEmpty());
        QCOMPARE(config.trustDirs, defaults().trustDirs);
        QCOMPARE(config.idleTimeoutSeconds, 120);
        QCOMPARE(config.languages, (QStringList{"ja", "en"}));
    }

    // Each commented setting of the shipped file, uncommented, is valid and is the default.
    void the_shipped_file_shows_every_setting_with_its_default()
    {
        QByteArray text = readAll(shippedFile());
        QVERIFY(!text.isEmpty());
        text.replace("/usr/share/madoguchi", QDir(ResourceLocator::resourceDir()).absolutePath().toUtf8());
        static const QRegularExpression setting(QStringLiteral("^# ([a-z-]+ =.*)$"), QRegularExpression::MultilineOption);
        const QString uncommented = QString::fromUtf8(text).replace(setting, QStringLiteral("\\1"));
        KioskConfig config = defaults();
        config.purposesPath.clear();
        config.formsPath.clear();
        config.trustDirs.clear();
        QCOMPARE(applied(uncommented.toUtf8(), config), QStringList());
        const auto file = SettingsFile::parse(uncommented.toUtf8());
        QCOMPARE(file->entries().size(), 18);  // every setting KioskConfigFile knows
        const KioskConfig expected = defaults();
        QCOMPARE(config.terminalId, expected.terminalId);
        QCOMPARE(config.operatorId, expected.operatorId);
        QCOMPARE(config.residenceRevocationUrl, expected.residenceRevocationUrl);
        QCOMPARE(config.printer, expected.printer);
        QCOMPARE(config.idleTimeoutSeconds, expected.idleTimeoutSeconds);
        QCOMPARE(config.idleWarningSeconds, expected.idleWarningSeconds);
        QCOMPARE(config.customerScreen, expected.customerScreen);
        QCOMPARE(config.languages, expected.languages);
        QCOMPARE(config.language, expected.language);
        QCOMPARE(config.customerLanguages, expected.customerLanguages);
        QCOMPARE(QDir(config.purposesPath).absolutePath(), QDir(expected.purposesPath).absolutePath());
        QCOMPARE(QDir(config.formsPath).absolutePath(), QDir(expected.formsPath).absolutePath());
        QCOMPARE(config.trustDirs.size(), 1);
        QCOMPARE(QDir(config.trustDirs.constFirst()).absolutePath(), QDir(expected.trustDirs.constFirst()).absolutePath());
        QVERIFY(KioskConfigFile::checkTogether(config).isEmpty());
    }

    void every_setting_takes_effect()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("trust"));
        const QString purposes = ResourceLocator::path("purposes.json");
        const QString forms = ResourceLocator::path("forms");
        const QByteArray text = "[counter]\nterminal-id = KOSEKI-03\noperator-id = op_17\nprinter = Forms-A4\n"
                                "idle-timeout = 300\nidle-warning = 30\ncustomer-screen = always\n"
                                "[languages]\noffered = en, ja\ndefault = en\ncustomer = ja ja-x-easy en vi\n"
                                "[forms]\npurposes = " + purposes.toUtf8() + "\ntemplates = " + forms.toUtf8() + "\n"
                                "[trust]\nanchors = " + ResourceLocator::path("trust").toUtf8() + " , " + dir.filePath("trust").toUtf8() + "\n";
        KioskConfig config;
        QCOMPARE(applied(text, config), QStringList());
        QCOMPARE(config.terminalId, "KOSEKI-03");
        QCOMPARE(config.operatorId, "op_17");
        QCOMPARE(config.printer, "Forms-A4");
        QCOMPARE(config.idleTimeoutSeconds, 300);
        QCOMPARE(config.idleWarningSeconds, 30);
        QVERIFY(config.customerScreen);
        QCOMPARE(config.languages, (QStringList{"en", "ja"}));
        QCOMPARE(config.language, "en");
        QCOMPARE(config.customerLanguages, (QStringList{"ja", "ja-x-easy", "en", "vi"}));
        QCOMPARE(config.purposesPath, purposes);
        QCOMPARE(config.formsPath, forms);
        QCOMPARE(config.trustDirs, (QStringList{ResourceLocator::path("trust"), dir.filePath("trust")}));
    }

    void a_wrong_value_is_named_with_its_line_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown section") << QByteArray("[printer]\nname = x\n")
                                         << "line 2: [printer] name: [printer] is not a section; the sections are counter, languages, forms, camera, trust, evidence, monitoring, revocation";
        QTest::newRow("misspelt setting") << QByteArray("[counter]\nidle-timout = 60\n")
                                          << "line 2: [counter] idle-timout: idle-timout is not a setting of [counter]; its settings are "
                                             "terminal-id, operator-id, printer, idle-timeout, idle-warning, customer-screen";
        QTest::newRow("a name in an ID") << QByteArray("[counter]\noperator-id = 山田 花子\n")
                                         << "line 2: [counter] operator-id: not a plain name: use up to 32 letters A–Z, digits, '.', '_' or '-' (the value is not shown)";
        QTest::newRow("empty ID") << QByteArray("[counter]\nterminal-id =\n")
                                  << "line 2: [counter] terminal-id: not a plain name: use up to 32 letters A–Z, digits, '.', '_' or '-' (the value is not shown)";
        QTest::newRow("a path as printer") << QByteArray("[counter]\nprinter = /dev/usb/lp0\n")
                                           << "line 2: [counter] printer: not a plain name: use up to 127 letters A–Z, digits, '.', '_' or '-' (the value is not shown)";
        QTest::newRow("timeout too short") << QByteArray("\n[counter]\nidle-timeout = 5\n")
                                           << "line 3: [counter] idle-timeout: \"5\" is not a whole number of seconds from 20 to 3600";
        QTest::newRow("timeout with unit") << QByteArray("[counter]\nidle-timeout = 2min\n")
                                           << "line 2: [counter] idle-timeout: \"2min\" is not a whole number of seconds from 20 to 3600";
        QTest::newRow("customer screen") << QByteArray("[counter]\ncustomer-screen = yes\n")
                                         << "line 2: [counter] customer-screen: \"yes\" is neither auto (when a second screen is attached) nor always";
        QTest::newRow("unknown language") << QByteArray("[languages]\noffered = ja zh\n")
                                          << "line 2: [languages] offered: \"zh\" is not a language the kiosk has; it has: ja en";
        QTest::newRow("language twice") << QByteArray("[languages]\noffered = ja ja\n") << "line 2: [languages] offered: ja is named twice";
        QTest::newRow("no language") << QByteArray("[languages]\noffered =\n") << "line 2: [languages] offered: at least one language must be offered";
        QTest::newRow("unknown customer language") << QByteArray("[languages]\ncustomer = ja tl\n")
                                                   << "line 2: [languages] customer: \"tl\" is not a language the kiosk has; it has: ja ja-x-easy en zh-Hans ko vi pt ne fil id";
        QTest::newRow("relative path") << QByteArray("[forms]\npurposes = purposes.json\n")
                                       << "line 2: [forms] purposes: \"purposes.json\" is not an absolute path";
        QTest::newRow("missing templates") << QByteArray("[forms]\ntemplates = /nonexistent/forms\n")
                                           << "line 2: [forms] templates: /nonexistent/forms: no such directory";
        QTest::newRow("missing anchors") << QByteArray("[trust]\nanchors = /usr, /nonexistent/trust\n")
                                         << "line 2: [trust] anchors: /nonexistent/trust: no such directory";
        QTest::newRow("no anchors") << QByteArray("[trust]\nanchors = ,\n")
                                    << "line 2: [trust] anchors: at least one directory of production trust anchors must be named";
        QTest::newRow("plain http inquiry") << QByteArray("[revocation]\nresidence-url = http://example.jp/\n")
                                            << "line 2: [revocation] residence-url: \"http://example.jp/\" is not an https:// address";
        QTest::newRow("no address") << QByteArray("[revocation]\nresidence-url = lapse-immi\n")
                                    << "line 2: [revocation] residence-url: \"lapse-immi\" is not an https:// address";
    }
    void a_wrong_value_is_named_with_its_line()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        KioskConfig config;
        const KioskConfig before = config;
        QCOMPARE(applied(text, config), QStringList{problem});
        // A refused value leaves the setting as it was.
        QCOMPARE(config.idleTimeoutSeconds, before.idleTimeoutSeconds);
        QCOMPARE(config.languages, before.languages);
        QCOMPARE(config.operatorId, before.operatorId);
    }

    void every_mistake_is_reported_not_only_the_first()
    {
        KioskConfig config;
        const QStringList problems = applied("[counter]\nidle-timeout = 1\nprinter = a b\n[languages]\ndefault = fr\n", config);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].startsWith("line 2: "));
        QVERIFY(problems[1].startsWith("line 3: "));
        QVERIFY(problems[2].startsWith("line 5: "));
    }

    void settings_that_must_agree()
    {
        KioskConfig config;
        QVERIFY(KioskConfigFile::checkTogether(config).isEmpty());
        config.idleTimeoutSeconds = 20;
        config.idleWarningSeconds = 30;
        config.languages = QStringList{"en"};
        QCOMPARE(KioskConfigFile::checkTogether(config),
                 (QStringList{"the idle warning (30 s) must be shorter than the idle timeout (20 s)",
                              "the default language ja is not among those offered (en)"}));
    }

    void load_prefixes_the_path()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("madoguchi.conf");
        QVERIFY(writeFile(path, "[counter]\nidle-timeout = 0\n"));
        KioskConfig config;
        QCOMPARE(KioskConfigFile::load(path, config),
                 QStringList{path + ": line 2: [counter] idle-timeout: \"0\" is not a whole number of seconds from 20 to 3600"});
    }

    void the_default_path_is_under_etc()
    {
        QVERIFY2(KioskConfigFile::defaultPath().endsWith("/etc/madoguchi/madoguchi.conf"), qPrintable(KioskConfigFile::defaultPath()));
    }
};

QTEST_GUILESS_MAIN(TestKioskConfigFile)
#include "tst_KioskConfigFile.moc"
