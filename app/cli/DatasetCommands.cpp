// `nnscope datasets` and `nnscope info`: what data there is.
#include "cli/CliSupport.h"
#include "data/BuiltinDatasets.h"
#include "core/Error.h"
#include "workload/Workload.h"

#include <ostream>

namespace nnscope::cli {

Command datasetsCommand()
{
    Command command;
    command.name = "datasets";
    command.summary = "List the datasets nnscope knows by name (usable as --data NAME anywhere): rows, dim, query\n"
                      "set and ground truth. One read from a Debian package that is not installed says which package.";
    command.run = [](const CommandLine&) {
        Json list = Json::array();
        for (const BuiltinDataset& builtin : builtinDatasets()) {
            Json entry = {{"name", builtin.name}, {"description", builtin.description}, {"format", formatName(builtin.format)},
                          {"embedded", builtin.path.empty()}, {"package", builtin.package.empty() ? Json(nullptr) : Json(builtin.package)}};
            try {
                const Workload workload = openWorkload({{builtin.name, std::nullopt, 0, 0}, {}, {}});
                entry.update({{"rows", workload.base->rows()}, {"dim", workload.base->dim()}, {"labels", workload.base->hasLabels()},
                              {"queries", workload.queries ? Json(workload.queries->rows()) : Json(nullptr)},
                              {"ground_truth_k", workload.truth ? Json(workload.truth->k) : Json(nullptr)},
                              {"fingerprint", workload.base->fingerprint()}, {"available", true}});
            } catch (const Error& error) {
                entry.update({{"available", false}, {"reason", error.what()}});
            }
            list.push_back(entry);
        }
        return Json{{"datasets", list}};
    };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        out << padded("name", 15) << padded("rows x dim", 14) << padded("queries", 9) << padded("truth", 8) << "description\n";
        for (const Json& entry : result["datasets"]) {
            out << padded(entry["name"].get<std::string>(), 15);
            if (!entry["available"].get<bool>()) {
                out << "not available: " << entry["reason"].get<std::string>() << "\n";
                continue;
            }
            out << padded(std::to_string(entry["rows"].get<std::size_t>()) + " x " + std::to_string(entry["dim"].get<std::size_t>()), 14)
                << padded(entry["queries"].is_null() ? "rows" : std::to_string(entry["queries"].get<std::size_t>()), 9)
                << padded(entry["ground_truth_k"].is_null() ? "-" : "k=" + std::to_string(entry["ground_truth_k"].get<std::size_t>()), 8)
                << entry["description"].get<std::string>() << "\n";
        }
    };
    return command;
}

Command infoCommand()
{
    Command command;
    command.name = "info";
    command.summary = "Load a dataset and show its size, whether rows are labelled, and its fingerprint.";
    command.options = datasetOptions();
    command.run = [](const CommandLine& line) {
        const Dataset dataset = openDatasetFrom(line);
        Json result = describeDataset(dataset);
        Json examples = Json::array();
        for (std::size_t i = 0; i < std::min<std::size_t>(5, dataset.rows()); ++i)
            examples.push_back(dataset.labelOf(i));
        result["first_labels"] = examples;
        return result;
    };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        out << "dataset      " << result["source"].get<std::string>() << "\n"
            << "rows         " << result["rows"] << "\n"
            << "dim          " << result["dim"] << "\n"
            << "labels       " << (result["labels"].get<bool>() ? "yes" : "no");
        if (result["labels"].get<bool>()) {
            out << " (first:";
            for (const Json& label : result["first_labels"])
                out << " " << label.get<std::string>();
            out << ")";
        }
        out << "\nfingerprint  sha256:" << result["fingerprint"].get<std::string>() << "\n";
    };
    return command;
}

} // namespace nnscope::cli
