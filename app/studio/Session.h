// nnscope studio: one trained (or reopened) run — what every view shows. Immutable once made, shared
// between the views by pointer.
#pragma once

#include "data/Dataset.h"
#include "experiments/Experiment.h"
#include "learned/Hierarchy.h"
#include "learned/Imbalance.h"

#include <QMetaType>
#include <array>
#include <memory>

namespace nnscope::studio {

struct Session {
    std::shared_ptr<const Dataset> data;
    std::shared_ptr<const Hierarchy> hierarchy;
    std::vector<float> projection;             ///< PCA of every row, rows × 2
    std::vector<double> explainedVariance; ///< of the two axes
    /// Each cluster's own 2-D PCA (its members on its principal axes), computed with the session.
    struct ClusterProjection {
        std::vector<double> mean;              ///< dim
        std::vector<double> axes;              ///< 2 × dim
        std::vector<double> explainedVariance;
    };
    std::vector<ClusterProjection> clusterProjections;
    ExperimentResult measurement;              ///< one setting: every system on the run's test queries
    std::vector<ClusterImbalance> imbalance;
    QString savedAt;                           ///< folder the session was opened from or saved to
};

using SessionPointer = std::shared_ptr<const Session>;

} // namespace nnscope::studio

Q_DECLARE_METATYPE(nnscope::studio::SessionPointer)
