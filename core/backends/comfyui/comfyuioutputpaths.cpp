// SPDX-License-Identifier: GPL-3.0-or-later
#include "comfyuioutputpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace c41::backends {

using net::ApiError;

namespace {

constexpr qsizetype kMaxComponentBytes = 255;
constexpr int kMaxDepth = 16;

// lupdate sees Text::tr() calls under the context ComfyUiOutputPaths (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComfyUiOutputPaths)
};

ApiError unsafe(const QString &server, const QString &name, const QString &why)
{
    return ApiError::make(ApiError::Kind::Malformed, server,
                          Text::tr("gave an output file name that is not safe to save (\"%1\": %2)")
                              .arg(name.left(200), why),
                          Text::tr("The file was not saved."));
}

// Empty when the component is a plain file or folder name; else why not.
QString componentProblem(const QString &c)
{
    if (c.isEmpty())
        return Text::tr("an empty name");
    if (c == u"." || c == u"..")
        return Text::tr("a relative folder reference");
    if (c.toUtf8().size() > kMaxComponentBytes)
        return Text::tr("a name longer than 255 bytes");
    for (const QChar ch : c) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f)
            return Text::tr("a control character");
        if (ch == u':' || ch == u'\\')
            return Text::tr("a drive letter or a Windows path separator");
    }
    if (c.endsWith(u' ') || c.endsWith(u'.'))
        return Text::tr("a trailing space or dot");
    return {};
}

} // namespace

net::Result<QString> ComfyUiOutputPaths::relativePath(const QString &subfolder,
                                                      const QString &filename,
                                                      const QString &server)
{
    if (filename.contains(u'/') || filename.contains(u'\\'))
        return unsafe(server, filename, Text::tr("a path instead of a file name"));
    if (const QString why = componentProblem(filename); !why.isEmpty())
        return unsafe(server, filename, why);
    if (subfolder.startsWith(u'/') || subfolder.contains(u'\\'))
        return unsafe(server, subfolder, Text::tr("an absolute path or a Windows path separator"));
    QStringList parts;
    const QStringList raw = subfolder.split(u'/');
    for (const QString &part : raw) {
        if (part.isEmpty())
            continue; // "a//b" or a trailing slash
        if (const QString why = componentProblem(part); !why.isEmpty())
            return unsafe(server, subfolder, why);
        parts << part;
    }
    if (parts.size() > kMaxDepth)
        return unsafe(server, subfolder, Text::tr("too many nested folders"));
    parts << filename;
    return parts.join(u'/');
}

net::Result<QString> ComfyUiOutputPaths::resolveInside(const QString &outputDir,
                                                       const QString &relative,
                                                       const QString &server)
{
    QDir root(outputDir);
    if (!root.mkpath(QStringLiteral(".")))
        return ApiError::make(ApiError::Kind::Config, server,
                              Text::tr("cannot create the output folder %1").arg(outputDir));
    const QString rootCanonical = QFileInfo(root.absolutePath()).canonicalFilePath();
    if (rootCanonical.isEmpty())
        return ApiError::make(ApiError::Kind::Config, server,
                              Text::tr("cannot open the output folder %1").arg(outputDir));
    const QString target = QDir::cleanPath(rootCanonical + u'/' + relative);
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent))
        return ApiError::make(ApiError::Kind::Config, server,
                              Text::tr("cannot create the folder %1").arg(parent));
    const QString parentCanonical = QFileInfo(parent).canonicalFilePath();
    const bool inside =
        parentCanonical == rootCanonical || parentCanonical.startsWith(rootCanonical + u'/');
    if (parentCanonical.isEmpty() || !inside)
        return unsafe(server, relative, Text::tr("it would leave the output folder"));
    const QString file = parentCanonical + u'/' + QFileInfo(target).fileName();
    const QFileInfo existing(file);
    if (existing.isSymLink() || existing.isDir())
        return unsafe(server, relative, Text::tr("a link or folder is already there"));
    return file;
}

} // namespace c41::backends
