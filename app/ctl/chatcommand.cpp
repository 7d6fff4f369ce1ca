// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl chat SERVER MODEL [PROMPT|-] [--system S] [--persona P] [--json]
#include "chatprinter.h"
#include "commands.h"
#include "ctlcontext.h"
#include "llmtarget.h"
#include "studio/chatdatabase.h"
#include "studio/chatrecorder.h"
#include "studio/chatstore.h"
#include "studio/personastore.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace c41::ctl {

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

// The chat database: $C41_CHAT_DB, else the user's data folder; none for --demo
// unless $C41_CHAT_DB names one (a demo must not write to the real history).
QString chatDatabasePath(CtlContext &context)
{
    const QString env = qEnvironmentVariable("C41_CHAT_DB");
    if (!env.isEmpty())
        return env;
    if (context.parser().isSet(QStringLiteral("demo")))
        return {};
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/chats.sqlite");
}

QString readPrompt(const QStringList &args)
{
    if (args.size() >= 3 && args[2] != u'-')
        return args.mid(2).join(u' ');
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}

// Starts recording the turn in the chat history; nullptr when it cannot.
std::unique_ptr<studio::ChatRecorder> startRecording(studio::ChatStore &store,
                                                     const backends::ChatRequest &request,
                                                     const QString &server, const QString &persona)
{
    studio::Conversation conversation;
    conversation.title = request.messages.last().content.left(60);
    conversation.server = server;
    conversation.model = request.model;
    conversation.persona = persona;
    auto id = store.createConversation(conversation);
    if (!id.ok())
        return nullptr;
    auto recorder = std::make_unique<studio::ChatRecorder>(store, *id);
    if (!recorder->begin(request.messages.last().content).ok())
        return nullptr;
    return recorder;
}
} // namespace

QCoro::Task<int> runChat(CtlContext &context)
{
    const QStringList &args = context.args();
    if (args.size() < 2)
        co_return context.fail(Text::tr("usage: c41ctl chat SERVER MODEL [PROMPT|-] [--system S] "
                                        "[--persona P]"),
                               2);
    bool bad = false;
    backends::ChatRequest request;
    request.model = args[1];
    request.temperature = doubleOption(context, QStringLiteral("temperature"), &bad);
    const auto maxTokens = intOption(context, QStringLiteral("max-tokens"), 0, 1, &bad);
    if (bad)
        co_return 2;
    if (context.parser().isSet(QStringLiteral("max-tokens")))
        request.maxTokens = maxTokens;

    const QString dbPath = chatDatabasePath(context);
    std::unique_ptr<studio::ChatDatabase> db;
    if (!dbPath.isEmpty()) {
        db = std::make_unique<studio::ChatDatabase>(dbPath);
        if (auto opened = db->open(); !opened.ok()) {
            if (context.parser().isSet(QStringLiteral("persona")))
                co_return context.fail(opened.error());
            db.reset(); // history is a convenience; chat without it
        }
    }
    const QString personaName = context.parser().value(QStringLiteral("persona"));
    if (!personaName.isEmpty()) {
        if (!db)
            co_return context.fail(Text::tr("--persona needs the chat database; set C41_CHAT_DB"),
                                   2);
        auto persona = studio::PersonaStore(*db).persona(personaName);
        if (!persona.ok())
            co_return context.fail(persona.error());
        if (!*persona)
            co_return context.fail(Text::tr("no persona named \"%1\"").arg(personaName), 2);
        const studio::Persona &p = **persona;
        request.system = p.systemPrompt;
        if (!request.temperature)
            request.temperature = p.temperature;
        if (!request.maxTokens)
            request.maxTokens = p.maxTokens;
        request.topP = p.topP;
    }
    if (context.parser().isSet(QStringLiteral("system")))
        request.system = context.parser().value(QStringLiteral("system"));

    const QString prompt = readPrompt(args);
    if (prompt.isEmpty())
        co_return context.fail(Text::tr("nothing to say: give a PROMPT, or text on stdin"), 2);
    request.messages = {{QStringLiteral("user"), prompt}};

    int code = 0;
    auto target = LlmTarget::open(context, args[0], &code);
    if (!target)
        co_return code;
    QTextStream err(stderr);
    ChatPrinter printer(context.out(), err, context.json(), isatty(fileno(stderr)) != 0);
    // Ctrl-C stops the answer: the connection closes (the server frees its slot), what
    // arrived stays printed, with its stats.
    net::CancelToken cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, [cancel]() mutable {
        if (g_interrupted)
            cancel.cancel();
    });
    interruptPoll.start(50);
    std::unique_ptr<studio::ChatStore> store;
    std::unique_ptr<studio::ChatRecorder> recorder;
    if (db) {
        store = std::make_unique<studio::ChatStore>(*db);
        recorder = startRecording(*store, request, target->config.name, personaName);
    }
    // A named sink, not a temporary in the co_await expression: GCC 12 can destroy
    // such temporaries twice.
    backends::ChatSink sink = [&printer, &recorder,
                               json = context.json()](const backends::ChatEvent &e) {
        if (json || e.kind != backends::ChatEvent::Kind::Error) // else printed once, below
            printer.event(e);
        if (recorder)
            recorder->event(e);
        return true;
    };
    const backends::ChatReply reply =
        co_await target->backend->chat(request, std::move(sink), cancel);
    interruptPoll.stop();
    printer.finish(reply, target->config.name, request.model);
    if (recorder)
        recorder->finish(reply);
    if (!reply.ok()) {
        const bool interrupted = reply.error->kind == net::ApiError::Kind::Cancelled;
        co_return context.fail(*reply.error, interrupted ? 130 : 1);
    }
    co_return 0;
}

} // namespace c41::ctl
