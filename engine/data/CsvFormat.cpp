// CSV with a header line (see data/Formats.h).
#include "core/Error.h"
#include "data/BlockParsing.h"
#include "data/Formats.h"
#include "data/TextParsing.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
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

// Splits one line on commas into views of its fields, trimmed of spaces and tabs. A field may be
// double-quoted, with "" standing for a quote inside it: it is unquoted into `quoted` (a deque, so
// that earlier fields' views stay valid) and its view points there.
void splitFields(std::string_view line, const std::function<std::string()>& place, std::vector<std::string_view>& fields,
                 std::deque<std::string>& quoted)
{
    fields.clear();
    quoted.clear();
    std::size_t i = 0;
    while (true) {
        const std::size_t start = i;
        while (i < line.size() && line[i] == ' ')
            ++i;
        if (i < line.size() && line[i] == '"') {
            std::string& field = quoted.emplace_back();
            ++i;
            while (true) {
                if (i >= line.size())
                    throw Error(place() + ": unterminated quoted field");
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
                throw Error(place() + ": unexpected text after a quoted field");
            fields.push_back(field);
        } else {
            i = std::min(line.find(',', start), line.size());
            fields.push_back(trimmed(line.substr(start, i - start)));
        }
        if (i >= line.size())
            break;
        ++i; // the comma
    }
}

} // namespace

Dataset parseCsv(std::string_view content, const std::string& source, std::size_t threads)
{
    text::LineReader lines(content);
    return parseCsv(lines, source, threads);
}

Dataset parseCsv(text::LineReader& lines, const std::string& source, std::size_t threads)
{
    std::vector<std::string> header;
    std::size_t headerLine = 0;
    while (auto line = lines.next()) {
        if (trimmed(*line).empty())
            continue;
        headerLine = lines.lineNumber();
        std::vector<std::string_view> fields;
        std::deque<std::string> quoted;
        splitFields(*line, [&] { return text::where(source, headerLine); }, fields, quoted);
        header.assign(fields.begin(), fields.end());
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

    // Whether the first column is a label is decided by the first data row (parsed here, before the
    // rest is split between threads).
    std::optional<bool> firstColumnIsLabel;
    double bytesPerRow = 1.0; // of the first data row, for sizing buffers
    ParsedRows rows;
    const LineParser parseLine = [&](std::string_view line, std::size_t lineNumber, ParsedRows& into) {
        if (trimmed(line).empty())
            return;
        const auto place = [&] { return text::where(source, lineNumber); };
        thread_local std::vector<std::string_view> fields;
        thread_local std::deque<std::string> quoted;
        splitFields(line, place, fields, quoted);
        if (std::equal(fields.begin(), fields.end(), header.begin(), header.end()))
            throw Error(place() + ": the header line appears again (duplicate header; were two files joined?)");
        if (fields.size() != header.size())
            throw Error(place() + ": expected " + std::to_string(header.size()) + " fields as in the header, found "
                        + std::to_string(fields.size()) + " (ragged row)");
        std::size_t c = 0;
        if (*firstColumnIsLabel) {
            if (!text::isValidUtf8(fields[0]))
                throw Error(place() + ": the label is not valid UTF-8 (is the file in another encoding?)");
            into.labels.emplace_back(fields[0]);
            c = 1;
        }
        for (; c < fields.size(); ++c)
            into.values.push_back(text::requireFiniteFloat(fields[c], source, lineNumber, c + 1));
    };
    while (!firstColumnIsLabel) {
        const auto line = lines.next();
        if (!line)
            throw Error(source + ": the file has a header but no data rows");
        if (trimmed(*line).empty())
            continue;
        std::vector<std::string_view> fields;
        std::deque<std::string> quoted;
        splitFields(*line, [&] { return text::where(source, lines.lineNumber()); }, fields, quoted);
        firstColumnIsLabel = !text::looksNumeric(fields[0]);
        if (*firstColumnIsLabel && fields.size() == 1)
            throw Error(text::where(source, lines.lineNumber()) + ": the only column is a label; there are no numeric feature columns");
        bytesPerRow = static_cast<double>(line->size() + 1);
        reserveForInput(rows, static_cast<double>(lines.totalBytes()), bytesPerRow, header.size());
        parseLine(*line, lines.lineNumber(), rows);
    }
    const std::size_t dim = header.size() - (*firstColumnIsLabel ? 1 : 0);
    parseRemainingLines(lines, threads, bytesPerRow, dim, parseLine, rows);
    const std::size_t count = rows.values.size() / dim;
    return Dataset(count, dim, std::move(rows.values), std::move(rows.labels), source);
}

} // namespace nnscope
