// nnscope engine — core: a step of a long run (an experiment, a partition comparison) as a typed id with
// its argument, never an English phrase parsed back: the CLI renders English (stageText), the studio
// translates each kind (app/studio/TableText.cpp).
#pragma once

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
        Graph,             ///< the k-NN graph the learned partitions read, by row blocks on a job's ranks (subject: its k)
        Gathering,         ///< rank 0 waits for another rank's results (subject: the rank)
    };
    Kind kind = Kind::Clustering;
    std::string subject; ///< the system or method label, for the kinds that have one

    bool operator==(const Stage& other) const { return kind == other.kind && subject == other.subject; }
};

/// The stage in English: "clustering", "measuring twin:probes=2", "building neural".
std::string stageText(const Stage& stage);

} // namespace nnscope
