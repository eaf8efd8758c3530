// The parts of a job of several ranks that need no second process: the torchrun environment, which
// rank trains which model, and the memory budget per rank (the two-process runs are tests/cli/tst_cli_ranks).
#include "core/Error.h"
#include "distributed/BlockSearch.h"
#include "distributed/Ranks.h"
#include "learned/Cost.h"
#include "learned/Settings.h"
#include "support/TestSupport.h"

#include <QTest>
#include <algorithm>
#include <cstdlib>
#include <numeric>

using namespace nnscope;
using nnscope::test::errorOf;

namespace {

// Sets the variables for one check and clears them after it.
struct Environment {
    explicit Environment(std::initializer_list<std::pair<const char*, const char*>> values)
    {
        for (const char* name : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "NNSCOPE_RANK_TIMEOUT"})
            ::unsetenv(name);
        for (const auto& [name, value] : values)
            ::setenv(name, value, 1);
    }
    ~Environment()
    {
        for (const char* name : {"RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "NNSCOPE_RANK_TIMEOUT"})
            ::unsetenv(name);
    }
};

} // namespace

class RanksTest : public QObject {
    Q_OBJECT
private slots:
    void theWorldComesFromTorchrunsVariables()
    {
        {
            Environment none({});
            const RankWorld world = rankWorldFromEnvironment();
            QCOMPARE(world.size, 1);
            QVERIFY(!world.distributed());
        }
        {
            Environment job({{"RANK", "2"}, {"WORLD_SIZE", "4"}, {"MASTER_ADDR", "10.0.0.7"}, {"MASTER_PORT", "29511"}, {"NNSCOPE_RANK_TIMEOUT", "12.5"}});
            const RankWorld world = rankWorldFromEnvironment();
            QCOMPARE(world.rank, 2);
            QCOMPARE(world.size, 4);
            QCOMPARE(world.masterAddress, std::string("10.0.0.7"));
            QCOMPARE(world.masterPort, std::uint16_t(29511));
            QCOMPARE(world.timeoutSeconds, 12.5);
        }
        for (const auto& [rank, size, port, message] : std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
                 {"4", "4", "29500", "RANK='4'"},          // ranks count from 0
                 {"-1", "2", "29500", "RANK='-1'"},
                 {"0", "two", "29500", "WORLD_SIZE='two'"},
                 {"0", "2", "70000", "MASTER_PORT='70000'"},
                 {nullptr, "2", "29500", "RANK is not"}}) {
            Environment bad({{"WORLD_SIZE", size}, {"MASTER_PORT", port}});
            if (rank)
                ::setenv("RANK", rank, 1);
            const std::string error = errorOf([] { rankWorldFromEnvironment(); });
            QVERIFY2(error.find(message) != std::string::npos, error.c_str());
        }
        Environment badTimeout({{"WORLD_SIZE", "2"}, {"RANK", "0"}, {"NNSCOPE_RANK_TIMEOUT", "0"}});
        QVERIFY(errorOf([] { rankWorldFromEnvironment(); }).find("NNSCOPE_RANK_TIMEOUT") != std::string::npos);
    }

    void modelsAreSpreadByWorkWithLayerOneOnRankZero()
    {
        const std::vector<double> work{5, 9, 7, 6, 4, 0, 3};
        for (int ranks : {1, 2, 3, 4, 8}) {
            const std::vector<int> owner = assignWorkToRanks(work, ranks);
            QCOMPARE(owner.size(), work.size());
            QCOMPARE(owner[0], 0); // layer 1
            QCOMPARE(owner[5], 0); // nothing to train: rank 0 makes it itself
            std::vector<double> load(static_cast<std::size_t>(ranks), 0.0);
            for (std::size_t m = 0; m < work.size(); ++m) {
                QVERIFY(owner[m] >= 0 && owner[m] < ranks);
                load[static_cast<std::size_t>(owner[m])] += work[m];
            }
            // Longest processing time first is within 4/3 of the best split, and never worse than the
            // largest single model.
            const double total = std::accumulate(work.begin(), work.end(), 0.0);
            const double largest = *std::max_element(load.begin(), load.end());
            QVERIFY2(largest <= std::max(4.0 / 3.0 * total / ranks, 9.0) + 1e-9, QByteArray::number(largest).constData());
        }
        // Two ranks: rank 0 starts with layer 1's 5, so 9 goes to rank 1, 7 to rank 0, 6 to rank 1, ...
        QCOMPARE(assignWorkToRanks(work, 2), (std::vector<int>{0, 1, 0, 1, 0, 0, 1}));
        // Nothing pinned (a grid's points): 9 to rank 0, 7 and 6 to rank 1 (13), 5 to rank 0 (14), 4 to rank 1 (17),
        // 3 to rank 0 (17), and the item without work to the lower rank of a tie.
        QCOMPARE(assignWorkToRanks(work, 2, false), (std::vector<int>{0, 0, 1, 1, 1, 0, 0}));
    }

