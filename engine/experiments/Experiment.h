// nnscope engine — experiments: the paper's experiments (Tables 1–4) and what it could not run,
// measured for every system on the same queries.
//
// For each grid point (words, clusters) and protocol: cluster once, train the hierarchy (and, if
// asked, its augmented variant), build every baseline, sample the test queries, and measure each
// system's average distance to the true neighbour (Table 1), the hierarchy's per-layer accuracy
// (Tables 2, 3), the time per query one at a time and batched (Table 4), recall@1/@k against exact
// search, and cost per query (bytes, FLOPs). The nearest-centroid twin (an IVF over the same
// clusters, exact inside) shows what each learned layer emulates.
#pragma once

#include "distributed/Ranks.h"

#include "core/Notice.h"
#include "core/CancelToken.h"
#include "core/Stage.h"
#include "data/Dataset.h"
#include "learned/Accuracy.h"
#include "learned/Cost.h"
#include "learned/Imbalance.h"
#include "learned/Progress.h"
#include "learned/Settings.h"
#include "systems/SystemRegistry.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

struct GridPoint {
    std::size_t words = 0;
    std::size_t clusters = 0;
};

/// "1000x10,2000x100" → grid points; an Error naming the bad item otherwise.
std::vector<GridPoint> parseGrid(const std::string& text);

/// The systems an experiment measures by default, as specs (systems/SystemSpec.h): every baseline,
/// the learned hierarchy (and its augmented variant), and both probed at 2 and 3 clusters.
std::vector<std::string> defaultSystems();
/// `specs` without the systems `drop` says yes to (e.g. the FAISS peers, or the augmented hierarchy).
std::vector<std::string> withoutSystems(const std::vector<std::string>& specs, const std::function<bool(const ResolvedSystem&)>& drop);
/// Whether a spec asks for the hierarchy trained with augmentation.
bool usesAugmentedHierarchy(const ResolvedSystem& system);
/// The roster of a run that trained only with augmentation: every system on the plain hierarchy reads the
/// augmented one instead ("learned:probes=2" → "learned:augment=1,probes=2"), so its multi-probe rows stay;
/// canonical labels, each once.
std::vector<std::string> onAugmentedHierarchy(const std::vector<std::string>& specs);

struct ExperimentSettings {
    std::vector<GridPoint> grid = {{1000, 10}, {1000, 100}, {2000, 10}, {2000, 100}, {2717, 10}, {2717, 100}};
    std::vector<Protocol> protocols = {Protocol::Paper, Protocol::Corrected};
    std::string preset = "fast";              ///< training preset of the hierarchy
    HierarchyOverrides overrides;             ///< on top of the preset (clusters, seed and queries are set per setting)
    std::size_t queries = 1000;               ///< test rows sampled per setting (the paper: 1,000)
    std::uint64_t seed = 0;
    std::size_t recallK = 10;
    std::vector<std::string> systems = defaultSystems();
    /// The paper protocol's evaluation draws to report (learned/Settings.h): the held-out last 10%
    /// (the main measurement when listed) and/or the authors' in-sample draw (layer accuracies beside).
    std::vector<PaperEvaluation> paperEvaluations = {PaperEvaluation::LastTenPercent, PaperEvaluation::InSample};

    /// The hierarchy settings of one protocol and cluster count.
    HierarchySettings hierarchySettings(Protocol protocol, std::size_t clusters) const;
    /// Whether any system measures the hierarchy trained with augmentation (so it must be trained).
    bool trainsAugmented() const;
};

struct SystemResult {
    std::string system;       ///< the system's label: its canonical spec ("exact", "twin:probes=2", …)
    std::string family;       ///< the registered system it is ("twin")
    bool partitioned = false; ///< its searcher probes partitions (the multi-probe table)
    std::size_t probes = 0;   ///< partitions probed (0: not partitioned)
    bool probeVariant = false; ///< the spec set the probe count
    bool keepsSelf = false;   ///< queries could return their own row (the paper protocol's learned system)
    std::string description;
    std::string costNote;
    std::vector<Notice> warnings;
    /// Table 1: mean ‖x_predicted − x_true‖ (Euclidean) over the queries it answered; NaN when none.
    double meanDistanceToTruth = 0.0;
    /// Share of the queries for which it returned a top-1 at all (a missing answer is never a distance of 0).
    double answered = 1.0;
    double recallAt1 = 0.0;
    double recallAtK = 0.0;
    double singleMsPerQuery = 0.0;    ///< one query per call
    double batchedMsPerQuery = 0.0;   ///< all queries in one call
    double buildSeconds = 0.0;
    std::uint64_t bytes = 0;
    double flopsPerQuery = 0.0;
    std::optional<double> meanTopScore; ///< mean ScaNN score <q, x/‖x‖> of the top-1 (what the paper's ScaNN column averaged)
};

