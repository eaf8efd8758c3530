// `nnscope reproduce`: the paper's tables and the experiments it could not run, headless.
#include "cli/CliSupport.h"
#include "cli/HierarchyOptions.h"
#include "cli/TerminalProgress.h"
#include "distributed/Ranks.h"
#include "experiments/ResultsJson.h"
#include "experiments/Tables.h"
#include "core/Files.h"
#include "report/ReportWriter.h"

#include <unistd.h>
#include <cmath>
#include <csignal>
#include <optional>
#include <ostream>
#include <sstream>

namespace nnscope::cli {
namespace {

CancelToken* interruptToken = nullptr;

extern "C" void onInterrupt(int)
{
    if (interruptToken)
        interruptToken->cancel(); // lock-free atomic store: safe in a signal handler
}

std::string joined(const std::vector<std::string>& specs)
{
    std::string text;
    for (const std::string& spec : specs)
        text += (text.empty() ? "" : ";") + spec;
    return text;
}

// "auto": 16, 64 and 256 bins where the base rows give at least 30 rows per bin; "none": no section.
std::vector<std::size_t> partitionBins(const CommandLine& line, std::size_t rows, double holdout)
{
    const std::string value = line.value("partition-bins");
    if (value == "none")
        return {};
    const auto baseRows = rows - static_cast<std::size_t>(std::llround(holdout * static_cast<double>(rows)));
    std::vector<std::size_t> bins;
    if (value == "auto") {
        for (std::size_t b : {16, 64, 256})
            if (baseRows >= 30 * b)
                bins.push_back(b);
        return bins;
    }
    bins = line.counts("partition-bins");
    for (std::size_t b : bins) // checked before the hours of the main experiment, not after
        if (b < 2 || b > baseRows / 2)
            throw UsageError("--partition-bins: " + std::to_string(b) + " bins do not fit " + std::to_string(baseRows) + " base rows (2 to "
                             + std::to_string(baseRows / 2) + ")");
    return bins;
}

} // namespace

Command reproduceCommand()
{
    Command command;
    command.name = "reproduce";
    command.summary = "Run the paper's experiments (Tables 1-4) and the ones it could not run (recall@k, cost per\n"
                      "query, layer-2 imbalance, augmentation, multi-probe, the nearest-centroid twin) on a grid of\n"
                      "(words, clusters) settings; print Markdown tables and write a report folder. Ctrl-C keeps the\n"
                      "finished settings' results.";
    for (const OptionSpec& option : datasetOptions())
        if (option.name != "words") // the grid says how many words
            command.options.push_back(option);
    for (const OptionSpec& option : std::vector<OptionSpec>{
        {"grid", "WxC,...", "settings as words x clusters", "1000x10,1000x100,2000x10,2000x100,2717x10,2717x100"},
        {"protocol", "P", "paper, corrected or both", "both"},
        {"queries", "N", "test queries per setting (the paper: 1000)", "1000"},
        {"k", "K", "recall@K", "10"},
        {"systems", "SPEC;...", "the systems measured in every setting (nnscope systems lists them)", joined(defaultSystems())},
        {"no-augment", "", "drop the hierarchy trained with augmentation (learned:augment=1) from --systems", ""},
        {"no-faiss", "", "drop the FAISS peers from --systems", ""},
        {"paper-eval", "DRAW", "paper protocol's evaluation rows: last-10pct (held out), in-sample (the authors' draw from the whole table), or both", "both"},
        {"partition-bins", "B,...", "the learned-partitions section: bins per run, auto (16/64/256 where >= 30 rows per bin) or none", "auto"},
        {"partition-methods", "SPEC;...", "the partition methods of that section (nnscope partition --method)", "all"},
        {"out", "DIR", "report folder (replaced as a whole)", ""},
    })
        command.options.push_back(option);
    for (const OptionSpec& option : hierarchyOptions())
        if (option.name != "augment" && option.name != "eval-queries" && option.name != "paper-eval")
            command.options.push_back(option);
    command.run = [](const CommandLine& line) {
        const std::string out = line.required("out");
        auto data = std::make_shared<const Dataset>(openDatasetFrom(line));

        ExperimentSettings settings;
        settings.grid = parseGrid(line.value("grid"));
        const std::string protocol = line.value("protocol");
        if (protocol == "both")
            settings.protocols = {Protocol::Paper, Protocol::Corrected};
        else
            settings.protocols = {parseProtocol(protocol)};
        settings.queries = line.count("queries");
        settings.recallK = line.count("k");
        if (settings.queries == 0 || settings.recallK == 0)
            throw UsageError("--queries and --k must be at least 1");
        settings.preset = line.value("preset");
        settings.overrides = hierarchyOverridesFrom(line);
        settings.seed = line.seed("seed");
        const std::string draw = line.value("paper-eval");
        settings.paperEvaluations = draw == "both" ? std::vector<PaperEvaluation>{PaperEvaluation::LastTenPercent, PaperEvaluation::InSample}
                                                   : std::vector<PaperEvaluation>{parsePaperEvaluation(draw)};
        settings.systems = splitSystemSpecs(line.value("systems"));
        if (line.flag("no-augment"))
            settings.systems = withoutSystems(settings.systems, usesAugmentedHierarchy);
        if (line.flag("no-faiss"))
            settings.systems = withoutSystems(settings.systems, [](const ResolvedSystem& s) { return s.entry->name.rfind("faiss-", 0) == 0; });
        checkExperiment(*data, settings); // the preset, overrides, systems and grid fail before any work
        PartitionExperimentSettings partition;
        partition.seed = settings.seed;
        if (line.value("partition-methods") != "all")
            partition.methods = splitSystemSpecs(line.value("partition-methods"));
        const std::vector<std::size_t> binCounts = partitionBins(line, data->rows(), partition.holdout);
        for (const std::size_t bins : binCounts) {
            partition.bins = bins;
            checkPartitionExperiment(*data, nullptr, partition);
        }
        if (line.flag("dry-run")) {
            Json grid = Json::array();
            for (const GridPoint& point : settings.grid) {
                const SkippedSetting estimate = estimateSetting(*data, point, settings);
                grid.push_back({{"words", point.words}, {"clusters", point.clusters}, {"runs", estimate.reason.empty()},
                                {"estimated_max_train_seconds", estimate.maxTrainSeconds}, {"estimated_bytes", estimate.bytes}, {"reason", estimate.reason}});
            }
            return dryRunResult("reproduce", {{"dataset", describeDataset(*data)}, {"grid", grid}, {"systems", settings.systems},
                                              {"partition_bins", binCounts}, {"out", out}});
        }

        ensureChartApplication();
        CancelToken cancel;
        TerminalProgress progress;
        const QString folder = QString::fromStdString(out);
        const auto showProgress = [&](const ExperimentProgress& p) {
            progress.setContext("[" + std::to_string(p.setting + 1) + "/" + std::to_string(p.settings) + " "
                                + std::to_string(p.point.words) + "w " + std::to_string(p.point.clusters) + "c "
                                + protocolName(p.protocol) + ", " + stageText(p.stage) + "] ");
            TrainingProgress overall = p.training;
            overall.fraction = p.fraction;
            progress.report(overall);
        };
        ExperimentResult result;
        const RankWorld world = rankWorldFromEnvironment();
        if (world.distributed()) {
            // The grid across ranks: rank 0 gathers the results, then writes the report and runs the
            // partitions section alone; the others leave once theirs are sent.
            std::optional<ExperimentResult> gathered = runGatheredOnRankZero(world, [&](RankGroup& ranks) {
                return runExperimentAcrossRanks(data, settings, ranks, world.rank == 0 ? ExperimentObserver(showProgress) : ExperimentObserver());
            });
            if (!gathered)
                return Json{{"rank", world.rank}, {"world_size", world.size}, {"report", out}};
            result = std::move(*gathered);
        } else {
            interruptToken = &cancel;
            const auto previous = std::signal(SIGINT, onInterrupt);
            try {
                result = runExperiment(data, settings, showProgress,
                                       [&](const ExperimentResult& partial) { report::writeReport(partial, folder); }, &cancel);
            } catch (...) {
                std::signal(SIGINT, previous);
                interruptToken = nullptr;
                throw;
            }
            std::signal(SIGINT, previous);
            interruptToken = nullptr;
        }
        progress.finish();
        if (!result.results.empty())
            report::writeReport(result, folder);

        // The designs that do win (Neural LSH, LIRA-style probing, SOAR spill) against k-means on the whole
        // dataset, held-out queries — one partition report per bin count inside the report folder.
        std::string partitionsMarkdown;
        if (!result.interrupted && !result.results.empty()) {
            for (std::size_t bins : binCounts) {
                partition.bins = bins;
                const PartitionExperimentResult run = runPartitionExperiment(*data, nullptr, partition, [&](const Stage& stage) {
                    progress.setContext("[partitions, " + std::to_string(bins) + " bins] ");
                    progress.stage(stage);
                }, &cancel);
                progress.finish();
                progress.setContext("");
                report::writePartitionReport(run, folder + QString("/partitions-%1").arg(bins));
                partitionsMarkdown += toMarkdown(partitionSummaryTable(run));
            }
            if (!partitionsMarkdown.empty()) {
                partitionsMarkdown = "## Learned partitions (held-out queries, exact re-rank in the probed bins)\n\n" + partitionsMarkdown;
                writeFileAtomically(out + "/partitions.md", partitionsMarkdown);
            }
        }
        for (const SkippedSetting& s : result.skipped)
            std::fprintf(stderr, "nnscope reproduce: setting %zux%zu not run: %s\n", s.point.words, s.point.clusters, s.reason.c_str());
        std::fprintf(stderr, "nnscope reproduce: %s%s\n", result.results.empty() ? "nothing finished, no report written to " : "report written to ",
                     out.c_str());
        Json json = toJson(result);
        json["report"] = out;
        json["markdown"] = report::tablesMarkdown(result) + partitionsMarkdown;
        return json;
    };
    command.acrossRanks = true;
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        if (result.contains("rank")) { // a rank other than 0
            out << "rank " << result["rank"] << " of " << result["world_size"] << ": ran its grid points and sent them to rank 0, which writes "
                << result["report"].get<std::string>() << "\n";
            return;
        }
        out << result["markdown"].get<std::string>();
    };
    command.exitCode = [](const Json& result) { return result.value("interrupted", false) ? 130 : 0; };
    return command;
}

} // namespace nnscope::cli
