// What each protocol trains on and scores against, checked against an independent exact search;
// the cost formulas and memory budget; the augmentation's labels.
#include "core/Error.h"
#include "learned/Augmentation.h"
#include "learned/Cost.h"
#include "learned/TrainingPlan.h"
#include "support/TestSupport.h"

#include <QTest>
#include <algorithm>
#include <map>

using namespace nnscope;
using nnscope::test::errorOf;

namespace {

Dataset randomDataset(std::size_t rows, std::size_t dim, std::uint64_t seed)
{
    return Dataset(rows, dim, test::randomMatrix(rows, dim, seed), {}, "random");
}

KMeansResult clusterInto(const Dataset& data, std::size_t clusters)
{
    KMeansSettings settings;
    settings.clusters = clusters;
    settings.nInit = 2;
    return kmeans(data.view(), settings);
}

// The naive within-cluster neighbours of `row`, as positions in its cluster's list.
std::vector<std::uint32_t> naiveWithinCluster(const Dataset& data, const TrainingPlan& plan, std::size_t row,
                                              Metric metric, std::size_t k)
{
    const auto& members = plan.members[plan.clusterOf[row]];
    std::vector<float> gathered;
    for (std::size_t m : members)
        gathered.insert(gathered.end(), data.row(m), data.row(m) + data.dim());
    const auto nearest = test::naiveKnn({gathered.data(), members.size(), data.dim()}, data.row(row),
                                        std::min(k, members.size() - 1), metric, plan.positionOf[row]);
    std::vector<std::uint32_t> positions;
    for (const auto& n : nearest)
        positions.push_back(static_cast<std::uint32_t>(n.id));
    return positions;
}

} // namespace

