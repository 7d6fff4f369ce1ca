// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioconfig.h"

#include "jsonlocator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace c41::studio {

using net::ApiError;
using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context StudioConfig (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudioConfig)
};

// Collects the first error with its location.
class Reader
{
public:
    Reader(const QByteArray &text, QString fileName)
        : m_lines(locateJsonLines(text))
        , m_file(std::move(fileName))
    {
    }

    ApiError error(const QString &path, const QString &what) const
    {
        // Fall back to the nearest enclosing path that has a known line.
        QString p = path;
        int line = 0;
        while (true) {
            line = m_lines.value(p, 0);
            if (line > 0 || p.isEmpty())
                break;
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            p = cut > 0 ? p.left(cut) : QString();
        }
        if (line == 0)
            line = 1; // the whole document starts on line 1
        const QString where = QFileInfo(m_file).fileName() + u':' + QString::number(line);
        return ApiError::make(ApiError::Kind::Config, m_file,
                              where + QStringLiteral(": ") +
                                  (path.isEmpty() ? QString() : path + QStringLiteral(": ")) + what,
                              Text::tr("Fix the file and start again; it was not changed."));
    }

private:
    QHash<QString, int> m_lines;
    QString m_file;
};

QString str(const json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            return false;
    }
    return true;
}
} // namespace

