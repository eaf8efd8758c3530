// nnscope engine — learned: a small multilayer perceptron (d → hidden → … → outputs, ReLU), the router
// of the learned partitions (partition/): trained on soft labels (a target distribution per row,
// cross-entropy) or multi-label targets (a 0/1 per output, binary cross-entropy). LibTorch stays
// behind this header.
#pragma once

#include "core/CancelToken.h"
#include "core/MatrixView.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace nnscope {

class MlpModel;

struct MlpSettings {
    std::size_t hidden = 512;        ///< width of each hidden layer (Neural LSH: 512)
    std::size_t hiddenLayers = 2;
    std::size_t epochs = 30;
    std::size_t batchSize = 256;
    /// Rows an epoch trains on: the first of that epoch's shuffle (0: every row). Bounds a router's
    /// training at a million rows without changing it on smaller sets.
    std::size_t rowsPerEpoch = 0;
    /// Rows training never reads, neither to standardise the inputs nor in a batch (sorted, distinct):
    /// a held-in validation sample (partition/RouterWidth.h). Empty: every row trains.
    std::vector<std::size_t> heldOutRows;
    double learningRate = 1e-3;      ///< Adam
    std::uint64_t seed = 0;
    std::size_t threads = 1;
};

enum class MlpLoss {
    SoftLabels, ///< softmax output, −Σ target · log p (targets: a distribution per row)
    MultiLabel, ///< sigmoid outputs, binary cross-entropy (targets: 0/1 per output)
};

class Mlp {
public:
    Mlp(std::size_t inputs, std::size_t outputs, MlpSettings settings);
    Mlp(Mlp&&) noexcept;
    Mlp& operator=(Mlp&&) noexcept;
    ~Mlp();

    /// Trains on rows × inputs values and rows × outputs targets. Inputs are standardised with their
    /// own per-feature mean and deviation (kept for prediction). Reports (epoch, mean loss); Cancelled
    /// within one batch.
    void train(MatrixView inputs, const std::vector<float>& targets, MlpLoss loss, const CancelToken* cancel = nullptr,
               const std::function<void(std::size_t, double)>& progress = {});
    /// Output probabilities (softmax or sigmoid, as trained), rows × outputs. Const and thread-safe.
    std::vector<float> predict(MatrixView inputs) const;

    std::size_t inputs() const;
    std::size_t outputs() const;
    std::uint64_t parameters() const;
    /// Forward-pass arithmetic of one query (a multiply-add counts 2).
    double flopsPerQuery() const;

private:
    std::size_t inputs_, outputs_;
    std::unique_ptr<MlpModel> model_; ///< in the learned module (learned/LearnedModule.h)
};

} // namespace nnscope
