#include "search/Metric.h"

#include "core/Error.h"
#include "search/RowDistances.h"

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
    double result = 0.0;
    rowDistances(DistanceKernel::Scalar, metric, &a, 1, b, dim, &result);
    return result;
}

void distances(Metric metric, const float* const* rows, std::size_t count, const float* query, std::size_t dim, double* out)
{
    rowDistances(fastestDistanceKernel(), metric, rows, count, query, dim, out);
}

} // namespace nnscope
