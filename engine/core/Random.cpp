#include "core/Random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnscope {

double Random::normal()
{
    if (hasSpareNormal_) {
        hasSpareNormal_ = false;
        return spareNormal_;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * M_PI * u2;
    spareNormal_ = radius * std::sin(angle);
    hasSpareNormal_ = true;
    return radius * std::cos(angle);
}

std::vector<std::size_t> Random::sampleIndices(std::size_t n, std::size_t count)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    for (std::size_t i = 0; i < count && i < n; ++i)
        std::swap(order[i], order[i + below(n - i)]);
    order.resize(std::min(count, n));
    std::sort(order.begin(), order.end());
    return order;
}

} // namespace nnscope
