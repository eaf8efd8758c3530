// nnscope engine — systems: every system nnscope knows, by name (systems/SystemSpec.h), and the one
// place a spec is checked and turned into a searcher. Adding a system: its searcher's own files, a
// function returning its SystemEntry (systems/Entries.h), plus one line in SystemRegistry.cpp.
#pragma once

#include "systems/SystemSpec.h"

#include <nlohmann/json_fwd.hpp>

namespace nnscope {

/// The registered systems, in the order `nnscope systems` lists them.
const std::vector<SystemEntry>& systemEntries();
/// The entry named `name`; an Error listing the known names otherwise.
const SystemEntry& systemEntry(const std::string& name);

/// A spec checked against its entry: every key known, every value valid, defaults filled in.
struct ResolvedSystem {
    const SystemEntry* entry = nullptr;
    SystemSpec spec;            ///< as given
    std::string label;          ///< the canonical spec: name plus the values that differ from the defaults
    std::string buildLabel;     ///< the label without the probe and search keys: specs with equal buildLabel share one build
    SystemArguments arguments;  ///< every parameter of the entry, defaults filled in
    std::size_t probes = 0;     ///< the probe parameter's value (0: the system's own choice)
    std::optional<bool> keepSelf; ///< the `self` given; unset: the entry's default for the context
};

/// Checks `text` against the registry; an Error naming the system and listing its parameters (or the
/// systems) when a name, key or value is not allowed.
ResolvedSystem resolveSystem(const std::string& text);

/// Makes the searcher a resolved spec describes (not built yet).
std::unique_ptr<Searcher> makeSystem(const ResolvedSystem& system, const SystemResources& resources = {});
/// The trained hierarchy the system needs from the run (HierarchyNeed::None for most).
HierarchyNeed hierarchyNeed(const ResolvedSystem& system);
/// The k-NN graph the system's build reads (SystemEntry::graphRead) under `resources`; none when it reads none.
std::optional<KnnGraphSettings> graphReadBy(const ResolvedSystem& system, const SystemResources& resources);
/// Whether the run's resources hold what the system needs (a system that needs a trained hierarchy the
/// run did not train is left out of the run's roster).
bool availableIn(const ResolvedSystem& system, const SystemResources& resources);
/// Whether a query keeps its own row for this system in this context.
bool keepsSelf(const ResolvedSystem& system, const SystemResources& context);

/// Every system with its parameters and defaults, for `nnscope systems --json`.
nlohmann::json systemsJson();

} // namespace nnscope
