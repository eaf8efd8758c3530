// `nnscope pca`: the 2-D PCA projection the studio draws.
#include "cli/CliSupport.h"
#include "project/Pca.h"

#include <iomanip>
#include <ostream>

namespace nnscope::cli {

Command pcaCommand()
{
    Command command;
    command.name = "pca";
    command.summary = "Project the rows onto their two principal axes (mean-centred PCA).";
    command.options = datasetOptions();
    command.options.push_back({"limit", "N", "text output: print the first N points (0: all)", "20"});
    command.run = [](const CommandLine& line) {
        const Dataset dataset = openDatasetFrom(line);
        if (line.flag("dry-run"))
            return dryRunResult("pca", {{"dataset", describeDataset(dataset)}});
        const Pca pca = Pca::fit(dataset.view());
        const std::vector<float> points = pca.project(dataset.view());
        Json labels = Json::array();
        for (std::size_t i = 0; i < dataset.rows(); ++i)
            labels.push_back(dataset.labelOf(i));
        return Json{{"dataset", describeDataset(dataset)},
                    {"explained_variance_ratio", pca.explainedVarianceRatio()},
                    {"points", jsonMatrix(points.data(), dataset.rows(), 2)},
                    {"labels", labels}};
    };
    command.printText = [](const Json& result, const CommandLine& line, std::ostream& out) {
        const auto& ratio = result["explained_variance_ratio"];
        out << "PCA of " << result["dataset"]["source"].get<std::string>() << "\n"
            << "explained variance ratio  PC1 " << ratio[0].get<double>() << "  PC2 " << ratio[1].get<double>() << "\n\n";
        const std::size_t rows = result["points"].size();
        std::size_t limit = line.count("limit");
        limit = limit == 0 ? rows : std::min(limit, rows);
        for (std::size_t i = 0; i < limit; ++i)
            out << std::setw(8) << i << "  " << padded(result["labels"][i].get<std::string>(), 16) << std::setw(12)
                << result["points"][i][0].get<double>() << std::setw(12) << result["points"][i][1].get<double>() << "\n";
        if (limit < rows)
            out << "... " << rows - limit << " more rows (--limit 0 shows all, --json prints every point)\n";
    };
    return command;
}

} // namespace nnscope::cli
