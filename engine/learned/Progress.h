// nnscope engine — learned: progress reports of a training run, for progress bars and live curves.
#pragma once

#include "learned/ModelRecord.h"

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
    /// Fraction of the whole run done, in [0, 1], measured in each model's training work (ProgressTracker).
    double fraction = 0.0;
    /// Whether the fraction rests on a finished model: early stopping makes a run's length unknown until
    /// one has shown how much of its epoch limit it uses, so a time-left estimate waits for this.
    bool fractionSettled = false;
    /// The run's work done so far and the work still expected (the models' estimated work per epoch times
    /// their epochs run and expected), in the tracker's unit: unlike the fraction, which never goes back,
    /// these follow a new expectation at once (a model running past its expected epochs raises the work
    /// left of the models after it), so a time-left estimate divides the work left by the pace of the
    /// work done instead of waiting on a fraction held still.
    double workDone = 0.0;
    double workLeft = 0.0;
    /// The clusters' sizes, in the Planning report only (the clustering is done then): a client can show
    /// them long before the run ends.
    std::vector<std::size_t> clusterSizes;
};

std::string phaseName(TrainingProgress::Phase phase);

/// Called on the training thread; keep it short (post to another thread for UI work).
using TrainingObserver = std::function<void(const TrainingProgress&)>;

/// One model of a training run, as its share of the run is estimated before it trains.
struct ModelWork {
    TrainingProgress::Phase phase = TrainingProgress::Phase::Layer2;
    double workPerEpoch = 0.0; ///< any unit shared by the run's models (training FLOPs); 0 = not trained
    std::size_t maxEpochs = 0;
};

/// Reports a run's progress with its fraction done measured in work, not in models or rows: each model
/// weighs its estimated work per epoch (under the paper preset every model runs the same steps per
/// epoch, so a row count says nothing of the time) times the epochs it is expected to run. Early
/// stopping makes that unknown in advance; the expectation for a model is its epoch limit scaled by the
/// share of their limits the finished models of the same layer used (of either layer before any has
/// finished), so a run whose models stop at a tenth of their limit is not reported 10× too slow. The
/// fraction never goes back.
class ProgressTracker {
public:
    ProgressTracker(TrainingObserver observer, std::vector<ModelWork> models);

    /// A phase without models (evaluating, saving) begins.
    void phase(TrainingProgress::Phase phase);
    /// The next model of the list starts; `model`/`models` as the report shows them.
    void startModel(std::size_t model, std::size_t models);
    void epoch(const EpochRecord& record);
    void finishModel();

private:
    double expectedEpochs(std::size_t model) const;
    void publish();

    TrainingObserver observer_;
    std::vector<ModelWork> models_;
    std::vector<std::size_t> epochsRun_; ///< per finished model
    std::size_t current_ = 0;            ///< models started so far (the running one is current_ - 1)
    bool running_ = false;
    TrainingProgress report_;
    double fraction_ = 0.0;
};

} // namespace nnscope
