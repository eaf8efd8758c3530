#include "learned/Progress.h"

namespace nnscope {

std::string phaseName(TrainingProgress::Phase phase)
{
    switch (phase) {
    case TrainingProgress::Phase::Clustering: return "clustering";
    case TrainingProgress::Phase::Planning: return "building targets";
    case TrainingProgress::Phase::Layer1: return "layer 1";
    case TrainingProgress::Phase::Layer2: return "layer 2";
    case TrainingProgress::Phase::Evaluating: return "evaluating";
    case TrainingProgress::Phase::Saving: return "saving";
    case TrainingProgress::Phase::Done: return "done";
    }
    return "";
}

} // namespace nnscope
