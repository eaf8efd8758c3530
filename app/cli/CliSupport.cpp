#include "cli/CliSupport.h"

#include "data/DatasetSource.h"

#include <charconv>

namespace nnscope::cli {

std::vector<OptionSpec> datasetOptions()
{
    return {
        {"data", "D", "a built-in dataset (glove-100d, glove-50d, uci-letter) or a file", "glove-100d"},
        {"format", "F", "file format: glove, csv or fvecs (default: from the extension)", ""},
        {"words", "N", "keep only the first N rows (the paper's number of words)", ""},
    };
}

Dataset openDatasetFrom(const CommandLine& line)
{
    DatasetSpec spec;
    spec.data = line.required("data");
    if (line.isSet("format"))
        spec.format = parseDataFormat(line.value("format"));
    if (line.isSet("words")) {
        spec.words = line.count("words");
        if (spec.words == 0)
            throw UsageError("--words must be at least 1");
    }
    return openDataset(spec);
}

Json describeDataset(const Dataset& dataset)
{
    return {{"source", dataset.source()},
            {"rows", dataset.rows()},
            {"dim", dataset.dim()},
            {"labels", dataset.hasLabels()},
            {"fingerprint", dataset.fingerprint()}};
}

std::vector<OptionSpec> rowSearchOptions()
{
    return {
        {"k", "K", "neighbours per query", "10"},
        {"metric", "M", "l2, cosine or ip", "l2"},
        {"queries", "FIRST:COUNT", "query rows (default: every row)", ""},
    };
}

std::vector<std::size_t> queryRows(const CommandLine& line, const Dataset& dataset)
{
    std::size_t first = 0, count = dataset.rows();
    if (line.isSet("queries")) {
        const std::string text = line.value("queries");
        const std::size_t colon = text.find(':');
        const std::string firstText = text.substr(0, colon);
        const auto parse = [&](const std::string& part, std::size_t& out) {
            const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
            if (part.empty() || error != std::errc() || end != part.data() + part.size())
                throw UsageError("--queries expects FIRST:COUNT (e.g. 0:100), got '" + text + "'");
        };
        parse(firstText, first);
        if (first >= dataset.rows())
            throw UsageError("--queries starts at row " + std::to_string(first) + " but the dataset has "
                             + std::to_string(dataset.rows()) + " rows");
        count = dataset.rows() - first;
        if (colon != std::string::npos && colon + 1 < text.size())
            parse(text.substr(colon + 1), count);
        if (count == 0 || first + count > dataset.rows())
            throw UsageError("--queries " + text + " asks for rows outside the dataset's " + std::to_string(dataset.rows()));
    }
    std::vector<std::size_t> rows(count);
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = first + i;
    return rows;
}

Json jsonNumber(float value)
{
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    double shortest = value;
    if (error == std::errc())
        std::from_chars(buffer, end, shortest);
    return shortest;
}

Json jsonMatrix(const float* values, std::size_t rows, std::size_t cols)
{
    Json matrix = Json::array();
    for (std::size_t i = 0; i < rows; ++i) {
        Json row = Json::array();
        for (std::size_t j = 0; j < cols; ++j)
            row.push_back(jsonNumber(values[i * cols + j]));
        matrix.push_back(std::move(row));
    }
    return matrix;
}

std::string padded(const std::string& text, std::size_t width)
{
    std::size_t characters = 0;
    for (unsigned char c : text)
        characters += (c & 0xC0) != 0x80;
    return characters >= width ? text : text + std::string(width - characters, ' ');
}

} // namespace nnscope::cli
