#include "cli/TerminalProgress.h"

#include "core/Stopwatch.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace nnscope::cli {

TerminalProgress::TerminalProgress()
    : interactive_(::isatty(STDERR_FILENO) != 0), started_(std::chrono::steady_clock::now()), lastDrawn_(started_), lastStep_(started_)
{
}

TerminalProgress::~TerminalProgress() { finish(); }

std::string TerminalProgress::describe(const TrainingProgress& p) const
{
    char line[256];
    const double elapsed = secondsSince(started_);
    // The training's work left at the pace of its work done (a fraction held still while a model runs
    // past its expected epochs would read as no progress).
    const double eta = p.fractionSettled ? eta_.updateWork(p.workDone, p.workLeft, elapsed) : -1.0;
    char etaText[32] = "--";
    if (eta >= 0.0)
        std::snprintf(etaText, sizeof etaText, "%.0fs", eta);
    if (p.phase == TrainingProgress::Phase::Layer1 || p.phase == TrainingProgress::Phase::Layer2)
        std::snprintf(line, sizeof line, "%s%3.0f%%  %s model %zu/%zu  epoch %zu  loss %.4f  acc %.3f  ETA %s",
                      context_.c_str(), 100.0 * p.fraction, phaseName(p.phase).c_str(), p.model + 1, p.models, p.epoch,
                      p.loss, p.accuracy, etaText);
    else
        std::snprintf(line, sizeof line, "%s%3.0f%%  %s", context_.c_str(), 100.0 * p.fraction, phaseName(p.phase).c_str());
    return line;
}

void TerminalProgress::report(const TrainingProgress& progress)
{
    const bool newModel = progress.phase != last_.phase || progress.model != last_.model;
    if (interactive_) {
        const auto now = std::chrono::steady_clock::now();
        if (newModel || now - lastDrawn_ > std::chrono::milliseconds(100)) {
            std::fprintf(stderr, "\r\033[K%s", describe(progress).c_str());
            std::fflush(stderr);
            lineOpen_ = true;
            lastDrawn_ = now;
        }
    } else if (newModel && last_.epoch > 0) {
        std::fprintf(stderr, "%s\n", describe(last_).c_str()); // the finished model's last epoch
    } else if (newModel && progress.epoch == 0 && progress.phase != TrainingProgress::Phase::Layer1
               && progress.phase != TrainingProgress::Phase::Layer2) {
        std::fprintf(stderr, "%s\n", describe(progress).c_str());
    }
    last_ = progress;
}

void TerminalProgress::step(const std::string& text)
{
    lastStep_ = std::chrono::steady_clock::now();
    if (interactive_) {
        std::fprintf(stderr, "\r\033[K%s%s", context_.c_str(), text.c_str());
        lineOpen_ = true;
    } else {
        std::fprintf(stderr, "[%5.0f s] %s%s\n", secondsSince(started_), context_.c_str(), text.c_str());
    }
    std::fflush(stderr);
}

void TerminalProgress::stage(const Stage& stage)
{
    constexpr auto kEpochLinesEvery = std::chrono::seconds(10);
    if (stage.kind == Stage::Kind::Epoch && !interactive_ && std::chrono::steady_clock::now() - lastStep_ < kEpochLinesEvery)
        return;
    step(stageText(stage));
}

void TerminalProgress::share(const std::string& text, double done)
{
    const int percent = static_cast<int>(std::clamp(done, 0.0, 1.0) * 100.0);
    if (percent == shownPercent_ || (!interactive_ && percent / 10 == shownPercent_ / 10 && shownPercent_ >= 0))
        return;
    shownPercent_ = percent;
    step(text + ": " + std::to_string(percent) + " %");
}

void TerminalProgress::finish()
{
    if (interactive_ && lineOpen_) {
        std::fprintf(stderr, "\n");
        lineOpen_ = false;
    }
    shownPercent_ = -1;
}

} // namespace nnscope::cli
