#include "core/Stage.h"

#include <cstdio>

namespace nnscope {

std::string stageText(const Stage& stage)
{
    switch (stage.kind) {
    case Stage::Kind::Clustering: return "clustering";
    case Stage::Kind::Training: return "training";
    case Stage::Kind::TrainingAugmented: return "training (augmented)";
    case Stage::Kind::Truth: return "exact search (truth)";
    case Stage::Kind::Measuring: return "measuring " + stage.subject;
    case Stage::Kind::Building: return "building " + stage.subject;
    case Stage::Kind::Probing: return "probing " + stage.subject;
    case Stage::Kind::Graph: return "k-NN graph, " + stage.subject + " neighbours per row";
    case Stage::Kind::Gathering: return "waiting for rank " + stage.subject;
    case Stage::Kind::Epoch: {
        char numbers[96];
        std::snprintf(numbers, sizeof numbers, ": epoch %zu of at most %zu, loss %.4f", stage.step, stage.steps, stage.loss);
        return "training " + stage.subject + numbers;
    }
    }
    return {};
}

} // namespace nnscope
