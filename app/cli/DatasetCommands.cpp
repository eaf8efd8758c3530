// `nnscope datasets` and `nnscope info`: what data there is.
#include "cli/CliSupport.h"
#include "data/BuiltinDatasets.h"
#include "data/DatasetSource.h"

#include <ostream>

namespace nnscope::cli {

Command datasetsCommand()
{
    Command command;
    command.name = "datasets";
    command.summary = "List the built-in datasets (usable as --data NAME anywhere).";
    command.run = [](const CommandLine&) {
        Json list = Json::array();
        for (const BuiltinDataset& builtin : builtinDatasets()) {
            const Dataset dataset = openDataset({builtin.name, std::nullopt, 0, 0});
            list.push_back({{"name", builtin.name},
                            {"description", builtin.description},
                            {"format", formatName(builtin.format)},
                            {"rows", dataset.rows()},
                            {"dim", dataset.dim()},
                            {"fingerprint", dataset.fingerprint()}});
        }
        return Json{{"datasets", list}};
    };
    command.printText = [](const Json& result, const CommandLine&, std::ostream& out) {
        for (const Json& entry : result["datasets"])
            out << padded(entry["name"].get<std::string>(), 12) << padded(std::to_string(entry["rows"].get<std::size_t>()) + " x "
                       + std::to_string(entry["dim"].get<std::size_t>()), 14)
                << entry["description"].get<std::string>() << "\n";
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
