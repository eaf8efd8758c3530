// nnscope CLI: pieces several subcommands share (dataset options, query ranges, JSON numbers).
#pragma once

#include "cli/Command.h"
#include "data/Dataset.h"

#include <vector>

namespace nnscope::cli {

/// --data, --format, --words.
std::vector<OptionSpec> datasetOptions();
/// Opens the dataset those options name.
Dataset openDatasetFrom(const CommandLine& line);
/// The dataset description every result carries (source, rows, dim, fingerprint).
Json describeDataset(const Dataset& dataset);

/// --k, --metric, --queries: the options of a command that searches dataset rows.
std::vector<OptionSpec> rowSearchOptions();
/// Parses --queries FIRST:COUNT (COUNT may be omitted: to the end); all rows when unset.
std::vector<std::size_t> queryRows(const CommandLine& line, const Dataset& dataset);

/// The shortest decimal that reads back as the same float, as a JSON number.
Json jsonNumber(float value);
/// A rows × cols row-major float block as a JSON array of arrays.
Json jsonMatrix(const float* values, std::size_t rows, std::size_t cols);

/// A string padded with spaces to `width` characters (UTF-8 aware), for text tables.
std::string padded(const std::string& text, std::size_t width);

} // namespace nnscope::cli
