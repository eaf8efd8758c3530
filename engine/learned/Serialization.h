// nnscope engine — learned: JSON forms of settings, records and reports, shared by saved models
// (manifest.json), the CLI's --json output and experiment results, so all spell them alike.
#pragma once

#include "cluster/KMeans.h"
#include "learned/Accuracy.h"
#include "learned/Cost.h"
#include "learned/ModelRecord.h"
#include "learned/Settings.h"
#include "learned/TrainingPlan.h"

#include <nlohmann/json.hpp>

namespace nnscope {

using Json = nlohmann::json;

Json toJson(const HierarchySettings& settings);
/// Reads settings written by toJson; an Error naming the field when one is missing or malformed.
HierarchySettings hierarchySettingsFromJson(const Json& json);

Json toJson(const ModelRecord& record);
ModelRecord modelRecordFromJson(const Json& json);

Json toJson(const AccuracyReport& report);
AccuracyReport accuracyReportFromJson(const Json& json);

Json toJson(const HierarchyCost& cost);

/// The clustering with centroids and assignment (sizes are derived again on reading).
Json toJson(const KMeansResult& clustering);
KMeansResult clusteringFromJson(const Json& json);

} // namespace nnscope
