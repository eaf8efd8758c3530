// The GloVe text format: `word v1 … vd`, one vector per line (see data/Formats.h).
#include "core/Error.h"
#include "data/BlockParsing.h"
#include "data/Formats.h"
#include "data/TextParsing.h"

#include <algorithm>
#include <vector>

namespace nnscope {
namespace {

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

// One data line's tokens (the vector is the last `dim`) appended to `rows`.
void appendRow(const std::vector<std::string_view>& tokens, std::size_t dim, const std::string& source, std::size_t lineNumber,
               ParsedRows& rows)
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
    rows.labels.emplace_back(word);
    for (std::size_t t = wordTokens; t < tokens.size(); ++t)
        rows.values.push_back(text::requireFiniteFloat(tokens[t], source, lineNumber, t + 1));
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
    ParsedRows rows;
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
        bytesPerRow = static_cast<double>(line->size() + 1);
        reserveForInput(rows, static_cast<double>(lines.totalBytes()), bytesPerRow, dim);
        appendRow(tokens, dim, source, lineNumber, rows);
    }
    const LineParser parseLine = [&](std::string_view line, std::size_t lineNumber, ParsedRows& into) {
        thread_local std::vector<std::string_view> lineTokens;
        splitOnWhitespace(line, lineTokens);
        if (!lineTokens.empty()) // blank lines carry nothing
            appendRow(lineTokens, dim, source, lineNumber, into);
    };
    parseRemainingLines(lines, threads, bytesPerRow, dim, parseLine, rows);
    if (rows.labels.empty())
        throw Error(source + ": the file is empty (no vectors found)");
    const std::size_t count = rows.labels.size();
    return Dataset(count, dim, std::move(rows.values), std::move(rows.labels), source);
}

} // namespace nnscope
