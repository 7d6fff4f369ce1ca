// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricslines.h"

#include <QList>

namespace c41::backends {

std::optional<double> MetricsLines::sum(const QByteArray &text, QByteArrayView name)
{
    std::optional<double> total;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(pos, end - pos).trimmed();
        pos = end + 1;
        if (!line.startsWith(name) || line.size() == name.size())
            continue;
        const char next = line[name.size()];
        if (next != '{' && next != ' ' && next != '\t')
            continue;
        qsizetype valueStart = name.size();
        if (next == '{') {
            const qsizetype close = line.indexOf('}', valueStart);
            if (close < 0)
                continue;
            valueStart = close + 1;
        }
        QByteArrayView rest = line.sliced(valueStart).trimmed();
        const qsizetype space = rest.indexOf(' ');
        if (space > 0)
            rest = rest.first(space); // a timestamp follows
        bool ok = false;
        const double value = rest.toByteArray().toDouble(&ok);
        if (ok)
            total = total.value_or(0) + value;
    }
    return total;
}

} // namespace c41::backends
