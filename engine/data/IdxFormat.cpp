// IDX (the MNIST / Fashion-MNIST format): a big-endian header — two zero bytes, a type byte (0x08 =
// unsigned byte), the number of dimensions — then one big-endian int32 per dimension, then the values.
// Images (idx3: n × rows × cols) become n vectors of rows·cols values; labels (idx1: n) become row
// labels. Either may be gzip-compressed.
#include "core/Error.h"
#include "core/Limits.h"
#include "data/Formats.h"
#include "data/Gzip.h"

#include <cstdint>
#include <cstdio>
#include <vector>

namespace nnscope {
namespace {

std::uint32_t readBigEndian32(const char* bytes)
{
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return value;
}

struct IdxHeader {
    std::vector<std::size_t> dims;
    std::size_t dataOffset = 0;
    std::size_t values = 1; ///< the product of dims: the values the header declares
};

// The header, and the values it declares (not yet checked against the bytes that follow).
IdxHeader readDeclaredHeader(std::string_view bytes, std::size_t expectedDims, const std::string& source)
{
    if (bytes.size() < 4)
        throw Error(source + ": truncated IDX file (" + std::to_string(bytes.size()) + " bytes, no header)");
    if (bytes[0] != 0 || bytes[1] != 0)
        throw Error(source + ": not an IDX file (the magic number must start with two zero bytes)");
    if (static_cast<unsigned char>(bytes[2]) != 0x08) {
        char type[8];
        std::snprintf(type, sizeof type, "0x%02x", static_cast<unsigned char>(bytes[2]));
        throw Error(source + ": IDX value type " + type + " is not supported (expected 0x08, unsigned bytes)");
    }
    const std::size_t dims = static_cast<unsigned char>(bytes[3]);
    if (dims != expectedDims)
        throw Error(source + ": an IDX file with " + std::to_string(dims) + " dimensions, expected " + std::to_string(expectedDims)
                    + (expectedDims == 3 ? " (images: count × rows × columns)" : " (labels: count)"));
    IdxHeader header;
    header.dataOffset = 4 + 4 * dims;
    if (bytes.size() < header.dataOffset)
        throw Error(source + ": truncated IDX header");
    for (std::size_t d = 0; d < dims; ++d) {
        const std::size_t size = readBigEndian32(bytes.data() + 4 + 4 * d);
        if (size == 0)
            throw Error(source + ": IDX dimension " + std::to_string(d) + " is 0 (no data)");
        if (size > (std::size_t(1) << 31) / header.values)
            throw Error(source + ": IDX dimensions are implausibly large");
        header.values *= size;
        header.dims.push_back(size);
    }
    return header;
}

IdxHeader readHeader(std::string_view bytes, std::size_t expectedDims, const std::string& source)
{
    const IdxHeader header = readDeclaredHeader(bytes, expectedDims, source);
    const std::size_t total = header.values;
    if (bytes.size() - header.dataOffset != total)
        throw Error(source + ": the IDX header declares " + std::to_string(total) + " values but the file holds "
                    + std::to_string(bytes.size() - header.dataOffset) + (bytes.size() - header.dataOffset < total ? " (truncated)" : ""));
    return header;
}

// A gzip stream is inflated only as far as its header says it reaches: a bomb that declares a few
// values stops there (and is refused as longer than declared), one that declares billions is refused
// by the header's own bound before anything is inflated.
std::string maybeGunzip(std::string_view bytes, std::size_t expectedDims, const std::string& source)
{
    if (!isGzip(bytes))
        return std::string(bytes);
    const IdxHeader header = readDeclaredHeader(gunzipPrefix(bytes, source, 4 + 4 * expectedDims), expectedDims, source);
    const std::size_t total = header.values;
    if (total / limits::kLargestCompression > bytes.size())
        throw Error(source + ": the IDX header declares " + std::to_string(total) + " values in " + std::to_string(bytes.size())
                    + " compressed bytes (more than " + std::to_string(limits::kLargestCompression) + " times compressed: not image data)");
    return gunzip(bytes, source, header.dataOffset + total);
}

} // namespace

Dataset parseIdx(std::string_view images, const std::string& source, std::string_view labels, const std::string& labelSource)
{
    const std::string imageBytes = maybeGunzip(images, 3, source);
    const IdxHeader header = readHeader(imageBytes, 3, source);
    const std::size_t n = header.dims[0], dim = header.dims[1] * header.dims[2];
    std::vector<float> values(n * dim);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<unsigned char>(imageBytes[header.dataOffset + i]);
    std::vector<std::string> names;
    if (!labels.empty()) {
        const std::string labelBytes = maybeGunzip(labels, 1, labelSource);
        const IdxHeader labelHeader = readHeader(labelBytes, 1, labelSource);
        if (labelHeader.dims[0] != n)
            throw Error(labelSource + ": " + std::to_string(labelHeader.dims[0]) + " labels for the " + std::to_string(n)
                        + " images of " + source);
        // Labels are class numbers; each row's label is "<class>#<index>" so that rows stay distinct by name.
        names.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            names.push_back(std::to_string(static_cast<unsigned char>(labelBytes[labelHeader.dataOffset + i])) + "#" + std::to_string(i));
    }
    return Dataset(n, dim, std::move(values), std::move(names), source);
}

} // namespace nnscope
