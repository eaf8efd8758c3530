#include "studio/EngineWorker.h"

#include "core/Printable.h"

#include "core/Error.h"
#include "workload/Workload.h"
#include "learned/Imbalance.h"
#include "core/Stopwatch.h"
#include "project/MapQuality.h"
#include "project/Pca.h"
#include "project/Tsne.h"
#include "studio/TableText.h"

#include <QElapsedTimer>

namespace nnscope::studio {
namespace {

QString modelName(const TrainingProgress& p)
{
    if (p.phase == TrainingProgress::Phase::Layer1)
        return "layer1";
    if (p.phase == TrainingProgress::Phase::Layer2)
        return QString("layer2/%1").arg(p.model);
    return {};
}

QString stageText(const TrainingProgress& p)
{
    const QString phase = phaseTitle(p.phase);
    if (p.phase == TrainingProgress::Phase::Layer1 || p.phase == TrainingProgress::Phase::Layer2)
        return EngineWorker::tr("%1, model %2 of %3, epoch %4").arg(phase).arg(p.model + 1).arg(p.models).arg(p.epoch);
    return phase;
}

} // namespace

std::shared_ptr<Session> EngineWorker::complete(const Workload& workload, std::shared_ptr<const Hierarchy> hierarchy,
                                                const HierarchyOverrides& overrides,
                                                double start, double span, const CancelToken& token)
{
    const std::shared_ptr<const Dataset>& data = workload.base;
    auto session = std::make_shared<Session>();
    session->data = data;
    session->hierarchy = hierarchy;
    // The dataset's own query set and truth, as `nnscope knn --data NAME` reads them.
    session->querySet = workload.queries;
    session->shippedTruth = workload.truth;

    emit progress({tr("projecting (PCA)"), {}, 0, 0, 0, start});
    addProjection(*session);
    for (const std::vector<std::size_t>& members : hierarchy->plan().members) {
        Session::ClusterProjection cluster;
        if (members.size() >= 2) {
            const std::vector<float> values = gatherRows(data->view(), members);
            const Pca clusterPca = Pca::fit({values.data(), members.size(), data->dim()}, Session::kProjectionAxes);
            cluster = {clusterPca.mean(), clusterPca.components(), clusterPca.explainedVarianceRatio()};
        }
        session->clusterProjections.push_back(std::move(cluster));
    }

    // Every system is measured on the queries the hierarchy was scored on, so that every view shows
    // figures from one sample.
    ExperimentSettings measuring;
    measuring.queries = hierarchy->accuracy().queryRows.size();
    measuring.seed = hierarchy->settings().seed;
    measuring.systems = defaultSystems(); // the run's hierarchy is "learned" or, trained with augmentation, "learned:augment=1"
    measuring.grid = {{data->rows(), hierarchy->clustering().clusters}};
    measuring.overrides = overrides;
    measuring.protocols = {hierarchy->settings().protocol};
    measuring.preset = hierarchy->settings().preset;
    session->measurement.settings = measuring;
    session->measurement.datasetSource = data->source();
    session->measurement.datasetFingerprint = data->fingerprint();
    session->measurement.results.push_back(measureSetting(
        hierarchy, nullptr, measuring,
        [&](const Stage& stage, const TrainingProgress&) {
            emit progress({stageTitle(stage), {}, 0, 0, 0, start + 0.5 * span});
        },
        &token));
    // The imbalance the measurement computed on the same queries (each fact once).
    session->imbalance = session->measurement.results.front().learned.front().imbalance;
    for (const Notice& warning : session->measurement.results.front().warnings)
        emit log(noticeTitle(warning));
    return session;
}

void EngineWorker::train(const RunRequest& request, const JobToken& token)
{
    QElapsedTimer timer;
    timer.start();
    try {
        emit progress({tr("loading %1").arg(QString::fromStdString(request.dataset.data)), {}, 0, 0, 0, 0.0});
        const Workload workload = request.read ? firstRows(*request.read, request.dataset.words) : openWorkload({request.dataset, {}, {}});
        const std::shared_ptr<const Dataset>& data = workload.base;
        emit log(tr("loaded %1: %2 rows x %3").arg(datasetTitle(*data)).arg(data->rows()).arg(data->dim()));
        auto hierarchy = std::make_shared<const Hierarchy>(Hierarchy::train(
            data, request.settings,
            [this](const TrainingProgress& p) {
                if (!p.clusterSizes.empty())
                    emit clustered(QList<qint64>(p.clusterSizes.begin(), p.clusterSizes.end()));
                emit progress({stageText(p), modelName(p), static_cast<int>(p.epoch), p.loss, p.accuracy, 0.9 * p.fraction, p.heldOutAccuracy,
                                p.fractionSettled, p.workDone, p.workLeft});
            },
            token.get()));
        emit log(tr("trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3")
                     .arg(hierarchy->trainSeconds(), 0, 'f', 1)
                     .arg(hierarchy->accuracy().layer1Accuracy, 0, 'f', 3)
                     .arg(hierarchy->accuracy().layer2Accuracy, 0, 'f', 3));
        const SessionPointer session = complete(workload, hierarchy, request.overrides, 0.9, 0.1, *token);
        emit progress({tr("done"), {}, 0, 0, 0, 1.0});
        emit log(tr("run finished in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        emit finished(session);
    } catch (const Cancelled&) {
        emit log(tr("run cancelled"));
        emit cancelled();
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(printable(error.what())));
    }
}

void EngineWorker::open(const QString& directory, const JobToken& token)
{
    try {
        const std::string folder = directory.toStdString();
        const std::optional<DatasetSpec> spec = savedDatasetSpec(folder);
        if (!spec)
            throw Error("the model in '" + folder + "' does not say which dataset it was trained on");
        emit progress({tr("loading %1").arg(QString::fromStdString(spec->data)), {}, 0, 0, 0, 0.0});
        const Workload workload = openWorkload({*spec, {}, {}});
        const std::shared_ptr<const Dataset>& data = workload.base;
        auto hierarchy = std::make_shared<const Hierarchy>(Hierarchy::load(folder, data));
        emit log(tr("opened %1 (trained on %2)").arg(directory, datasetTitle(*data)));
        // A reopened model's settings, stated as overrides of its preset (no Run panel made them).
        std::shared_ptr<Session> session = complete(workload, hierarchy, overridesOf(hierarchy->settings()), 0.2, 0.8, *token);
        session->savedAt = directory;
        emit progress({tr("done"), {}, 0, 0, 0, 1.0});
        emit finished(session);
    } catch (const Cancelled&) {
        emit cancelled();
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(printable(error.what())));
    }
}

void EngineWorker::partition(const std::shared_ptr<const Dataset>& data, const PartitionExperimentSettings& settings, const JobToken& token)
{
    try {
        if (!data)
            throw Error("there is no data to partition");
        const std::size_t methods = settings.methods.size();
        std::size_t step = 0;
        auto result = std::make_shared<const PartitionExperimentResult>(runPartitionExperiment(
            *data, nullptr, settings,
            [&](const Stage& stage) {
                // Two steps a method (its build, its probes) and the truth; an epoch moves the bar within its build
                // (a graph is part of it). The steps' lengths differ by orders of magnitude (the paper's layer-1
                // CNN can be three quarters of a run), so the fraction is no guide to the time left.
                const bool epoch = stage.kind == Stage::Kind::Epoch;
                if (stage.kind == Stage::Kind::Truth || stage.kind == Stage::Kind::Building || stage.kind == Stage::Kind::Probing)
                    ++step;
                const double within = epoch && stage.steps > 0 ? static_cast<double>(stage.step) / static_cast<double>(stage.steps) : 0.0;
                emit progress({stageTitle(stage), {}, 0, 0, 0,
                               std::min(0.95, (static_cast<double>(step - 1) + within) / static_cast<double>(2 * methods + 1)),
                               std::numeric_limits<double>::quiet_NaN(), false});
            },
            token.get()));
        emit progress({tr("done"), {}, 0, 0, 0, 1.0});
        emit partitioned(result);
    } catch (const Cancelled&) {
        emit cancelled();
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(printable(error.what())));
    }
}

