// nnscope CLI: training progress on stderr — one rewritten line on a terminal, one line per finished
// model otherwise (so logs stay readable).
#pragma once

#include "core/Eta.h"
#include "core/Stage.h"
#include "learned/Progress.h"

#include <chrono>
#include <string>

namespace nnscope::cli {

class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress();

    /// Sets a prefix shown before each line (e.g. the grid setting being run).
    void setContext(std::string context) { context_ = std::move(context); }
    void report(const TrainingProgress& progress);
    /// A step of a run that has no epochs to count (a partition's build, its graph): the rewritten line
    /// on a terminal, otherwise one line per step with the seconds since the start, so a log shows
    /// where a long run spends its time.
    void step(const std::string& text);
    /// A stage of a long run (core/Stage.h) as step() shows it; an epoch, which comes often, at most one
    /// line every 10 s in a log (a terminal rewrites its line for each), so a network that trains for
    /// minutes shows it is alive without a line per epoch.
    void stage(const Stage& stage);
    /// A step's share done, `text` then "N %": rewritten on a terminal as the percent changes, a log
    /// line per tenth otherwise.
    void share(const std::string& text, double done);
    /// Ends the current line on a terminal.
    void finish();

private:
    std::string describe(const TrainingProgress& progress) const;

    bool interactive_;
    bool lineOpen_ = false;
    std::string context_;
    TrainingProgress last_;
    std::chrono::steady_clock::time_point started_;
    mutable EtaEstimator eta_;
    std::chrono::steady_clock::time_point lastDrawn_;
    std::chrono::steady_clock::time_point lastStep_; ///< when step() last wrote
    int shownPercent_ = -1;
};

} // namespace nnscope::cli
