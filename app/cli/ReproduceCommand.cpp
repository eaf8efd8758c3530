// `nnscope reproduce`: the paper's tables and the experiments it could not run, headless.
#include "cli/CliSupport.h"
#include "cli/TerminalProgress.h"
#include "experiments/ResultsJson.h"
#include "report/ReportWriter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <unistd.h>
#include <clocale>
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

// Charts are QCustomPlot widgets rendered offscreen; they need a QApplication but no display.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "nnscope";
    static char* argv[] = {name, nullptr};
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // else Qt warns on stderr about it
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/nnscope-runtime-" + QByteArray::number(::getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    // Never destroyed: tearing Qt down among the other static destructors at exit crashes.
    new QApplication(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // Qt adopts the user's locale; report numbers keep a decimal point
}

std::vector<std::size_t> parseList(const std::string& text, const std::string& option)
{
    std::vector<std::size_t> values;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ','))
        try {
            std::size_t used = 0;
            values.push_back(std::stoul(item, &used));
            if (used != item.size())
                throw std::invalid_argument(item);
        } catch (const std::exception&) {
            throw UsageError("--" + option + " expects numbers separated by commas, got '" + text + "'");
        }
    return values;
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
    command.options = {
        {"data", "D", "a built-in dataset or a file (e.g. the full glove.6B.100d.txt)", "glove-100d"},
        {"format", "F", "file format: glove, csv or fvecs (default: from the extension)", ""},
        {"grid", "WxC,...", "settings as words x clusters", "1000x10,1000x100,2000x10,2000x100,2717x10,2717x100"},
        {"protocol", "P", "paper, corrected or both", "both"},
        {"queries", "N", "test queries per setting (the paper: 1000)", "1000"},
        {"seed", "S", "seed of everything random", "0"},
        {"preset", "P", "training preset: fast or paper", "fast"},
        {"metric", "M", "the corrected protocol's metric (l2, cosine, ip)", "l2"},
        {"k", "K", "recall@K", "10"},
        {"probes", "M,...", "extra multi-probe settings (clusters probed)", "2,3"},
        {"per-cluster", "P", "layer-2 candidates per probed cluster", "10"},
        {"no-augment", "", "skip the augmented hierarchy", ""},
        {"no-faiss", "", "skip the FAISS peers", ""},
        {"kernel-size", "K", "convolution kernel size", "1"},
        {"max-epochs", "E", "override the preset's maximum epochs", ""},
        {"threads", "T", "LibTorch / FAISS threads", "1"},
        {"memory-budget", "GB", "refuse settings whose weights exceed this", "2"},
        {"out", "DIR", "report folder (replaced as a whole)", ""},
    };
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
        settings.seed = line.seed("seed");
        settings.preset = line.value("preset");
        presetSettings(settings.preset, Protocol::Corrected); // an unknown preset fails before any work
        settings.correctedMetric = parseMetric(line.value("metric"));
        settings.recallK = line.count("k");
        settings.probes = parseList(line.value("probes"), "probes");
        settings.perCluster = line.count("per-cluster");
        settings.augmentation = !line.flag("no-augment");
        settings.faissPeers = !line.flag("no-faiss");
        settings.model.kernelSize = line.count("kernel-size");
        if (line.isSet("max-epochs"))
            settings.maxEpochs = line.count("max-epochs");
        settings.threads = line.count("threads");
        settings.memoryBudgetBytes = static_cast<std::uint64_t>(line.number("memory-budget") * 1e9);
        if (settings.queries == 0 || settings.recallK == 0)
            throw UsageError("--queries and --k must be at least 1");

        ensureApplication();
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
