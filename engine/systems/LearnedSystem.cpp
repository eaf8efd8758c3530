#include "systems/Entries.h"

#include "core/Error.h"
#include "learned/HierarchySearcher.h"

namespace nnscope {

namespace {

std::shared_ptr<const Hierarchy> hierarchyFor(const SystemArguments& a, const SystemResources& c)
{
    if (a.isSet("model")) {
        if (!c.data)
            throw Error("learned: a saved model needs the dataset it was trained on");
        return std::make_shared<const Hierarchy>(Hierarchy::load(a.text("model"), c.data));
    }
    return c.trainedHierarchy(a.flag("augment"), a.flag("augment") ? "learned:augment=1" : "learned");
}

} // namespace

SystemEntry learnedSystem()
{
    SystemEntry entry;
    entry.name = "learned";
    entry.summary = "the paper's two-layer hierarchy: layer-1 CNN routes to clusters, layer-2 CNNs pick members";
    entry.parameters = {
        {"model", ParameterKind::Text, "", "a folder written by nnscope train (default: the run's trained hierarchy)"},
        {"augment", ParameterKind::Flag, "0", "the run's hierarchy trained with augmentation"},
        {"probes", ParameterKind::Count, "1", "clusters probed (layer 1's most probable)"},
        {"per-cluster", ParameterKind::Count, "", "layer-2 candidates per probed cluster (default: k)"},
        {"rerank", ParameterKind::Flag, "0", "order the candidates by exact distance (else by layer-1 x layer-2 probability)"},
    };
    entry.probeKey = "probes";
    entry.make = [](const SystemArguments& a, const SystemResources& c) {
        return std::make_unique<HierarchySearcher>(hierarchyFor(a, c), ProbeSettings{a.count("probes"), a.count("per-cluster"), a.flag("rerank")});
    };
    entry.hierarchyNeed = [](const SystemArguments& a) {
        return a.isSet("model") ? HierarchyNeed::None : a.flag("augment") ? HierarchyNeed::Augmented : HierarchyNeed::Trained;
    };
    entry.keepsSelfByDefault = [](const SystemArguments& a, const SystemResources& c) {
        const std::shared_ptr<const Hierarchy>& trained = a.flag("augment") ? c.augmented : c.hierarchy;
        return !a.flag("rerank") && !a.isSet("model") && trained && trained->settings().protocol == Protocol::Paper;
    };
    return entry;
}

} // namespace nnscope
