// nnscope engine — experiments: two runs side by side (the studio's Compare view): the settings that
// differ, each run's accuracy per layer, and each system's distance to the truth and recall, with the
// difference B − A. Tables like every other (typed cells, column ids, a chart kind), so they export and
// draw the same way.
#pragma once

#include "experiments/Tables.h"

namespace nnscope {

/// compare_accuracy (one row per measure, named by the Table 2–3 column id it is: learned_routed …),
/// compare_systems (distance), compare_recall and compare_settings (every setting that differs by its
/// results.json key, the data and protocol always), for the first setting of each run.
/// Every system label of two runs, A's first and then B's own: the comparison's rows, and the order their
/// colours are given in.
std::vector<std::string> systemsOf(const ExperimentResult& a, const ExperimentResult& b);

std::vector<Table> compareRuns(const ExperimentResult& a, const std::string& nameA, const ExperimentResult& b, const std::string& nameB);

/// compare_partitions: the partitions built beside two runs, per method (in A's order, then B's own)
/// its candidates and its distance-equivalents (router included) at the target recall@10, with B − A;
/// compare_partition_settings: the build settings that differ (the data always).
std::vector<Table> comparePartitions(const PartitionExperimentResult& a, const std::string& nameA, const PartitionExperimentResult& b,
                        const std::string& nameB);

} // namespace nnscope
