// The learned module's one exported symbol: its table of entry points (learned/LearnedModule.h).
#include "learned/torch/Runtime.h"
#include "learned/torch/TorchHierarchy.h"

extern "C" __attribute__((visibility("default"))) const nnscope::LearnedModule* nnscope_learned_module()
{
    static const nnscope::LearnedModule module{
        nnscope::kLearnedModuleAbi,
        &nnscope::torchnn::trainHierarchy,
        &nnscope::torchnn::loadHierarchy,
        &nnscope::torchnn::makeMlp,
        &nnscope::torchnn::trainLayer1,
        &nnscope::torchnn::matrixMultiplyRate,
        &nnscope::torchnn::joinRanks,
    };
    return &module;
}
