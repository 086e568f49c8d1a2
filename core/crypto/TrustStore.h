#pragma once

#include "core/crypto/TrustAnchor.h"

#include <QList>
#include <QStringList>

namespace madoguchi {

// The trust anchors, by document family. Each family is a folder of PEM files: certificates, or
// bare public keys with a `.txt` beside them that gives `key_id_hex=` (shared/trust/mynumber-ap).
// Production anchors come from one or more directories (the packaged ones, then the administrator's
// — /etc/madoguchi/madoguchi.conf [trust] anchors); test anchors only from a separate one, loaded in demo
// and test mode — a verdict that chains to one of those can never be "genuine".
class TrustStore
{
public:
    static TrustStore load(const QStringList& productionDirs, const QString& testDir = {});
    static TrustStore load(const QString& productionDir, const QString& testDir = {}) { return load(QStringList{productionDir}, testDir); }

    const TrustAnchor* byKeyId(const QString& family, QByteArrayView keyId) const;
    QList<const TrustAnchor*> certificates(const QString& family) const;
    // The certificate of `family` whose subject key identifier is `subjectKeyId`, if any.
    const TrustAnchor* bySubjectKeyId(const QString& family, QByteArrayView subjectKeyId) const;
    qsizetype size() const { return m_anchors.size(); }
    bool hasTestAnchors() const;
    // Files that were present but could not be read, for the start-up self-check.
    const QStringList& problems() const { return m_problems; }

    // A data file an administrator installs beside a family's anchors (e.g. the residence status
    // code table, `residence-card/status-codes.json`): its path in the first directory that has it,
    // production directories first; empty when none does.
    QString dataFile(const QString& family, const QString& fileName) const;
    // Every file in `family/folder` of the directories, in that order (e.g. residence-card/delivery).
    QStringList dataFiles(const QString& family, const QString& folder) const;

private:
    void loadDirectory(const QString& dir, bool production);

    QStringList m_dirs;  // production directories, then the test directory
    QList<TrustAnchor> m_anchors;
    QStringList m_problems;
};

} // namespace madoguchi
