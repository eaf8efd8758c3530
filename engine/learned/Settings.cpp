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

} // namespace nnscope
