// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl secret set SERVER      (reads the key from standard input)
// c41ctl secret remove SERVER
#include "commands.h"
#include "ctlcontext.h"
#include "studio/secretstore.h"

#include <QCoreApplication>
#include <QFile>

namespace c41::ctl {

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};
} // namespace

QCoro::Task<int> runSecret(CtlContext &context)
{
    const QStringList &args = context.args();
    if (args.size() != 2 || (args[0] != u"set" && args[0] != u"remove"))
        co_return context.fail(Text::tr("usage: c41ctl secret set|remove SERVER"), 2);
    const auto server = context.config().resolveServer(args[1]);
    if (!server.ok())
        co_return context.fail(server.error(), 2);
    if (server->box.isEmpty())
        co_return context.fail(
            Text::tr("secrets belong to configured servers; add %1 to the config "
                     "first")
                .arg(args[1]),
            2);
    studio::SecretStore *store = context.secrets();
    if (args[0] == u"remove") {
        const auto removed = co_await store->remove(server->secretKey());
        if (!removed.ok())
            co_return context.fail(removed.error());
        co_return 0;
    }
    // The key comes on stdin, so it never shows in the process list or shell history.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        co_return context.fail(Text::tr("cannot read the key from standard input"));
    const QString key = QString::fromUtf8(in.readLine(64 * 1024)).trimmed();
    if (key.isEmpty())
        co_return context.fail(
            Text::tr("no key on standard input (try: echo \"$KEY\" | c41ctl secret "
                     "set %1)")
                .arg(server->name),
            2);
    const auto written = co_await store->write(server->secretKey(), key);
    if (!written.ok())
        co_return context.fail(written.error());
    if (server->auth == net::Auth::Scheme::None) {
        co_return context.done(
            Text::tr("Stored. Note: %1 has no \"auth\" in the config, so the key is not "
                     "sent until you add \"auth\": \"bearer\" or \"x-api-key\".")
                .arg(server->name),
            R"({"stored": true, "sent": false})");
    }
    if (context.json())
        co_return context.done(Text::tr("Stored."), R"({"stored": true, "sent": true})");
    co_return 0;
}

} // namespace c41::ctl
