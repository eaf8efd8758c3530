#include "systems/SystemRegistry.h"

#include "core/Error.h"
#include "systems/Entries.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace nnscope {
namespace {

// The keys the registry itself understands for every system (systems/SystemSpec.h).
const SystemParameter kSelfParameter{"self", ParameterKind::Text, "", "exclude|keep a query's own row (default: exclude, or the system's protocol)", {"exclude", "keep"}};

std::vector<SystemEntry> registeredSystems()
{
    std::vector<SystemEntry> entries = {
        exactSystem(),
        randomSystem(),
        scannSystem(),
        scannPaperSystem(),
        faissFlatSystem(),
        faissIvfSystem(),
        faissIvfPqSystem(),
        faissHnswSystem(),
        twinSystem(),
        learnedSystem(),
        kmeansPartitionSystem(),
        layer1System(),
        kmeansSpillSystem(),
        neuralPartitionSystem(),
        neuralProbeSystem(),
    };
    return entries;
}

std::string namesOf(const std::vector<SystemEntry>& entries)
{
    std::string names;
    for (const SystemEntry& entry : entries)
        names += (names.empty() ? "" : ", ") + entry.name;
    return names;
}

std::string keysOf(const SystemEntry& entry)
{
    std::string keys;
    for (const SystemParameter& parameter : entry.parameters)
        keys += (keys.empty() ? "" : ", ") + parameter.key;
    return keys + (keys.empty() ? "" : ", ") + kSelfParameter.key;
}

const SystemParameter* parameterOf(const SystemEntry& entry, const std::string& key)
{
    if (key == kSelfParameter.key)
        return &kSelfParameter;
    for (const SystemParameter& parameter : entry.parameters)
        if (parameter.key == key)
            return &parameter;
    return nullptr;
}

// Throws the registry's error when `value` is not a valid value of `parameter`.
void checkValue(const SystemEntry& entry, const SystemParameter& parameter, const std::string& value)
{
    SystemArguments one(entry.name, {{parameter.key, value}});
    switch (parameter.kind) {
    case ParameterKind::Count:
        if (std::find(parameter.choices.begin(), parameter.choices.end(), value) != parameter.choices.end())
            break;
        if (const std::size_t count = one.count(parameter.key); !value.empty() && (count < parameter.least || count > parameter.most))
            throw Error(entry.name + ": " + parameter.key + " must be " + std::to_string(parameter.least) + " to " + std::to_string(parameter.most)
                        + ", got " + value);
        break;
    case ParameterKind::Number: one.number(parameter.key); break;
    case ParameterKind::Flag: one.flag(parameter.key); break;
    case ParameterKind::Text:
        if (!parameter.choices.empty() && std::find(parameter.choices.begin(), parameter.choices.end(), value) == parameter.choices.end()) {
            std::string allowed;
            for (const std::string& choice : parameter.choices)
                allowed += (allowed.empty() ? "" : ", ") + choice;
            throw Error(entry.name + ": " + parameter.key + " expects one of " + allowed + ", got '" + value + "'");
        }
        break;
    }
    if (value.empty() && parameter.kind != ParameterKind::Text)
        throw Error(entry.name + ": " + parameter.key + " needs a value");
}

} // namespace

const std::vector<SystemEntry>& systemEntries()
{
    static const std::vector<SystemEntry> entries = registeredSystems();
    return entries;
}

const SystemEntry& systemEntry(const std::string& name)
{
    for (const SystemEntry& entry : systemEntries())
        if (entry.name == name)
            return entry;
    throw Error("unknown system '" + name + "' (expected one of " + namesOf(systemEntries()) + "; nnscope systems lists their parameters)");
}

