#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace madoguchi {

// A CUPS server of the test's own (foreground cupsd, its own socket, spool and state), with a
// cups-pdf queue. Sets CUPS_SERVER for this process so that Qt's print support talks to it.
// cups-pdf writes to ~/PDF of the job's user, named after the job title.
class CupsStack
{
public:
    static constexpr const char* kQueue = "madoguchi-test-pdf";

    CupsStack();
    ~CupsStack();

    QString start();  // empty on success
    QString spoolDir() const { return m_dir.filePath(QStringLiteral("spool")); }
    QString pageLog() const;
    static QString outputDir();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_cupsd;
};

} // namespace madoguchi
