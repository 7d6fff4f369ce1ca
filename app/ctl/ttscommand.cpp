// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl tts SERVER TEXT --voice V --out FILE [--model M] [--format F] [--speed S]
//        [--instructions I]
#include "backends/tts/ttsclient.h"
#include "commands.h"
#include "ctlcontext.h"
#include "studio/studiomonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <memory>

namespace c41::ctl {

QList<Command> ttsCommands();

namespace {

// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

QCoro::Task<int> runTts(CtlContext &context)
{
    const QStringList &args = context.args();
    const QCommandLineParser &parser = context.parser();
    if (args.size() != 2)
        co_return context.fail(Text::tr("usage: tts SERVER TEXT --voice V --out FILE"), 2);
    if (!parser.isSet(QStringLiteral("voice")) || parser.value(QStringLiteral("voice")).isEmpty())
        co_return context.fail(Text::tr("tts needs --voice V"), 2);
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        co_return context.fail(Text::tr("tts needs --out FILE"), 2);

    auto server = context.config().resolveServer(args.at(0));
    if (!server)
        co_return context.fail(server.error(), 2);
    if (server->address.kind != studio::ServerKind::Tts &&
        server->address.kind != studio::ServerKind::OpenAi)
        co_return context.fail(Text::tr("%1 is a %2 server, not a text-to-speech server")
                                   .arg(server->name, studio::serverKindName(server->address.kind)),
                               2);

    backends::TtsRequest request;
    request.input = args.at(1);
    request.voice = parser.value(QStringLiteral("voice"));
    request.model = parser.value(QStringLiteral("model"));
    request.instructions = parser.value(QStringLiteral("instructions"));
    const QString out = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
    request.responseFormat = parser.isSet(QStringLiteral("format"))
                                 ? parser.value(QStringLiteral("format")).toLower()
                                 : backends::TtsClient::formatForFile(out);
    if (parser.isSet(QStringLiteral("speed"))) {
        bool ok = false;
        request.speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok)
            co_return context.fail(Text::tr("--speed needs a number from 0.25 to 4.0"), 2);
    }
    // Say what is wrong with the request before anything goes on the wire.
    backends::TtsRequest check = request;
    if (check.model.isEmpty())
        check.model = QStringLiteral("-");
    if (auto body = backends::TtsClient::requestBody(check, server->name); !body)
        co_return context.fail(body.error(), 2);
    // Like comfy run --out: the folder is made if it is missing.
    if (!QDir().mkpath(QFileInfo(out).absolutePath()))
        co_return context.fail(Text::tr("cannot create the folder of %1").arg(out), 2);

    net::HttpClient *http = context.monitor()->client(server->name);
    std::unique_ptr<backends::TtsClient> client =
        http ? std::make_unique<backends::TtsClient>(http)
             : std::make_unique<backends::TtsClient>(context.nam(), server->name,
                                                     server->address.url);
    const auto result = co_await client->synthesize(request, out);
    if (!result)
        co_return context.fail(result.error());
    if (context.json()) {
        const nlohmann::json doc{
            {"path", result->path.toStdString()},   {"bytes", result->bytes},
            {"server", server->name.toStdString()}, {"model", result->model.toStdString()},
            {"voice", request.voice.toStdString()}, {"format", result->format.toStdString()}};
        context.out() << QString::fromStdString(doc.dump(2)) << u'\n';
    } else {
        context.out() << result->path << u'\n';
    }
    context.out().flush();
    co_return 0;
}

} // namespace

QList<Command> ttsCommands()
{
    const auto option = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), Text::tr(help),
                                  QString::fromLatin1(value));
    };
    return {
        {QStringLiteral("tts"),
         QStringLiteral("tts SERVER TEXT --voice V --out FILE [--model M] [--format F] "
                        "[--speed S] [--instructions I]"),
         Text::tr(
             "Speak TEXT with an OpenAI-style speech server (POST /v1/audio/speech) and save "
             "the audio to FILE as it streams in; prints the file's path. The format follows "
             "FILE's extension (wav, mp3, flac, opus, aac, pcm) unless --format says; the model "
             "defaults to the server's first."),
         &runTts,
         {option("voice", QT_TRANSLATE_NOOP("c41ctl", "tts: the voice to speak with."), "V"),
          option("out", QT_TRANSLATE_NOOP("c41ctl", "tts: the audio file to write."), "FILE"),
          option(
              "model",
              QT_TRANSLATE_NOOP("c41ctl", "tts: the speech model (default: the server's first)."),
              "M"),
          option("format", QT_TRANSLATE_NOOP("c41ctl", "tts: wav, mp3, flac, opus, aac or pcm."),
                 "F"),
          option("speed", QT_TRANSLATE_NOOP("c41ctl", "tts: 0.25 to 4.0 (default 1.0)."), "S"),
          option("instructions",
                 QT_TRANSLATE_NOOP("c41ctl", "tts: a style prompt, e.g. \"calm, warm\"."), "I")}},
    };
}

} // namespace c41::ctl
