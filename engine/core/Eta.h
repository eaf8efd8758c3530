// nnscope engine — core: remaining time from a fraction done, steady enough to read. The rate is
// averaged over recent progress (a training epoch of a large model and one of a small one differ
// by orders of magnitude), and each estimate moves at most a factor 1.5 from the previous one
// (counted down by the time between them), so the figure never jumps by 2× from one report to the next.
#pragma once

namespace nnscope {

class EtaEstimator {
public:
    /// Seconds left given `fraction` (0–1) done after `elapsedSeconds`; negative while too early to tell.
    double update(double fraction, double elapsedSeconds);
    void reset() { *this = EtaEstimator(); }

private:
    double lastFraction_ = 0.0;
    double lastTime_ = 0.0;
    double rate_ = 0.0; ///< fraction per second, smoothed
    double eta_ = -1.0;
};

} // namespace nnscope