ResolvedSystem resolveSystem(const std::string& text)
{
    const SystemSpec spec = parseSystemSpec(text);
    const SystemEntry& entry = systemEntry(spec.name);
    std::map<std::string, std::string> values;
    for (const SystemParameter& parameter : entry.parameters)
        values[parameter.key] = parameter.defaultValue;
    std::string label = entry.name, buildLabel = entry.name;
    std::size_t probes = 0;
    std::optional<bool> keepSelf;
    // The label lists the given values in the entry's parameter order, so equal systems get equal labels.
    for (const SystemParameter& parameter : entry.parameters) {
        const std::optional<std::string> given = spec.value(parameter.key);
        if (!given || *given == parameter.defaultValue)
            continue;
        const std::string pair = parameter.key + "=" + *given;
        label += (label == entry.name ? ":" : ",") + pair;
        if (parameter.key != entry.probeKey
            && std::find(entry.searchKeys.begin(), entry.searchKeys.end(), parameter.key) == entry.searchKeys.end())
            buildLabel += (buildLabel == entry.name ? ":" : ",") + pair;
    }
    for (const auto& [key, value] : spec.values) {
        const SystemParameter* parameter = parameterOf(entry, key);
        if (!parameter)
            throw Error("system '" + entry.name + "' has no parameter '" + key + "' (its parameters: " + keysOf(entry) + ")");
        checkValue(entry, *parameter, value);
        if (key == kSelfParameter.key) {
            keepSelf = value == "keep";
            label += (label == entry.name ? ":" : ",") + key + "=" + value;
            continue;
        }
        values[key] = value;
    }
    SystemArguments arguments(entry.name, values);
    if (!entry.probeKey.empty())
        probes = arguments.count(entry.probeKey);
    return {&entry, spec, label, buildLabel, std::move(arguments), probes, keepSelf};
}

std::unique_ptr<Searcher> makeSystem(const ResolvedSystem& system, const SystemResources& context)
{
    if (!system.entry)
        throw Error("no system to make");
    limits::checkThreads(context.threads);
    return system.entry->make(system.arguments, context);
}

HierarchyNeed hierarchyNeed(const ResolvedSystem& system)
{
    return system.entry->hierarchyNeed ? system.entry->hierarchyNeed(system.arguments) : HierarchyNeed::None;
}

std::optional<KnnGraphSettings> graphReadBy(const ResolvedSystem& system, const SystemResources& resources)
{
    if (!system.entry->graphRead)
        return std::nullopt;
    return system.entry->graphRead(system.arguments, resources);
}

bool availableIn(const ResolvedSystem& system, const SystemResources& resources)
{
    switch (hierarchyNeed(system)) {
    case HierarchyNeed::None: return true;
    case HierarchyNeed::Trained: return resources.hierarchy != nullptr;
    case HierarchyNeed::Augmented: return resources.augmented != nullptr;
    }
    return false;
}

bool keepsSelf(const ResolvedSystem& system, const SystemResources& context)
{
    if (system.keepSelf)
        return *system.keepSelf;
    return system.entry->keepsSelfByDefault && system.entry->keepsSelfByDefault(system.arguments, context);
}

nlohmann::json systemsJson()
{
    static const char* const kinds[] = {"count", "number", "flag", "text"};
    nlohmann::json list = nlohmann::json::array();
    for (const SystemEntry& entry : systemEntries()) {
        nlohmann::json parameters = nlohmann::json::array();
        for (const SystemParameter& parameter : entry.parameters) {
            nlohmann::json p = {{"key", parameter.key}, {"type", kinds[static_cast<int>(parameter.kind)]},
                                {"default", parameter.defaultValue}, {"help", parameter.help}};
            if (!parameter.choices.empty())
                p["choices"] = parameter.choices;
            if (parameter.kind == ParameterKind::Count)
                p["range"] = {parameter.least, parameter.most};
            parameters.push_back(p);
        }
        list.push_back({{"name", entry.name}, {"summary", entry.summary}, {"parameters", parameters},
                        {"probe_key", entry.probeKey}});
    }
    return {{"systems", list},
            {"common_parameters", {{{"key", kSelfParameter.key}, {"type", "text"}, {"default", ""}, {"help", kSelfParameter.help},
                                    {"choices", kSelfParameter.choices}}}},
            {"syntax", "NAME or NAME:KEY=VALUE,KEY=VALUE; several systems: SPEC;SPEC"}};
}

} // namespace nnscope
