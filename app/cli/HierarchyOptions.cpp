#include "cli/HierarchyOptions.h"

#include "core/ByteUnits.h"

#include <cmath>

namespace nnscope::cli {

std::vector<OptionSpec> hierarchyOptions()
{
    return {
        {"preset", "P", "training preset: fast (Adam, one pass per epoch) or paper (SGD, 1024 steps/epoch, 500 epochs)", "fast"},
        {"augment", "", "add perturbed, nearest-member-labelled copies to layer-2 training (class-balanced)", ""},
        {"seed", "S", "seed of clustering, split, initialisation and sampling", "0"},
        {"metric", "M", "corrected protocol: metric of targets and truth (l2, cosine, ip)", "l2"},
        {"kernel-size", "K", "convolution kernel size (1 as in the authors' code, 3 as the paper may mean)", "1"},
        {"max-epochs", "E", "override the preset's maximum epochs", ""},
        {"threads", "T", "LibTorch intra-op threads", "1"},
        {"shards", "N", "each batch's gradient summed from N parts, each on a thread of its own (1: whole batches, as the paper's Keras); in a job of N ranks or fewer, layer 1's parts run on all of them", "1"},
        {"memory-budget", "GIB", "refuse to train when the weights would exceed this many GiB (2^30 bytes)", "2"},
        {"eval-queries", "N", "test rows sampled for the accuracy figures (0: all)", "1000"},
        {"n-init", "I", "k-means restarts", "10"},
        {"paper-eval", "DRAW", "paper protocol: evaluate on last-10pct (the held-out rows) or in-sample (the authors' draw from the whole table)", "last-10pct"},
        {"test-centroid", "C", "centroid fed to layer 2 at test time: raw or normalised (default: the protocol's; the paper's code normalised it)", ""},
    };
}

HierarchyOverrides hierarchyOverridesFrom(const CommandLine& line)
{
    HierarchyOverrides o;
    o.nInit = line.count("n-init");
    if (line.declares("augment"))
        o.augment = line.flag("augment");
    o.seed = line.seed("seed");
    o.metric = parseMetric(line.value("metric"));
    o.kernelSize = line.count("kernel-size");
    if (line.isSet("max-epochs"))
        o.maxEpochs = line.count("max-epochs");
    o.threads = line.count("threads");
    if (line.declares("shards"))
        o.shards = line.count("shards");
    const double budget = line.number("memory-budget");
    try {
        o.memoryBudgetBytes = bytesFromGib(budget); // the one check of a budget, the studio's too
    } catch (const Error& error) {
        throw UsageError(std::string("--memory-budget: ") + error.what());
    }
    if (line.declares("paper-eval") && line.isSet("paper-eval"))
        o.paperEvaluation = parsePaperEvaluation(line.value("paper-eval"));
    if (line.declares("eval-queries"))
        o.evaluationQueries = line.count("eval-queries");
    if (line.isSet("test-centroid")) {
        const std::string centroid = line.value("test-centroid");
        if (centroid != "raw" && centroid != "normalised")
            throw UsageError("--test-centroid expects raw or normalised, got '" + centroid + "'");
        o.normaliseTestCentroid = centroid == "normalised";
    }
    return o;
}

HierarchySettings hierarchySettingsFrom(const CommandLine& line, Protocol protocol, std::size_t clusters)
{
    HierarchyOverrides o = hierarchyOverridesFrom(line);
    o.clusters = clusters;
    return hierarchySettings(line.value("preset"), protocol, o);
}

} // namespace nnscope::cli
