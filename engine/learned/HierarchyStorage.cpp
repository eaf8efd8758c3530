// Hierarchy::save / Hierarchy::load: a folder with manifest.json and one weights file per model.
//
// manifest.json holds the format version, the dataset fingerprint, the settings, the clustering, the
// split and targets, each model's record, the accuracy report, and each weights file's size and
// SHA-256 — so a truncated or altered file is caught before LibTorch reads it.
#include "core/Error.h"
#include "core/Files.h"
#include "core/Sha256.h"
#include "learned/Serialization.h"
#include "learned/torch/HierarchyImpl.h"
#include "learned/torch/Runtime.h"

#include <sstream>

namespace nnscope {
namespace {

constexpr const char* kManifest = "manifest.json";
constexpr const char* kFormat = "nnscope-hierarchy";
constexpr int kVersion = 1;

std::string weightsFileName(std::size_t index)
{
    if (index == 0)
        return "layer1.pt";
    char name[32];
    std::snprintf(name, sizeof name, "layer2-%05zu.pt", index - 1);
    return name;
}

std::string serialise(const torchnn::ConvClassifier& model)
{
    std::ostringstream stream;
    torch::save(model, stream);
    return stream.str();
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
    plan.targetMetric = parseMetric(json.at("target_metric").get<std::string>());
    plan.members = clustering.members();
    plan.clusterOf = clustering.assignment;
    plan.positionOf.assign(clustering.assignment.size(), 0);
    for (const auto& list : plan.members)
        for (std::size_t p = 0; p < list.size(); ++p)
            plan.positionOf[list[p]] = static_cast<std::uint32_t>(p);
    plan.trainRows = json.at("train_rows").get<std::vector<std::size_t>>();
    plan.testRows = json.at("test_rows").get<std::vector<std::size_t>>();
    plan.withinClusterTargets = json.at("targets").get<std::vector<std::vector<std::uint32_t>>>();
    const std::size_t rows = clustering.assignment.size();
    if (plan.withinClusterTargets.size() != rows)
        throw Error("the saved targets do not cover every row");
    for (const auto* list : {&plan.trainRows, &plan.testRows})
        for (std::size_t row : *list)
            if (row >= rows)
                throw Error("the saved split names row " + std::to_string(row) + " of " + std::to_string(rows));
    return plan;
}

} // namespace

void Hierarchy::save(const std::string& directory) const
{
    StagingDirectory staging(directory, kManifest);
    Json models = Json::array();
    const auto writeModel = [&](std::size_t index, const torchnn::ConvClassifier& model, const ModelRecord& record) {
        const std::string bytes = serialise(model);
        const std::string name = weightsFileName(index);
        writeFileAtomically(staging.file(name), bytes);
        Json entry = record;
        entry["file"] = name;
        entry["bytes"] = bytes.size();
        entry["sha256"] = Sha256::hex(bytes);
        models.push_back(std::move(entry));
    };
    writeModel(0, impl_->layer1, impl_->layer1Record);
    for (std::size_t c = 0; c < impl_->layer2.size(); ++c)
        writeModel(c + 1, impl_->layer2[c], impl_->layer2Records[c]);

    const Dataset& data = *impl_->data;
    Json origin = nullptr;
    if (data.origin())
        origin = {{"data", data.origin()->data}, {"format", data.origin()->format}, {"words", data.origin()->words},
                  {"pca", data.origin()->pca}};
    const Json manifest = {
        {"format", kFormat},
        {"version", kVersion},
        {"nnscope_version", NNSCOPE_VERSION},
        {"dataset", {{"fingerprint", data.fingerprint()}, {"source", data.source()}, {"rows", data.rows()}, {"dim", data.dim()}, {"origin", origin}}},
        {"settings", Json(impl_->settings)},
        {"clustering", Json(impl_->clustering)},
        {"plan", planToJson(impl_->plan)},
        {"models", models},
        {"accuracy", Json(impl_->accuracy)},
        {"cost", Json(cost())},
        {"train_seconds", impl_->trainSeconds},
    };
    writeFileAtomically(staging.file(kManifest), manifest.dump(1));
    staging.commit();
}

std::optional<DatasetSpec> savedDatasetSpec(const std::string& directory)
{
    Json manifest;
    try {
        manifest = Json::parse(readWholeFile(directory + "/" + kManifest));
        // Models saved before the origin was recorded, or trained on data built in memory, have none.
        const Json origin = manifest.at("dataset").value("origin", Json());
        if (origin.is_null())
            return std::nullopt;
        return DatasetSpec{origin.at("data").get<std::string>(), parseDataFormat(origin.at("format").get<std::string>()),
                           origin.at("words").get<std::size_t>(), origin.value("pca", std::size_t(0))};
    } catch (const std::exception& error) { // JSON errors and an unknown format name alike
        throw Error("cannot read '" + directory + "/" + kManifest + "': " + error.what());
    }
}

Hierarchy Hierarchy::load(const std::string& directory, std::shared_ptr<const Dataset> data)
{
    if (!data)
        throw Error("no dataset");
    const std::string manifestPath = directory + "/" + kManifest;
    Json manifest;
    try {
        manifest = Json::parse(readWholeFile(manifestPath));
    } catch (const nlohmann::json::exception& error) {
        throw Error("'" + manifestPath + "' is corrupt: " + error.what());
    }
    auto impl = std::make_unique<Impl>();
    try {
        if (manifest.value("format", "") != kFormat)
            throw Error("it is not an nnscope hierarchy");
        if (manifest.value("version", 0) != kVersion)
            throw Error("format version " + std::to_string(manifest.value("version", 0)) + " is not supported (expected "
                        + std::to_string(kVersion) + ")");
        const Json& dataset = manifest.at("dataset");
        const std::string fingerprint = dataset.at("fingerprint").get<std::string>();
        if (fingerprint != data->fingerprint())
            throw Error("it was trained on '" + dataset.value("source", std::string("?")) + "' ("
                        + std::to_string(dataset.value("rows", 0)) + " x " + std::to_string(dataset.value("dim", 0))
                        + ", fingerprint " + fingerprint.substr(0, 12) + "…), not on '" + data->source() + "' ("
                        + std::to_string(data->rows()) + " x " + std::to_string(data->dim()) + ", fingerprint "
                        + data->fingerprint().substr(0, 12) + "…)");
        impl->data = data;
        impl->settings = manifest.at("settings").get<HierarchySettings>();
        impl->clustering = manifest.at("clustering").get<KMeansResult>();
        if (impl->clustering.dim != data->dim() || impl->clustering.assignment.size() != data->rows())
            throw Error("its clustering does not match the dataset");
        impl->plan = planFromJson(manifest.at("plan"), impl->clustering, impl->settings.protocol);
        impl->accuracy = manifest.at("accuracy").get<AccuracyReport>();
        impl->trainSeconds = manifest.at("train_seconds").get<double>();
        torchnn::configureRuntime(impl->settings.threads);

        const Json& models = manifest.at("models");
        if (models.size() != impl->clustering.clusters + 1)
            throw Error("it lists " + std::to_string(models.size()) + " models for " +
                        std::to_string(impl->clustering.clusters) + " clusters");
        for (std::size_t index = 0; index < models.size(); ++index) {
            const Json& entry = models[index];
            const ModelRecord record = entry.get<ModelRecord>();
            const std::string path = directory + "/" + entry.at("file").get<std::string>();
            const std::string bytes = readWholeFile(path);
            if (bytes.size() != entry.at("bytes").get<std::size_t>() || Sha256::hex(bytes) != entry.at("sha256").get<std::string>())
                throw Error("'" + path + "' is truncated or corrupt (its size or checksum does not match the manifest)");
            torchnn::ConvClassifier model(impl->settings.model, static_cast<std::int64_t>(record.inputLength),
                                          static_cast<std::int64_t>(std::max<std::size_t>(record.classes, 1)));
            std::istringstream stream(bytes);
            try {
                torch::load(model, stream);
            } catch (const c10::Error& error) {
                throw Error("'" + path + "' cannot be read as weights: " + error.what_without_backtrace());
            }
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
    return Hierarchy(std::move(impl));
}

} // namespace nnscope
