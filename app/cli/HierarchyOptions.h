// nnscope CLI: the options that set up a learned hierarchy (train, and later reproduce).
#pragma once

#include "cli/Command.h"
#include "learned/Settings.h"

#include <vector>

namespace nnscope::cli {

/// --preset, --augment, --seed, --metric, --kernel-size, --max-epochs, --threads, --memory-budget,
/// --eval-queries, --n-init, --test-centroid. (--clusters and --protocol are declared by each command.)
std::vector<OptionSpec> hierarchyOptions();

/// Settings for one protocol from the preset plus any overriding options.
HierarchySettings hierarchySettingsFrom(const CommandLine& line, Protocol protocol, std::size_t clusters);

} // namespace nnscope::cli
