// SPDX-License-Identifier: GPL-3.0-or-later
// TtsClient against FakeTts (openai-compat.md §7): the audio lands in the file as the
// server streams it, every request field reaches the server, errors are readable and
// leave no half-written file behind.
#include "faketts.h"

#include "backends/tts/ttsclient.h"
#include "net/httpclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <nlohmann/json.hpp>

#include <qcorotask.h>

using c41::backends::TtsClient;
using c41::backends::TtsRequest;
using c41::fakes::FakeTts;
using c41::net::ApiError;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TtsRequest hello()
{
    TtsRequest r;
    r.model = u"kokoro"_s;
    r.input = u"Hello studio, the render is done."_s;
    r.voice = u"af_heart"_s;
    return r;
}

} // namespace

class TestTtsClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeTts> m_fake;
    std::unique_ptr<TtsClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString &name) const { return m_dir->filePath(name); }
    nlohmann::json lastBody() const
    {
        const auto &requests = m_fake->http()->recentRequests();
        if (requests.isEmpty())
            return {};
        return nlohmann::json::parse(requests.last().body.toStdString(), nullptr, false);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeTts>();
        m_fake->setTimeScale(0);
        QVERIFY(m_fake->listen());
        m_client = std::make_unique<TtsClient>(&m_nam, u"forge-tts"_s, m_fake->url());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void wavIsWrittenToTheFile()
    {
        const TtsRequest request = hello();
        const auto result = QCoro::waitFor(m_client->synthesize(request, file(u"hello.wav"_s)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(result->path, file(u"hello.wav"_s));
        QCOMPARE(result->format, u"wav"_s);
        const QByteArray wav = readAll(result->path);
        // Exactly the bytes the server rendered, header and all.
        QCOMPARE(wav, FakeTts::wav(FakeTts::pcm(request.input)));
        QCOMPARE(result->bytes, wav.size());
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(wav.mid(8, 4), QByteArray("WAVE"));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 40), quint32(wav.size() - 44));
    }

    void everyFieldReachesTheServer()
    {
        TtsRequest request = hello();
        request.responseFormat = u"pcm"_s;
        request.speed = 2.0;
        request.instructions = u"calm, warm"_s;
        const auto result = QCoro::waitFor(m_client->synthesize(request, file(u"hello.pcm"_s)));
        QVERIFY(result.ok());
        const auto body = lastBody();
        QCOMPARE(body.value("model", ""), std::string("kokoro"));
        QCOMPARE(body.value("input", ""), request.input.toStdString());
        QCOMPARE(body.value("voice", ""), std::string("af_heart"));
        QCOMPARE(body.value("response_format", ""), std::string("pcm"));
        QCOMPARE(body.value("speed", 0.0), 2.0);
        QCOMPARE(body.value("instructions", ""), std::string("calm, warm"));
        // pcm: raw samples without a header, rendered at double speed.
        QCOMPARE(readAll(result->path), FakeTts::pcm(request.input, 2.0));
        // Unset optional fields are not sent at all.
        QVERIFY(QCoro::waitFor(m_client->synthesize(hello(), file(u"plain.wav"_s))).ok());
        QVERIFY(!lastBody().contains("speed") && !lastBody().contains("instructions"));
    }

    void modelDefaultsToTheServersFirst()
    {
        m_fake->setModel(u"Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice"_s);
        TtsRequest request = hello();
        request.model.clear();
        const auto result = QCoro::waitFor(m_client->synthesize(request, file(u"q.wav"_s)));
        QVERIFY(result.ok());
        QCOMPARE(result->model, u"Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice"_s);
        QCOMPARE(lastBody().value("model", ""),
                 std::string("Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice"));
        const auto models = QCoro::waitFor(m_client->models());
        QVERIFY(models.ok());
        QCOMPARE(*models, QStringList{u"Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice"_s});
    }

    void streamedNotBuffered()
    {
        // Buffered responses are capped at maxResponseBytes; a stream is not: a long text
        // far above a 16 KiB cap still arrives whole.
        auto http = std::make_unique<c41::net::HttpClient>(&m_nam, u"forge-tts"_s, m_fake->url());
        auto options = http->defaultOptions();
        options.maxResponseBytes = 16 * 1024;
        http->setDefaultOptions(options);
        TtsClient client(http.get());
        TtsRequest request = hello();
        request.input = QString(u"The quick brown fox jumps over the lazy dog. "_s).repeated(20);
        const auto result = QCoro::waitFor(client.synthesize(request, file(u"long.wav"_s)));
        QVERIFY(result.ok());
        QVERIFY(result->bytes > 1000 * 1000);
        QCOMPARE(readAll(result->path).size(), result->bytes);
    }

    void serverErrorsAreReadableAndLeaveNoFile()
    {
        // An existing file is kept when the request fails.
        QFile old(file(u"keep.wav"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old audio");
        old.close();
        TtsRequest request = hello();
        request.voice = u"nobody"_s;
        const auto voice = QCoro::waitFor(m_client->synthesize(request, file(u"keep.wav"_s)));
        QVERIFY(!voice.ok());
        QCOMPARE(voice.error().kind, ApiError::Kind::Http);
        QCOMPARE(voice.error().server, u"forge-tts"_s);
        QVERIFY2(voice.error().toString().contains(u"Voice 'nobody' not found"_s),
                 qPrintable(voice.error().toString()));
        QCOMPARE(readAll(file(u"keep.wav"_s)), QByteArray("old audio"));

        request = hello();
        request.responseFormat = u"mp3"_s; // valid for OpenAI, not rendered by this server
        const auto mp3 = QCoro::waitFor(m_client->synthesize(request, file(u"x.mp3"_s)));
        QVERIFY(!mp3.ok());
        QVERIFY2(mp3.error().toString().contains(u"response_format"_s),
                 qPrintable(mp3.error().toString()));
        QVERIFY(!QFile::exists(file(u"x.mp3"_s)));
    }

    void badRequestsNeverLeaveTheClient()
    {
        const int before = m_fake->http()->requestCount();
        TtsRequest empty = hello();
        empty.input = u"   "_s;
        TtsRequest fast = hello();
        fast.speed = 5.0;
        TtsRequest ogg = hello();
        ogg.responseFormat = u"ogg"_s;
        TtsRequest novoice = hello();
        novoice.voice.clear();
        for (const TtsRequest &bad : {empty, fast, ogg, novoice}) {
            const auto result = QCoro::waitFor(m_client->synthesize(bad, file(u"bad.wav"_s)));
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, ApiError::Kind::Config);
        }
        QCOMPARE(m_fake->http()->requestCount(), before);
        QVERIFY(!QFile::exists(file(u"bad.wav"_s)));
    }

    void formatFromFileName()
    {
        QCOMPARE(TtsClient::formatForFile(u"a/b/out.MP3"_s), u"mp3"_s);
        QCOMPARE(TtsClient::formatForFile(u"out.flac"_s), u"flac"_s);
        QCOMPARE(TtsClient::formatForFile(u"out.ogg"_s), u"opus"_s);
        QCOMPARE(TtsClient::formatForFile(u"out.wav"_s), u"wav"_s);
        QCOMPARE(TtsClient::formatForFile(u"out"_s), u"wav"_s);
    }

    void serverDownNamesTheServer()
    {
        const QUrl url = m_fake->url();
        m_fake.reset();
        TtsClient client(&m_nam, u"forge-tts"_s, url);
        const auto result = QCoro::waitFor(client.synthesize(hello(), file(u"down.wav"_s)));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().server, u"forge-tts"_s);
        QVERIFY(!QFile::exists(file(u"down.wav"_s)));
    }
};

QTEST_GUILESS_MAIN(TestTtsClient)
#include "tst_ttsclient.moc"
