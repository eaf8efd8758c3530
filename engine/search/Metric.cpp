#include "search/Metric.h"

#include "core/Error.h"

#include <cmath>

namespace nnscope {

std::string metricName(Metric metric)
{
    switch (metric) {
    case Metric::L2: return "l2";
    case Metric::Cosine: return "cosine";
    case Metric::InnerProduct: return "ip";
    }
    return "unknown";
}

Metric parseMetric(const std::string& name)
{
    for (Metric metric : {Metric::L2, Metric::Cosine, Metric::InnerProduct})
        if (metricName(metric) == name)
            return metric;
    throw Error("unknown metric '" + name + "' (expected l2, cosine or ip)");
}

double distance(Metric metric, const float* a, const float* b, std::size_t dim)
{
    double dot = 0.0, squaredA = 0.0, squaredB = 0.0, squaredDifference = 0.0;
    for (std::size_t j = 0; j < dim; ++j) {
        const double x = a[j], y = b[j];
        dot += x * y;
        squaredA += x * x;
        squaredB += y * y;
        squaredDifference += (x - y) * (x - y);
    }
    switch (metric) {
    case Metric::L2: return std::sqrt(squaredDifference);
    case Metric::InnerProduct: return dot;
    case Metric::Cosine: {
        const double norms = std::sqrt(squaredA) * std::sqrt(squaredB);
        return norms > 0.0 ? 1.0 - dot / norms : 1.0;
    }
    }
    return 0.0;
}

} // namespace nnscope
