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
    /// Seconds left given the work `done` so far and the work `left` (any unit, the same on every call)
    /// after `elapsedSeconds`: the work left over the pace of the work done. A new expectation of the work
    /// left shows at once, within the factor-1.5 steps, while a fraction held still would read as no progress.
    double updateWork(double done, double left, double elapsedSeconds);
    void reset() { *this = EtaEstimator(); }

private:
    /// One estimate from `progressed` more done (in the unit of `remaining`) over the seconds since the last.
    double estimate(double progressed, double remaining, double elapsedSeconds);

    double lastDone_ = 0.0; ///< the fraction (update) or the work (updateWork) at the last estimate
    double lastTime_ = 0.0;
    double rate_ = 0.0; ///< done per second, smoothed
    double eta_ = -1.0;
};

} // namespace nnscope
