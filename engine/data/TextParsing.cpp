#include "data/TextParsing.h"

#include "core/Error.h"
#include "core/Files.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmath>
#include <limits>

namespace nnscope::text {

namespace {

constexpr std::size_t kBlockBytes = std::size_t(16) << 20;

} // namespace

LineReader::LineReader(std::string_view text) : text_(withoutByteOrderMark(text)), totalBytes_(text.size()), atEnd_(true) {}

LineReader LineReader::continuing(std::string_view text, std::size_t linesBefore)
{
    LineReader reader;
    reader.text_ = text;
    reader.totalBytes_ = text.size();
    reader.atEnd_ = true;
    reader.lineNumber_ = linesBefore;
    return reader;
}

LineReader LineReader::fromFile(const std::string& path)
{
    LineReader reader;
    reader.path_ = path;
    std::uint64_t size = 0;
    reader.file_ = openRegularFile(path, size); // a regular file: never a FIFO or device to wait on
    reader.totalBytes_ = size;
    ::posix_fadvise(reader.file_, 0, 0, POSIX_FADV_SEQUENTIAL);
    reader.refill();
    reader.text_ = withoutByteOrderMark(reader.text_);
    return reader;
}

LineReader::LineReader(LineReader&& other) noexcept
    : text_(other.text_), file_(other.file_), path_(std::move(other.path_)), buffer_(std::move(other.buffer_)),
      lineNumber_(other.lineNumber_), totalBytes_(other.totalBytes_), consumed_(other.consumed_), atEnd_(other.atEnd_)
{
    // The view points into the moved buffer's heap block, which moved with it (no small-string copy:
    // blocks are megabytes).
    other.file_ = -1;
}

LineReader::~LineReader()
{
    if (file_ >= 0)
        ::close(file_);
}

// Keeps the unread tail, appends the next block; false when nothing more could be read.
bool LineReader::refill()
{
    if (atEnd_)
        return false;
    const std::string tail(text_);
    buffer_.resize(std::max(kBlockBytes, tail.size() * 2));
    std::copy(tail.begin(), tail.end(), buffer_.begin());
    std::size_t filled = tail.size();
    while (filled < buffer_.size()) {
        const ssize_t got = ::read(file_, buffer_.data() + filled, buffer_.size() - filled);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw Error("error while reading '" + path_ + "': " + std::strerror(errno));
        }
        if (got == 0) {
            atEnd_ = true;
            break;
        }
        filled += static_cast<std::size_t>(got);
    }
    text_ = std::string_view(buffer_.data(), filled);
    return filled > tail.size();
}

std::optional<std::string_view> LineReader::next()
{
    std::size_t end = text_.find('\n');
    while (end == std::string_view::npos && refill())
        end = text_.find('\n');
    if (text_.empty())
        return std::nullopt;
    if (end == std::string_view::npos)
        end = text_.size(); // the last line has no newline
    std::string_view line = text_.substr(0, end);
    const std::size_t used = std::min(end + 1, text_.size());
    text_.remove_prefix(used);
    consumed_ += used;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    ++lineNumber_;
    return line;
}

std::optional<std::string_view> LineReader::nextLines()
{
    std::size_t end = text_.rfind('\n');
    while (end == std::string_view::npos && refill())
        end = text_.rfind('\n');
    if (text_.empty())
        return std::nullopt;
    const std::size_t used = end == std::string_view::npos ? text_.size() : end + 1; // the last line may lack '\n'
    const std::string_view block = text_.substr(0, used);
    text_.remove_prefix(used);
    consumed_ += used;
    return block;
}

std::string where(const std::string& source, std::size_t line)
{
    return source + ":" + std::to_string(line);
}

std::string quoted(std::string_view token)
{
    constexpr std::size_t kMaxShown = 40;
    if (token.size() > kMaxShown)
        return "'" + std::string(token.substr(0, kMaxShown)) + "...'";
    return "'" + std::string(token) + "'";
}

namespace {

// from_chars rejects a leading '+', which CSV writers sometimes emit.
std::string_view withoutPlusSign(std::string_view token)
{
    if (token.size() > 1 && token.front() == '+' && token[1] != '-' && token[1] != '+')
        token.remove_prefix(1);
    return token;
}

// Plain decimals ("-0.038194", "12", "3.5") with at most 15 significant digits and no exponent — nearly
// every token of a GloVe or CSV file. Their digits form an integer m < 10^15 < 2^53 and the value is
// m / 10^k with 10^k exact in a double, so one division is correctly rounded (Clinger's fast path):
// the same double from_chars gives, several times faster. Anything else returns false.
bool parsePlainDecimal(std::string_view token, double& value)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const char* p = token.data();
    const char* const end = p + token.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    std::uint64_t mantissa = 0;
    int digits = 0, fraction = 0;
    bool point = false;
    for (; p != end; ++p) {
        if (*p >= '0' && *p <= '9') {
            mantissa = mantissa * 10 + static_cast<std::uint64_t>(*p - '0');
            fraction += point ? 1 : 0;
            if (++digits > 15)
                return false;
        } else if (*p == '.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    if (digits == 0)
        return false;
    value = static_cast<double>(mantissa) / kPowers[fraction];
    if (negative)
        value = -value;
    return true;
}

} // namespace

bool looksNumeric(std::string_view token)
{
    token = withoutPlusSign(token);
    double value = 0.0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    return !token.empty() && end == token.data() + token.size()
        && (error == std::errc() || error == std::errc::result_out_of_range);
}

std::optional<float> parseFiniteFloat(std::string_view token, const std::string& source, std::size_t line,
                                      std::size_t column)
{
    double value = 0.0;
    if (parsePlainDecimal(token, value))
        return static_cast<float>(value);
    const std::string_view digits = withoutPlusSign(token);
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || end != digits.data() + digits.size())
        return std::nullopt;
    // The common case costs nothing more than the conversion; messages are built only on the way out.
    if (error == std::errc() && std::fabs(value) <= std::numeric_limits<float>::max())
        return static_cast<float>(value);
    const auto place = [&] { return where(source, line) + ": column " + std::to_string(column) + ": "; };
    if (error == std::errc::result_out_of_range) {
        // from_chars reports long spellings of tiny values (even of 0) as out of range; strtod tells
        // underflow (harmless: the value rounds to 0) from overflow.
        errno = 0;
        const std::string copy(digits);
        value = std::strtod(copy.c_str(), nullptr);
        if (std::isfinite(value) && std::fabs(value) <= std::numeric_limits<float>::max())
            return static_cast<float>(value);
        throw Error(place() + "value " + quoted(token) + " is outside the range of a 32-bit float");
    }
    if (!std::isfinite(value))
        throw Error(place() + "value " + quoted(token) + " is not finite (NaN and Inf are not allowed)");
    throw Error(place() + "value " + quoted(token) + " is outside the range of a 32-bit float");
}

float requireFiniteFloat(std::string_view token, const std::string& source, std::size_t line, std::size_t column)
{
    if (auto value = parseFiniteFloat(token, source, line, column))
        return *value;
    throw Error(where(source, line) + ": column " + std::to_string(column) + ": " + quoted(token)
                + " is not a number");
}

bool isValidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        std::size_t length;
        std::uint32_t codePoint;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (i + length > bytes.size())
            return false;
        for (std::size_t j = 1; j < length; ++j) {
            const auto continuation = static_cast<unsigned char>(bytes[i + j]);
            if ((continuation & 0xC0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (codePoint < smallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

std::string_view withoutByteOrderMark(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

} // namespace nnscope::text
