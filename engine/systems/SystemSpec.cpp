#include "systems/SystemSpec.h"

#include "core/Error.h"

#include <charconv>
#include <cmath>

namespace nnscope {
namespace {

std::string trimmed(const std::string& text)
{
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

} // namespace

std::optional<std::string> SystemSpec::value(const std::string& key) const
{
    for (const auto& [k, v] : values)
        if (k == key)
            return v;
    return std::nullopt;
}

void SystemSpec::set(const std::string& key, const std::string& value)
{
    for (auto& [k, v] : values)
        if (k == key) {
            v = value;
            return;
        }
    values.emplace_back(key, value);
}

std::string SystemSpec::text() const
{
    std::string text = name;
    for (std::size_t i = 0; i < values.size(); ++i)
        text += (i == 0 ? ":" : ",") + values[i].first + "=" + values[i].second;
    return text;
}

SystemSpec parseSystemSpec(const std::string& text)
{
    SystemSpec spec;
    const std::string whole = trimmed(text);
    const std::size_t colon = whole.find(':');
    spec.name = trimmed(whole.substr(0, colon));
    if (spec.name.empty())
        throw Error("system spec '" + text + "' has no name (expected NAME or NAME:KEY=VALUE,...)");
    if (colon == std::string::npos)
        return spec;
    const std::string pairs = whole.substr(colon + 1);
    std::size_t start = 0;
    while (start <= pairs.size()) {
        const std::size_t comma = std::min(pairs.find(',', start), pairs.size());
        const std::string pair = trimmed(pairs.substr(start, comma - start));
        const std::size_t equals = pair.find('=');
        if (equals == std::string::npos || trimmed(pair.substr(0, equals)).empty())
            throw Error("system spec '" + text + "': '" + pair + "' is not KEY=VALUE");
        const std::string key = trimmed(pair.substr(0, equals));
        if (spec.value(key))
            throw Error("system spec '" + text + "' gives '" + key + "' twice");
        spec.values.emplace_back(key, trimmed(pair.substr(equals + 1)));
        start = comma + 1;
    }
    return spec;
}

std::vector<std::string> splitSystemSpecs(const std::string& text)
{
    std::vector<std::string> specs;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        const std::string spec = trimmed(text.substr(start, end - start));
        if (!spec.empty())
            specs.push_back(spec);
        start = end + 1;
    }
    if (specs.empty())
        throw Error("no system given (expected SPEC;SPEC;..., e.g. exact;scann;twin:probes=2)");
    return specs;
}

const std::string& SystemArguments::text(const std::string& key) const
{
    const auto found = values_.find(key);
    if (found == values_.end())
        throw Error(system_ + ": no parameter '" + key + "'"); // a registration mistake, not the user's
    return found->second;
}

std::size_t SystemArguments::count(const std::string& key) const
{
    const std::string& value = text(key);
    if (value.empty())
        return 0;
    std::size_t result = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (error != std::errc() || end != value.data() + value.size())
        throw Error(system_ + ": " + key + " expects a non-negative integer, got '" + value + "'");
    return result;
}

std::uint64_t SystemArguments::seed(const std::string& key) const
{
    return count(key);
}

double SystemArguments::number(const std::string& key) const
{
    const std::string& value = text(key);
    if (value == "off")
        return NAN;
    double result = 0.0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), result);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(result))
        throw Error(system_ + ": " + key + " expects a number, got '" + value + "'");
    return result;
}

bool SystemArguments::flag(const std::string& key) const
{
    const std::string& value = text(key);
    if (value == "1" || value == "true" || value == "yes")
        return true;
    if (value == "0" || value == "false" || value == "no" || value.empty())
        return false;
    throw Error(system_ + ": " + key + " expects 1 or 0, got '" + value + "'");
}

void SystemArguments::read(const std::string& key, std::size_t& field) const
{
    if (has(key) && isSet(key))
        field = count(key);
}

void SystemArguments::read(const std::string& key, double& field) const
{
    if (has(key) && isSet(key))
        field = number(key);
}

void SystemArguments::read(const std::string& key, bool& field) const
{
    if (has(key) && isSet(key))
        field = flag(key);
}

void SystemArguments::read(const std::string& key, std::string& field) const
{
    if (has(key) && isSet(key))
        field = text(key);
}

const std::shared_ptr<const Hierarchy>& SystemResources::trainedHierarchy(bool augmentedVariant, const std::string& system) const
{
    const std::shared_ptr<const Hierarchy>& trained = augmentedVariant ? augmented : hierarchy;
    if (!trained)
        throw Error(augmentedVariant ? system + " needs a run trained with augmentation"
                                     : system + " needs a trained hierarchy: give model=DIR (a folder written by nnscope train)");
    return trained;
}

} // namespace nnscope
