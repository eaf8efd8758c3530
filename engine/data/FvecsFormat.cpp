// .fvecs: per vector a little-endian int32 dimension, then that many little-endian float32 values.
#include "core/Error.h"
#include "data/Formats.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace nnscope {
namespace {

std::uint32_t readLittleEndian32(const char* bytes)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return value;
}

constexpr std::int64_t kLargestPlausibleDimension = 1 << 20;

} // namespace

Dataset parseFvecs(std::string_view content, const std::string& source)
{
    if (content.empty())
        throw Error(source + ": the file is empty (no vectors found)");
    std::size_t offset = 0;
    std::size_t dim = 0;
    std::size_t rows = 0;
    std::vector<float> values;
    while (offset < content.size()) {
        const std::string place = source + ": vector " + std::to_string(rows) + " (byte " + std::to_string(offset) + ")";
        if (content.size() - offset < 4)
            throw Error(place + ": truncated file (" + std::to_string(content.size() - offset)
                        + " trailing bytes where a 4-byte dimension was expected)");
        const auto declared = static_cast<std::int32_t>(readLittleEndian32(content.data() + offset));
        if (declared <= 0 || declared > kLargestPlausibleDimension)
            throw Error(place + ": invalid dimension " + std::to_string(declared) + " (is this really an .fvecs file?)");
        if (dim == 0)
            dim = static_cast<std::size_t>(declared);
        else if (static_cast<std::size_t>(declared) != dim)
            throw Error(place + ": wrong dimension " + std::to_string(declared) + ", expected "
                        + std::to_string(dim) + " as in vector 0");
        offset += 4;
        if (content.size() - offset < 4 * dim)
            throw Error(place + ": truncated file (" + std::to_string(dim) + " values declared, "
                        + std::to_string((content.size() - offset) / 4) + " present)");
        for (std::size_t j = 0; j < dim; ++j, offset += 4) {
            const std::uint32_t bits = readLittleEndian32(content.data() + offset);
            float value;
            std::memcpy(&value, &bits, 4);
            if (!std::isfinite(value))
                throw Error(place + ": component " + std::to_string(j) + " is NaN or infinite");
            values.push_back(value);
        }
        ++rows;
    }
    return Dataset(rows, dim, std::move(values), {}, source);
}

} // namespace nnscope