    void rowBlocksCoverEveryRowOnce()
    {
        for (std::size_t count : {0, 1, 5, 101, 1000})
            for (int ranks : {1, 2, 3, 7}) {
                std::size_t next = 0;
                for (int r = 0; r < ranks; ++r) {
                    const RowBlock block = rowBlockOfRank(count, r, ranks);
                    QCOMPARE(block.first, next);
                    QVERIFY(block.end >= block.first && block.end - block.first <= count / ranks + 1);
                    next = block.end;
                }
                QCOMPARE(next, count);
            }
    }

    void theBudgetIsPerRankAndTheRefusalSaysHowManyFit()
    {
        // The paper's 50,000 words in 100 clusters over 100 dimensions: about 4.8 GiB of weights.
        HierarchySettings settings;
        const std::vector<std::size_t> sizes = evenClusterSizes(50000, 100);
        QCOMPARE(std::accumulate(sizes.begin(), sizes.end(), std::size_t{0}), std::size_t{50000});
        const std::string alone = errorOf([&] { checkMemoryBudget(settings, 100, sizes, 1); });
        QVERIFY2(alone.find("3 ranks would need at most") != std::string::npos, alone.c_str());
        const std::string two = errorOf([&] { checkMemoryBudget(settings, 100, sizes, 2); });
        QVERIFY2(two.find("a rank of 2 would need") != std::string::npos && two.find("3 ranks") != std::string::npos, two.c_str());
        checkMemoryBudget(settings, 100, sizes, 3); // fits: no error
        // Every weight is held once, and each rank trains one layer-2 model at a time: its gradients,
        // Adam's two moments and its best epoch, four times a model's weights (more than rank 0's two
        // read-back models and than layer 1's state).
        const std::uint64_t model = 4 * classifierCost(settings.model, 200, 500).parameters;
        for (int ranks : {1, 3, 7}) {
            const std::vector<std::uint64_t> held = bytesPerRank(settings, 100, sizes, ranks);
            const std::uint64_t sum = std::accumulate(held.begin(), held.end(), std::uint64_t{0});
            QCOMPARE(sum, hierarchyCost(settings.model, 100, sizes).bytes + static_cast<std::uint64_t>(ranks) * 4 * model);
        }
        // One model larger than the budget: no number of ranks helps.
        const std::string never = errorOf([&] { checkMemoryBudget(settings, 100, {60000, 10}, 1); });
        QVERIFY2(never.find("no number of ranks fits it") != std::string::npos, never.c_str());
    }

    void layer1sStateIsOnEveryRankThatTrainsIt()
    {
        // 100 clusters of two members over 400 dimensions: layer 1 outweighs a rank's layer-2 models.
        HierarchySettings settings;
        const std::vector<std::size_t> sizes = evenClusterSizes(200, 100);
        const std::uint64_t layer1 = 4 * classifierCost(settings.model, 400, 100).parameters;
        QVERIFY(bytesPerRank(settings, 400, sizes, 2)[1] < 6 * layer1); // layer 1 on rank 0 alone
        settings.layer1.shards = 4;
        QVERIFY(layer1TrainsOnEveryRank(settings, 2));
        QVERIFY(!layer1TrainsOnEveryRank(settings, 5));
        // Two ranks run two shards each: layer 1, its gradients, Adam's two moments, its best epoch
        // and one replica's gradient; one process runs all four shards.
        QCOMPARE(bytesPerRank(settings, 400, sizes, 2)[1], 6 * layer1);
        QCOMPARE(bytesPerRank(settings, 400, sizes, 1)[0], hierarchyCost(settings.model, 400, sizes).bytes + 7 * layer1);
    }
};

QTEST_GUILESS_MAIN(RanksTest)
#include "tst_ranks.moc"
