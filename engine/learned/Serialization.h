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
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace nnscope {

using Json = nlohmann::json;

/// A saved hierarchy's manifest: its name in the model folder, and the most bytes ever read of it.
inline constexpr const char* kManifestName = "manifest.json";
inline constexpr std::uint64_t kManifestLimit = std::uint64_t(64) << 20;

/// The most bytes a manifest for `rows` × `dim` data may hold, read before it is parsed: a parsed
/// document takes up to ~40 bytes of memory per byte of text, so the cap follows what a model of that
/// data can need (centroids up to rows × dim, each row's targets, split and outcome, the epochs'
/// history), not a fixed 64 MiB: a 60 MB manifest beside 2,717 rows is refused unread.
inline std::uint64_t manifestLimit(std::size_t rows, std::size_t dim)
{
    const double need = 4.0 * (1 << 20) + static_cast<double>(rows) * (16.0 * static_cast<double>(dim) + 2048.0);
    return need < static_cast<double>(kManifestLimit) ? static_cast<std::uint64_t>(need) : kManifestLimit;
}

namespace detail {

template <typename T> struct IsVector : std::false_type {};
template <typename T> struct IsVector<std::vector<T>> : std::true_type {};
template <typename T> struct IsTuple : std::false_type {};
template <typename... T> struct IsTuple<std::tuple<T...>> : std::true_type {};
template <typename A, typename B> struct IsTuple<std::pair<A, B>> : std::true_type {};

template <typename T>
bool holds(const Json& value);

template <typename Tuple, std::size_t... I>
bool holdsEach(const Json& value, std::index_sequence<I...>)
{
    return (holds<std::tuple_element_t<I, Tuple>>(value[I]) && ...);
}

/// Whether `value` holds a T exactly: numbers strictly (an unsigned type takes only a non-negative
/// integer that fits it, not −5, 1e30 or 4294967297 into 32 bits; a signed one an integer that fits; a
/// floating-point one a finite number that fits), arrays element by element, tuples by position.
template <typename T>
bool holds(const Json& value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value.is_boolean();
    } else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T>) {
        return value.is_number_unsigned() && value.get<std::uint64_t>() <= std::numeric_limits<T>::max();
    } else if constexpr (std::is_integral_v<T>) {
        if (value.is_number_unsigned())
            return value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max());
        return value.is_number_integer() && value.get<std::int64_t>() >= std::numeric_limits<T>::min()
            && value.get<std::int64_t>() <= std::numeric_limits<T>::max();
    } else if constexpr (std::is_floating_point_v<T>) {
        return value.is_number() && std::isfinite(value.get<double>())
            && std::fabs(value.get<double>()) <= static_cast<double>(std::numeric_limits<T>::max());
    } else if constexpr (std::is_same_v<T, std::string>) {
        return value.is_string();
    } else if constexpr (IsVector<T>::value) {
        if (!value.is_array())
            return false;
        for (const Json& element : value)
            if (!holds<typename T::value_type>(element))
                return false;
        return true;
    } else if constexpr (IsTuple<T>::value) {
        return value.is_array() && value.size() == std::tuple_size_v<T>
            && holdsEach<T>(value, std::make_index_sequence<std::tuple_size_v<T>>());
    } else {
        return true; // an object type: its own from_json reads its fields strictly
    }
}

} // namespace detail

/// json.at(name) as T; an Error naming the field when it is missing or of another type. Numbers are
/// read strictly, in arrays and tuples too (detail::holds): a manifest anyone can edit cannot wrap a
/// count, smuggle a fraction into a list of ids or overflow a float.
template <typename T>
T jsonField(const Json& json, const char* name)
{
    const auto malformed = [name] { return Error(std::string("missing or malformed field '") + name + "'"); };
    if (!json.is_object() || !json.contains(name))
        throw malformed();
    const Json& value = json.at(name);
    if (!detail::holds<T>(value))
        throw malformed();
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
