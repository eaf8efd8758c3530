#include "data/DatasetSource.h"

#include "core/Error.h"
#include "core/Files.h"
#include "data/BuiltinDatasets.h"
#include "data/Hdf5Format.h"
#include "data/TextParsing.h"
#include "project/Pca.h"

#include <filesystem>
#include <sys/stat.h>

namespace nnscope {
namespace {

bool exists(const std::string& path)
{
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

// The labels file that belongs to an IDX images file (train-images-idx3-ubyte.gz → train-labels-idx1-ubyte.gz).
std::string idxLabelsPath(const std::string& images)
{
    std::string labels = images;
    const std::size_t at = labels.rfind("images-idx3-ubyte");
    if (at == std::string::npos)
        return {};
    labels.replace(at, std::string("images-idx3-ubyte").size(), "labels-idx1-ubyte");
    return exists(labels) ? labels : std::string();
}

std::optional<DataFormat> formatOf(const std::string& path, std::optional<DataFormat> given)
{
    if (given)
        return given;
    if (const auto format = formatFromExtension(path))
        return format;
    if (!exists(path) && path.find('/') == std::string::npos)
        throw Error("'" + path + "' is neither a file nor a built-in dataset (" + builtinDatasetNames() + ")");
    const std::string lower = path.size() >= 6 ? path.substr(path.size() - 6) : path;
    if (lower == ".ivecs")
        throw Error("'" + path + "' is ground truth, not vectors: give it with --ground-truth");
    throw Error("cannot tell the format of '" + path + "' from its name; name it with --format glove|csv|fvecs|idx|hdf5");
}

// What one file holds: vectors, and for an HDF5 file its queries and neighbours too.
struct Loaded {
    Dataset vectors;
    std::optional<Dataset> queries;
    std::optional<GroundTruth> truth;
    std::string distance;
};

Loaded loadFile(const std::string& path, DataFormat format, std::size_t threads)
{
    if (format == DataFormat::Hdf5) {
        AnnBenchmarksFile file = readAnnBenchmarksHdf5(path);
        return {std::move(file.train), std::move(file.test), std::move(file.neighbors), file.distance};
    }
    if (format == DataFormat::Idx) {
        const std::string labels = idxLabelsPath(path);
        return {parseIdx(readWholeFile(path), path, labels.empty() ? std::string() : readWholeFile(labels), labels), {}, {}, {}};
    }
    if (format == DataFormat::Glove || format == DataFormat::Csv) {
        // Text is parsed as it is read, a block at a time: a 400,000-word file is never held whole.
        text::LineReader lines = text::LineReader::fromFile(path);
        return {format == DataFormat::Glove ? parseGlove(lines, path, threads) : parseCsv(lines, path, threads), {}, {}, {}};
    }
    return {parseDataset(readWholeFile(path), format, path), {}, {}, {}};
}

// The base (and what ships with it) for a built-in name or a file.
Loaded loadBase(const DatasetSpec& spec, Dataset::Origin& origin, std::string& truthSource)
{
    if (const BuiltinDataset* builtin = findBuiltinDataset(spec.data)) {
        const DataFormat format = spec.format.value_or(builtin->format);
        origin.format = formatName(format);
        if (!builtin->path.empty()) {
            if (!exists(builtin->path))
                throw Error(builtin->name + " is read from the Debian package " + builtin->package + ", which is not installed ("
                            + builtin->path + " is missing): apt-get install " + builtin->package);
            Loaded loaded = loadFile(builtin->path, format, spec.threads);
            if (!builtin->queryPath.empty())
                loaded.queries = loadFile(builtin->queryPath, format, spec.threads).vectors;
            return loaded;
        }
        Loaded loaded{parseDataset(builtin->bytes, format, builtin->name), {}, {}, {}};
        if (!builtin->queryBytes.empty())
            loaded.queries = parseDataset(builtin->queryBytes, format, builtin->name + " queries");
        if (!builtin->truthBytes.empty()) {
            loaded.truth = parseIvecs(builtin->truthBytes, builtin->name + " ground truth");
            truthSource = builtin->name + " (shipped)";
        }
        return loaded;
    }
    const DataFormat format = *formatOf(spec.data, spec.format);
    origin.format = formatName(format);
    std::error_code ignored;
    origin.data = std::filesystem::absolute(spec.data, ignored).string();
    Loaded loaded = loadFile(spec.data, format, spec.threads);
    if (loaded.truth)
        truthSource = spec.data + " (neighbors)";
    return loaded;
}

// The opened parts, by value (openDataset moves the base out; openWorkload shares them).
struct Parts {
    Dataset base;
    std::optional<Dataset> queries;
    Workload workload; ///< truth, its source, distance and notes (base and queries not yet set)
};

Parts openParts(const WorkloadSpec& spec)
{
    const DatasetSpec& data = spec.dataset;
    if (data.data.empty())
        throw Error("no dataset given (a file path or one of: " + builtinDatasetNames() + ")");

    Dataset::Origin origin{data.data, "", data.words, data.pca};
    Workload workload;
    Loaded loaded = loadBase(data, origin, workload.truthSource);
    Dataset base = std::move(loaded.vectors);
    std::optional<Dataset> queries = std::move(loaded.queries);
    workload.truth = std::move(loaded.truth);
    workload.distance = loaded.distance;
    if (!spec.queries.empty()) {
        Loaded file = loadFile(spec.queries, *formatOf(spec.queries, std::nullopt), data.threads);
        queries = file.queries ? std::move(file.queries) : std::move(file.vectors); // an HDF5 file gives its 'test'
        if (!spec.groundTruth.empty() || !file.truth)
            workload.truth.reset(); // the dataset's own truth is for its own queries
        else {
            workload.truth = std::move(file.truth);
            workload.truthSource = spec.queries + " (neighbors)";
        }
    }
    if (queries && queries->dim() != base.dim())
        throw Error("the queries (" + queries->source() + ") have dimension " + std::to_string(queries->dim()) + ", the base ("
                    + base.source() + ") " + std::to_string(base.dim()));
    if (!spec.groundTruth.empty()) {
        if (!queries)
            throw Error("ground truth " + spec.groundTruth + " needs queries: give them with --query-data");
        const std::optional<DataFormat> format = formatFromExtension(spec.groundTruth);
        workload.truth = format == DataFormat::Hdf5 ? readAnnBenchmarksHdf5(spec.groundTruth).neighbors
                                                    : std::optional<GroundTruth>(parseIvecs(readWholeFile(spec.groundTruth), spec.groundTruth));
        if (!workload.truth)
            throw Error(spec.groundTruth + ": the HDF5 file has no 'neighbors' dataset");
        workload.truthSource = spec.groundTruth;
    }
    if (workload.truth && queries)
        workload.truth->check(base.rows(), queries->rows(), 1);

    if (data.pca > 0) {
        if (data.pca > base.dim())
            throw Error("--pca " + std::to_string(data.pca) + " asks for more components than the data's " + std::to_string(base.dim())
                        + " dimensions");
        const Pca pca = Pca::fit(base.view(), data.pca);
        const auto project = [&](const Dataset& d) {
            return Dataset(d.rows(), data.pca, pca.project(d.view()), d.labels(), d.source() + " (PCA " + std::to_string(data.pca) + ")");
        };
        base = project(base);
        if (queries)
            queries = project(*queries);
        if (workload.truth) {
            workload.notes.push_back("the shipped ground truth is for the original vectors, not their PCA projection: exact search is the truth");
            workload.truth.reset();
        }
    }
    if (data.words != 0) {
        if (workload.truth && data.words < base.rows()) {
            workload.notes.push_back("the shipped ground truth is for all " + std::to_string(base.rows())
                                     + " rows, not the first " + std::to_string(data.words) + ": exact search is the truth");
            workload.truth.reset();
        }
        base = base.firstRows(data.words);
    }
    base.setOrigin(origin);
    return {std::move(base), std::move(queries), std::move(workload)};
}

} // namespace

Workload openWorkload(const WorkloadSpec& spec)
{
    Parts parts = openParts(spec);
    Workload workload = std::move(parts.workload);
    workload.base = std::make_shared<const Dataset>(std::move(parts.base));
    if (parts.queries)
        workload.queries = std::make_shared<const Dataset>(std::move(*parts.queries));
    return workload;
}

Dataset openDataset(const DatasetSpec& spec)
{
    return std::move(openParts({spec, {}, {}}).base);
}

} // namespace nnscope
