#include "learned/Settings.h"

#include "core/Error.h"

namespace nnscope {

std::string protocolName(Protocol protocol)
{
    return protocol == Protocol::Paper ? "paper" : "corrected";
}

Protocol parseProtocol(const std::string& name)
{
    if (name == "paper")
        return Protocol::Paper;
    if (name == "corrected")
        return Protocol::Corrected;
    throw Error("unknown protocol '" + name + "' (expected paper or corrected)");
}

std::string paperEvaluationName(PaperEvaluation evaluation)
{
    return evaluation == PaperEvaluation::InSample ? "in-sample" : "last-10pct";
}

PaperEvaluation parsePaperEvaluation(const std::string& name)
{
    if (name == "last-10pct")
        return PaperEvaluation::LastTenPercent;
    if (name == "in-sample")
        return PaperEvaluation::InSample;
    throw Error("unknown paper evaluation '" + name + "' (expected last-10pct or in-sample)");
}

std::string optimizerName(Optimizer optimizer)
{
    return optimizer == Optimizer::Sgd ? "sgd" : "adam";
}

Optimizer parseOptimizer(const std::string& name)
{
    if (name == "sgd")
        return Optimizer::Sgd;
    if (name == "adam")
        return Optimizer::Adam;
    throw Error("unknown optimizer '" + name + "' (expected sgd or adam)");
}

HierarchySettings presetSettings(const std::string& preset, Protocol protocol)
{
    HierarchySettings settings;
    settings.protocol = protocol;
    settings.preset = preset;
    if (preset == "paper") {
        for (TrainerSettings* trainer : {&settings.layer1, &settings.layer2}) {
            trainer->optimizer = Optimizer::Sgd;
            trainer->learningRate = 0.01; // Keras' SGD default, which the authors kept
            trainer->batchSize = 32;      // Keras' fit() default
            trainer->maxEpochs = 500;
            trainer->stepsPerEpoch = 1024;
            trainer->stopWhenPerfect = false;
        }
        settings.layer1.patience = 7;
        settings.layer2.patience = 2;
    } else if (preset != "fast") {
        throw Error("unknown preset '" + preset + "' (expected paper or fast)");
    }
    if (protocol == Protocol::Paper) {
        settings.metric = Metric::Cosine;      // within-cluster cosine targets
        settings.normaliseTestCentroid = true; // the code's test-time quirk
    }
    return settings;
}

HierarchyOverrides overridesOf(const HierarchySettings& s)
{
    HierarchyOverrides o;
    o.clusters = s.kmeans.clusters;
    o.nInit = s.kmeans.nInit;
    o.model = s.model;
    if (s.layer1.maxEpochs == s.layer2.maxEpochs) // one override sets both; a preset that differs keeps its own
        o.maxEpochs = s.layer1.maxEpochs;
    o.augment = s.augmentation.enabled;
    if (s.protocol == Protocol::Corrected)
        o.metric = s.metric;
    o.normaliseTestCentroid = s.normaliseTestCentroid;
    o.evaluationQueries = s.evaluationQueries;
    o.paperEvaluation = s.paperEvaluation;
    o.seed = s.seed;
    o.threads = s.threads;
    o.memoryBudgetBytes = s.memoryBudgetBytes;
    return o;
}

HierarchySettings hierarchySettings(const std::string& preset, Protocol protocol, const HierarchyOverrides& o)
{
    HierarchySettings s = presetSettings(preset, protocol);
    if (o.clusters)
        s.kmeans.clusters = *o.clusters;
    if (o.nInit)
        s.kmeans.nInit = *o.nInit;
    if (o.model)
        s.model = *o.model;
    if (o.kernelSize)
        s.model.kernelSize = *o.kernelSize;
    if (o.maxEpochs)
        s.layer1.maxEpochs = s.layer2.maxEpochs = *o.maxEpochs;
    if (o.augment)
        s.augmentation.enabled = *o.augment;
    if (o.metric && protocol == Protocol::Corrected)
        s.metric = *o.metric;
    if (o.normaliseTestCentroid)
        s.normaliseTestCentroid = *o.normaliseTestCentroid;
    if (o.evaluationQueries)
        s.evaluationQueries = *o.evaluationQueries;
    if (o.paperEvaluation)
        s.paperEvaluation = *o.paperEvaluation;
    if (o.seed)
        s.seed = *o.seed;
    if (o.threads)
        s.threads = *o.threads;
    if (o.memoryBudgetBytes)
        s.memoryBudgetBytes = *o.memoryBudgetBytes;
    const auto positive = [](std::size_t value, const char* name) {
        if (value == 0)
            throw Error(std::string(name) + " must be at least 1");
    };
    positive(s.kmeans.clusters, "clusters");
    positive(s.kmeans.nInit, "k-means restarts (n-init)");
    positive(s.model.kernelSize, "kernel size");
    positive(s.model.filters1 * s.model.filters2 * s.model.filters3, "filters");
    positive(s.model.pool, "pool size");
    positive(s.layer1.maxEpochs, "maximum epochs");
    positive(s.threads, "threads");
    if (s.memoryBudgetBytes == 0)
        throw Error("the memory budget must be positive");
    return s;
}

} // namespace nnscope
