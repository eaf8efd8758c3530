// `nnscope reproduce`: the paper's tables and the experiments it could not run, headless.
#include "cli/CliSupport.h"
#include "cli/HierarchyOptions.h"
#include "cli/TerminalProgress.h"
#include "experiments/ResultsJson.h"
#include "report/ReportWriter.h"

#include <unistd.h>
#include <csignal>
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
        settings.hierarchySettings(settings.protocols.front(), 1); // the preset and overrides fail before any work

        ensureChartApplication();
        CancelToken cancel;
        interruptToken = &cancel;
        const auto previous = std::signal(SIGINT, onInterrupt);
        TerminalProgress progress;
        const QString folder = QString::fromStdString(out);
        ExperimentResult result;
        try {
            result = runExperiment(
                data, settings,
                [&](const ExperimentProgress& p) {
                    progress.setContext("[" + std::to_string(p.setting + 1) + "/" + std::to_string(p.settings) + " "
                                        + std::to_string(p.point.words) + "w " + std::to_string(p.point.clusters) + "c "
                                        + protocolName(p.protocol) + ", " + p.stage + "] ");
                    TrainingProgress overall = p.training;
                    overall.fraction = p.fraction;
                    progress.report(overall);
                },
                [&](const ExperimentResult& partial) { report::writeReport(partial, folder); }, &cancel);
        } catch (...) {
            std::signal(SIGINT, previous);
            interruptToken = nullptr;
            throw;
        }
        std::signal(SIGINT, previous);
        interruptToken = nullptr;
        progress.finish();
        if (!result.results.empty())
            report::writeReport(result, folder);
        for (const SkippedSetting& s : result.skipped)
            std::fprintf(stderr, "nnscope reproduce: setting %zux%zu not run: %s\n", s.point.words, s.point.clusters, s.reason.c_str());
        std::fprintf(stderr, "nnscope reproduce: %s%s\n", result.results.empty() ? "nothing finished, no report written to " : "report written to ",
                     out.c_str());
        Json json = toJson(result);
        json["report"] = out;
        json["markdown"] = report::tablesMarkdown(result);
        return json;
    };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        out << result["markdown"].get<std::string>();
    };
    command.exitCode = [](const Json& result) { return result["interrupted"].get<bool>() ? 130 : 0; };
    return command;
}

} // namespace nnscope::cli
