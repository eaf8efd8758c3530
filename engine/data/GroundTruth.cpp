#include "data/GroundTruth.h"

#include "core/Error.h"

namespace nnscope {
namespace {

std::int32_t readLittleEndianInt32(const char* bytes)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return static_cast<std::int32_t>(value);
}

} // namespace

void GroundTruth::check(std::size_t rows, std::size_t queryCount, std::size_t needed) const
{
    if (queries != queryCount)
        throw Error(source + ": ground truth for " + std::to_string(queries) + " queries, but there are " + std::to_string(queryCount));
    if (k < needed)
        throw Error(source + ": ground truth lists " + std::to_string(k) + " neighbours per query, fewer than k = " + std::to_string(needed));
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] < 0 || static_cast<std::size_t>(ids[i]) >= rows)
            throw Error(source + ": query " + std::to_string(i / k) + " lists neighbour id " + std::to_string(ids[i])
                        + ", outside the base's " + std::to_string(rows) + " rows");
}

GroundTruth parseIvecs(std::string_view content, const std::string& source)
{
    if (content.empty())
        throw Error(source + ": the file is empty (no ground truth found)");
    GroundTruth truth;
    truth.source = source;
    std::size_t offset = 0;
    while (offset < content.size()) {
        const std::string place = source + ": query " + std::to_string(truth.queries) + " (byte " + std::to_string(offset) + ")";
        if (content.size() - offset < 4)
            throw Error(place + ": truncated file (a 4-byte count was expected)");
        const std::int32_t count = readLittleEndianInt32(content.data() + offset);
        if (count <= 0 || count > (1 << 20))
            throw Error(place + ": invalid neighbour count " + std::to_string(count) + " (is this really an .ivecs file?)");
        if (truth.k == 0)
            truth.k = static_cast<std::size_t>(count);
        else if (static_cast<std::size_t>(count) != truth.k)
            throw Error(place + ": lists " + std::to_string(count) + " neighbours, expected " + std::to_string(truth.k) + " as query 0");
        offset += 4;
        if (content.size() - offset < 4 * truth.k)
            throw Error(place + ": truncated file (" + std::to_string(truth.k) + " ids declared, "
                        + std::to_string((content.size() - offset) / 4) + " present)");
        for (std::size_t j = 0; j < truth.k; ++j, offset += 4)
            truth.ids.push_back(readLittleEndianInt32(content.data() + offset));
        ++truth.queries;
    }
    return truth;
}

} // namespace nnscope
