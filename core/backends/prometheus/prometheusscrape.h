// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <limits>
#include <optional>

namespace c41::prometheus {

enum class MetricType : quint8 {
    Untyped, // no TYPE line, "untyped" or OpenMetrics "unknown"
    Counter,
    Gauge,
    Histogram,
    Summary,
    Info,
    StateSet,
    GaugeHistogram,
};

// The suffix a sample's name adds to its family's name (histogram/summary parts etc.).
enum class SampleSuffix : quint8 { None, Bucket, Sum, Count, Created, Total, Info, GCount, GSum };

// One parsed scrape, stored compactly: every label name/value lives in one string
// pool, a sample is a fixed-size record pointing into it. Built by
// PrometheusTextParser; read through sample(i).
class PrometheusScrape
{
public:
    struct Family
    {
        QByteArray name;
        MetricType type = MetricType::Untyped;
        QByteArray help; // unescaped
    };

    static constexpr qint64 kNoTimestamp = std::numeric_limits<qint64>::min();

    // A view of one sample; valid while the scrape lives.
    class Sample
    {
    public:
        QByteArray name() const; // family name + suffix, e.g. "foo_bucket"
        const Family &family() const;
        SampleSuffix suffix() const;
        double value() const;
        std::optional<qint64> timestampMs() const;
        qsizetype labelCount() const;
        QByteArrayView labelName(qsizetype j) const;
        QByteArrayView labelValue(qsizetype j) const;
        // The value of label `name`, if the sample has it.
        std::optional<QByteArrayView> label(QByteArrayView name) const;
        // Same, as a QString (empty when absent).
        QString labelString(QByteArrayView name) const;

    private:
        friend class PrometheusScrape;
        Sample(const PrometheusScrape *scrape, qsizetype index)
            : m_scrape(scrape)
            , m_index(index)
        {
        }
        const PrometheusScrape *m_scrape;
        qsizetype m_index;
    };

    qsizetype size() const { return m_samples.size(); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    Sample sample(qsizetype i) const { return Sample(this, i); }
    const QList<Family> &families() const { return m_families; }
    // Index of the family called `name`, or -1.
    qsizetype familyIndex(QByteArrayView name) const;
    // Every sample whose full name (family + suffix) is `name`, in scrape order.
    QList<Sample> samples(QByteArrayView name) const;
    bool sawEof() const { return m_sawEof; } // an OpenMetrics "# EOF" line ended it

    // For the parser.
    struct Record
    {
        qint32 family;
        SampleSuffix suffix;
        quint32 firstLabel;
        quint32 labelCount;
        double value;
        qint64 timestampMs;
    };
    struct LabelRef
    {
        quint32 nameOffset;
        quint32 nameLength;
        quint32 valueOffset;
        quint32 valueLength;
    };

private:
    friend class PrometheusTextParser;

    QList<Family> m_families;
    QList<Record> m_samples;
    QList<LabelRef> m_labels;
    QByteArray m_pool;
    bool m_sawEof = false;
};

QByteArrayView suffixText(SampleSuffix suffix);

} // namespace c41::prometheus
