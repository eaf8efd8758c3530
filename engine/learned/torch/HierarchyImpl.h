// nnscope engine — learned (internal, LibTorch): the state behind a Hierarchy.
#pragma once

#include "learned/Accuracy.h"
#include "learned/Hierarchy.h"
#include "learned/torch/ConvClassifier.h"

namespace nnscope {

struct Hierarchy::Impl {
    std::shared_ptr<const Dataset> data;
    HierarchySettings settings;
    KMeansResult clustering;
    TrainingPlan plan;
    torchnn::ConvClassifier layer1{nullptr};
    std::vector<torchnn::ConvClassifier> layer2;
    ModelRecord layer1Record;
    std::vector<ModelRecord> layer2Records;
    AccuracyReport accuracy;
    double trainSeconds = 0.0;

    /// Rows of `query ⧺ centroid_c` (raw or L2-normalised centroid) for layer 2 of cluster c.
    std::vector<float> layer2Inputs(std::uint32_t cluster, MatrixView queries, bool normaliseCentroid) const;
};

} // namespace nnscope
