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

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace nnscope {

using Json = nlohmann::json;

/// A saved hierarchy's manifest: its name in the model folder, and the most bytes ever read of it.
inline constexpr const char* kManifestName = "manifest.json";
inline constexpr std::uint64_t kManifestLimit = std::uint64_t(64) << 20;

/// json.at(name) as T; an Error naming the field when it is missing or of another type. Numbers are
/// read strictly: an unsigned field takes only a non-negative integer that fits it (not −5, not 1e30,
/// not 4294967297 into 32 bits), a signed one an integer that fits, a floating-point one a finite number.
template <typename T>
T jsonField(const Json& json, const char* name)
{
    const auto malformed = [name] { return Error(std::string("missing or malformed field '") + name + "'"); };
    if (!json.is_object() || !json.contains(name))
        throw malformed();
    const Json& value = json.at(name);
    if constexpr (std::is_same_v<T, bool>) {
        if (!value.is_boolean())
            throw malformed();
    } else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T>) {
        if (!value.is_number_unsigned() || value.get<std::uint64_t>() > std::numeric_limits<T>::max())
            throw malformed();
    } else if constexpr (std::is_integral_v<T>) {
        if (!value.is_number_integer() || value.get<std::int64_t>() < std::numeric_limits<T>::min()
            || value.get<std::int64_t>() > std::numeric_limits<T>::max())
            throw malformed();
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!value.is_number() || !std::isfinite(value.get<double>()))
            throw malformed();
    }
    try {
        return value.get<T>();
    } catch (const nlohmann::json::exception&) {
        throw malformed();
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
