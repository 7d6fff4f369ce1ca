// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever bytes a user imports as a ComfyUI workflow, import,
// parameter discovery, overrides, validation and the 400-body reader never crash,
// and what they produce stays consistent (every parameter names a real node).
#include "backends/comfyui/nodeerrors.h"
#include "backends/comfyui/objectinfo.h"
#include "backends/comfyui/workflow.h"
#include "backends/comfyui/workflowoverrides.h"
#include "backends/comfyui/workflowparameters.h"
#include "backends/comfyui/workflowvalidator.h"

#include <QRandomGenerator>

#include <cstdint>
#include <cstdlib>

using namespace c41::backends;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // The same bytes as a server's answers.
    (void)NodeErrors::parse(bytes).lines();
    const auto parsedInfo = ObjectInfo::parse(bytes, QStringLiteral("fuzz"));
    const ObjectInfo info = parsedInfo ? *parsedInfo : ObjectInfo();

    auto imported = Workflow::fromBytes(bytes, QStringLiteral("fuzz.json"));
    if (!imported) {
        if (imported.error().message.isEmpty())
            std::abort();
        return 0;
    }
    Workflow wf = std::move(*imported);
    const WorkflowParameters params = WorkflowParameters::discover(wf, &info);
    for (const WorkflowParameter &p : params.all())
        if (!wf.node(p.nodeId) || p.id != p.nodeId + u'.' + p.input)
            std::abort();
    (void)params.toJson().dump();
    (void)WorkflowValidator::validate(wf, info, QStringLiteral("fuzz"));

    // Overrides built from the workflow's own ids, with odd values.
    const QStringList values{QStringLiteral("1"), QStringLiteral("-1e309"), QStringLiteral("abc"),
                             QStringLiteral("18446744073709551616"), QString()};
    int i = 0;
    for (const WorkflowParameter &p : params.all()) {
        const QString v = values.at(i++ % values.size());
        (void)WorkflowOverrides::apply(wf, p.id + u'=' + v, &info);
        (void)WorkflowOverrides::apply(wf, p.role + u'=' + v, nullptr);
        (void)WorkflowOverrides::bindInput(wf, params, p.id, QStringLiteral("x.png"));
    }
    QRandomGenerator rng(1);
    WorkflowOverrides::randomizeSeeds(wf, params, rng);
    const auto again = Workflow::fromBytes(wf.toBytes(), QStringLiteral("again.json"));
    if (!again && !wf.isEmpty() && again.error().message.contains(u"not a JSON file"))
        std::abort(); // what we write must read back as JSON
    return 0;
}
