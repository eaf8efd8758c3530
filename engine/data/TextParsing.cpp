#include "data/TextParsing.h"

#include "core/Error.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace nnscope::text {

LineReader::LineReader(std::string_view text) : text_(text) {}

std::optional<std::string_view> LineReader::next()
{
    if (position_ >= text_.size())
        return std::nullopt;
    std::size_t end = text_.find('\n', position_);
    if (end == std::string_view::npos)
        end = text_.size();
    std::string_view line = text_.substr(position_, end - position_);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    position_ = end + 1;
    ++lineNumber_;
    return line;
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
    const std::string_view digits = withoutPlusSign(token);
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || end != digits.data() + digits.size())
        return std::nullopt;
    const std::string place = where(source, line) + ": column " + std::to_string(column) + ": ";
    if (error == std::errc::result_out_of_range) {
        // Underflow is harmless (the value rounds to 0); overflow is not.
        const std::size_t exponent = digits.find_first_of("eE");
        const bool negativeExponent = exponent != std::string_view::npos && exponent + 1 < digits.size()
            && digits[exponent + 1] == '-';
        if (!negativeExponent)
            throw Error(place + "value " + quoted(token) + " is outside the range of a 32-bit float");
        return 0.0f;
    }
    if (!std::isfinite(value))
        throw Error(place + "value " + quoted(token) + " is not finite (NaN and Inf are not allowed)");
    if (std::fabs(value) > std::numeric_limits<float>::max())
        throw Error(place + "value " + quoted(token) + " is outside the range of a 32-bit float");
    return static_cast<float>(value);
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
