// Hierarchy::save / Hierarchy::load: a folder with manifest.json and one weights file per model.
//
// manifest.json holds the format version, the dataset fingerprint, the settings, the clustering, the
// split and targets, each model's record, the accuracy report, and for each weights file its size,
// SHA-256 and tensor table (name, shape, byte offset). A weights file is data only — the model's
// parameters as raw little-endian float32, one after another (the idea of safetensors) — so reading
// one can never run code: every name and shape is checked against the model the settings describe
// before a byte is read, reads are bounded by the sizes that check allows, and nothing outside the
// folder (no symbolic link, no path in a name) is ever opened.
#include "core/Error.h"
#include "core/Files.h"
#include "core/Printable.h"
#include "core/Sha256.h"
#include "learned/Serialization.h"
#include "learned/torch/TorchHierarchy.h"
#include "learned/torch/Runtime.h"

#include <cmath>
#include <sstream>
#include <unistd.h>

namespace nnscope {
namespace {

constexpr const char* kFormat = "nnscope-hierarchy";
constexpr std::int64_t kVersion = 2;
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "weights are written as little-endian float32");

std::string weightsFileName(std::size_t index)
{
    if (index == 0)
        return "layer1.bin";
    char name[32];
    std::snprintf(name, sizeof name, "layer2-%05zu.bin", index - 1);
    return name;
}

// A weights file name from a manifest: a plain name inside the folder, nothing else.
std::string checkedFileName(const Json& entry)
{
    const std::string name = jsonField<std::string>(entry, "file");
    if (name.empty() || name.size() > 255 || name.find('/') != std::string::npos || name == "." || name == ".."
        || name.find('\0') != std::string::npos)
        throw Error("a weights file name must be a plain name inside the folder, got '" + name + "'");
    return name;
}

// Reads one model's weights file into `model`, bounded by what the manifest's tensor table allows.
void readWeights(torchnn::ConvClassifier& model, const Json& entry, const std::string& directory)
{
    const std::string name = checkedFileName(entry);
    const std::uint64_t expected = torchnn::packedWeightBytes(model, entry, "'" + name + "'");
    torchnn::unpackWeights(model, entry, readWholeFile(directory + "/" + name, expected, false), "'" + name + "'");
}

Json planToJson(const TrainingPlan& plan)
{
    return {{"train_rows", plan.trainRows}, {"test_rows", plan.testRows}, {"targets", plan.withinClusterTargets},
            {"target_metric", metricName(plan.targetMetric)}};
}

TrainingPlan planFromJson(const Json& json, const KMeansResult& clustering, Protocol protocol)
{
    TrainingPlan plan;
    plan.protocol = protocol;
    plan.targetMetric = parseMetric(jsonField<std::string>(json, "target_metric"));
    plan.members = clustering.members();
    plan.clusterOf = clustering.assignment;
    plan.positionOf.assign(clustering.assignment.size(), 0);
    for (const auto& list : plan.members)
        for (std::size_t p = 0; p < list.size(); ++p)
            plan.positionOf[list[p]] = static_cast<std::uint32_t>(p);
    plan.trainRows = jsonField<std::vector<std::size_t>>(json, "train_rows");
    plan.testRows = jsonField<std::vector<std::size_t>>(json, "test_rows");
    plan.withinClusterTargets = jsonField<std::vector<std::vector<std::uint32_t>>>(json, "targets");
    const std::size_t rows = clustering.assignment.size();
    if (plan.withinClusterTargets.size() != rows)
        throw Error("the saved targets do not cover every row");
    for (const auto* list : {&plan.trainRows, &plan.testRows})
        for (std::size_t row : *list)
            if (row >= rows)
                throw Error("the saved split names row " + std::to_string(row) + " of " + std::to_string(rows));
    // A target is a position within the row's own cluster: layer 2 has one class per member.
    for (std::size_t row = 0; row < rows; ++row)
        for (std::uint32_t target : plan.withinClusterTargets[row])
            if (target >= plan.members[plan.clusterOf[row]].size())
                throw Error("the saved targets give row " + std::to_string(row) + " target " + std::to_string(target) + " in cluster "
                            + std::to_string(plan.clusterOf[row]) + " of " + std::to_string(plan.members[plan.clusterOf[row]].size())
                            + " rows");
    return plan;
}

// Settings read from a manifest, which anyone can edit: every number within what nnscope itself would
// ever train, so that nothing downstream (the model's size above all) can be pushed out of range. A
// model may come from a machine with more threads than this one: configureRuntime caps them.
void checkSavedSettings(const HierarchySettings& s, const Dataset& data)
{
    try {
        checkHierarchySettings(s, 1024);
        if (s.kmeans.clusters > data.rows())
            throw Error("clusters = " + std::to_string(s.kmeans.clusters) + " is more than the data's " + std::to_string(data.rows()) + " rows");
    } catch (const Error& error) {
        throw Error(std::string("its settings are out of range: ") + error.what());
    }
}

// Centroids are means of the data's rows (or, spherical, their normalised means): a saved one outside
// the data's range, or not finite, was not written by k-means and would route every query astray.
void checkSavedCentroids(const KMeansResult& clustering, const Dataset& data)
{
    float largest = 1.0f;
    for (float v : data.values())
        largest = std::max(largest, std::fabs(v));
    const float bound = largest * 1.001f;
    for (float v : clustering.centroids)
        if (!(std::fabs(v) <= bound))
            throw Error("its clustering holds a centroid value " + (std::ostringstream() << v).str() + " outside the data's range (|x| <= "
                        + (std::ostringstream() << largest).str() + ")");
}

// The accuracy report names rows and clusters the studio looks up: each must exist.
void checkSavedAccuracy(const AccuracyReport& accuracy, std::size_t rows, std::size_t clusters)
{
    const auto within = [](std::int64_t value, std::int64_t low, std::size_t end, const char* what) {
        if (value < low || value >= static_cast<std::int64_t>(end))
            throw Error("its accuracy report names " + std::string(what) + " " + std::to_string(value) + " of " + std::to_string(end));
    };
    for (std::size_t row : accuracy.queryRows)
        within(static_cast<std::int64_t>(row), 0, rows, "row");
    if (!accuracy.perCluster.empty() && accuracy.perCluster.size() != clusters)
        throw Error("its accuracy report has " + std::to_string(accuracy.perCluster.size()) + " clusters, not " + std::to_string(clusters));
    for (const ClusterAccuracy& cluster : accuracy.perCluster)
        if (cluster.hits > cluster.queries)
            throw Error("its accuracy report counts more hits than queries in a cluster");
    for (const QueryOutcome& o : accuracy.outcomes) {
        within(static_cast<std::int64_t>(o.row), 0, rows, "row");
        within(o.cluster, 0, clusters, "cluster");
        within(o.routedCluster, 0, clusters, "cluster");
        within(o.answer, -1, rows, "row");
        within(o.nearest, -1, rows, "row");
    }
    for (double fraction : {accuracy.layer1Accuracy, accuracy.layer1NeighborCluster, accuracy.layer2Accuracy, accuracy.layer2OracleAccuracy,
                            accuracy.recallAt1})
        if (!(fraction >= 0.0 && fraction <= 1.0))
            throw Error("its accuracy report holds a share outside 0 to 1");
}

} // namespace

