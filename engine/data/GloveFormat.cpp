// The GloVe text format: `word v1 … vd`, one vector per line (see data/Formats.h).
#include "core/Error.h"
#include "data/Formats.h"
#include "data/TextParsing.h"

#include <algorithm>
#include <iterator>
#include <thread>
#include <vector>

namespace nnscope {
namespace {

// Smaller blocks are parsed on the calling thread: starting a worker would cost more than it saves.
constexpr std::size_t kParallelBlockBytes = std::size_t(1) << 20;

void splitOnWhitespace(std::string_view line, std::vector<std::string_view>& tokens)
{
    tokens.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            tokens.push_back(line.substr(start, i - start));
    }
}

bool isPositiveInteger(std::string_view token)
{
    return !token.empty() && token.size() < 12
        && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; }) && token != "0";
}

// Rows parsed from part of the input.
struct Rows {
    std::vector<float> values;
    std::vector<std::string> words;
};

// One data line's tokens (the vector is the last `dim`) appended to `rows`.
void appendRow(const std::vector<std::string_view>& tokens, std::size_t dim, const std::string& source, std::size_t lineNumber,
               Rows& rows)
{
    const auto place = [&] { return text::where(source, lineNumber); };
    if (tokens.size() < 2)
        throw Error(place() + ": expected a word followed by its vector, found "
                    + (tokens.size() == 1 ? "only " + text::quoted(tokens[0]) : std::string("nothing")));
    const auto ragged = [&] {
        return Error(place() + ": expected " + std::to_string(dim) + " values after the word, found "
                     + std::to_string(tokens.size() - 1) + " (ragged row; the dimension was set by the first row)");
    };
    // A word may contain spaces (GloVe 840B has some): the vector is the last `dim` tokens, and any
    // extra leading tokens must then be non-numeric, or the row is ragged.
    if (tokens.size() < dim + 1)
        throw ragged();
    const std::size_t wordTokens = tokens.size() - dim;
    for (std::size_t t = 1; t < wordTokens; ++t)
        if (text::looksNumeric(tokens[t]))
            throw ragged();

    const char* wordBegin = tokens[0].data();
    const char* wordEnd = tokens[wordTokens - 1].data() + tokens[wordTokens - 1].size();
    std::string_view word(wordBegin, static_cast<std::size_t>(wordEnd - wordBegin));
    if (!text::isValidUtf8(word))
        throw Error(place() + ": the word is not valid UTF-8 (is the file in another encoding?)");
    rows.words.emplace_back(word);
    for (std::size_t t = wordTokens; t < tokens.size(); ++t)
        rows.values.push_back(text::requireFiniteFloat(tokens[t], source, lineNumber, t + 1));
}

// Every line of `block` (whole lines, the first numbered linesBefore + 1) appended to `rows`; returns
// how many lines it held.
std::size_t parseBlock(std::string_view block, std::size_t linesBefore, std::size_t dim, const std::string& source, Rows& rows)
{
    text::LineReader lines = text::LineReader::continuing(block, linesBefore);
    std::vector<std::string_view> tokens;
    while (auto line = lines.next()) {
        splitOnWhitespace(*line, tokens);
        if (!tokens.empty()) // blank lines carry nothing
            appendRow(tokens, dim, source, lines.lineNumber(), rows);
    }
    return lines.lineNumber() - linesBefore;
}

// `block` split at line starts into `parts` pieces of about equal size, parsed in parallel and appended
// to `rows` in order; returns how many lines it held. The pieces are numbered from line 1 each (no
// counting before parsing); a piece that fails is parsed again, numbered from where it starts, so the
// error thrown is the first in file order, at its true line.
std::size_t parseBlockInParallel(std::string_view block, std::size_t linesBefore, std::size_t dim, const std::string& source,
                                 std::size_t parts, double bytesPerRow, Rows& rows)
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
    std::vector<Rows> parsed(pieces.size());
    std::vector<std::size_t> lineCounts(pieces.size(), 0);
    std::vector<char> failed(pieces.size(), 0); // not vector<bool>: its bits share bytes across the workers
    const auto parse = [&](std::size_t i) {
        // Sized up front (5% margin): growing vectors would copy and fault in fresh pages again and again.
        const auto rowsEstimate = static_cast<std::size_t>(1.05 * static_cast<double>(pieces[i].size()) / bytesPerRow);
        try {
            parsed[i].values.reserve(rowsEstimate * dim);
            parsed[i].words.reserve(rowsEstimate);
            lineCounts[i] = parseBlock(pieces[i], 0, dim, source, parsed[i]);
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
            Rows ignored;
            parseBlock(pieces[i], linesBefore + lineCount, dim, source, ignored); // throws, numbered right
        }
        lineCount += lineCounts[i];
        rows.values.insert(rows.values.end(), parsed[i].values.begin(), parsed[i].values.end());
        std::move(parsed[i].words.begin(), parsed[i].words.end(), std::back_inserter(rows.words));
    }
    return lineCount;
}

} // namespace

Dataset parseGlove(std::string_view content, const std::string& source, std::size_t threads)
{
    text::LineReader lines(content);
    return parseGlove(lines, source, threads);
}

Dataset parseGlove(text::LineReader& lines, const std::string& source, std::size_t threads)
{
    // Line by line up to the first data row, which sets the dimension (or a word2vec `count dim`
    // header does); then the rest a block at a time, each block split between `threads` workers.
    std::size_t dim = 0;
    double bytesPerRow = 1.0; // of the first data row, for sizing buffers
    Rows rows;
    std::vector<std::string_view> tokens;
    bool firstLine = true;
    while (dim == 0) {
        const auto line = lines.next();
        if (!line)
            break;
        splitOnWhitespace(*line, tokens);
        if (tokens.empty())
            continue;
        const std::size_t lineNumber = lines.lineNumber();
        if (firstLine && tokens.size() == 2 && isPositiveInteger(tokens[0]) && isPositiveInteger(tokens[1])) {
            firstLine = false;
            dim = std::stoul(std::string(tokens[1]));
            continue;
        }
        firstLine = false;
        dim = std::max<std::size_t>(tokens.size(), 2) - 1; // a lone token is reported by appendRow
        // Reserve for the whole input from the first row's share of it, so a large file's values are
        // not copied as the vector grows (a 5% margin; the vector still grows if needed).
        bytesPerRow = static_cast<double>(line->size() + 1);
        const double rowsEstimate = 1.05 * static_cast<double>(lines.totalBytes()) / bytesPerRow;
        rows.values.reserve(static_cast<std::size_t>(rowsEstimate) * dim);
        rows.words.reserve(static_cast<std::size_t>(rowsEstimate));
        appendRow(tokens, dim, source, lineNumber, rows);
    }
    std::size_t lineCount = lines.lineNumber();
    while (const auto block = lines.nextLines()) {
        const std::size_t parts = block->size() >= kParallelBlockBytes ? std::max<std::size_t>(threads, 1) : 1;
        lineCount += parts == 1 ? parseBlock(*block, lineCount, dim, source, rows)
                                : parseBlockInParallel(*block, lineCount, dim, source, parts, bytesPerRow, rows);
    }
    if (rows.words.empty())
        throw Error(source + ": the file is empty (no vectors found)");
    const std::size_t count = rows.words.size();
    return Dataset(count, dim, std::move(rows.values), std::move(rows.words), source);
}

} // namespace nnscope
