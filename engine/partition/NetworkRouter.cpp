#include "partition/NetworkRouter.h"

namespace nnscope {

std::string MlpRouter::describe() const
{
    return "MLP " + std::to_string(network_.inputs()) + " → " + std::to_string(network_.outputs()) + " bins ("
        + std::to_string(network_.parameters()) + " weights)";
}

std::string Layer1Router::describe() const
{
    return "the paper's layer-1 CNN " + std::to_string(network_.inputs()) + " → " + std::to_string(network_.clusters()) + " clusters ("
        + std::to_string(network_.parameters()) + " weights)";
}

} // namespace nnscope