torchnn::PackedModel torchnn::packModel(const ConvClassifier& model, const ModelRecord& record)
{
    PackedModel packed;
    Json tensors = Json::array();
    for (const auto& parameter : model->named_parameters()) {
        const torch::Tensor values = parameter.value().detach().to(torch::kFloat32).contiguous();
        tensors.push_back({{"name", parameter.key()}, {"shape", values.sizes().vec()}, {"offset", packed.weights.size()}});
        packed.weights.append(reinterpret_cast<const char*>(values.data_ptr<float>()), static_cast<std::size_t>(values.numel()) * sizeof(float));
    }
    packed.entry = record;
    packed.entry["bytes"] = packed.weights.size();
    packed.entry["sha256"] = Sha256::hex(packed.weights);
    packed.entry["tensors"] = std::move(tensors);
    return packed;
}

// The table must list the model's own parameters: the same names, in order, with the same shapes.
std::uint64_t torchnn::packedWeightBytes(const ConvClassifier& model, const Json& entry, const std::string& what)
{
    const Json tensors = jsonField<Json>(entry, "tensors");
    const auto parameters = model->named_parameters();
    if (!tensors.is_array() || tensors.size() != parameters.size())
        throw Error(what + ": the manifest lists " + std::to_string(tensors.is_array() ? tensors.size() : 0) + " tensors, the model has "
                    + std::to_string(parameters.size()));
    std::uint64_t expected = 0;
    for (std::size_t t = 0; t < parameters.size(); ++t) {
        const Json& tensor = tensors[t];
        const torch::Tensor& parameter = parameters[t].value();
        if (jsonField<std::string>(tensor, "name") != parameters[t].key()
            || jsonField<std::vector<std::int64_t>>(tensor, "shape") != parameter.sizes().vec()
            || jsonField<std::uint64_t>(tensor, "offset") != expected)
            throw Error(what + ": tensor " + std::to_string(t) + " does not match the model the settings describe (expected "
                        + parameters[t].key() + " with " + std::to_string(parameter.numel()) + " values at byte " + std::to_string(expected) + ")");
        expected += static_cast<std::uint64_t>(parameter.numel()) * sizeof(float);
    }
    if (jsonField<std::uint64_t>(entry, "bytes") != expected)
        throw Error(what + ": the manifest says " + std::to_string(jsonField<std::uint64_t>(entry, "bytes")) + " bytes, the model needs "
                    + std::to_string(expected));
    return expected;
}

