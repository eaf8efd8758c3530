// The learned module's MLP (learned/Mlp.h checks the shapes before any call here).
#include "learned/Mlp.h"
#include "learned/torch/TorchHierarchy.h"

#include "core/Error.h"
#include "core/Random.h"
#include "learned/torch/Runtime.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nnscope::torchnn {
namespace {

// Rows per block in predict(): more than any documented query set holds, so their routing is one block.
constexpr std::size_t kPredictRows = 16384;

// The rows as a tensor over their own storage (read only).
torch::Tensor inPlace(MatrixView rows)
{
    return torch::from_blob(const_cast<float*>(rows.data), {static_cast<std::int64_t>(rows.rows), static_cast<std::int64_t>(rows.dim)},
                            torch::kFloat32);
}

class TorchMlp final : public MlpModel {
public:
    TorchMlp(std::size_t inputs, std::size_t outputs, const MlpSettings& settings);

    void train(MatrixView inputs, const std::vector<float>& targets, MlpLoss loss, const CancelToken* cancel,
               const std::function<void(std::size_t, double)>& progress) override;
    std::vector<float> predict(MatrixView inputs) const override;
    std::uint64_t parameters() const override;

private:
    /// Logits. Const: it only reads the weights, so any number of threads may predict at once.
    torch::Tensor forward(torch::Tensor x) const
    {
        for (std::size_t i = 0; i < layers.size(); ++i) {
            x = torch::nn::functional::linear(x, layers[i]->weight, layers[i]->bias);
            if (i + 1 < layers.size())
                x = torch::relu(x);
        }
        return x;
    }

    std::vector<torch::Tensor> allParameters() const
    {
        std::vector<torch::Tensor> all;
        for (const torch::nn::Linear& layer : layers)
            for (const torch::Tensor& p : layer->parameters())
                all.push_back(p);
        return all;
    }

    // Standardised batch by batch, never the whole input: at a million rows a standardised copy (and the
    // subtraction's temporary) would be two more copies of the data. Elementwise, so the same numbers.
    torch::Tensor standardised(const torch::Tensor& rows) const
    {
        const torch::Tensor m = torch::from_blob(const_cast<float*>(mean.data()), {1, static_cast<std::int64_t>(inputs)}, torch::kFloat32);
        const torch::Tensor s = torch::from_blob(const_cast<float*>(scale.data()), {1, static_cast<std::int64_t>(inputs)}, torch::kFloat32);
        return (rows - m) / s;
    }

