#include "learned/Progress.h"

#include <algorithm>
#include <stdexcept>

namespace nnscope {

std::string phaseName(TrainingProgress::Phase phase)
{
    switch (phase) {
    case TrainingProgress::Phase::Clustering: return "clustering";
    case TrainingProgress::Phase::Planning: return "building targets";
    case TrainingProgress::Phase::Layer1: return "layer 1";
    case TrainingProgress::Phase::Layer2: return "layer 2";
    case TrainingProgress::Phase::Evaluating: return "evaluating";
    case TrainingProgress::Phase::Saving: return "saving";
    case TrainingProgress::Phase::Done: return "done";
    }
    return "";
}

ProgressTracker::ProgressTracker(TrainingObserver observer, std::vector<ModelWork> models)
    : observer_(std::move(observer)), models_(std::move(models))
{
}

void ProgressTracker::phase(TrainingProgress::Phase phase)
{
    running_ = false;
    report_ = {};
    report_.phase = phase;
    publish();
}

void ProgressTracker::startModel(std::size_t model, std::size_t models)
{
    if (current_ >= models_.size())
        throw std::logic_error("ProgressTracker: more models started than planned");
    const ModelWork& work = models_[current_++];
    running_ = true;
    report_ = {};
    report_.phase = work.phase;
    report_.model = model;
    report_.models = models;
    report_.maxEpochs = work.maxEpochs;
    publish();
}

void ProgressTracker::epoch(const EpochRecord& record)
{
    report_.epoch = record.epoch;
    report_.loss = record.loss;
    report_.accuracy = record.accuracy;
    report_.heldOutAccuracy = record.heldOutAccuracy;
    publish();
}

void ProgressTracker::finishModel()
{
    epochsRun_.push_back(report_.epoch);
    running_ = false;
}

double ProgressTracker::expectedEpochs(std::size_t model) const
{
    // The share of their epoch limits the finished models used: of the same layer, else of any.
    const auto usedShare = [&](bool sameLayerOnly) {
        double used = 0.0, limit = 0.0;
        for (std::size_t m = 0; m < epochsRun_.size(); ++m) {
            const ModelWork& work = models_[m];
            if (work.workPerEpoch <= 0.0 || work.maxEpochs == 0 || (sameLayerOnly && work.phase != models_[model].phase))
                continue;
            used += work.workPerEpoch * static_cast<double>(epochsRun_[m]);
            limit += work.workPerEpoch * static_cast<double>(work.maxEpochs);
        }
        return limit > 0.0 ? used / limit : -1.0;
    };
    double share = usedShare(true);
    if (share < 0.0)
        share = usedShare(false);
    if (share < 0.0)
        share = 1.0;
    return std::max(1.0, share * static_cast<double>(models_[model].maxEpochs));
}

void ProgressTracker::publish()
{
    double done = 0.0, left = 0.0;
    for (std::size_t m = 0; m < models_.size(); ++m) {
        const double perEpoch = models_[m].workPerEpoch;
        if (m < epochsRun_.size()) {
            done += perEpoch * static_cast<double>(epochsRun_[m]);
        } else if (running_ && m + 1 == current_) {
            const double ran = static_cast<double>(report_.epoch);
            done += perEpoch * ran;
            // At least one more epoch while it runs: a model past its expectation is not done.
            left += perEpoch * std::max(expectedEpochs(m) - ran, ran < static_cast<double>(models_[m].maxEpochs) ? 1.0 : 0.0);
        } else {
            left += perEpoch * expectedEpochs(m);
        }
    }
    if (done + left > 0.0)
        fraction_ = std::max(fraction_, std::min(1.0, done / (done + left)));
    report_.fraction = fraction_;
    report_.workDone = done;
    report_.workLeft = left;
    bool settled = left == 0.0;
    for (std::size_t m = 0; m < epochsRun_.size(); ++m)
        settled = settled || (models_[m].workPerEpoch > 0.0 && models_[m].maxEpochs > 0);
    report_.fractionSettled = settled;
    if (observer_)
        observer_(report_);
}

} // namespace nnscope