void torchnn::unpackWeights(ConvClassifier& model, const Json& entry, const std::string& weights, const std::string& what)
{
    constexpr float kLargestWeight = 1e4f;
    const std::uint64_t expected = packedWeightBytes(model, entry, what);
    if (weights.size() != expected || Sha256::hex(weights) != jsonField<std::string>(entry, "sha256"))
        throw Error(what + " is truncated or corrupt (its size or checksum does not match the manifest)");
    torch::NoGradGuard noGrad;
    std::size_t offset = 0;
    for (const auto& parameter : model->named_parameters()) {
        torch::Tensor target = parameter.value();
        const torch::Tensor source = torch::from_blob(const_cast<char*>(weights.data() + offset), target.sizes(), torch::kFloat32);
        // Data, not code; still, no weight training could not have produced: NaN, Inf, or one so large
        // that a forward pass overflows to NaN (trained weights here stay within a few units).
        for (std::int64_t i = 0; i < source.numel(); ++i)
            if (!(std::fabs(source.data_ptr<float>()[i]) <= kLargestWeight))
                throw Error(what + ": " + parameter.key() + " holds a weight that is not finite or beyond ±"
                            + std::to_string(static_cast<int>(kLargestWeight)));
        target.copy_(source);
        offset += static_cast<std::size_t>(target.numel()) * sizeof(float);
    }
}

void torchnn::TorchHierarchy::save(const std::string& directory) const
{
    StagingDirectory staging(directory, kManifestName);
    Json models = Json::array();
    const auto writeModel = [&](std::size_t index, PackedModel packed) {
        const std::string name = weightsFileName(index);
        writeFileAtomically(staging.file(name), packed.weights);
        packed.entry["file"] = name;
        models.push_back(std::move(packed.entry));
    };
    writeModel(0, packModel(layer1, layer1Record));
    for (std::size_t c = 0; c < layer2.size(); ++c)
        writeModel(c + 1, layer2[c] ? packModel(layer2[c], layer2Records[c]) : PackedModel{spilled->entry(c), spilled->weights(c)});

    const Dataset& dataset = *data;
    Json origin = nullptr;
    if (dataset.origin())
        origin = {{"data", dataset.origin()->data}, {"format", dataset.origin()->format}, {"words", dataset.origin()->words},
                  {"pca", dataset.origin()->pca}};
    const Json manifest = {
        {"format", kFormat},
        {"version", kVersion},
        {"nnscope_version", NNSCOPE_VERSION},
        {"dataset", {{"fingerprint", dataset.fingerprint()}, {"source", dataset.source()}, {"rows", dataset.rows()}, {"dim", dataset.dim()}, {"origin", origin}}},
        {"settings", Json(settings)},
        {"clustering", Json(clustering)},
        {"plan", planToJson(plan)},
        {"models", models},
        {"accuracy", Json(accuracy)},
        {"cost", Json(hierarchyCost(settings.model, data->dim(), clustering.sizes))},
        {"train_seconds", trainSeconds},
    };
    writeFileAtomically(staging.file(kManifestName), manifest.dump(1));
    staging.commit();
}