const ServerConfig *StudioConfig::server(const QString &name) const
{
    for (const auto &s : servers) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const BoxConfig *StudioConfig::box(const QString &name) const
{
    for (const auto &b : boxes) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

net::Result<StudioConfig> StudioConfig::parse(const QByteArray &text, const QString &fileName)
{
    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::exception &e) {
        // parse_error knows the byte; out_of_range (a number too large) does not.
        const auto *pe = dynamic_cast<const json::parse_error *>(&e);
        const qsizetype at = std::min<qsizetype>(pe ? qsizetype(pe->byte) : 0, text.size());
        const int line = int(text.left(std::max<qsizetype>(0, at - 1)).count('\n')) + 1;
        return ApiError::make(ApiError::Kind::Config, fileName,
                              QFileInfo(fileName).fileName() + u':' + QString::number(line) +
                                  QStringLiteral(": ") +
                                  Text::tr("not valid JSON (%1)").arg(QString::fromUtf8(e.what())),
                              Text::tr("Fix the file and start again; it was not changed."));
    }
    const Reader r(text, fileName);
    if (!root.is_object())
        return r.error({}, Text::tr("the top level must be an object with \"boxes\""));
    if (root.contains("version") &&
        (!root.at("version").is_number_integer() || root.at("version").get<int>() != 1))
        return r.error(QStringLiteral("version"), Text::tr("only version 1 is understood"));
    StudioConfig config;
    if (!root.contains("boxes"))
        return config; // an empty studio is valid
    const json &boxes = root.at("boxes");
    if (!boxes.is_array())
        return r.error(QStringLiteral("boxes"), Text::tr("must be a list of boxes"));
    QSet<QString> serverNames;
    for (size_t b = 0; b < boxes.size(); ++b) {
        const QString bp = QStringLiteral("boxes[%1]").arg(b);
        const json &jb = boxes.at(b);
        if (!jb.is_object())
            return r.error(bp, Text::tr("must be an object with \"name\" and \"servers\""));
        if (!jb.contains("name") || !jb.at("name").is_string())
            return r.error(bp + QStringLiteral(".name"), Text::tr("a box needs a name (text)"));
        BoxConfig box;
        box.name = str(jb.at("name"));
        if (!validName(box.name))
            return r.error(
                bp + QStringLiteral(".name"),
                Text::tr("'%1' is not a valid name (letters, digits, - _ .)").arg(box.name));
        if (config.box(box.name))
            return r.error(bp + QStringLiteral(".name"),
                           Text::tr("box '%1' is named twice").arg(box.name));
        box.title = box.name;
        if (jb.contains("title")) {
            if (!jb.at("title").is_string())
                return r.error(bp + QStringLiteral(".title"), Text::tr("must be text"));
            box.title = str(jb.at("title"));
        }
        const json empty = json::array();
        const json &servers = jb.contains("servers") ? jb.at("servers") : empty;
        if (!servers.is_array())
            return r.error(bp + QStringLiteral(".servers"), Text::tr("must be a list of servers"));
        for (size_t s = 0; s < servers.size(); ++s) {
            const QString sp = bp + QStringLiteral(".servers[%1]").arg(s);
            const json &js = servers.at(s);
            if (!js.is_object())
                return r.error(sp, Text::tr("must be an object with \"name\" and \"url\""));
            ServerConfig server;
            server.box = box.name;
            if (!js.contains("name") || !js.at("name").is_string())
                return r.error(sp + QStringLiteral(".name"),
                               Text::tr("a server needs a name (text)"));
            server.name = str(js.at("name"));
            if (!validName(server.name))
                return r.error(
                    sp + QStringLiteral(".name"),
                    Text::tr("'%1' is not a valid name (letters, digits, - _ .)").arg(server.name));
            if (serverNames.contains(server.name))
                return r.error(sp + QStringLiteral(".name"),
                               Text::tr("server '%1' is named twice").arg(server.name));
            if (!js.contains("url") || !js.at("url").is_string())
                return r.error(
                    sp + QStringLiteral(".url"),
                    Text::tr("a server needs a url such as \"ollama+http://host:11434\""));
            auto address = ServerAddress::parse(str(js.at("url")));
            if (!address.ok())
                return r.error(sp + QStringLiteral(".url"), address.error().message +
                                                                QStringLiteral(". ") +
                                                                address.error().hint);
            server.address = *address;
            server.roles = {defaultRoleFor(server.address.kind)};
            if (js.contains("roles")) {
                const json &roles = js.at("roles");
                if (!roles.is_array())
                    return r.error(sp + QStringLiteral(".roles"), Text::tr("must be a list"));
                server.roles.clear();
                for (size_t i = 0; i < roles.size(); ++i) {
                    const QString rp = sp + QStringLiteral(".roles[%1]").arg(i);
                    if (!roles.at(i).is_string() || !validRoles().contains(str(roles.at(i))))
                        return r.error(rp, Text::tr("a role is one of: %1")
                                               .arg(validRoles().join(QStringLiteral(", "))));
                    server.roles << str(roles.at(i));
                }
            }
            if (js.contains("auth")) {
                const json &auth = js.at("auth");
                const QString a = auth.is_string() ? str(auth) : QString();
                if (a == u"none")
                    server.auth = net::Auth::Scheme::None;
                else if (a == u"bearer")
                    server.auth = net::Auth::Scheme::Bearer;
                else if (a == u"x-api-key")
                    server.auth = net::Auth::Scheme::ApiKey;
                else
                    return r.error(
                        sp + QStringLiteral(".auth"),
                        Text::tr("must be \"none\", \"bearer\" or \"x-api-key\" (the key "
                                 "itself goes in the keychain, never in this file)"));
            }
            for (const char *secret : {"api_key", "apiKey", "token", "password", "key"}) {
                if (js.contains(secret))
                    return r.error(
                        sp + u'.' + QString::fromLatin1(secret),
                        Text::tr("secrets never go in the config file; store the key with "
                                 "\"c41ctl secret set %1\"")
                            .arg(server.name));
            }
            serverNames.insert(server.name);
            box.servers << server.name;
            for (const QString &role : std::as_const(server.roles)) {
                if (!box.roles.contains(role))
                    box.roles << role;
            }
            config.servers << server;
        }
        config.boxes << box;
    }
    return config;
}

QByteArray StudioConfig::toJson() const
{
    json boxesJson = json::array();
    for (const BoxConfig &b : boxes) {
        json servers = json::array();
        for (const QString &name : b.servers) {
            const ServerConfig *s = server(name);
            if (!s)
                continue;
            json js = {{"name", s->name.toStdString()},
                       {"url", s->address.toString().toStdString()}};
            if (s->roles != QStringList{defaultRoleFor(s->address.kind)}) {
                json roles = json::array();
                for (const QString &role : s->roles)
                    roles.push_back(role.toStdString());
                js["roles"] = roles;
            }
            if (s->auth == net::Auth::Scheme::Bearer)
                js["auth"] = "bearer";
            else if (s->auth == net::Auth::Scheme::ApiKey)
                js["auth"] = "x-api-key";
            servers.push_back(js);
        }
        boxesJson.push_back({{"name", b.name.toStdString()},
                             {"title", b.title.toStdString()},
                             {"servers", servers}});
    }
    const json root = {{"version", 1}, {"boxes", boxesJson}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

net::Result<ServerConfig> StudioConfig::resolveServer(const QString &nameOrAddress) const
{
    if (const ServerConfig *s = server(nameOrAddress))
        return *s;
    if (ServerAddress::looksLikeAddress(nameOrAddress)) {
        auto address = ServerAddress::parse(nameOrAddress);
        if (!address.ok())
            return address.error();
        ServerConfig adhoc;
        adhoc.name = address->toString();
        adhoc.address = *address;
        adhoc.roles = {defaultRoleFor(address->kind)};
        return adhoc;
    }
    QStringList names;
    for (const auto &s : servers)
        names << s.name;
    return ApiError::make(
        ApiError::Kind::Config, nameOrAddress,
        Text::tr("no server named '%1' in the config").arg(nameOrAddress),
        names.isEmpty() ? Text::tr("Give a KIND+URL such as ollama+http://host:11434, or run with "
                                   "--demo.")
                        : Text::tr("Known servers: %1; or give a KIND+URL.")
                              .arg(names.join(QStringLiteral(", "))));
}

} // namespace c41::studio
