// Mlp: shapes checked here; the network itself runs in the learned module.
#include "learned/Mlp.h"

#include "core/Error.h"
#include "learned/LearnedModule.h"

namespace nnscope {

MlpModel::~MlpModel() = default;

Mlp::Mlp(std::size_t inputs, std::size_t outputs, MlpSettings settings) : inputs_(inputs), outputs_(outputs)
{
    if (inputs == 0 || outputs == 0 || settings.hidden == 0 || settings.batchSize == 0)
        throw Error("an MLP needs inputs, outputs, a hidden width and a batch size of at least 1");
    model_ = learnedModule().makeMlp(inputs, outputs, settings);
}

Mlp::Mlp(Mlp&&) noexcept = default;
Mlp& Mlp::operator=(Mlp&&) noexcept = default;
Mlp::~Mlp() = default;

void Mlp::train(MatrixView inputs, const std::vector<float>& targets, MlpLoss loss, const CancelToken* cancel,
                const std::function<void(std::size_t, double)>& progress)
{
    if (inputs.dim != inputs_ || targets.size() != inputs.rows * outputs_ || inputs.rows == 0)
        throw Error("MLP training: " + std::to_string(inputs.rows) + " rows of " + std::to_string(inputs.dim) + " inputs and "
                    + std::to_string(targets.size()) + " targets do not fit a " + std::to_string(inputs_) + " → "
                    + std::to_string(outputs_) + " network");
    model_->train(inputs, targets, loss, cancel, progress);
}

std::vector<float> Mlp::predict(MatrixView inputs) const
{
    if (inputs.rows > 0 && inputs.dim != inputs_)
        throw Error("MLP: queries have dimension " + std::to_string(inputs.dim) + ", the network " + std::to_string(inputs_));
    if (inputs.rows == 0)
        return {};
    return model_->predict(inputs);
}

std::size_t Mlp::inputs() const { return inputs_; }
std::size_t Mlp::outputs() const { return outputs_; }
std::uint64_t Mlp::parameters() const { return model_->parameters(); }

double Mlp::flopsPerQuery() const
{
    return 2.0 * static_cast<double>(parameters()); // every weight is one multiply-add (biases are noise)
}

} // namespace nnscope
