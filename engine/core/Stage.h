// nnscope engine — core: a step of a long run (an experiment, a partition comparison) as a typed id with
// its argument, never an English phrase parsed back: the CLI renders English (stageText), the studio
// translates each kind (app/studio/TableText.cpp).
#pragma once

#include <cstddef>
#include <string>

namespace nnscope {

struct Stage {
    enum class Kind {
        Clustering,        ///< k-means of a setting
        Training,          ///< the hierarchy (progress in TrainingProgress)
        TrainingAugmented, ///< the hierarchy trained with augmentation
        Truth,             ///< exact search for the queries' truth
        Measuring,         ///< one system of the roster (subject: its label)
        Building,          ///< one partition method (subject: its label)
        Probing,           ///< its probe curve (subject: its label)
        Graph,             ///< the k-NN graph the learned partitions read (subject: its k): in a build, or by row blocks on a job's ranks
        Gathering,         ///< rank 0 waits for another rank's results (subject: the rank)
        Epoch,             ///< an epoch of a build's network ended (subject: its label; step of at most steps, loss)
    };
    Kind kind = Kind::Clustering;
    std::string subject; ///< the system or method label, for the kinds that have one
    /// Epoch: the epoch (1-based), the most the training may run (early stopping may end it sooner) and
    /// the epoch's mean training loss. Unused by the other kinds.
    std::size_t step = 0;
    std::size_t steps = 0;
    double loss = 0.0;

    bool operator==(const Stage& other) const
    {
        return kind == other.kind && subject == other.subject && step == other.step && steps == other.steps && loss == other.loss;
    }
};

/// The stage in English: "clustering", "measuring twin:probes=2", "building neural".
std::string stageText(const Stage& stage);

} // namespace nnscope
