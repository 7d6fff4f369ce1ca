// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecomfyuifiles.h"

#include "fakecomfyuihttp.h"
#include "fakecomfyuimedia.h"
#include "fakepng.h"

#include <QLocale>

#include <utility>

namespace c41::fakes {

namespace {
constexpr qsizetype kMaxFiles = 4000;
constexpr qsizetype kMaxRendered = 24;

// Not a playable file: just the leading signature, so a client sniffing the type
// sees the right kind. The demo shows previews, not decoded videos.
QByteArray stubBytes(const QString &filename)
{
    if (filename.endsWith(u".mp4"))
        return QByteArray("\x00\x00\x00\x18"
                          "ftypisom\x00\x00\x02\x00"
                          "isomiso2",
                          24);
    if (filename.endsWith(u".flac"))
        return QByteArrayLiteral("fLaC");
    return QByteArrayLiteral("fake");
}

struct FormPart
{
    QByteArray name;
    QByteArray filename;
    bool isFile = false;
    QByteArray data;
};

// multipart/form-data, enough for what browsers, curl, Python and QHttpMultiPart send.
QList<FormPart> parseMultipart(const FakeRequest &request)
{
    QList<FormPart> parts;
    const QByteArray type = request.header("Content-Type");
    const qsizetype b = type.indexOf("boundary=");
    if (b < 0)
        return parts;
    QByteArray boundary = type.mid(b + 9).trimmed();
    if (const qsizetype semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray &body = request.body;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        const qsizetype headStart = body.indexOf('\n', pos) + 1;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", headStart);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headStart);
        if (headStart <= 0 || headEnd < 0 || next < 0)
            break;
        FormPart part;
        const QList<QByteArray> headers = body.mid(headStart, headEnd - headStart).split('\n');
        for (const QByteArray &line : headers) {
            if (!line.trimmed().toLower().startsWith("content-disposition:"))
                continue;
            for (QByteArray param : line.split(';')) {
                param = param.trimmed();
                const auto value = [&param](qsizetype at) {
                    QByteArray v = param.mid(at).trimmed();
                    if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
                        v = v.mid(1, v.size() - 2);
                    return v;
                };
                if (param.startsWith("name="))
                    part.name = value(5);
                else if (param.startsWith("filename=")) {
                    part.filename = value(9);
                    part.isFile = true;
                }
            }
        }
        part.data = body.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

nlohmann::ordered_json FakeComfyUiFileRef::json() const
{
    return nlohmann::ordered_json{{"filename", filename.toStdString()},
                                  {"subfolder", subfolder.toStdString()},
                                  {"type", type.toStdString()}};
}

QString FakeComfyUiFiles::key(const QString &type, const QString &subfolder,
                              const QString &filename)
{
    return type + u'|' + subfolder + u'|' + filename;
}

QByteArray FakeComfyUiFiles::contentTypeFor(const QString &filename)
{
    const QString lower = filename.toLower();
    if (lower.endsWith(u".png"))
        return "image/png";
    if (lower.endsWith(u".jpg") || lower.endsWith(u".jpeg"))
        return "image/jpeg";
    if (lower.endsWith(u".webp"))
        return "image/webp";
    if (lower.endsWith(u".mp4"))
        return "video/mp4";
    if (lower.endsWith(u".avi"))
        return "video/x-msvideo";
    if (lower.endsWith(u".webm"))
        return "video/webm";
    if (lower.endsWith(u".flac"))
        return "audio/flac";
    if (lower.endsWith(u".wav"))
        return "audio/x-wav";
    if (lower.endsWith(u".mp3"))
        return "audio/mpeg";
    return "application/octet-stream";
}

FakeComfyUiFileRef FakeComfyUiFiles::addOutput(const QString &type, const QString &filenamePrefix,
                                               const QString &extension, int width, int height,
                                               quint32 seed, bool withAudio)
{
    QString prefix = filenamePrefix.isEmpty() ? QStringLiteral("ComfyUI") : filenamePrefix;
    QString subfolder;
    if (const qsizetype slash = prefix.lastIndexOf(u'/'); slash >= 0) {
        subfolder = prefix.left(slash);
        prefix = prefix.mid(slash + 1);
    }
    int &counter = m_counters[key(type, subfolder, prefix)];
    ++counter;
    FakeComfyUiFileRef ref;
    ref.filename = prefix + u'_' + QStringLiteral("%1").arg(counter, 5, 10, QLatin1Char('0')) +
                   QStringLiteral("_.") + extension;
    ref.subfolder = subfolder;
    ref.type = type;
    if (!m_nextName.isEmpty()) {
        ref.filename = std::exchange(m_nextName, QString());
        ref.subfolder = std::exchange(m_nextSubfolder, QString());
    }

    File file;
    file.contentType = contentTypeFor(ref.filename);
    file.width = width;
    file.height = height;
    file.seed = seed;
    file.withAudio = withAudio;
    file.generated = true;
    file.modified = QDateTime::currentDateTimeUtc();
    const QString k = key(ref.type, ref.subfolder, ref.filename);
    m_files.insert(k, file);
    m_order.append(k);
    trim();
    return ref;
}

FakeComfyUiFileRef FakeComfyUiFiles::upload(const QString &type, const QString &subfolder,
                                            const QString &name, const QByteArray &bytes,
                                            bool overwrite)
{
    FakeComfyUiFileRef ref{name, subfolder, type};
    if (!overwrite) {
        const qsizetype dot = name.lastIndexOf(u'.');
        const QString stem = dot > 0 ? name.left(dot) : name;
        const QString ext = dot > 0 ? name.mid(dot) : QString();
        for (int i = 1;; ++i) {
            const auto it = m_files.constFind(key(type, subfolder, ref.filename));
            if (it == m_files.constEnd() || (!it->generated && it->bytes == bytes))
                break; // free, or the same file again (ComfyUI compares hashes)
            ref.filename = stem + QStringLiteral(" (%1)").arg(i) + ext;
        }
    }
    File file;
    file.bytes = bytes;
    file.contentType = contentTypeFor(ref.filename);
    file.modified = QDateTime::currentDateTimeUtc();
    const QString k = key(type, subfolder, ref.filename);
    if (!m_files.contains(k))
        m_order.append(k);
    m_files.insert(k, file);
    trim();
    return ref;
}

const FakeComfyUiFiles::File *FakeComfyUiFiles::find(const QString &type, const QString &subfolder,
                                                     const QString &filename)
{
    const QString k = key(type, subfolder, filename);
    const auto it = m_files.find(k);
    if (it == m_files.end())
        return nullptr;
    if (it->generated && it->bytes.isEmpty()) {
        if (it->contentType == "image/png")
            it->bytes = FakePng::image(it->width, it->height, it->seed);
        else if (it->contentType == "audio/x-wav")
            it->bytes = FakeComfyUiMedia::wav(1.0, it->seed);
        else if (it->contentType == "video/x-msvideo")
            it->bytes = FakeComfyUiMedia::avi(it->width, it->height, 8, 8, it->seed, it->withAudio);
        else
            it->bytes = stubBytes(filename);
        m_rendered.append(k);
        while (m_rendered.size() > kMaxRendered) {
            const auto old = m_files.find(m_rendered.takeFirst());
            if (old != m_files.end() && old.key() != k)
                old->bytes.clear();
        }
    }
    return &*it;
}

void FakeComfyUiFiles::trim()
{
    while (m_order.size() > kMaxFiles)
        m_files.remove(m_order.takeFirst());
}

FakeResponse FakeComfyUiFiles::view(const FakeRequest &request)
{
    bool hasFilename = false;
    const QString filename = comfyQueryValue(request, QStringLiteral("filename"), &hasFilename);
    if (!hasFilename)
        return comfyEmpty(404);
    if (filename.isEmpty() || filename.startsWith(u'/') || filename.contains(QStringLiteral("..")))
        return comfyEmpty(400);
    bool hasType = false;
    QString type = comfyQueryValue(request, QStringLiteral("type"), &hasType);
    if (!hasType)
        type = QStringLiteral("output");
    if (type != u"output" && type != u"input" && type != u"temp")
        return comfyEmpty(400);
    const QString subfolder = comfyQueryValue(request, QStringLiteral("subfolder"));
    if (subfolder.startsWith(u'/') || subfolder.contains(QStringLiteral("..")))
        return comfyEmpty(403);
    const QString base = filename.mid(filename.lastIndexOf(u'/') + 1);
    const FakeComfyUiFiles::File *file = find(type, subfolder, base);
    if (!file)
        return comfyEmpty(404);
    FakeResponse r = FakeResponse::text(file->bytes, 200, file->contentType);
    const qint64 mtimeNs = file->modified.toMSecsSinceEpoch() * 1000000;
    r.headers = {{"Content-Disposition", "filename=\"" + base.toUtf8() + '"'},
                 {"Etag", '"' + QByteArray::number(mtimeNs, 16) + '-' +
                              QByteArray::number(file->bytes.size(), 16) + '"'},
                 {"Last-Modified", httpDate(file->modified)},
                 {"Accept-Ranges", "bytes"}};
    return r;
}

FakeResponse FakeComfyUiFiles::upload(const FakeRequest &request, FakeComfyUiFileRef *stored)
{
    QByteArray type = "input", subfolder, overwrite;
    const FormPart *image = nullptr;
    const QList<FormPart> parts = parseMultipart(request);
    for (const FormPart &part : parts) {
        if (part.name == "image" && part.isFile)
            image = &part;
        else if (part.name == "type")
            type = part.data;
        else if (part.name == "subfolder")
            subfolder = part.data;
        else if (part.name == "overwrite")
            overwrite = part.data;
    }
    if (type != "input" && type != "output" && type != "temp")
        return comfyInternalError(); // get_dir_by_type leaves its directory unbound
    if (!image || image->filename.isEmpty())
        return comfyEmpty(400);
    const QString name = QString::fromUtf8(image->filename);
    const QString sub = QString::fromUtf8(subfolder);
    if (name.contains(u'/') || sub.startsWith(u'/') || sub.contains(QStringLiteral("..")))
        return comfyEmpty(400);
    const FakeComfyUiFileRef ref = upload(QString::fromUtf8(type), sub, name, image->data,
                                          overwrite == "true" || overwrite == "1");
    if (stored)
        *stored = ref;
    return comfyJson(nlohmann::ordered_json{{"name", ref.filename.toStdString()},
                                            {"subfolder", ref.subfolder.toStdString()},
                                            {"type", ref.type.toStdString()}});
}

} // namespace c41::fakes