    std::size_t inputs = 0, outputs = 0;
    MlpSettings settings;
    MlpLoss loss = MlpLoss::SoftLabels;
    std::vector<torch::nn::Linear> layers; ///< hidden layers (ReLU after each), then the output layer
    std::vector<float> mean, scale;        ///< input standardisation, from the training rows
};

TorchMlp::TorchMlp(std::size_t inputs, std::size_t outputs, const MlpSettings& settings)
{
    this->inputs = inputs;
    this->outputs = outputs;
    this->settings = settings;
    this->mean.assign(inputs, 0.0f);
    this->scale.assign(inputs, 1.0f);
    torch::manual_seed(settings.seed);
    std::size_t width = inputs;
    for (std::size_t layer = 0; layer < settings.hiddenLayers; ++layer) {
        this->layers.emplace_back(static_cast<std::int64_t>(width), static_cast<std::int64_t>(settings.hidden));
        width = settings.hidden;
    }
    this->layers.emplace_back(static_cast<std::int64_t>(width), static_cast<std::int64_t>(outputs));
}

void TorchMlp::train(MatrixView inputs, const std::vector<float>& targets, MlpLoss loss, const CancelToken* cancel,
                     const std::function<void(std::size_t, double)>& progress)
{
    TorchMlp& m = *this;
    torchnn::configureRuntime(m.settings.threads);
    m.loss = loss;
    // The rows training reads: every row but the held-out ones.
    std::vector<std::int64_t> order;
    order.reserve(inputs.rows);
    auto heldOut = m.settings.heldOutRows.begin();
    for (std::size_t row = 0; row < inputs.rows; ++row) {
        if (heldOut != m.settings.heldOutRows.end() && *heldOut == row)
            ++heldOut;
        else
            order.push_back(static_cast<std::int64_t>(row));
    }
    if (order.empty())
        throw Error("the router has no rows to train on outside its held-out rows");
    // Standardise each input feature (a constant feature keeps scale 1).
    for (std::size_t j = 0; j < m.inputs; ++j) {
        double sum = 0.0, squares = 0.0;
        for (const std::int64_t i : order) {
            const double v = inputs.row(static_cast<std::size_t>(i))[j];
            sum += v;
            squares += v * v;
        }
        const double mean = sum / static_cast<double>(order.size());
        const double variance = std::max(0.0, squares / static_cast<double>(order.size()) - mean * mean);
        m.mean[j] = static_cast<float>(mean);
        m.scale[j] = variance > 1e-12 ? static_cast<float>(std::sqrt(variance)) : 1.0f;
    }
    // Rows and targets are read in place (they outlive training, and batches are index_select copies):
    // no copy of either at the peak.
    const torch::Tensor x = inPlace(inputs);
    const torch::Tensor y = torch::from_blob(const_cast<float*>(targets.data()),
                                             {static_cast<std::int64_t>(inputs.rows), static_cast<std::int64_t>(m.outputs)}, torch::kFloat32);
    torch::manual_seed(m.settings.seed);
    torch::optim::Adam optimizer(m.allParameters(), torch::optim::AdamOptions(m.settings.learningRate));
    Random random(Random::derive(m.settings.seed, seedstream::kMlpShuffle));
    const std::size_t perEpoch = m.settings.rowsPerEpoch ? std::min(m.settings.rowsPerEpoch, order.size()) : order.size();
    for (std::size_t epoch = 1; epoch <= m.settings.epochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i) // Fisher–Yates with our own generator: reproducible
            std::swap(order[i - 1], order[random.below(i)]);
        double lossSum = 0.0;
        std::size_t batches = 0;
        for (std::size_t first = 0; first < perEpoch; first += m.settings.batchSize) {
            throwIfCancelled(cancel);
            const std::size_t count = std::min(m.settings.batchSize, perEpoch - first);
            const torch::Tensor index = torch::from_blob(order.data() + first, {static_cast<std::int64_t>(count)}, torch::kInt64);
            const torch::Tensor logits = m.forward(m.standardised(x.index_select(0, index)));
            const torch::Tensor target = y.index_select(0, index);
            const torch::Tensor value = loss == MlpLoss::SoftLabels
                ? -(target * torch::log_softmax(logits, 1)).sum(1).mean()
                : torch::binary_cross_entropy_with_logits(logits, target);
            optimizer.zero_grad();
            value.backward();
            optimizer.step();
            lossSum += value.item<double>();
            ++batches;
        }
        if (progress)
            progress(epoch, lossSum / static_cast<double>(std::max<std::size_t>(batches, 1)));
    }
}

std::vector<float> TorchMlp::predict(MatrixView inputs) const
{
    const TorchMlp& m = *this;
    torch::NoGradGuard noGrad;
    std::vector<float> out(inputs.rows * m.outputs);
    // In blocks of rows, so the hidden activations stay bounded (a million rows × 512 would be 2 GB).
    const torch::Tensor x = inPlace(inputs);
    for (std::size_t first = 0; first < inputs.rows; first += kPredictRows) {
        const auto count = static_cast<std::int64_t>(std::min(kPredictRows, inputs.rows - first));
        const torch::Tensor logits = m.forward(m.standardised(x.narrow(0, static_cast<std::int64_t>(first), count)));
        const torch::Tensor probabilities = (m.loss == MlpLoss::SoftLabels ? torch::softmax(logits, 1) : torch::sigmoid(logits)).contiguous();
        std::copy_n(probabilities.data_ptr<float>(), static_cast<std::size_t>(count) * m.outputs, out.begin() + static_cast<std::ptrdiff_t>(first * m.outputs));
    }
    return out;
}

std::uint64_t TorchMlp::parameters() const
{
    std::uint64_t count = 0;
    for (const torch::Tensor& p : allParameters())
        count += static_cast<std::uint64_t>(p.numel());
    return count;
}

} // namespace

std::unique_ptr<MlpModel> makeMlp(std::size_t inputs, std::size_t outputs, const MlpSettings& settings)
{
    return std::make_unique<TorchMlp>(inputs, outputs, settings);
}

} // namespace nnscope::torchnn
