// nnscope engine — experiments: results.json — every figure of a run, its settings, the dataset's
// fingerprint, versions and machine — written and read back (the studio reopens reports with it).
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/PartitionScale.h"

#include <nlohmann/json.hpp>

namespace nnscope {

nlohmann::json toJson(const ExperimentResult& result);
/// A run's settings as results.json holds them under "settings".
nlohmann::json toJson(const ExperimentSettings& settings);
/// Reads what toJson wrote; an Error naming the field when something is missing or malformed.
ExperimentResult experimentResultFromJson(const nlohmann::json& json);

/// One method of a partition experiment as the experiment's JSON holds it (`dim`: the base's, for the
/// router's cost in distance computations), and read back — all but its built index and rule, which stay
/// where they were built (a job's ranks send their methods to rank 0 this way). An Error naming the
/// field when something is missing or malformed.
nlohmann::json toJson(const PartitionMethodResult& method, std::size_t dim, double targetRecall);
PartitionMethodResult partitionMethodFromJson(const nlohmann::json& json, double targetRecall);
/// A partition experiment (experiments/PartitionExperiment.h) as `nnscope partition --json` prints it.
nlohmann::json toJson(const PartitionExperimentResult& result);
/// A `nnscope partition --scale` run: every size's experiment and the crossover.
nlohmann::json toJson(const PartitionScaleResult& result);

/// Versions of nnscope and its numeric libraries, and the machine (CPU model, cores), for reports.
nlohmann::json environmentJson();

} // namespace nnscope
