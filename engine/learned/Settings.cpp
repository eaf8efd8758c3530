#include "learned/Settings.h"

#include "core/Error.h"
#include "core/Limits.h"

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
    if (s.layer1.shards == s.layer2.shards)
        o.shards = s.layer1.shards;
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
    if (o.shards)
        s.layer1.shards = s.layer2.shards = *o.shards;
    checkHierarchySettings(s, limits::maxThreads());
    return s;
}

void checkTrainerSettings(const TrainerSettings& trainer)
{
    limits::checkCount(trainer.maxEpochs, limits::kMaxEpochs, "maximum epochs");
    limits::checkCount(trainer.batchSize, limits::kMaxInt, "batch size");
    limits::checkCount(trainer.stepsPerEpoch + 1, limits::kMaxInt, "steps per epoch");
    limits::checkCount(trainer.shards, trainer.batchSize, "shards of a batch (at most its size)");
}

bool layer1TrainsOnEveryRank(const HierarchySettings& settings, int ranks)
{
    return ranks > 1 && settings.layer1.shards >= static_cast<std::size_t>(ranks);
}

void checkHierarchySettings(const HierarchySettings& s, std::size_t maxThreads)
{
    // Far above what any preset or study uses; below what would overflow a model's size or a C int.
    limits::checkCount(s.kmeans.clusters, limits::kMaxInt, "clusters");
    limits::checkCount(s.kmeans.nInit, limits::kMaxRestarts, "k-means restarts (n-init)");
    limits::checkCount(s.kmeans.maxIter, limits::kMaxIterations, "k-means iterations (max-iter)");
    limits::checkCount(s.model.kernelSize, 64, "kernel size");
    limits::checkCount(s.model.filters1, 4096, "filters of convolution 1");
    limits::checkCount(s.model.filters2, 4096, "filters of convolution 2");
    limits::checkCount(s.model.filters3, 4096, "filters of convolution 3");
    limits::checkCount(s.model.pool, 64, "pool size");
    limits::checkCount(s.topTargets, 64, "top targets");
    checkTrainerSettings(s.layer1);
    checkTrainerSettings(s.layer2);
    limits::checkCount(s.threads, maxThreads, "threads");
    if (s.memoryBudgetBytes == 0)
        throw Error("the memory budget must be positive");
}

} // namespace nnscope
