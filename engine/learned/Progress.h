// nnscope engine — learned: progress reports of a training run, for progress bars and live curves.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace nnscope {

struct TrainingProgress {
    enum class Phase { Clustering, Planning, Layer1, Layer2, Evaluating, Saving, Done };
    Phase phase = Phase::Clustering;
    std::size_t model = 0;     ///< 0-based index of the model being trained (layer 2: its cluster)
    std::size_t models = 0;    ///< models in this phase
    std::size_t epoch = 0;     ///< 1-based; 0 before the first epoch ends
    std::size_t maxEpochs = 0;
    double loss = 0.0;         ///< mean training loss of the epoch
    double accuracy = 0.0;     ///< monitored (training) accuracy of the epoch
    double heldOutAccuracy = 0.0; ///< accuracy on the held-out rows after the epoch (NaN: none)
    /// Fraction of the whole run done, in [0, 1], weighted by each model's training rows.
    double fraction = 0.0;
    /// The clusters' sizes, in the Planning report only (the clustering is done then): a client can show
    /// them long before the run ends.
    std::vector<std::size_t> clusterSizes;
};

std::string phaseName(TrainingProgress::Phase phase);

/// Called on the training thread; keep it short (post to another thread for UI work).
using TrainingObserver = std::function<void(const TrainingProgress&)>;

} // namespace nnscope
