// nnscope CLI: pieces several subcommands share (dataset options, query ranges, JSON numbers).
#pragma once

#include "cli/Command.h"
#include "data/Dataset.h"
#include "workload/Workload.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <vector>

namespace nnscope::cli {

/// --data, --format, --words, --pca.
std::vector<OptionSpec> datasetOptions();
DatasetSpec datasetSpecFrom(const CommandLine& line);
/// Opens the dataset those options name.
Dataset openDatasetFrom(const CommandLine& line);
/// What those options and --query-data / --ground-truth name.
WorkloadSpec workloadSpecFrom(const CommandLine& line);
/// Opens it with its queries and ground truth (--query-data, --ground-truth, or the dataset's own).
Workload openWorkloadFrom(const CommandLine& line);
/// The dataset description every result carries (source, rows, dim, fingerprint).
Json describeDataset(const Dataset& dataset);

/// --k, --metric, --queries, --query-data, --ground-truth: the options of a command that searches.
std::vector<OptionSpec> searchOptions();

/// The queries a search runs: the workload's query set when it has one, else the dataset's rows (each
/// query's own row then excluded); --queries FIRST:COUNT picks a range of either.
struct QuerySelection {
    std::vector<std::size_t> indices; ///< into the query set, or dataset rows
    bool external = false;            ///< indices are into the workload's query set
    std::vector<float> values;        ///< the query vectors, indices.size() × dim
    std::size_t dim = 0;
    std::string source;               ///< "siftsmall queries", or the dataset's rows

    MatrixView view() const { return {values.data(), indices.size(), dim}; }
};
QuerySelection selectQueries(const CommandLine& line, const Workload& workload);

/// `{"source", "queries", "agreement", "disagreeing"}` comparing exact search with the workload's ground
/// truth on the selected queries (tie-aware), or null when there is none for this metric; `note` says why not.
Json groundTruthJson(const Workload& workload, const QuerySelection& queries, const Neighbors& exact, Metric metric,
                     std::string& note);

/// The result of a --dry-run: every option and the data checked as the run would check them, nothing
/// run or written; `plan` says what would run.
Json dryRunResult(const std::string& command, Json plan);

/// Makes the offscreen QApplication that chart rendering needs (once; for reproduce and partition).
void ensureChartApplication();

/// Prints a result's "ground_truth" and "notes" for the text view.
void printGroundTruth(const Json& result, std::ostream& out);

/// The shortest decimal that reads back as the same float, as a JSON number.
Json jsonNumber(float value);
/// A rows × cols row-major float block as a JSON array of arrays.
Json jsonMatrix(const float* values, std::size_t rows, std::size_t cols);

/// A string padded with spaces to `width` characters (UTF-8 aware), for text tables.
std::string padded(const std::string& text, std::size_t width);

} // namespace nnscope::cli
