#include "core/Eta.h"

#include <algorithm>
#include <cmath>

namespace nnscope {

double EtaEstimator::update(double fraction, double elapsedSeconds)
{
    constexpr double kTimeConstant = 30.0; // seconds over which the rate is averaged
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (fraction >= 1.0)
        return eta_ = 0.0;
    const double dt = elapsedSeconds - lastTime_, done = fraction - lastFraction_;
    if (dt <= 0.0 || done < 0.0) { // no time passed, or a new phase restarted the fraction
        if (done < 0.0) {
            lastFraction_ = fraction;
            lastTime_ = elapsedSeconds;
        }
        return eta_;
    }
    if (fraction < 0.02 && rate_ == 0.0)
        return -1.0;
    const double instant = done / dt;
    const double weight = 1.0 - std::exp(-dt / kTimeConstant);
    rate_ = rate_ == 0.0 ? fraction / std::max(elapsedSeconds, 1e-9) : rate_ + weight * (instant - rate_);
    lastFraction_ = fraction;
    lastTime_ = elapsedSeconds;
    if (rate_ <= 0.0)
        return eta_;
    const double raw = (1.0 - fraction) / rate_;
    if (eta_ < 0.0)
        return eta_ = raw;
    const double previous = std::max(eta_ - dt, 0.0);
    eta_ = previous > 0.0 ? std::clamp(raw, previous / 1.5, previous * 1.5) : raw;
    return eta_;
}

} // namespace nnscope