struct LearnedResult {
    std::string name;                  ///< the system label of this hierarchy: "learned" or "learned:augment=1"
    AccuracyReport accuracy;           ///< on the setting's queries
    /// Paper protocol: the same figures on the authors' in-sample draw (rows drawn from the whole table),
    /// when both draws are reported.
    std::optional<AccuracyReport> inSampleAccuracy;
    std::vector<ClusterImbalance> imbalance;
    double trainSeconds = 0.0;
    HierarchyCost cost;
    std::size_t layer1Epochs = 0;
    double meanLayer2Epochs = 0.0;
};

struct SettingResult {
    GridPoint point;
    Protocol protocol = Protocol::Corrected;
    Metric metric = Metric::L2;
    std::string fingerprint;           ///< of the first `words` rows
    std::vector<std::size_t> queryRows;
    std::vector<std::size_t> clusterSizes;
    double twinLayer2Accuracy = 0.0;   ///< the twin scored with the protocol's layer-2 definition
    std::vector<SystemResult> systems;
    std::vector<LearnedResult> learned;
    std::vector<Notice> warnings;

    const SystemResult* system(const std::string& name) const;
};

/// A grid point that was not run, with why and what it would have cost.
struct SkippedSetting {
    GridPoint point;
    std::string reason;
    std::uint64_t parameters = 0;      ///< of the hierarchy's weights (clusters of equal size assumed)
    std::uint64_t bytes = 0;
    double epochSeconds = 0.0;         ///< estimated training time of one epoch of every model (this machine's GEMM rate)
    double maxTrainSeconds = 0.0;      ///< at the preset's epoch limit (early stopping usually ends sooner)
};

struct ExperimentResult {
    ExperimentSettings settings;
    std::string datasetSource;
    std::string datasetFingerprint;
    std::vector<SettingResult> results;
    std::vector<SkippedSetting> skipped;
    bool interrupted = false;
    int worldSize = 1; ///< ranks that ran the grid (runExperimentAcrossRanks); their query timings shared a machine's cores when on one
};

/// What a grid point would cost (parameters, bytes, estimated training time), and whether it fits the
/// memory budget (`reason` empty when it does).
SkippedSetting estimateSetting(const Dataset& data, GridPoint point, const ExperimentSettings& settings);

/// Progress of a whole run: which setting, and the training progress inside it.
struct ExperimentProgress {
    std::size_t setting = 0;   ///< 0-based, over grid × protocols
    std::size_t settings = 0;
    GridPoint point;
    Protocol protocol = Protocol::Corrected;
    Stage stage;               ///< what runs now (core/Stage.h)
    TrainingProgress training;
    double fraction = 0.0;     ///< of the whole run
};

using ExperimentObserver = std::function<void(const ExperimentProgress&)>;

class Hierarchy;

/// Measures every system against a trained hierarchy (and its augmented twin, if given), on the
/// hierarchy's own dataset, clustering and protocol: what runExperiment does after training. The studio
/// uses it for a run it trained or reopened.
SettingResult measureSetting(std::shared_ptr<const Hierarchy> hierarchy, std::shared_ptr<const Hierarchy> augmented,
                             const ExperimentSettings& settings,
                             const std::function<void(const Stage&, const TrainingProgress&)>& observer = {},
                             const CancelToken* cancel = nullptr);

/// The checks runExperiment makes before any work: protocols, systems, the preset and overrides, and
/// each grid point's shape against the data.
void checkExperiment(const Dataset& data, const ExperimentSettings& settings);

/// Runs the whole grid. After each finished setting `onSetting` gets the results so far (so a caller
/// can save them); on cancel the finished settings are returned with `interrupted` set.
ExperimentResult runExperiment(std::shared_ptr<const Dataset> data, const ExperimentSettings& settings,
                               const ExperimentObserver& observer = {},
                               const std::function<void(const ExperimentResult&)>& onSetting = {},
                               const CancelToken* cancel = nullptr);

/// Runs the grid as one rank of a job (distributed/Ranks.h), every rank with the same data and settings
/// (checked): the runnable points are spread over the ranks by estimated training time (a point's
/// protocols stay together, sharing its k-means), each rank runs its own, and rank 0 returns every
/// result in grid order (the others return nothing once theirs are sent). A lost rank stops the run
/// with an Error naming it. Query timings are measured while the ranks run at once.
std::optional<ExperimentResult> runExperimentAcrossRanks(std::shared_ptr<const Dataset> data, const ExperimentSettings& settings,
                                                         RankGroup& ranks, const ExperimentObserver& observer = {});

} // namespace nnscope
