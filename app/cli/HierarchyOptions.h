// nnscope CLI: the options that set up a learned hierarchy (train and reproduce share them).
#pragma once

#include "cli/Command.h"
#include "learned/Settings.h"

#include <vector>

namespace nnscope::cli {

/// --preset, --augment, --seed, --metric, --kernel-size, --max-epochs, --threads, --memory-budget,
/// --eval-queries, --n-init, --test-centroid. (--clusters and --protocol are declared by each command.)
std::vector<OptionSpec> hierarchyOptions();

/// The overrides those options give (only the ones set), checked for form; the engine checks ranges.
HierarchyOverrides hierarchyOverridesFrom(const CommandLine& line);

/// Settings for one protocol: the preset plus the overrides (learned/Settings.h, the one settings path).
HierarchySettings hierarchySettingsFrom(const CommandLine& line, Protocol protocol, std::size_t clusters);

} // namespace nnscope::cli
