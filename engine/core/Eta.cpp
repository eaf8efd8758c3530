#include "core/Eta.h"

#include <algorithm>
#include <cmath>

namespace nnscope {

double EtaEstimator::update(double fraction, double elapsedSeconds)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction >= 1.0)
        return eta_ = 0.0;
    if (fraction < lastDone_) { // a new phase restarted the fraction
        lastDone_ = fraction;
        lastTime_ = elapsedSeconds;
        return eta_;
    }
    if (fraction < 0.02 && rate_ == 0.0)
        return -1.0;
    return estimate(fraction - lastDone_, 1.0 - fraction, elapsedSeconds);
}

double EtaEstimator::updateWork(double done, double left, double elapsedSeconds)
{
    if (left <= 0.0)
        return eta_ = 0.0;
    if (done < lastDone_) { // another run's work
        lastDone_ = done;
        lastTime_ = elapsedSeconds;
        return eta_;
    }
    if (done < 0.02 * (done + left) && rate_ == 0.0)
        return -1.0;
    return estimate(done - lastDone_, left, elapsedSeconds);
}

double EtaEstimator::estimate(double progressed, double remaining, double elapsedSeconds)
{
    constexpr double kTimeConstant = 30.0; // seconds over which the rate is averaged
    const double dt = elapsedSeconds - lastTime_;
    if (dt <= 0.0) // no time passed
        return eta_;
    const double instant = progressed / dt;
    const double weight = 1.0 - std::exp(-dt / kTimeConstant);
    const double doneSoFar = lastDone_ + progressed;
    rate_ = rate_ == 0.0 ? doneSoFar / std::max(elapsedSeconds, 1e-9) : rate_ + weight * (instant - rate_);
    lastDone_ = doneSoFar;
    lastTime_ = elapsedSeconds;
    if (rate_ <= 0.0)
        return eta_;
    const double raw = remaining / rate_;
    if (eta_ < 0.0)
        return eta_ = raw;
    const double previous = std::max(eta_ - dt, 0.0);
    eta_ = previous > 0.0 ? std::clamp(raw, previous / 1.5, previous * 1.5) : raw;
    return eta_;
}

} // namespace nnscope
