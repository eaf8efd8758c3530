// The classifier trainer (internal, LibTorch): the weights kept are exactly the best epoch's.
#include "learned/torch/Trainer.h"

#include "core/Error.h"

#include <QTest>

#include <cmath>
#include <cstdlib>

using namespace nnscope;

namespace {

std::vector<torch::Tensor> weightsOf(const torchnn::ConvClassifier& classifier)
{
    std::vector<torch::Tensor> weights;
    for (const auto& p : classifier->parameters())
        weights.push_back(p.detach().clone());
    return weights;
}

bool sameBits(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i]))
            return false;
    return true;
}

// The largest absolute difference between two sets of weights.
double largestDifference(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    double largest = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        largest = std::max(largest, (a[i] - b[i]).abs().max().item<double>());
    return largest;
}

// Sets LOCAL_WORLD_SIZE for its lifetime (ownHardwareThreads() divides the cores by it), then unsets it.
class LocalRanks {
public:
    explicit LocalRanks(int ranks) { ::setenv("LOCAL_WORLD_SIZE", std::to_string(ranks).c_str(), 1); }
    ~LocalRanks() { ::unsetenv("LOCAL_WORLD_SIZE"); }
};

// A classifier small enough to train in milliseconds.
torchnn::ConvClassifier tinyClassifier(std::int64_t inputLength, std::int64_t classes, std::uint64_t seed)
{
    torch::manual_seed(seed);
    ModelSettings model;
    model.filters1 = model.filters2 = 4;
    model.filters3 = 8;
    return torchnn::ConvClassifier(model, inputLength, classes);
}

} // namespace

