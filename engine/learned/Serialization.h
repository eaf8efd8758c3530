// nnscope engine — learned: JSON forms of settings, records and reports, shared by saved models
// (manifest.json), the CLI's --json output, experiment results and the studio's saved settings, so
// all spell them alike.
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

// nlohmann's ADL hooks: Json j = value; value = j.get<T>(). Reading throws an Error naming the
// field when one is missing or malformed.
void to_json(Json& json, const ModelSettings& value);
void from_json(const Json& json, ModelSettings& value);
void to_json(Json& json, const HierarchySettings& value);
void from_json(const Json& json, HierarchySettings& value);
void to_json(Json& json, const ModelRecord& value);
void from_json(const Json& json, ModelRecord& value);
void to_json(Json& json, const AccuracyReport& value);
void from_json(const Json& json, AccuracyReport& value);
void to_json(Json& json, const HierarchyCost& value);
void from_json(const Json& json, HierarchyCost& value);
void to_json(Json& json, const ClusterImbalance& value);
void from_json(const Json& json, ClusterImbalance& value);
void to_json(Json& json, const KMeansResult& value);
void from_json(const Json& json, KMeansResult& value);
void to_json(Json& json, const HierarchyOverrides& value); ///< only the fields that are set
void from_json(const Json& json, HierarchyOverrides& value);

} // namespace nnscope
