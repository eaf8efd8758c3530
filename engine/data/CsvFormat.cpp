// CSV with a header line (see data/Formats.h).
#include "core/Error.h"
#include "data/Formats.h"
#include "data/TextParsing.h"

#include <algorithm>
#include <map>
#include <vector>

namespace nnscope {
namespace {

std::string_view trimmed(std::string_view field)
{
    while (!field.empty() && (field.front() == ' ' || field.front() == '\t'))
        field.remove_prefix(1);
    while (!field.empty() && (field.back() == ' ' || field.back() == '\t'))
        field.remove_suffix(1);
    return field;
}

// Splits one line on commas; a field may be double-quoted, with "" standing for a quote inside it.
std::vector<std::string> splitFields(std::string_view line, const std::string& place)
{
    std::vector<std::string> fields;
    std::size_t i = 0;
    while (true) {
        std::string field;
        const std::size_t start = i;
        while (i < line.size() && line[i] == ' ')
            ++i;
        if (i < line.size() && line[i] == '"') {
            ++i;
            while (true) {
                if (i >= line.size())
                    throw Error(place + ": unterminated quoted field");
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            while (i < line.size() && line[i] == ' ')
                ++i;
            if (i < line.size() && line[i] != ',')
                throw Error(place + ": unexpected text after a quoted field");
        } else {
            i = start;
            const std::size_t comma = std::min(line.find(',', i), line.size());
            field = std::string(trimmed(line.substr(i, comma - i)));
            i = comma;
        }
        fields.push_back(std::move(field));
        if (i >= line.size())
            break;
        ++i; // the comma
    }
    return fields;
}

} // namespace

Dataset parseCsv(std::string_view content, const std::string& source)
{
    text::LineReader lines(content);
    return parseCsv(lines, source);
}

Dataset parseCsv(text::LineReader& lines, const std::string& source)
{
    std::vector<std::string> header;
    std::size_t headerLine = 0;
    while (auto line = lines.next()) {
        if (trimmed(*line).empty())
            continue;
        headerLine = lines.lineNumber();
        header = splitFields(*line, text::where(source, headerLine));
        break;
    }
    if (header.empty())
        throw Error(source + ": the file is empty (a header line and data rows were expected)");

    std::map<std::string, std::size_t> columnByName;
    for (std::size_t c = 0; c < header.size(); ++c) {
        auto [it, inserted] = columnByName.emplace(header[c], c);
        if (!inserted)
            throw Error(text::where(source, headerLine) + ": duplicate column name " + text::quoted(header[c])
                        + " in the header (columns " + std::to_string(it->second + 1) + " and "
                        + std::to_string(c + 1) + ")");
    }

    std::vector<float> values;
    std::vector<std::string> labels;
    std::size_t rows = 0;
    bool firstColumnIsLabel = false;
    while (auto line = lines.next()) {
        if (trimmed(*line).empty())
            continue;
        const std::size_t lineNumber = lines.lineNumber();
        const auto place = [&] { return text::where(source, lineNumber); };
        const std::vector<std::string> fields = splitFields(*line, place());
        if (fields == header)
            throw Error(place() + ": the header line appears again (duplicate header; were two files joined?)");
        if (fields.size() != header.size())
            throw Error(place() + ": expected " + std::to_string(header.size()) + " fields as in the header, found "
                        + std::to_string(fields.size()) + " (ragged row)");
        if (rows == 0) {
            firstColumnIsLabel = !text::looksNumeric(fields[0]);
            if (firstColumnIsLabel && fields.size() == 1)
                throw Error(place() + ": the only column is a label; there are no numeric feature columns");
        }
        std::size_t c = 0;
        if (firstColumnIsLabel) {
            if (!text::isValidUtf8(fields[0]))
                throw Error(place() + ": the label is not valid UTF-8 (is the file in another encoding?)");
            labels.push_back(fields[0]);
            c = 1;
        }
        for (; c < fields.size(); ++c)
            values.push_back(text::requireFiniteFloat(fields[c], source, lineNumber, c + 1));
        ++rows;
    }
    if (rows == 0)
        throw Error(source + ": the file has a header but no data rows");
    const std::size_t dim = header.size() - (firstColumnIsLabel ? 1 : 0);
    return Dataset(rows, dim, std::move(values), std::move(labels), source);
}

} // namespace nnscope
