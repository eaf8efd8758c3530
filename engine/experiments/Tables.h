// nnscope engine — experiments: the report's tables as plain data, and their Markdown / CSV forms.
// The CLI, the studio's Distances view and "Export all" all print these same tables.
#pragma once

#include "experiments/Experiment.h"

#include <string>
#include <vector>

namespace nnscope {

struct Table {
    std::string id;     ///< file stem, e.g. "table1_distance_paper"
    std::string title;
    std::string note;   ///< how to read it (protocol, truth, units)
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

/// Every table of a run, in report order: Tables 1–4 per protocol, recall, cost, augmentation,
/// multi-probe, layer-2 imbalance, and the paper's published values.
std::vector<Table> experimentTables(const ExperimentResult& result);

std::string toMarkdown(const Table& table);
/// RFC 4180: fields with commas, quotes or newlines are quoted.
std::string toCsv(const Table& table);

} // namespace nnscope
