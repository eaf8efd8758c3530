// `nnscope embed`: a 2-D map of the rows (PCA, or Barnes-Hut t-SNE), its neighbour preservation measured
// the same way for either, the points written as CSV.
#include "cli/CliSupport.h"
#include "cli/TerminalProgress.h"
#include "core/Files.h"
#include "core/Limits.h"
#include "core/Random.h"
#include "core/Stopwatch.h"
#include "project/MapQuality.h"
#include "project/Pca.h"
#include "project/Tsne.h"

#include <iomanip>
#include <numeric>
#include <ostream>
#include <sstream>

namespace nnscope::cli {
namespace {

// row,label,x,y with a header; labels quoted (GloVe's vocabulary holds commas and quotes).
std::string mapCsv(const Dataset& data, const std::vector<std::size_t>& rows, const std::vector<float>& map)
{
    std::ostringstream out;
    out << "row,label,x,y\n" << std::setprecision(9);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string label = data.labelOf(rows[i]);
        std::string quoted;
        for (char c : label)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        out << rows[i] << ",\"" << quoted << "\"," << map[2 * i] << ',' << map[2 * i + 1] << '\n';
    }
    return out.str();
}

} // namespace

Command embedCommand()
{
    Command command;
    command.name = "embed";
    command.summary = "A 2-D map of the rows: PCA, or Barnes-Hut t-SNE (neighbour-preserving), with knn_preservation_10:\n"
                      "the mean share of each row's 10 nearest rows that stay among its 10 nearest on the map.";
    command.options = datasetOptions();
    command.options.push_back({"method", "M", "pca or tsne", "tsne"});
    command.options.push_back({"rows", "N", "map N rows drawn at random (seeded; 0: every row)", "0"});
    command.options.push_back({"metric", "M", "l2 or cosine (cosine: unit rows)", "l2"});
    command.options.push_back({"perplexity", "P", "tsne: effective neighbours of each row", "30"});
    command.options.push_back({"iterations", "I", "tsne: gradient steps (the first 250 exaggerated)", "1000"});
    command.options.push_back({"theta", "T", "tsne: Barnes-Hut accuracy (smaller: slower, closer to exact)", "0.5"});
    command.options.push_back({"learning-rate", "R", "tsne: step size (0: max(rows / 48, 50))", "0"});
    command.options.push_back({"quality-rows", "N", "rows knn_preservation_10 is measured on (0: every row)", "10000"});
    command.options.push_back({"seed", "S", "seed of --rows, the quality sample and an approximate k-NN graph", "0"});
    command.options.push_back({"threads", "T", "threads (0: every hardware thread)", "0"});
    command.options.push_back({"out", "FILE", "write the map as CSV: row,label,x,y", ""});
    command.run = [](const CommandLine& line) {
        const Dataset dataset = openDatasetFrom(line);
        const std::string method = line.value("method");
        if (method != "pca" && method != "tsne")
            throw UsageError("--method expects pca or tsne");
        const Metric metric = parseMetric(line.value("metric"));
        if (metric == Metric::InnerProduct)
            throw UsageError("--metric expects l2 or cosine (a map keeps distances, and inner product is not one)");
        TsneSettings settings;
        settings.perplexity = line.number("perplexity");
        settings.iterations = line.count("iterations");
        settings.theta = line.number("theta");
        settings.learningRate = line.number("learning-rate");
        settings.seed = line.seed("seed");
        settings.threads = line.count("threads");
        if (settings.threads != 0)
            limits::checkThreads(settings.threads);
        // The rows mapped: all, or a seeded sample in row order.
        const std::size_t wanted = line.count("rows");
        if (wanted > dataset.rows())
            throw UsageError("--rows " + std::to_string(wanted) + " is more than the " + std::to_string(dataset.rows()) + " rows of the data");
        std::vector<std::size_t> rows;
        if (wanted == 0 || wanted == dataset.rows()) {
            rows.resize(dataset.rows());
            std::iota(rows.begin(), rows.end(), std::size_t(0));
        } else {
            Random random(Random::derive(settings.seed, seedstream::kMapRows));
            rows = random.sampleIndices(dataset.rows(), wanted);
        }
        if (method == "tsne")
            checkTsneSettings(settings, rows.size());
        else if (rows.size() < 2)
            throw UsageError("PCA needs at least 2 rows");
        Json json{{"dataset", describeDataset(dataset)}, {"method", method}, {"metric", metricName(metric)}, {"rows", rows.size()}};
        if (line.flag("dry-run"))
            return dryRunResult("embed", json);
        const std::vector<float> values = rows.size() == dataset.rows() ? std::vector<float>() : gatherRows(dataset.view(), rows);
        const MatrixView data = values.empty() ? dataset.view() : MatrixView{values.data(), rows.size(), dataset.dim()};

        TerminalProgress progress;
        const auto started = Clock::now();
        std::vector<float> map;
        if (method == "tsne") {
            TsneReport report;
            map = tsne(data, metric, settings, nullptr, [&](double done) { progress.share("t-SNE", done); }, &report);
            json["perplexity"] = settings.perplexity;
            json["iterations"] = settings.iterations;
            json["theta"] = settings.theta;
            json["neighbours"] = report.neighbours;
            json["neighbours_exact"] = report.exactNeighbours;
            json["neighbour_recall"] = report.exactNeighbours ? Json(1.0) : Json(report.neighbourRecall);
            json["neighbour_seconds"] = report.neighbourSeconds;
            json["optimise_seconds"] = report.optimiseSeconds;
        } else {
            const Pca pca = Pca::fit(data, 2);
            map = pca.project(data);
            json["explained_variance_ratio"] = pca.explainedVarianceRatio();
        }
        progress.finish();
        json["seconds"] = secondsSince(started);

        progress.step("measuring knn_preservation_10");
        const auto measured = Clock::now();
        const NeighbourPreservation quality =
            neighbourPreservation(data, metric, map, 10, line.count("quality-rows"), settings.seed, settings.threads);
        progress.finish();
        json["knn_preservation_10"] = quality.mean;
        json["knn_preservation_rows"] = quality.rows;
        json["knn_preservation_seconds"] = secondsSince(measured);
        if (line.isSet("out")) {
            writeFileAtomically(line.value("out"), mapCsv(dataset, rows, map));
            json["out"] = line.value("out");
        }
        return json;
    };
    command.printText = [](const Json& r, const CommandLine&, std::ostream& out) {
        out << r["method"].get<std::string>() << " map of " << r["rows"] << " rows of " << r["dataset"]["source"].get<std::string>() << " ("
            << r["metric"].get<std::string>() << ")\n"
            << "built in              " << std::setprecision(3) << r["seconds"].get<double>() << " s\n";
        if (r.contains("neighbours"))
            out << "input neighbours      " << r["neighbours"] << " per row, "
                << (r["neighbours_exact"].get<bool>() ? std::string("exact")
                                                      : "approximate (recall " + std::to_string(r["neighbour_recall"].get<double>()).substr(0, 5) + ")")
                << "\n";
        out << "knn_preservation_10   " << std::setprecision(3) << r["knn_preservation_10"].get<double>() << " (on " << r["knn_preservation_rows"]
            << " rows: the share of each row's 10 nearest that stay among its 10 nearest on the map)\n";
        if (r.contains("out"))
            out << "written to            " << r["out"].get<std::string>() << "\n";
        else
            out << "(--out FILE writes the points as CSV)\n";
    };
    return command;
}

} // namespace nnscope::cli
