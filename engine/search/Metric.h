// nnscope engine — search: the metrics every searcher supports, and what a "distance" means for each.
//
//   l2      Euclidean distance ||x − q||                      smaller is closer
//   cosine  cosine distance 1 − x·q / (||x|| ||q||)          smaller is closer (0 for a zero vector's cosine)
//   ip      inner product x·q, reported as is (as in FAISS)   larger is closer
#pragma once

#include <cstddef>
#include <string>

namespace nnscope {

enum class Metric { L2, Cosine, InnerProduct };

/// "l2", "cosine" or "ip".
std::string metricName(Metric metric);
/// Parses "l2", "cosine" or "ip"; an Error for anything else.
Metric parseMetric(const std::string& name);

/// The reported distance between two vectors, computed in double precision.
double distance(Metric metric, const float* a, const float* b, std::size_t dim);

/// distance(metric, rows[i], query, dim) into out[i] for each of `count` rows, the same values bit for
/// bit, several rows at a time by the fastest kernel this CPU runs (search/RowDistances.h).
void distances(Metric metric, const float* const* rows, std::size_t count, const float* query, std::size_t dim, double* out);

/// The rank key of a reported distance: smaller is closer under every metric (the inner product's sign
/// flipped). Its own inverse, so rankKey(metric, key) gives the reported distance back.
inline double rankKey(Metric metric, double reported)
{
    return metric == Metric::InnerProduct ? -reported : reported;
}

/// True when `a` is a better (closer) reported distance than `b` under the metric.
inline bool closer(Metric metric, double a, double b)
{
    return rankKey(metric, a) < rankKey(metric, b);
}

} // namespace nnscope