class TrainerTest : public QObject {
    Q_OBJECT
private slots:
    void theBestEpochsWeightsAreRestored()
    {
        torchnn::ConvClassifier classifier = tinyClassifier(6, 3, 3);
        torchnn::TrainingSet set{torch::randn({48, 6}), torch::randint(0, 3, {48}, torch::kInt64), {}};
        TrainerSettings settings;
        settings.optimizer = Optimizer::Sgd;
        settings.learningRate = 2.0; // large enough that accuracy wanders after its best epoch
        settings.maxEpochs = 25;
        settings.patience = 4;
        settings.stopWhenPerfect = false;
        std::vector<std::vector<torch::Tensor>> weightsAfterEpoch;
        ModelRecord record;
        torchnn::trainClassifier(classifier, set, settings, 11, record, [&](const EpochRecord&) {
            std::vector<torch::Tensor> copy;
            for (const auto& p : classifier->parameters())
                copy.push_back(p.detach().clone());
            weightsAfterEpoch.push_back(copy);
        }, nullptr);
        QVERIFY(record.trained);
        QVERIFY(record.bestEpoch >= 1 && record.bestEpoch <= record.history.size());
        QCOMPARE(weightsAfterEpoch.size(), record.history.size());
        const auto& kept = weightsAfterEpoch[record.bestEpoch - 1];
        const auto parameters = classifier->parameters();
        for (std::size_t i = 0; i < parameters.size(); ++i)
            QVERIFY(torch::equal(parameters[i], kept[i]));
        if (record.bestEpoch != record.history.size()) // and they differ from the last epoch's
            QVERIFY(!torch::equal(parameters[0], weightsAfterEpoch.back()[0]) || !torch::equal(parameters.back(), weightsAfterEpoch.back().back()));
    }
    void patienceEndsTrainingAfterThatManyEpochsWithoutImprovement()
    {
        torchnn::ConvClassifier classifier = tinyClassifier(5, 4, 4);
        // Random labels for identical inputs: the accuracy cannot keep improving.
        torchnn::TrainingSet set{torch::ones({40, 5}), torch::randint(0, 4, {40}, torch::kInt64), {}};
        TrainerSettings settings;
        settings.maxEpochs = 100;
        settings.patience = 3;
        ModelRecord record;
        torchnn::trainClassifier(classifier, set, settings, 5, record, {}, nullptr);
        QVERIFY(record.history.size() < 100);
        QCOMPARE(record.history.size(), record.bestEpoch + 3);
    }
    void aBatchSplitIntoShardsFollowsTheWholeBatchsGradient()
    {
        // One SGD step over the whole set as one batch: the parts' weighted gradients sum to the
        // batch's, up to the order of the additions.
        const torch::Tensor inputs = torch::randn({30, 6}), labels = torch::randint(0, 3, {30}, torch::kInt64);
        TrainerSettings settings;
        settings.optimizer = Optimizer::Sgd;
        settings.learningRate = 0.5;
        settings.batchSize = 30;
        settings.maxEpochs = 1;
        std::vector<std::vector<torch::Tensor>> trained;
        std::vector<double> losses;
        for (std::size_t shards : {std::size_t(1), std::size_t(3), std::size_t(30)}) {
            torchnn::ConvClassifier classifier = tinyClassifier(6, 3, 8);
            const std::vector<torch::Tensor> initial = weightsOf(classifier);
            settings.shards = shards;
            ModelRecord record;
            torchnn::trainClassifier(classifier, {inputs, labels, {}}, settings, 2, record, {}, nullptr);
            QVERIFY(largestDifference(weightsOf(classifier), initial) > 1e-3); // it stepped
            trained.push_back(weightsOf(classifier));
            losses.push_back(record.history.front().loss);
        }
        for (std::size_t i = 1; i < trained.size(); ++i) {
            QVERIFY2(largestDifference(trained[i], trained[0]) < 1e-5, qPrintable(QString::number(largestDifference(trained[i], trained[0]))));
            QVERIFY(std::abs(losses[i] - losses[0]) < 1e-5);
        }
    }
    void shardedTrainingIsTheSameOnAnyThreadCount()
    {
        const torch::Tensor inputs = torch::randn({64, 6}), labels = torch::randint(0, 3, {64}, torch::kInt64);
        TrainerSettings settings;
        settings.batchSize = 16;
        settings.maxEpochs = 3;
        settings.shards = 3;
        std::vector<std::vector<torch::Tensor>> trained;
        std::vector<std::vector<torch::Tensor>> drawnAfter;
        for (int localRanks : {1, 64}) { // every core, then one thread: the parts run one after the other
            const LocalRanks sharing(localRanks);
            torchnn::ConvClassifier classifier = tinyClassifier(6, 3, 9);
            ModelRecord record;
            torchnn::trainClassifier(classifier, {inputs, labels, {}}, settings, 4, record, {}, nullptr);
            trained.push_back(weightsOf(classifier));
            drawnAfter.push_back({torch::randn({4})});
        }
        QVERIFY(sameBits(trained[0], trained[1]));
        // The replicas' own initial weights did not move the generator the next model is drawn from.
        torchnn::ConvClassifier unsharded = tinyClassifier(6, 3, 9);
        settings.shards = 1;
        ModelRecord record;
        torchnn::trainClassifier(unsharded, {inputs, labels, {}}, settings, 4, record, {}, nullptr);
        QVERIFY(sameBits(drawnAfter[0], {torch::randn({4})}));
        QVERIFY(!sameBits(trained[0], weightsOf(unsharded))); // a different sum: not the same bits
    }
    void moreShardsThanRowsInABatchAreRefused()
    {
        torchnn::ConvClassifier classifier = tinyClassifier(5, 2, 1);
        TrainerSettings settings;
        settings.batchSize = 8;
        settings.shards = 9;
        ModelRecord record;
        QVERIFY_THROWS_EXCEPTION(Error, torchnn::trainClassifier(classifier, {torch::randn({20, 5}), torch::randint(0, 2, {20}, torch::kInt64), {}},
                                                                 settings, 1, record, {}, nullptr));
    }
};

QTEST_APPLESS_MAIN(TrainerTest)
#include "tst_trainer.moc"
