// nnscope engine — experiments: the values the paper published (Tables 1–4, paper.md §5), shown
// beside ours. The paper's settings are (clusters, words) with 10,000 / 20,000 / 50,000 words of
// glove.6B.100d; its ScaNN column is ScaNN's own top-1 score, not a distance (AUTHORS-CODE.md).
#pragma once

#include <array>
#include <cstddef>

namespace nnscope::paper {

struct PublishedRow {
    std::size_t clusters;
    std::size_t words;
    double scannScore;      ///< Table 1, "ScaNN" (a score, see above)
    double randomDistance;  ///< Table 1, "Random"
    double learnedDistance; ///< Table 1, "ML"
    double layer1Accuracy;  ///< Table 2
    double layer2Accuracy;  ///< Table 3
    double scannSeconds;    ///< Table 4
    double learnedSeconds;  ///< Table 4
};

inline constexpr std::array<PublishedRow, 6> kPublished = {{
    {10, 10000, 3.062, 7.185, 5.723, 0.98, 0.05, 0.000313, 0.080705},
    {100, 10000, 2.975, 7.034, 0.540, 0.97, 0.94, 0.000325, 0.074219},
    {10, 20000, 3.202, 7.241, 0.950, 0.91, 0.86, 0.000307, 0.095159},
    {100, 20000, 3.226, 7.214, 5.89, 0.99, 0.02, 0.000325, 0.070852},
    {10, 50000, 3.346, 7.540, 2.001, 0.87, 0.6, 0.000304, 0.087592},
    {100, 50000, 3.424, 7.459, 1.104, 0.99, 0.76, 0.000323, 0.077589},
}};

} // namespace nnscope::paper
