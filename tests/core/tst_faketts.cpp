// SPDX-License-Identifier: GPL-3.0-or-later
// FakeTts: POST /v1/audio/speech streams a playable WAV whose length follows the
// text; errors come in the OpenAI envelope.
#include "faketts.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtEndian>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace c41::fakes;
using Json = nlohmann::json;

class TestFakeTts : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<FakeTts> m_fake;

    QNetworkReply *post(const QByteArray &body)
    {
        QNetworkRequest request(m_fake->url().resolved(QUrl(QStringLiteral("/v1/audio/speech"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(request, body);
        reply->setParent(this);
        return reply;
    }
    static bool done(QNetworkReply *reply)
    {
        return QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeTts>();
        m_fake->setTimeScale(0);
        QVERIFY(m_fake->listen());
    }
    void cleanup() { m_fake.reset(); }

    void speechIsAPlayableWav()
    {
        QNetworkReply *reply = post(
            R"({"model":"kokoro","input":"Hello studio, the render is done.","voice":"af_heart","response_format":"wav"})");
        QVERIFY(done(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("audio/wav"));
        QCOMPARE(reply->rawHeader("Transfer-Encoding"), QByteArray("chunked"));
        const QByteArray wav = reply->readAll();
        QVERIFY(wav.size() > 44);
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 20), quint16(1)); // PCM
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), quint32(24000));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
        QCOMPARE(wav.mid(36, 4), QByteArray("data"));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 40), quint32(wav.size() - 44));
        // Not silence: a voice-like tone is in there.
        qint16 peak = 0;
        for (qsizetype i = 44; i + 1 < wav.size(); i += 2)
            peak = std::max<qint16>(peak, qFromLittleEndian<qint16>(wav.constData() + i));
        QVERIFY(peak > 5000);
    }

    void longerTextGivesLongerAudio()
    {
        const auto seconds = [this](const QByteArray &input) {
            QNetworkReply *reply =
                post(R"({"model":"kokoro","voice":"alloy","input":")" + input + R"("})");
            if (!done(reply))
                return -1.0;
            return (reply->readAll().size() - 44) / 2.0 / FakeTts::kSampleRate;
        };
        const double shortOne = seconds("Take one.");
        const double longOne = seconds("Take two, a little slower, with a pause after the title.");
        QVERIFY2(shortOne > 0.5 && shortOne < 1.5, qPrintable(QString::number(shortOne)));
        QVERIFY2(longOne > 3.5 && longOne < 5, qPrintable(QString::number(longOne)));
    }

    void pcmHasNoHeader()
    {
        QNetworkReply *reply = post(
            R"({"model":"kokoro","voice":"alloy","input":"Raw please.","response_format":"pcm"})");
        QVERIFY(done(reply));
        QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("audio/pcm"));
        const QByteArray pcm = reply->readAll();
        QCOMPARE(pcm, FakeTts::pcm(QStringLiteral("Raw please.")));
        QVERIFY(!pcm.startsWith("RIFF"));
    }

    void audioArrivesInChunksOverTime()
    {
        m_fake->setTimeScale(1.0);
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = post(
            R"({"model":"kokoro","voice":"alloy","input":"A sentence long enough for several chunks of audio."})");
        QVERIFY(done(reply));
        // ~3.6 s of audio rendered at 5x real time after a 0.3 s warm-up
        QVERIFY2(clock.elapsed() > 700, qPrintable(QString::number(clock.elapsed())));
    }

    void errorsUseTheOpenAiEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("param");
        QTest::newRow("missing input")
            << QByteArray(R"({"model":"kokoro","voice":"alloy"})") << QByteArray("input");
        QTest::newRow("empty input")
            << QByteArray(R"({"model":"kokoro","input":"  "})") << QByteArray("input");
        QTest::newRow("unknown voice")
            << QByteArray(R"({"model":"kokoro","input":"Hi","voice":"nobody"})")
            << QByteArray("voice");
        QTest::newRow("speed") << QByteArray(R"({"model":"kokoro","input":"Hi","speed":9})")
                               << QByteArray("speed");
        QTest::newRow("mp3") << QByteArray(
                                    R"({"model":"kokoro","input":"Hi","response_format":"mp3"})")
                             << QByteArray("response_format");
        QTest::newRow("bad json") << QByteArray(R"({"model":)") << QByteArray();
    }
    void errorsUseTheOpenAiEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, param);
        QNetworkReply *reply = post(body);
        QVERIFY(done(reply));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const Json error = Json::parse(reply->readAll())["error"];
        QVERIFY(!error["message"].get<std::string>().empty());
        QCOMPARE(error["type"], "invalid_request_error");
        if (param.isEmpty())
            QVERIFY(error["param"].is_null());
        else
            QCOMPARE(error["param"], param.toStdString());
    }

    void modelsAndHealth()
    {
        QNetworkReply *models =
            m_nam.get(QNetworkRequest(m_fake->url().resolved(QUrl(QStringLiteral("/v1/models")))));
        QNetworkReply *health =
            m_nam.get(QNetworkRequest(m_fake->url().resolved(QUrl(QStringLiteral("/health")))));
        QVERIFY(done(models) && done(health));
        const Json list = Json::parse(models->readAll());
        QCOMPARE(list["object"], "list");
        QCOMPARE(list["data"][0]["id"], "kokoro");
        QCOMPARE(Json::parse(health->readAll())["status"], "ok");
        models->deleteLater();
        health->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestFakeTts)
#include "tst_faketts.moc"
