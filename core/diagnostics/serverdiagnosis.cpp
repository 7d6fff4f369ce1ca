// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverdiagnosis.h"

#include <QCoreApplication>

namespace c41::diagnostics {

namespace {
// lupdate sees Text::tr() calls under the context ConnectionDoctor.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDoctor)
};
} // namespace

bool ServerDiagnosis::healthy() const
{
    return !cancelled && !endpoints.isEmpty() && verdict() != EndpointCheck::Verdict::Problem;
}

EndpointCheck::Verdict ServerDiagnosis::verdict() const
{
    EndpointCheck::Verdict worst = EndpointCheck::Verdict::Ok;
    for (const EndpointCheck &e : endpoints)
        worst = std::max(worst, e.verdict);
    return worst;
}

QString ServerDiagnosis::formatMs(std::optional<double> ms)
{
    if (!ms)
        return QStringLiteral("-");
    if (*ms >= 1000)
        return Text::tr("%1 s").arg(*ms / 1000, 0, 'f', 1);
    if (*ms >= 10)
        return Text::tr("%1 ms").arg(qRound(*ms));
    return Text::tr("%1 ms").arg(*ms, 0, 'f', *ms >= 1 ? 1 : 2);
}

QString ServerDiagnosis::toText() const
{
    QString text;
    const QString state = cancelled                                 ? Text::tr("cancelled")
                          : verdict() == EndpointCheck::Verdict::Ok ? Text::tr("healthy")
                          : healthy() ? Text::tr("healthy, with warnings")
                                      : Text::tr("problem");
    text += Text::tr("Connection doctor: %1 (%2+%3): %4")
                .arg(server, studio::serverKindName(kind), url.toString(), state);
    text += u'\n';
    if (checkedAt.isValid())
        text += Text::tr("Checked at %1").arg(checkedAt.toString(Qt::ISODate)) + u'\n';
    for (const EndpointCheck &e : endpoints) {
        text += u'\n';
        text += Text::tr("%1 %2%3").arg(e.endpointLabel(), e.url.toString(),
                                        e.optional ? Text::tr(" (optional)") : QString());
        text += u'\n';
        text += Text::tr("  DNS %1 · connect %2 · TLS %3 · first byte %4 · total %5 · HTTP %6")
                    .arg(formatMs(e.times.dns), formatMs(e.times.connect), formatMs(e.times.tls),
                         formatMs(e.times.firstByte), formatMs(e.times.total),
                         e.httpStatus ? QString::number(e.httpStatus) : QStringLiteral("-"));
        text += u'\n';
        text += QStringLiteral("  ") + e.verdictName() + QStringLiteral(": ") + e.diagnosis + u'\n';
        if (e.curlCode != 0 && !e.curlMessage.isEmpty())
            text += Text::tr("  libcurl: %1 (%2)").arg(e.curlMessage).arg(e.curlCode) + u'\n';
    }
    return text;
}

} // namespace c41::diagnostics
