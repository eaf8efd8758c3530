// nnscope engine — data (internal): the text-scanning pieces the GloVe and CSV loaders share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace nnscope::text {

/// Walks the lines of a text — in memory, or read from a file a block at a time so that a large file
/// is never held whole — counting from 1, without the line ending (LF or CRLF) or a leading UTF-8
/// byte-order mark.
class LineReader {
public:
    explicit LineReader(std::string_view text);
    /// Reads `path` in blocks; an Error naming the path when it cannot be opened or read.
    static LineReader fromFile(const std::string& path);
    LineReader(LineReader&&) noexcept;
    ~LineReader();

    /// Lines of a text that continues an input: no byte-order mark is removed, and the first line is
    /// numbered `linesBefore` + 1 (a block from nextLines(), parsed on its own).
    static LineReader continuing(std::string_view text, std::size_t linesBefore);

    /// The next line (valid until the next call), or nullopt at the end.
    std::optional<std::string_view> next();
    /// Every whole line the current block holds (at least one; with their line endings), for parsing
    /// in parallel. Valid until the next call to next() or nextLines(); nullopt at the end. Lines are
    /// not counted here (lineNumber() stays): the caller counts those it parses.
    std::optional<std::string_view> nextLines();
    /// 1-based number of the line next() returned last.
    std::size_t lineNumber() const { return lineNumber_; }
    /// Bytes of the whole input (for size estimates) and bytes consumed so far.
    std::uint64_t totalBytes() const { return totalBytes_; }
    std::uint64_t consumedBytes() const { return consumed_; }

private:
    LineReader() = default;
    bool refill();

    std::string_view text_;     ///< the unread part of the current block (or of the whole text)
    int file_ = -1;
    std::string path_;
    std::string buffer_;
    std::size_t lineNumber_ = 0;
    std::uint64_t totalBytes_ = 0;
    std::uint64_t consumed_ = 0;
    bool atEnd_ = false;
};

/// "<source>:<line>", the prefix of every message about a line.
std::string where(const std::string& source, std::size_t line);

/// The token as a finite float, or nullopt when it is not a number. Throws Error, naming the place,
/// for NaN/Inf and for numbers outside float's range. `column` is 1-based, for the message.
std::optional<float> parseFiniteFloat(std::string_view token, const std::string& source, std::size_t line,
                                      std::size_t column);

/// The token as a finite float; throws Error naming the place when it is anything else.
float requireFiniteFloat(std::string_view token, const std::string& source, std::size_t line, std::size_t column);

/// True when the token reads as a number (finite or not).
bool looksNumeric(std::string_view token);

/// True when the bytes are well-formed UTF-8.
bool isValidUtf8(std::string_view bytes);

/// The text without a leading UTF-8 byte-order mark.
std::string_view withoutByteOrderMark(std::string_view text);

/// Quotes a token for a message, shortened when long.
std::string quoted(std::string_view token);

} // namespace nnscope::text
