// The GloVe text format: `word v1 … vd`, one vector per line (see data/Formats.h).
#include "core/Error.h"
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

} // namespace

Dataset parseGlove(std::string_view content, const std::string& source)
{
    text::LineReader lines(content);
    return parseGlove(lines, source);
}

Dataset parseGlove(text::LineReader& lines, const std::string& source)
{
    std::size_t dim = 0;
    std::vector<float> values;
    std::vector<std::string> words;
    std::vector<std::string_view> tokens;
    bool firstLine = true;

    while (auto line = lines.next()) {
        splitOnWhitespace(*line, tokens);
        if (tokens.empty())
            continue; // blank lines carry nothing
        const std::size_t lineNumber = lines.lineNumber();
        const auto place = [&] { return text::where(source, lineNumber); };

        // word2vec's text format starts with a `count dim` line; accept it and take dim from it.
        if (firstLine && tokens.size() == 2 && isPositiveInteger(tokens[0]) && isPositiveInteger(tokens[1])) {
            firstLine = false;
            dim = std::stoul(std::string(tokens[1]));
            continue;
        }
        firstLine = false;
        if (tokens.size() < 2)
            throw Error(place() + ": expected a word followed by its vector, found "
                        + (tokens.size() == 1 ? "only " + text::quoted(tokens[0]) : std::string("nothing")));
        if (dim == 0) {
            dim = tokens.size() - 1;
            // Reserve for the whole input from the first row's share of it, so a large file's values
            // are not copied as the vector grows (a 5% margin; the vector still grows if needed).
            const double rowsEstimate = 1.05 * static_cast<double>(lines.totalBytes()) / static_cast<double>(line->size() + 1);
            values.reserve(static_cast<std::size_t>(rowsEstimate) * dim);
            words.reserve(static_cast<std::size_t>(rowsEstimate));
        }

        // A word may contain spaces (GloVe 840B has some): the vector is the last `dim` tokens, and any
        // extra leading tokens must then be non-numeric, or the row is ragged.
        if (tokens.size() < dim + 1)
            throw Error(place() + ": expected " + std::to_string(dim) + " values after the word, found "
                        + std::to_string(tokens.size() - 1) + " (ragged row; the dimension was set by the first row)");
        const std::size_t wordTokens = tokens.size() - dim;
        for (std::size_t t = 1; t < wordTokens; ++t)
            if (text::looksNumeric(tokens[t]))
                throw Error(place() + ": expected " + std::to_string(dim) + " values after the word, found "
                            + std::to_string(tokens.size() - 1) + " (ragged row; the dimension was set by the first row)");

        const char* wordBegin = tokens[0].data();
        const char* wordEnd = tokens[wordTokens - 1].data() + tokens[wordTokens - 1].size();
        std::string_view word(wordBegin, static_cast<std::size_t>(wordEnd - wordBegin));
        if (!text::isValidUtf8(word))
            throw Error(place() + ": the word is not valid UTF-8 (is the file in another encoding?)");
        words.emplace_back(word);
        for (std::size_t t = wordTokens; t < tokens.size(); ++t)
            values.push_back(text::requireFiniteFloat(tokens[t], source, lineNumber, t + 1));
    }
    if (words.empty())
        throw Error(source + ": the file is empty (no vectors found)");
    const std::size_t rows = words.size();
    return Dataset(rows, dim, std::move(values), std::move(words), source);
}

} // namespace nnscope
