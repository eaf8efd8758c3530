#include "data/DatasetSource.h"

#include "core/Error.h"
#include "core/Files.h"
#include "data/BuiltinDatasets.h"
#include "data/Hdf5Format.h"
#include "data/TextParsing.h"

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

// Where vectors come from: a file, or bytes in memory (an embedded built-in), named `source`.
struct VectorSource {
    std::string source;
    std::optional<std::string_view> bytes; ///< unset: read the file `source`
};

// The one format dispatcher: every format from a file or from memory.
Loaded load(const VectorSource& from, DataFormat format, std::size_t threads)
{
    const std::string& name = from.source;
    switch (format) {
    case DataFormat::Hdf5: {
        if (from.bytes)
            throw Error(name + ": HDF5 is read from its file, not from memory");
        AnnBenchmarksFile file = readAnnBenchmarksHdf5(name);
        return {std::move(file.train), std::move(file.test), std::move(file.neighbors), file.distance};
    }
    case DataFormat::Idx: {
        if (from.bytes)
            return {parseIdx(*from.bytes, name), {}, {}, {}};
        const std::string labels = idxLabelsPath(name);
        return {parseIdx(readWholeFile(name), name, labels.empty() ? std::string() : readWholeFile(labels), labels), {}, {}, {}};
    }
    case DataFormat::Glove:
    case DataFormat::Csv: {
        // Text from a file is parsed as it is read, a block at a time: a 400,000-word file is never held whole.
        text::LineReader lines = from.bytes ? text::LineReader(*from.bytes) : text::LineReader::fromFile(name);
        return {format == DataFormat::Glove ? parseGlove(lines, name, threads) : parseCsv(lines, name, threads), {}, {}, {}};
    }
    case DataFormat::Fvecs:
        return {from.bytes ? parseFvecs(*from.bytes, name) : parseFvecs(readWholeFile(name), name), {}, {}, {}};
    }
    throw Error(name + ": unknown data format");
}

Loaded loadFile(const std::string& path, DataFormat format, std::size_t threads)
{
    return load({path, std::nullopt}, format, threads);
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
        Loaded loaded = load({builtin->name, builtin->bytes}, format, spec.threads);
        if (!builtin->queryBytes.empty())
            loaded.queries = load({builtin->name + " queries", builtin->queryBytes}, format, spec.threads).vectors;
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

} // namespace

ReadWorkload readWorkload(const WorkloadSpec& spec)
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
    return {std::move(base), std::move(queries), std::move(workload), std::move(origin)};
}

} // namespace nnscope
