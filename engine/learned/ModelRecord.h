// nnscope engine — learned: what training one classifier produced (for reports, curves, manifests).
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace nnscope {

struct EpochRecord {
    std::size_t epoch = 0;  ///< 1-based
    double loss = 0.0;      ///< mean cross-entropy over the epoch's batches
    double accuracy = 0.0;  ///< training accuracy over the epoch's batches (the monitored value)
    /// Top-1 accuracy on the held-out (test) rows after the epoch, as a record only — never monitored,
    /// so no choice is made on the rows the run is scored on; NaN where there are none.
    double heldOutAccuracy = std::numeric_limits<double>::quiet_NaN();
};

/// Told after each epoch of a network's training, on the training thread: the epoch and the most epochs
/// the training may run (early stopping may end it sooner). Keep it short.
using EpochObserver = std::function<void(const EpochRecord& epoch, std::size_t maxEpochs)>;

struct ModelRecord {
    std::string name;              ///< "layer1" or "layer2/<cluster>"
    std::size_t inputLength = 0;
    std::size_t classes = 0;
    std::size_t trainRows = 0;     ///< training samples, augmentation included
    std::size_t augmentedRows = 0; ///< of which perturbed copies
    bool trained = false;          ///< false when there was nothing to learn (no rows, or one class)
    std::size_t bestEpoch = 0;     ///< the epoch whose weights were kept
    double bestAccuracy = 0.0;     ///< its monitored accuracy
    double seconds = 0.0;
    std::vector<EpochRecord> history;
};

} // namespace nnscope
