// SPDX-License-Identifier: GPL-3.0-or-later
// c41ctl bench SERVER MODEL [--runs N] [--prompt-tokens N] [--gen-tokens N]
// Prefill and decode tok/s over the API, like llama-bench's pp/tg tests.
#include "commands.h"
#include "ctlcontext.h"
#include "llmtarget.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace c41::ctl {

using nlohmann::json;

namespace {
// lupdate sees Text::tr() calls under the context c41ctl (a free tr() it cannot place).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(c41ctl)
};

struct Spread
{
    double median = -1;
    double min = -1;
    double max = -1;
};

Spread spread(QList<double> v)
{
    v.removeIf([](double x) { return x < 0; });
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.first(), v.last()};
}

json spreadJson(const Spread &s, const QList<double> &samples)
{
    const auto opt = [](double v) { return v >= 0 ? json(std::round(v * 100) / 100) : json(); };
    json all = json::array();
    for (double v : samples)
        all.push_back(opt(v));
    return {{"median", opt(s.median)}, {"min", opt(s.min)}, {"max", opt(s.max)}, {"samples", all}};
}

// About `tokens` tokens of plain English (one common word is about one token),
// different per run so no prompt cache serves it.
QString benchPrompt(int tokens, int run)
{
    static const QStringList words = {
        QStringLiteral("river"),  QStringLiteral("stone"),  QStringLiteral("light"),
        QStringLiteral("window"), QStringLiteral("garden"), QStringLiteral("music"),
        QStringLiteral("paper"),  QStringLiteral("silver"), QStringLiteral("north"),
        QStringLiteral("table"),  QStringLiteral("cloud"),  QStringLiteral("engine")};
    QString text = QStringLiteral("Run %1. Continue this list: ").arg(run);
    for (int i = 0; i < tokens; ++i)
        text += words[(i * 7 + run) % words.size()] + u' ';
    return text;
}

QString cell(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 1);
}
} // namespace

QCoro::Task<int> runBench(CtlContext &context)
{
    const QStringList &args = context.args();
    if (args.size() != 2)
        co_return context.fail(Text::tr("usage: c41ctl bench SERVER MODEL [--runs N] "
                                        "[--prompt-tokens N] [--gen-tokens N]"),
                               2);
    bool bad = false;
    const auto runs = intOption(context, QStringLiteral("runs"), 3, 1, &bad);
    const auto promptTokens = intOption(context, QStringLiteral("prompt-tokens"), 512, 1, &bad);
    const auto genTokens = intOption(context, QStringLiteral("gen-tokens"), 128, 1, &bad);
    if (bad)
        co_return 2;
    int code = 0;
    auto target = LlmTarget::open(context, args[0], &code);
    if (!target)
        co_return code;

    QList<double> prefill;
    QList<double> decode;
    QStringList sources;
    for (int run = 0; run < *runs; ++run) {
        backends::ChatRequest request;
        request.model = args[1];
        request.messages = {{QStringLiteral("user"), benchPrompt(*promptTokens, run)}};
        request.maxTokens = *genTokens;
        request.temperature = 0;
        const backends::ChatReply reply = co_await target->backend->chat(request, {});
        if (!reply.ok())
            co_return context.fail(*reply.error);
        prefill << reply.stats.prefillTokensPerSecond;
        decode << reply.stats.decodeTokensPerSecond;
        if (!sources.contains(reply.stats.source))
            sources << reply.stats.source;
    }
    const Spread pp = spread(prefill);
    const Spread tg = spread(decode);
    const QString source = sources.join(u'+');
    if (context.json()) {
        const json out = {{"server", target->config.name.toStdString()},
                          {"model", args[1].toStdString()},
                          {"runs", *runs},
                          {"prompt_tokens", *promptTokens},
                          {"gen_tokens", *genTokens},
                          {"source", source.toStdString()},
                          {"prefill_tokens_per_second", spreadJson(pp, prefill)},
                          {"decode_tokens_per_second", spreadJson(tg, decode)}};
        context.out() << QString::fromStdString(out.dump(2)) << u'\n';
    } else {
        QTextStream &out = context.out();
        out << Text::tr("%1 %2: %3 runs, timings from the %4")
                   .arg(target->config.name, args[1])
                   .arg(*runs)
                   .arg(source)
            << u'\n';
        const auto row = [&out](const QString &a, const QString &b, const QString &c,
                                const QString &d) {
            out << a.leftJustified(8, u' ') << b.rightJustified(12, u' ')
                << c.rightJustified(12, u' ') << d.rightJustified(12, u' ') << u'\n';
        };
        row(Text::tr("test"), Text::tr("median t/s"), Text::tr("min t/s"), Text::tr("max t/s"));
        row(QStringLiteral("pp%1").arg(*promptTokens), cell(pp.median), cell(pp.min), cell(pp.max));
        row(QStringLiteral("tg%1").arg(*genTokens), cell(tg.median), cell(tg.min), cell(tg.max));
    }
    context.out().flush();
    co_return 0;
}

} // namespace c41::ctl
