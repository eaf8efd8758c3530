// nnscope engine — learned: the paper's layer 1 on its own, as the network of a router over the k-means
// bins (partition/NetworkRouter.h). Either trained here, on the rows and clusters of a partition, as the
// hierarchy trains it, or lent by a trained hierarchy (then its top-1 is the hierarchy's layer-1
// prediction). LibTorch stays behind this header, as for Hierarchy and Mlp.
#pragma once

#include "cluster/KMeans.h"
#include "core/CancelToken.h"
#include "core/MatrixView.h"
#include "learned/ModelRecord.h"
#include "learned/Settings.h"

#include <memory>
#include <vector>

namespace nnscope {

class ClassifierModel;
class Hierarchy;

class Layer1Network {
public:
    /// Trains layer 1 on `rows` labelled with `clustering`'s assignment (settings.model, settings.layer1,
    /// the hierarchy's layer-1 seed streams); Cancelled within one batch; `onEpoch` told after each epoch.
    static Layer1Network train(MatrixView rows, const KMeansResult& clustering, const HierarchySettings& settings,
                               const CancelToken* cancel = nullptr, const EpochObserver& onEpoch = {});
    /// The layer 1 of a trained hierarchy (its weights shared, not copied).
    static Layer1Network of(const Hierarchy& hierarchy);

    std::size_t inputs() const { return inputs_; }
    /// The clusters it predicts.
    std::size_t outputs() const;
    /// Each query's probability for every cluster, rows × clusters. Const and thread-safe.
    std::vector<float> predict(MatrixView queries) const;
    std::uint64_t parameters() const;
    /// Forward-pass arithmetic of one query (learned/Cost.h, a multiply-add counts 2).
    double flopsPerQuery() const { return flopsPerQuery_; }
    /// Training epochs and accuracy (empty history when lent by a hierarchy).
    const ModelRecord& record() const { return record_; }

private:
    Layer1Network(std::shared_ptr<const ClassifierModel> model, std::size_t inputs, double flops, ModelRecord record);

    std::shared_ptr<const ClassifierModel> model_; ///< in the learned module (learned/LearnedModule.h)
    std::size_t inputs_;
    double flopsPerQuery_;
    ModelRecord record_;
};

} // namespace nnscope
