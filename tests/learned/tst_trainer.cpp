// The classifier trainer (internal, LibTorch): the weights kept are exactly the best epoch's.
#include "learned/torch/Trainer.h"

#include <QTest>

using namespace nnscope;

namespace {

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
};

QTEST_APPLESS_MAIN(TrainerTest)
#include "tst_trainer.moc"
