// nnscope engine — data (internal to the text loaders): the rest of a text file parsed a block at a
// time, each large block split at line starts between threads, an error reported at its true line.
#pragma once

#include "data/TextParsing.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace nnscope {

/// Rows parsed from (part of) a text file: their values one row after another, and a label per row
/// where the format has one.
struct ParsedRows {
    std::vector<float> values;
    std::vector<std::string> labels;
};

/// Reserves room for the rows of `inputBytes` of text from a typical line's size (a 5% margin; the
/// vectors still grow if needed), so that a large file's values are not copied as they grow.
void reserveForInput(ParsedRows& rows, double inputBytes, double bytesPerLine, std::size_t valuesPerLine);

/// Appends what one line (1-based `lineNumber`, without its line ending) holds to `rows`; a blank line
/// adds nothing. Throws nnscope::Error naming the line. Called from several threads at once.
using LineParser = std::function<void(std::string_view line, std::size_t lineNumber, ParsedRows& rows)>;

/// Parses every line `lines` has left, in order, into `rows`. Each block of at least 1 MB is split
/// between `threads` workers; `bytesPerLine` (of a typical line) and `valuesPerLine` size their
/// buffers. Pieces are numbered from line 1 each (no counting before parsing); a piece that fails is
/// parsed again on the calling thread, numbered from where it starts, so the error thrown is the
/// first in file order, at its true line. Measured on a 400,000-line GloVe file: two threads parse
/// 1.5x as fast as one (docs/benchmarks.md §8).
void parseRemainingLines(text::LineReader& lines, std::size_t threads, double bytesPerLine, std::size_t valuesPerLine,
                         const LineParser& parseLine, ParsedRows& rows);

} // namespace nnscope
