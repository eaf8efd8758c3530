#include "learned/torch/ConvClassifier.h"

#include "core/Error.h"

namespace nnscope::torchnn {
namespace {

torch::nn::Conv1dOptions sameConvolution(std::int64_t in, std::int64_t out, std::int64_t kernel)
{
    return torch::nn::Conv1dOptions(in, out, kernel).padding(torch::kSame);
}

} // namespace

ConvClassifierImpl::ConvClassifierImpl(const ModelSettings& settings, std::int64_t inputLength, std::int64_t classes)
    : settings_(settings), pool_(static_cast<std::int64_t>(settings.pool)), inputLength_(inputLength), classes_(classes)
{
    const auto k = static_cast<std::int64_t>(settings.kernelSize);
    const auto f1 = static_cast<std::int64_t>(settings.filters1);
    const auto f2 = static_cast<std::int64_t>(settings.filters2);
    const auto f3 = static_cast<std::int64_t>(settings.filters3);
    conv1_ = register_module("conv1", torch::nn::Conv1d(sameConvolution(1, f1, k)));
    conv2_ = register_module("conv2", torch::nn::Conv1d(sameConvolution(f1, f2, k)));
    conv3_ = register_module("conv3", torch::nn::Conv1d(sameConvolution(f2, f3, k)));
    const std::int64_t pooled = (inputLength + pool_ - 1) / pool_;
    output_ = register_module("output", torch::nn::Linear(f3 * pooled, classes));
}

torch::Tensor ConvClassifierImpl::forward(torch::Tensor inputs) const
{
    namespace F = torch::nn::functional;
    const auto conv = [](const torch::nn::Conv1d& layer, const torch::Tensor& x) {
        return F::conv1d(x, layer->weight, F::Conv1dFuncOptions().bias(layer->bias).padding(torch::kSame));
    };
    torch::Tensor x = torch::relu(conv(conv1_, inputs.unsqueeze(1)));
    // Keras' MaxPooling1D(padding="same") keeps the ragged last window: ceil mode.
    x = F::max_pool1d(x, F::MaxPool1dFuncOptions(pool_).stride(pool_).ceil_mode(true));
    x = torch::relu(conv(conv2_, x));
    x = torch::relu(conv(conv3_, x));
    // One row (a single query): a matrix-vector product. Through linear() it would be a GEMM with one
    // row, which packs the whole weight matrix before reading it — twice the memory traffic of the
    // head that dominates a query's time.
    if (x.size(0) == 1)
        return torch::addmv(output_->bias, output_->weight, x.flatten()).unsqueeze(0);
    return F::linear(x.flatten(1), output_->weight, output_->bias);
}

torch::Tensor predictProbabilities(const ConvClassifier& model, const float* inputs, std::int64_t rows)
{
    torch::NoGradGuard noGrad;
    const torch::Tensor batch =
        torch::from_blob(const_cast<float*>(inputs), {rows, model->inputLength()}, torch::kFloat32);
    torch::Tensor probabilities = torch::softmax(model->forward(batch), 1);
    // A probability that is not a number would rank every class alike and print "p=nan": say so instead.
    if (!torch::isfinite(probabilities).all().item<bool>())
        throw Error("a model's output is not finite (its weights, or the query's values, are too large)");
    return probabilities;
}

} // namespace nnscope::torchnn