std::unique_ptr<HierarchyModel> torchnn::loadHierarchy(const std::string& directory, std::shared_ptr<const Dataset> data)
{
    const std::string manifestPath = directory + "/" + kManifestName;
    Json manifest;
    try {
        manifest = Json::parse(readWholeFile(manifestPath, manifestLimit(data->rows(), data->dim()), false));
    } catch (const nlohmann::json::exception& error) {
        throw Error("'" + manifestPath + "' is corrupt: " + error.what());
    } catch (const Error& error) {
        throw Error("cannot load the hierarchy in '" + directory + "': " + error.what());
    }
    auto impl = std::make_unique<torchnn::TorchHierarchy>();
    try {
        if (!manifest.is_object() || manifest.value("format", "") != kFormat)
            throw Error("it is not an nnscope hierarchy");
        const Json& version = manifest.at("version");
        if (!version.is_number_integer() || version.get<std::int64_t>() != kVersion) {
            if (version.is_number_integer() && version.get<std::int64_t>() == 1)
                throw Error("it was saved by an earlier nnscope as TorchScript archives, which can carry code and are no longer read; "
                            "train it again to save it in the current format");
            throw Error("format version " + version.dump() + " is not supported (expected " + std::to_string(kVersion) + ")");
        }
        const Json& dataset = manifest.at("dataset");
        const std::string fingerprint = jsonField<std::string>(dataset, "fingerprint");
        if (fingerprint != data->fingerprint())
            throw Error("it was trained on '" + printable(dataset.contains("source") && dataset.at("source").is_string() ? dataset.at("source").get<std::string>() : std::string("?")) + "' ("
                        + dataset.value("rows", Json()).dump() + " x " + dataset.value("dim", Json()).dump()
                        + ", fingerprint " + fingerprint.substr(0, 12) + "…), not on '" + data->source() + "' ("
                        + std::to_string(data->rows()) + " x " + std::to_string(data->dim()) + ", fingerprint "
                        + data->fingerprint().substr(0, 12) + "…)");
        if (jsonField<std::size_t>(dataset, "rows") != data->rows() || jsonField<std::size_t>(dataset, "dim") != data->dim())
            throw Error("its dataset.rows and dataset.dim (" + dataset.value("rows", Json()).dump() + " x " + dataset.value("dim", Json()).dump()
                        + ") are not those of '" + data->source() + "' (" + std::to_string(data->rows()) + " x " + std::to_string(data->dim()) + ")");
        impl->data = data;
        impl->settings = manifest.at("settings").get<HierarchySettings>();
        checkSavedSettings(impl->settings, *data);
        impl->clustering = manifest.at("clustering").get<KMeansResult>();
        if (impl->clustering.dim != data->dim() || impl->clustering.assignment.size() != data->rows()
            || impl->clustering.clusters != impl->settings.kmeans.clusters)
            throw Error("its clustering does not match the dataset and settings");
        checkSavedCentroids(impl->clustering, *data);
        impl->plan = planFromJson(manifest.at("plan"), impl->clustering, impl->settings.protocol);
        impl->accuracy = manifest.at("accuracy").get<AccuracyReport>();
        checkSavedAccuracy(impl->accuracy, data->rows(), impl->clustering.clusters);
        impl->trainSeconds = manifest.at("train_seconds").get<double>();
        torchnn::configureRuntime(impl->settings.threads);

        const Json& models = manifest.at("models");
        if (models.size() != impl->clustering.clusters + 1)
            throw Error("it lists " + std::to_string(models.size()) + " models for " +
                        std::to_string(impl->clustering.clusters) + " clusters");
        for (std::size_t index = 0; index < models.size(); ++index) {
            const Json& entry = models[index];
            const ModelRecord record = entry.get<ModelRecord>();
            // The shape the settings and the data allow, before anything is allocated or read.
            const std::size_t inputLength = index == 0 ? data->dim() : 2 * data->dim();
            const std::size_t classes = index == 0 ? impl->clustering.clusters : std::max<std::size_t>(impl->plan.members[index - 1].size(), 1);
            if (record.inputLength != inputLength || record.classes > classes || (record.classes == 0 && index == 0))
                throw Error("model " + std::to_string(index) + " is recorded as " + std::to_string(record.inputLength) + " inputs and "
                            + std::to_string(record.classes) + " classes; the data allow " + std::to_string(inputLength) + " and at most "
                            + std::to_string(classes));
            // The weights this model must hold, checked against the file on disk before the model is made.
            const std::uint64_t expected = 4 * classifierCost(impl->settings.model, record.inputLength, std::max<std::size_t>(record.classes, 1)).parameters;
            std::uint64_t onDisk = 0;
            ::close(openRegularFile(directory + "/" + checkedFileName(entry), onDisk, false));
            if (onDisk != expected || jsonField<std::uint64_t>(entry, "bytes") != expected)
                throw Error("'" + checkedFileName(entry) + "' holds " + std::to_string(onDisk) + " bytes; the model the settings describe needs "
                            + std::to_string(expected));
            torchnn::ConvClassifier model(impl->settings.model, static_cast<std::int64_t>(record.inputLength),
                                          static_cast<std::int64_t>(std::max<std::size_t>(record.classes, 1)));
            readWeights(model, entry, directory);
            model->eval();
            if (index == 0) {
                impl->layer1 = model;
                impl->layer1Record = record;
            } else {
                impl->layer2.push_back(model);
                impl->layer2Records.push_back(record);
            }
        }
    } catch (const nlohmann::json::exception& error) {
        throw Error("cannot load the hierarchy in '" + directory + "': the manifest is malformed (" + error.what() + ")");
    } catch (const Cancelled&) {
        throw;
    } catch (const Error& error) {
        throw Error("cannot load the hierarchy in '" + directory + "': " + error.what());
    }
    return impl;
}

} // namespace nnscope