class TrainingPlanTest : public QObject {
    Q_OBJECT
private slots:
    void paperProtocolUsesWithinClusterCosineTargets()
    {
        const Dataset data = randomDataset(300, 6, 1);
        const KMeansResult clustering = clusterInto(data, 5);
        HierarchySettings settings = presetSettings("fast", Protocol::Paper);
        settings.metric = Metric::L2; // ignored: the paper protocol always uses cosine
        const TrainingPlan plan = buildTrainingPlan(data, clustering, settings);
        QCOMPARE(plan.targetMetric, Metric::Cosine);
        for (std::size_t row = 0; row < data.rows(); ++row)
            QCOMPARE(plan.withinClusterTargets[row], naiveWithinCluster(data, plan, row, Metric::Cosine, 5));
    }
    void paperProtocolSplitsTheClusterGroupedOrderAtNinetyPercent()
    {
        const Dataset data = randomDataset(200, 4, 2);
        const KMeansResult clustering = clusterInto(data, 4);
        const TrainingPlan plan = buildTrainingPlan(data, clustering, presetSettings("fast", Protocol::Paper));
        std::vector<std::size_t> grouped;
        for (const auto& members : plan.members)
            grouped.insert(grouped.end(), members.begin(), members.end());
        QCOMPARE(plan.trainRows, std::vector<std::size_t>(grouped.begin(), grouped.begin() + 180));
        QCOMPARE(plan.testRows, std::vector<std::size_t>(grouped.begin() + 180, grouped.end()));
        // the quirk the split carries: every test row comes from the last cluster(s)
        QCOMPARE(plan.clusterOf[plan.testRows.back()], std::uint32_t(3));
    }
    void correctedProtocolUsesTheChosenMetricAndAStratifiedSeededSplit()
    {
        const Dataset data = randomDataset(400, 5, 3);
        const KMeansResult clustering = clusterInto(data, 6);
        HierarchySettings settings = presetSettings("fast", Protocol::Corrected);
        settings.metric = Metric::L2;
        settings.seed = 9;
        const TrainingPlan plan = buildTrainingPlan(data, clustering, settings);
        for (std::size_t row = 0; row < data.rows(); ++row)
            QCOMPARE(plan.withinClusterTargets[row], naiveWithinCluster(data, plan, row, Metric::L2, 5));
        std::map<std::uint32_t, std::size_t> testPerCluster;
        for (std::size_t row : plan.testRows)
            ++testPerCluster[plan.clusterOf[row]];
        for (std::uint32_t c = 0; c < 6; ++c)
            QCOMPARE(testPerCluster[c], static_cast<std::size_t>(std::lround(0.1 * double(plan.members[c].size()))));
        QCOMPARE(plan.trainRows.size() + plan.testRows.size(), data.rows());
        QCOMPARE(buildTrainingPlan(data, clustering, settings).testRows, plan.testRows);
        settings.seed = 10;
        QVERIFY(buildTrainingPlan(data, clustering, settings).testRows != plan.testRows);
    }
    void globalNearestIsTheExactNearestNeighbour()
    {
        const Dataset data = randomDataset(150, 7, 4);
        const std::vector<std::size_t> rows = {0, 17, 149};
        const auto nearest = globalNearest(data, rows, Metric::Cosine);
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(nearest[i], test::naiveKnn(data.view(), data.row(rows[i]), 1, Metric::Cosine,
                                                static_cast<std::int64_t>(rows[i]))[0].id);
    }
    void parameterAndFlopCountsFollowTheFormulas()
    {
        ModelSettings model; // the authors' model: kernel 1, 128/128/256 filters, pool 2
        const ClassifierCost layer1 = classifierCost(model, 100, 10);
        // conv 1·128+128, 128·128+128, 128·256+256; dense 256·50·10+10
        QCOMPARE(layer1.parameters, std::uint64_t(256 + 16512 + 33024 + 128010));
        QCOMPARE(layer1.flops, std::uint64_t(2 * (100 * 128 + 50 * 128 * 128 + 50 * 256 * 128 + 256 * 50 * 10)));
        model.kernelSize = 3;
        QCOMPARE(classifierCost(model, 7, 2).parameters,
                 std::uint64_t((3 * 128 + 128) + (3 * 128 * 128 + 128) + (3 * 128 * 256 + 256) + (256 * 4 * 2 + 2)));
        const HierarchyCost cost = hierarchyCost(ModelSettings{}, 100, {600, 400});
        QCOMPARE(cost.layer2Parameters, classifierCost(ModelSettings{}, 200, 600).parameters
                                            + classifierCost(ModelSettings{}, 200, 400).parameters);
        QCOMPARE(cost.exactSearchFlopsPerQuery, 2.0 * 1000 * 100);
        QCOMPARE(cost.bytes, 4 * cost.parameters());
    }
    void thePapersFiftyThousandWordSettingExceedsTheDefaultBudget()
    {
        // 50,000 words in 10 clusters: layer 2 alone is about 25,600 × 50,000 weights (~5 GB).
        const HierarchyCost cost = hierarchyCost(ModelSettings{}, 100, std::vector<std::size_t>(10, 5000));
        QVERIFY(cost.bytes > 5'000'000'000ull && cost.bytes < 5'300'000'000ull);
        const std::vector<std::size_t> sizes(10, 5000);
        HierarchySettings settings;
        QVERIFY_THROWS_EXCEPTION(Error, checkMemoryBudget(settings, 100, sizes, 1));
        // Training also holds the model in training's gradients, Adam's two moments and its best epoch:
        // four times the largest model more than the weights, to the byte.
        const std::uint64_t largest = 4 * cost.largestLayer2Parameters;
        settings.memoryBudgetBytes = cost.bytes + 4 * largest;
        checkMemoryBudget(settings, 100, sizes, 1); // fits: no error
        settings.memoryBudgetBytes -= 1;
        const std::string message = errorOf([&] { checkMemoryBudget(settings, 100, sizes, 1); });
        QVERIFY2(message.find("training state") != std::string::npos, message.c_str());
        // Plain SGD keeps no moments; each extra shard of a batch a gradient more.
        settings.layer2.optimizer = Optimizer::Sgd;
        settings.memoryBudgetBytes = cost.bytes + 2 * largest;
        checkMemoryBudget(settings, 100, sizes, 1);
        settings.layer2.shards = 3;
        QVERIFY_THROWS_EXCEPTION(Error, checkMemoryBudget(settings, 100, sizes, 1));
        settings.memoryBudgetBytes = cost.bytes + 4 * largest;
        checkMemoryBudget(settings, 100, sizes, 1);
    }
    void augmentedCopiesAreLabelledWithTheirNearestOtherMember()
    {
        const Dataset data = randomDataset(60, 4, 5);
        std::vector<std::size_t> members(60);
        for (std::size_t i = 0; i < 60; ++i)
            members[i] = i;
        const std::vector<std::size_t> sources = {3, 10, 42};
        AugmentationSettings settings;
        settings.copiesPerRow = 5;
        const AugmentedRows rows = augmentCluster(data, members, sources, settings, Metric::L2, 7);
        QCOMPARE(rows.targets.size(), std::size_t(15));
        QCOMPARE(rows.vectors.size(), std::size_t(15 * 4));
        for (std::size_t i = 0; i < 15; ++i) {
            const auto source = static_cast<std::int64_t>(sources[i / 5]);
            const auto expected = test::naiveKnn(data.view(), rows.vectors.data() + i * 4, 2, Metric::L2, -1);
            const std::int64_t label = expected[0].id != source ? expected[0].id : expected[1].id;
            QCOMPARE(static_cast<std::int64_t>(rows.targets[i]), label);
        }
        const auto weights = classBalancedWeights({4, 4, 7, 4});
        QCOMPARE(weights, (std::vector<double>{1.0 / 3, 1.0 / 3, 1.0, 1.0 / 3}));
    }
};

QTEST_APPLESS_MAIN(TrainingPlanTest)
#include "tst_training_plan.moc"
