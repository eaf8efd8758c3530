// nnscope engine — learned: JSON forms of settings, records and reports, shared by saved models
// (manifest.json), the CLI's --json output and experiment results, so all spell them alike.
#pragma once

#include "cluster/KMeans.h"
#include "core/Error.h"
#include "learned/Accuracy.h"
#include "learned/Imbalance.h"
#include "learned/Cost.h"
#include "learned/ModelRecord.h"
#include "learned/Settings.h"

#include <nlohmann/json.hpp>

namespace nnscope {

using Json = nlohmann::json;

/// json.at(name) as T; an Error naming the field when it is missing or of another type.
template <typename T>
T jsonField(const Json& json, const char* name)
{
    try {
        return json.at(name).get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(std::string("missing or malformed field '") + name + "'");
    }
}

Json toJson(const ModelSettings& model);
ModelSettings modelSettingsFromJson(const Json& json);

Json toJson(const HierarchySettings& settings);
/// Reads settings written by toJson; an Error naming the field when one is missing or malformed.
HierarchySettings hierarchySettingsFromJson(const Json& json);

Json toJson(const ModelRecord& record);
ModelRecord modelRecordFromJson(const Json& json);

Json toJson(const AccuracyReport& report);
AccuracyReport accuracyReportFromJson(const Json& json);

Json toJson(const HierarchyCost& cost);
HierarchyCost hierarchyCostFromJson(const Json& json);

Json toJson(const ClusterImbalance& imbalance);
ClusterImbalance clusterImbalanceFromJson(const Json& json);

/// The clustering with centroids and assignment (sizes are derived again on reading).
Json toJson(const KMeansResult& clustering);
KMeansResult clusteringFromJson(const Json& json);

} // namespace nnscope
