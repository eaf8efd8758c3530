// nnscope engine — data (internal): the text-scanning pieces the GloVe and CSV loaders share.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace nnscope::text {

/// Walks the lines of a text, counting from 1, without the line ending (LF or CRLF).
class LineReader {
public:
    explicit LineReader(std::string_view text);

    /// The next line, or nullopt at the end of the text.
    std::optional<std::string_view> next();
    /// 1-based number of the line next() returned last.
    std::size_t lineNumber() const { return lineNumber_; }

private:
    std::string_view text_;
    std::size_t position_ = 0;
    std::size_t lineNumber_ = 0;
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
