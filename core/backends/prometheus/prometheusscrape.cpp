// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusscrape.h"

#include <QString>

namespace c41::prometheus {

QByteArrayView suffixText(SampleSuffix suffix)
{
    switch (suffix) {
    case SampleSuffix::None:
        return {};
    case SampleSuffix::Bucket:
        return "_bucket";
    case SampleSuffix::Sum:
        return "_sum";
    case SampleSuffix::Count:
        return "_count";
    case SampleSuffix::Created:
        return "_created";
    case SampleSuffix::Total:
        return "_total";
    case SampleSuffix::Info:
        return "_info";
    case SampleSuffix::GCount:
        return "_gcount";
    case SampleSuffix::GSum:
        return "_gsum";
    }
    return {};
}

QByteArray PrometheusScrape::Sample::name() const
{
    QByteArray name = family().name;
    name.append(suffixText(suffix()));
    return name;
}

const PrometheusScrape::Family &PrometheusScrape::Sample::family() const
{
    return m_scrape->m_families.at(m_scrape->m_samples.at(m_index).family);
}

SampleSuffix PrometheusScrape::Sample::suffix() const
{
    return m_scrape->m_samples.at(m_index).suffix;
}

double PrometheusScrape::Sample::value() const
{
    return m_scrape->m_samples.at(m_index).value;
}

std::optional<qint64> PrometheusScrape::Sample::timestampMs() const
{
    const qint64 ts = m_scrape->m_samples.at(m_index).timestampMs;
    if (ts == kNoTimestamp)
        return std::nullopt;
    return ts;
}

qsizetype PrometheusScrape::Sample::labelCount() const
{
    return m_scrape->m_samples.at(m_index).labelCount;
}

QByteArrayView PrometheusScrape::Sample::labelName(qsizetype j) const
{
    const LabelRef &ref = m_scrape->m_labels.at(m_scrape->m_samples.at(m_index).firstLabel + j);
    return QByteArrayView(m_scrape->m_pool).sliced(ref.nameOffset, ref.nameLength);
}

QByteArrayView PrometheusScrape::Sample::labelValue(qsizetype j) const
{
    const LabelRef &ref = m_scrape->m_labels.at(m_scrape->m_samples.at(m_index).firstLabel + j);
    return QByteArrayView(m_scrape->m_pool).sliced(ref.valueOffset, ref.valueLength);
}

std::optional<QByteArrayView> PrometheusScrape::Sample::label(QByteArrayView name) const
{
    const qsizetype n = labelCount();
    for (qsizetype j = 0; j < n; ++j) {
        if (labelName(j) == name)
            return labelValue(j);
    }
    return std::nullopt;
}

QString PrometheusScrape::Sample::labelString(QByteArrayView name) const
{
    const auto value = label(name);
    return value ? QString::fromUtf8(*value) : QString();
}

qsizetype PrometheusScrape::familyIndex(QByteArrayView name) const
{
    for (qsizetype i = 0; i < m_families.size(); ++i) {
        if (m_families.at(i).name == name)
            return i;
    }
    return -1;
}

QList<PrometheusScrape::Sample> PrometheusScrape::samples(QByteArrayView name) const
{
    QList<Sample> out;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        const Record &record = m_samples.at(i);
        const QByteArray &family = m_families.at(record.family).name;
        const QByteArrayView suffix = suffixText(record.suffix);
        if (family.size() + suffix.size() == name.size() && name.startsWith(family) &&
            name.endsWith(suffix))
            out.append(Sample(this, i));
    }
    return out;
}

} // namespace c41::prometheus
