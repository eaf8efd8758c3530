#include "data/Gzip.h"

#include "core/Error.h"

#include <algorithm>
#include <zlib.h>

namespace nnscope {

bool isGzip(std::string_view bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f && static_cast<unsigned char>(bytes[1]) == 0x8b;
}

namespace {

// Inflates into `out` until the stream ends or `out` holds more than `limit` bytes; returns whether
// the stream ended.
bool inflateInto(std::string& out, std::string_view bytes, const std::string& source, std::size_t limit)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header
        throw Error(source + ": zlib could not start decompressing");
    char buffer[1 << 16];
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            const std::string reason = status == Z_BUF_ERROR ? "truncated" : stream.msg ? stream.msg : "corrupt data";
            inflateEnd(&stream);
            throw Error(source + ": not a valid gzip file (" + reason + ")");
        }
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (out.size() > limit) {
            inflateEnd(&stream);
            return false;
        }
        if (status != Z_STREAM_END && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            throw Error(source + ": not a valid gzip file (truncated)");
        }
    }
    inflateEnd(&stream);
    return true;
}

} // namespace

std::string gunzip(std::string_view bytes, const std::string& source, std::size_t limit)
{
    std::string out;
    if (!inflateInto(out, bytes, source, limit))
        throw Error(source + ": decompresses to more than " + std::to_string(limit) + " bytes");
    return out;
}

std::string gunzipPrefix(std::string_view bytes, const std::string& source, std::size_t count)
{
    std::string out;
    inflateInto(out, bytes, source, count);
    out.resize(std::min(out.size(), count));
    return out;
}

} // namespace nnscope
