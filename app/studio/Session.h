// nnscope studio: one trained (or reopened) run — what every view shows. Immutable once made, shared
// between the views by pointer.
#pragma once

#include "data/Dataset.h"
#include "data/GroundTruth.h"
#include "experiments/Experiment.h"
#include "learned/Hierarchy.h"
#include "learned/Imbalance.h"

#include <QMetaType>
#include <array>
#include <memory>
#include <optional>

namespace nnscope::studio {

struct Session {
    std::shared_ptr<const Dataset> data;
    /// Null in a preview: the data before training (only the Projection view shows it).
    std::shared_ptr<const Hierarchy> hierarchy;
    /// Principal axes kept for the Projection view (any two of them can be shown).
    static constexpr std::size_t kProjectionAxes = 4;
    std::vector<float> projection;             ///< PCA of every row, rows × kProjectionAxes
    std::vector<double> explainedVariance;     ///< of those axes
    /// Each cluster's own PCA (its members on its principal axes), computed with the session.
    struct ClusterProjection {
        std::vector<double> mean;              ///< dim
        std::vector<double> axes;              ///< kProjectionAxes × dim
        std::vector<double> explainedVariance;
    };
    std::vector<ClusterProjection> clusterProjections;
    ExperimentResult measurement;              ///< one setting: every system on the run's test queries
    std::vector<ClusterImbalance> imbalance;
    /// The dataset's own queries (siftsmall's 100, fashion-mnist's test images), for the Query view,
    /// with their shipped ground truth where it still applies (all rows, no projection); null for data
    /// without a query set.
    std::shared_ptr<const Dataset> querySet;
    std::optional<GroundTruth> shippedTruth;
    QString savedAt;                           ///< folder the session was opened from or saved to
};

using SessionPointer = std::shared_ptr<const Session>;

/// A neighbour-preserving 2-D map (t-SNE) of a dataset's rows, made when the Projection view asks.
struct NeighbourMap {
    std::shared_ptr<const Dataset> data; ///< the rows it maps (a map follows its data, not a session)
    std::vector<float> points;           ///< rows × 2
    double preservation = 0.0;           ///< knn_preservation_10 (project/MapQuality.h)
    std::size_t preservationRows = 0;    ///< rows it was measured on
    double seconds = 0.0;
};
using NeighbourMapPointer = std::shared_ptr<const NeighbourMap>;

/// Fills `session.projection` and `explainedVariance` from `session.data` (engine work: call it off
/// the GUI thread).
void addProjection(Session& session);

/// The row labelled `word`: an exact match first, else the first label equal to it ignoring case.
std::optional<std::size_t> findWord(const Dataset& data, const QString& word);

} // namespace nnscope::studio

Q_DECLARE_METATYPE(nnscope::studio::SessionPointer)
Q_DECLARE_METATYPE(nnscope::studio::NeighbourMapPointer)
