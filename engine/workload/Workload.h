// nnscope engine — workload: a dataset as a run uses it. The data module reads what a user named
// (data/DatasetSource.h); the workload's steps come after, in order: the PCA projection (engine/project,
// fitted on every base row) and the first `words` rows, with the spec recorded as the base's origin so a
// saved model can open the same rows again.
#pragma once

#include "data/DatasetSource.h"

namespace nnscope {

/// Opens the base set: read, projected (spec.pca), cut to spec.words, its origin recorded.
Dataset openDataset(const DatasetSpec& spec);
/// Opens base, queries and ground truth, with the same steps; a shipped truth that no longer applies
/// (after a projection, or for fewer rows) is dropped with a note saying why.
Workload openWorkload(const WorkloadSpec& spec);
/// The same, base and queries left to the caller to own (`workload.base` and `.queries` not set): for a
/// run that consumes its data in place, such as the partition experiment's held-out split.
ReadWorkload openOwnedWorkload(const WorkloadSpec& spec);
/// What openWorkload gives for the first `words` rows (0: all) of `all`, opened with every row: the base
/// cut and its origin saying so, the queries kept, a truth for all the rows dropped with its note.
Workload firstRows(const Workload& all, std::size_t words);

} // namespace nnscope
