#include "cli/CliSupport.h"

#include "data/BuiltinDatasets.h"
#include "workload/Workload.h"
#include "search/GroundTruthCheck.h"

#include <charconv>
#include <cstdio>
#include <ostream>

namespace nnscope::cli {

std::vector<OptionSpec> datasetOptions()
{
    return {
        {"data", "D", "a built-in dataset (" + builtinDatasetNames() + ") or a file", "glove-100d"},
        {"format", "F", "file format: glove, csv, fvecs, idx or hdf5 (default: from the file name)", ""},
        {"words", "N", "keep only the first N rows (the paper's number of words)", ""},
        {"pca", "D", "project onto the data's D leading principal axes (fitted on all its rows) first", ""},
    };
}

Dataset openDatasetFrom(const CommandLine& line)
{
    return openDataset(datasetSpecFrom(line));
}

WorkloadSpec workloadSpecFrom(const CommandLine& line)
{
    const auto optional = [&line](const char* name) { return line.declares(name) ? line.value(name) : std::string(); };
    return {datasetSpecFrom(line), optional("query-data"), optional("ground-truth")};
}

Workload openWorkloadFrom(const CommandLine& line)
{
    return openWorkload(workloadSpecFrom(line));
}

DatasetSpec datasetSpecFrom(const CommandLine& line)
{
    DatasetSpec spec;
    spec.data = line.required("data");
    if (line.isSet("format"))
        spec.format = parseDataFormat(line.value("format"));
    if (line.isSet("words")) {
        spec.words = line.count("words");
        if (spec.words == 0)
            throw UsageError("--words must be at least 1");
    }
    if (line.isSet("pca")) {
        spec.pca = line.count("pca");
        if (spec.pca == 0)
            throw UsageError("--pca must be at least 1");
    }
    return spec;
}

Json describeDataset(const Dataset& dataset)
{
    return {{"source", dataset.source()},
            {"rows", dataset.rows()},
            {"dim", dataset.dim()},
            {"labels", dataset.hasLabels()},
            {"fingerprint", dataset.fingerprint()}};
}

std::vector<OptionSpec> searchOptions()
{
    return {
        {"k", "K", "neighbours per query", "10"},
        {"metric", "M", "l2, cosine or ip", "l2"},
        {"queries", "FIRST:COUNT", "a range of the queries (default: all of the query set, or every row)", ""},
        {"query-data", "FILE", "query vectors (any format; default: the dataset's own query set, else its rows)", ""},
        {"ground-truth", "FILE", "their exact neighbours (.ivecs or ann-benchmarks HDF5), checked against exact search", ""},
    };
}

namespace {

// Parses --queries FIRST:COUNT (COUNT may be omitted: to the end) over `total` queries.
std::vector<std::size_t> queryRange(const CommandLine& line, std::size_t total, const std::string& what)
{
    std::size_t first = 0, count = total;
    if (line.isSet("queries")) {
        const std::string text = line.value("queries");
        const std::size_t colon = text.find(':');
        const std::string firstText = text.substr(0, colon);
        const auto parse = [&](const std::string& part, std::size_t& out) {
            const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
            if (part.empty() || error != std::errc() || end != part.data() + part.size())
                throw UsageError("--queries expects FIRST:COUNT (e.g. 0:100), got '" + text + "'");
        };
        parse(firstText, first);
        if (first >= total)
            throw UsageError("--queries starts at " + std::to_string(first) + " but there are " + std::to_string(total) + " " + what);
        count = total - first;
        if (colon != std::string::npos && colon + 1 < text.size())
            parse(text.substr(colon + 1), count);
        if (count == 0 || count > total - first) // not first + count: that may wrap
            throw UsageError("--queries " + text + " asks for queries outside the " + std::to_string(total) + " " + what);
    }
    std::vector<std::size_t> rows(count);
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = first + i;
    return rows;
}

} // namespace

Json dryRunResult(const std::string& command, Json plan)
{
    return {{"dry_run", true}, {"command", command}, {"plan", std::move(plan)}};
}

QuerySelection selectQueries(const CommandLine& line, const Workload& workload)
{
    QuerySelection selection;
    selection.dim = workload.base->dim();
    selection.external = workload.queries != nullptr;
    const Dataset& from = selection.external ? *workload.queries : *workload.base;
    selection.indices = queryRange(line, from.rows(), selection.external ? "queries of " + from.source() : "rows of " + from.source());
    selection.values = gatherRows(from.view(), selection.indices);
    selection.source = selection.external ? from.source() : "rows of " + from.source();
    return selection;
}

Json groundTruthJson(const Workload& workload, const QuerySelection& queries, const Neighbors& exact, Metric metric, std::string& note)
{
    if (!workload.truth || !queries.external)
        return nullptr;
    // texmex truth is Euclidean; an HDF5 file says which distance it used.
    const std::optional<Metric> truthMetric = workload.distance.empty() ? std::optional<Metric>(Metric::L2) : metricOfDistanceName(workload.distance);
    if (truthMetric != metric) {
        note = "the ground truth (" + workload.truthSource + ") was computed with " + (workload.distance.empty() ? "l2" : workload.distance)
            + ", not " + metricName(metric) + ": not compared";
        return nullptr;
    }
    GroundTruth selected;
    selected.source = workload.truth->source;
    selected.queries = queries.indices.size();
    selected.k = workload.truth->k;
    for (std::size_t index : queries.indices)
        selected.ids.insert(selected.ids.end(), workload.truth->ids.begin() + static_cast<std::ptrdiff_t>(index * selected.k),
                            workload.truth->ids.begin() + static_cast<std::ptrdiff_t>((index + 1) * selected.k));
    const GroundTruthAgreement agreement = compareWithGroundTruth(workload.base->view(), queries.view(), selected, exact, metric);
    Json disagreeing = Json::array();
    for (std::size_t q : agreement.disagreeing)
        disagreeing.push_back(queries.indices[q]);
    return {{"source", workload.truthSource}, {"queries", agreement.queries}, {"agreement", agreement.fraction()},
            {"disagreeing", disagreeing}};
}

void printGroundTruth(const Json& result, std::ostream& out)
{
    for (const Json& note : result.value("notes", Json::array()))
        out << "note: " << note.get<std::string>() << "\n";
    const Json& truth = result.value("ground_truth", Json());
    if (truth.is_null())
        return;
    char line[256];
    std::snprintf(line, sizeof line, "ground truth %s: exact search agrees on %.4f of %zu queries (ties allowed)",
                  truth["source"].get<std::string>().c_str(), truth["agreement"].get<double>(), truth["queries"].get<std::size_t>());
    out << line;
    if (!truth["disagreeing"].empty())
        out << "; disagrees on " << truth["disagreeing"].dump();
    out << "\n";
}

Json jsonNumber(float value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    double shortest = value;
    if (error == std::errc())
        std::from_chars(buffer, end, shortest);
    return shortest;
}

Json jsonMatrix(const float* values, std::size_t rows, std::size_t cols)
{
    Json matrix = Json::array();
    for (std::size_t i = 0; i < rows; ++i) {
        Json row = Json::array();
        for (std::size_t j = 0; j < cols; ++j)
            row.push_back(jsonNumber(values[i * cols + j]));
        matrix.push_back(std::move(row));
    }
    return matrix;
}

std::string padded(const std::string& text, std::size_t width)
{
    std::size_t characters = 0;
    for (unsigned char c : text)
        characters += (c & 0xC0) != 0x80;
    return characters >= width ? text : text + std::string(width - characters, ' ');
}

} // namespace nnscope::cli
