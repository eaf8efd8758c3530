// nnscope engine — partition: a router's hidden width chosen inside its build (`hidden=auto`). A narrow
// router costs little arithmetic but needs more candidates; where bins hold many rows the candidates a
// wider router saves outweigh its arithmetic (docs/results.md, "Cheap routers": 32 wide was cheapest on
// the development sets, 512 at 400,000 rows). So the build trains each width on every row but a held-in
// sample of base rows, scores the total cost (candidates + the router's arithmetic in distance
// computations) at a target recall@10 with those rows as queries, and keeps the cheapest. The queries a
// run is scored on are never read.
#pragma once

#include "core/CancelToken.h"
#include "data/Dataset.h"
#include "search/Metric.h"
#include "search/Router.h"

#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace nnscope {

/// The widths `hidden=auto` chooses among: a factor 4 apart, from the development sets' choice to
/// Neural LSH's.
inline const std::vector<std::size_t> kAutoRouterWidths = {32, 128, 512};

/// One width's router on the held-in rows, at the target recall.
struct WidthTrial {
    std::size_t hidden = 0;
    double candidates = 0.0; ///< mean rows scanned (interpolated between probe counts); −1: never reached
    double routerCost = 0.0; ///< the router's arithmetic in distance computations
    double total() const { return candidates < 0.0 ? std::numeric_limits<double>::infinity() : candidates + routerCost; }
};

struct WidthChoice {
    std::size_t hidden = 0;          ///< the cheapest trial's width (ties to the narrower)
    std::size_t validationRows = 0;
    std::vector<WidthTrial> trials;  ///< in the order of the widths asked for
    double trainSeconds = 0.0;       ///< of the trials' routers
    /// ", hidden width 512 chosen of 32 / 128 / 512 by total cost at recall@10 = 0.9 on 2000 held-in
    /// rows (1391 / 684 / 311)", for a build's description.
    std::string describe(double targetRecall) const;
};

/// Trains a router of `hidden` width that never reads the `heldOut` rows (sorted).
using WidthTrainer = std::function<std::shared_ptr<const Router>(std::size_t hidden, const std::vector<std::size_t>& heldOut)>;

/// The held-in rows a choice scores on: 2,000, or a tenth of the rows where that is fewer (at least 1).
std::size_t widthValidationRows(std::size_t rows);

/// Trains a router of each of `widths` by `train`, leaving out a seeded sample of widthValidationRows
/// rows; routes those rows over `bins` (disjoint or not: candidates are distinct rows) against their
/// exact 10 nearest other rows, and returns the width with the lowest total cost at recall@10 =
/// `targetRecall`. Cancelled between and within trials.
WidthChoice chooseRouterWidth(const Dataset& data, Metric metric, const std::vector<std::vector<std::uint32_t>>& bins,
                              const std::vector<std::size_t>& widths, double targetRecall, std::uint64_t seed, const WidthTrainer& train,
                              const CancelToken* cancel);

} // namespace nnscope
