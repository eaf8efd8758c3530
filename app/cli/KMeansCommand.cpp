// `nnscope kmeans`: k-means clustering with the authors' defaults (k-means++, n_init 10, max_iter 300).
#include "cli/CliSupport.h"
#include "cluster/KMeans.h"

#include <chrono>
#include <iomanip>
#include <ostream>

namespace nnscope::cli {

Command kmeansCommand()
{
    Command command;
    command.name = "kmeans";
    command.summary = "k-means clustering (greedy k-means++ start, best of --n-init restarts).";
    command.options = datasetOptions();
    command.options.push_back({"clusters", "K", "number of clusters", "10"});
    command.options.push_back({"seed", "S", "random seed", "0"});
    command.options.push_back({"n-init", "I", "restarts; the lowest inertia is kept", "10"});
    command.options.push_back({"max-iter", "M", "Lloyd iterations per restart", "300"});
    command.options.push_back({"tol", "T", "stop when the centroid shift is below T x mean feature variance", "0.0001"});
    command.options.push_back({"spherical", "", "cosine k-means on L2-normalised rows", ""});
    command.options.push_back({"sample", "R", "train on R rows per centroid drawn at random, then assign every row once (FAISS's rule; "
                                              "its default is 256); 0 = every row", "0"});
    command.run = [](const CommandLine& line) {
        const Dataset dataset = openDatasetFrom(line);
        KMeansSettings settings;
        settings.clusters = line.count("clusters");
        settings.seed = line.seed("seed");
        settings.nInit = line.count("n-init");
        settings.maxIter = line.count("max-iter");
        settings.tolerance = line.number("tol");
        settings.spherical = line.flag("spherical");
        settings.samplePerCentroid = line.count("sample");
        if (line.flag("dry-run")) {
            checkKMeans(dataset.view(), settings); // what kmeans() checks first
            return dryRunResult("kmeans", {{"dataset", describeDataset(dataset)}, {"clusters", settings.clusters}, {"restarts", settings.nInit},
                                           {"max_iter", settings.maxIter}, {"sample", settings.samplePerCentroid}});
        }
        const auto started = std::chrono::steady_clock::now();
        const KMeansResult result = kmeans(dataset.view(), settings);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return Json{{"dataset", describeDataset(dataset)},
                    {"settings",
                     {{"clusters", settings.clusters},
                      {"seed", settings.seed},
                      {"n_init", settings.nInit},
                      {"max_iter", settings.maxIter},
                      {"tol", settings.tolerance},
                      {"spherical", settings.spherical},
                      {"sample", settings.samplePerCentroid}}},
                    {"training_rows", result.trainingRows},
                    {"seconds", seconds},
                    {"inertia", result.inertia},
                    {"iterations", result.iterations},
                    {"best_restart", result.bestRestart},
                    {"sizes", result.sizes},
                    {"assignment", result.assignment},
                    {"centroids", jsonMatrix(result.centroids.data(), result.clusters, result.dim)},
                    {"warnings", noticeTexts(result.warnings)}};
    };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        out << "k-means on " << result["dataset"]["source"].get<std::string>() << ": "
            << result["settings"]["clusters"] << " clusters, seed " << result["settings"]["seed"] << "\n"
            << "trained on   " << result["training_rows"] << " rows, " << std::setprecision(3) << result["seconds"].get<double>() << " s\n"
            << "inertia      " << std::setprecision(10) << result["inertia"].get<double>() << "\n"
            << "iterations   " << result["iterations"] << " (restart " << result["best_restart"] << " of "
            << result["settings"]["n_init"] << ")\n"
            << "sizes        ";
        for (const Json& size : result["sizes"])
            out << size << " ";
        out << "\n";
        for (const Json& warning : result["warnings"])
            out << "warning: " << warning.get<std::string>() << "\n";
    };
    return command;
}

} // namespace nnscope::cli