void EngineWorker::map(const std::shared_ptr<const Dataset>& data, Metric metric, const JobToken& token)
{
    try {
        if (!data)
            throw Error("there is no data to map");
        const auto started = Clock::now();
        auto map = std::make_shared<NeighbourMap>();
        map->data = data;
        TsneSettings settings; // scikit-learn's defaults; a perplexity small data can hold
        settings.perplexity = std::min(settings.perplexity, std::max(1.0, static_cast<double>(data->rows() - 1) / 3.0));
        map->points = tsne(data->view(), metric, settings, token.get(), [this](double done) {
            emit progress({tr("t-SNE map"), {}, 0, 0, 0, 0.95 * done});
        });
        map->seconds = secondsSince(started);
        emit progress({tr("measuring the map"), {}, 0, 0, 0, 0.95});
        const NeighbourPreservation kept = neighbourPreservation(data->view(), metric, map->points);
        map->preservation = kept.mean;
        map->preservationRows = kept.rows;
        emit progress({tr("done"), {}, 0, 0, 0, 1.0});
        emit mapped(map);
    } catch (const Cancelled&) {
        emit cancelled();
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(printable(error.what())));
    }
}

void EngineWorker::save(const SessionPointer& session, const QString& directory)
{
    try {
        if (!session || !session->hierarchy)
            throw Error("there is no trained run to save");
        session->hierarchy->save(directory.toStdString());
        emit log(tr("saved the run to %1").arg(directory));
        emit saved(directory);
    } catch (const std::exception& error) {
        emit failed(QString::fromStdString(printable(error.what())));
    }
}

} // namespace nnscope::studio
