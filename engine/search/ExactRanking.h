// nnscope engine — search: candidate rows ranked by their exact distance to one query, the step that
// ends every searcher computing true distances (exact search, the random baseline, the centroid twin).
#pragma once

#include "core/MatrixView.h"
#include "search/Metric.h"
#include "search/Neighbors.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace nnscope {

class ExactRanking {
public:
    ExactRanking(Metric metric, MatrixView base) : metric_(metric), base_(base) {}

    /// Starts the candidates of a new query (the buffer is kept for reuse).
    void reset(const float* query)
    {
        query_ = query;
        ranked_.clear();
    }

    /// Adds a row of the base as a candidate, scored by its exact distance to the query; returns its rank key.
    double add(std::size_t row)
    {
        const double d = distance(metric_, base_.row(row), query_, base_.dim);
        ranked_.emplace_back(rankKey(metric_, d), static_cast<std::int64_t>(row));
        return ranked_.back().first;
    }

    /// add() for each of `count` rows, in order (the same keys, computed several rows at a time).
    void addRows(const std::uint32_t* rows, std::size_t count)
    {
        constexpr std::size_t kBatch = 64;
        const float* pointers[kBatch];
        double reported[kBatch];
        for (std::size_t first = 0; first < count; first += kBatch) {
            const std::size_t n = std::min(kBatch, count - first);
            for (std::size_t i = 0; i < n; ++i)
                pointers[i] = base_.row(rows[first + i]);
            distances(metric_, pointers, n, query_, base_.dim, reported);
            for (std::size_t i = 0; i < n; ++i)
                ranked_.emplace_back(rankKey(metric_, reported[i]), static_cast<std::int64_t>(rows[first + i]));
        }
    }

    /// The candidates so far, (rank key, row) in the order added (until writeBest sorts them).
    const std::vector<std::pair<double, std::int64_t>>& candidates() const { return ranked_; }

    /// Writes the result.k closest candidates (fewer when there are fewer; ties by smaller row id) with
    /// their reported distances into query q of `result`.
    void writeBest(Neighbors& result, std::size_t q)
    {
        const std::size_t k = result.k, count = std::min(k, ranked_.size());
        std::partial_sort(ranked_.begin(), ranked_.begin() + static_cast<std::ptrdiff_t>(count), ranked_.end());
        for (std::size_t r = 0; r < count; ++r) {
            const auto [key, row] = ranked_[r];
            result.ids[q * k + r] = row;
            result.distances[q * k + r] = static_cast<float>(rankKey(metric_, key));
        }
    }

private:
    Metric metric_;
    MatrixView base_;
    const float* query_ = nullptr;
    std::vector<std::pair<double, std::int64_t>> ranked_;
};

} // namespace nnscope
