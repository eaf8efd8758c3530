#include "data/BlockParsing.h"

#include <algorithm>
#include <iterator>
#include <thread>

namespace nnscope {
namespace {

// Smaller blocks are parsed on the calling thread: starting a worker would cost more than it saves.
constexpr std::size_t kParallelBlockBytes = std::size_t(1) << 20;

// Every line of `block` (whole lines, the first numbered linesBefore + 1) appended to `rows`; returns
// how many lines it held.
std::size_t parseBlock(std::string_view block, std::size_t linesBefore, const LineParser& parseLine, ParsedRows& rows)
{
    text::LineReader lines = text::LineReader::continuing(block, linesBefore);
    while (auto line = lines.next())
        parseLine(*line, lines.lineNumber(), rows);
    return lines.lineNumber() - linesBefore;
}

std::size_t parseBlockInParallel(std::string_view block, std::size_t linesBefore, std::size_t parts, double bytesPerLine,
                                 std::size_t valuesPerLine, const LineParser& parseLine, ParsedRows& rows)
{
    std::vector<std::string_view> pieces;
    for (std::size_t part = 1, start = 0; part <= parts && start < block.size(); ++part) {
        std::size_t end = part == parts ? block.size() : std::max(start, block.size() * part / parts);
        if (end < block.size()) {
            const std::size_t newline = block.find('\n', end);
            end = newline == std::string_view::npos ? block.size() : newline + 1;
        }
        pieces.push_back(block.substr(start, end - start));
        start = end;
    }
    std::vector<ParsedRows> parsed(pieces.size());
    std::vector<std::size_t> lineCounts(pieces.size(), 0);
    std::vector<char> failed(pieces.size(), 0); // not vector<bool>: its bits share bytes across the workers
    const auto parse = [&](std::size_t i) {
        try {
            reserveForInput(parsed[i], static_cast<double>(pieces[i].size()), bytesPerLine, valuesPerLine);
            lineCounts[i] = parseBlock(pieces[i], 0, parseLine, parsed[i]);
        } catch (...) {
            failed[i] = 1;
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t i = 1; i < pieces.size(); ++i)
        workers.emplace_back(parse, i);
    parse(0);
    for (std::thread& worker : workers)
        worker.join();
    std::size_t lineCount = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (failed[i]) {
            ParsedRows ignored;
            parseBlock(pieces[i], linesBefore + lineCount, parseLine, ignored); // throws, numbered right
        }
        lineCount += lineCounts[i];
        rows.values.insert(rows.values.end(), parsed[i].values.begin(), parsed[i].values.end());
        std::move(parsed[i].labels.begin(), parsed[i].labels.end(), std::back_inserter(rows.labels));
    }
    return lineCount;
}

} // namespace

void reserveForInput(ParsedRows& rows, double inputBytes, double bytesPerLine, std::size_t valuesPerLine)
{
    const auto lines = static_cast<std::size_t>(1.05 * inputBytes / std::max(bytesPerLine, 1.0));
    rows.values.reserve(lines * valuesPerLine);
    rows.labels.reserve(lines);
}

void parseRemainingLines(text::LineReader& lines, std::size_t threads, double bytesPerLine, std::size_t valuesPerLine,
                         const LineParser& parseLine, ParsedRows& rows)
{
    std::size_t lineCount = lines.lineNumber();
    while (const auto block = lines.nextLines()) {
        const std::size_t parts = block->size() >= kParallelBlockBytes ? std::max<std::size_t>(threads, 1) : 1;
        lineCount += parts == 1 ? parseBlock(*block, lineCount, parseLine, rows)
                                : parseBlockInParallel(*block, lineCount, parts, bytesPerLine, valuesPerLine, parseLine, rows);
    }
}

} // namespace nnscope
