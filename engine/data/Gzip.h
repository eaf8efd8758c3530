// nnscope engine — data (internal): gzip decompression through zlib, for the `.gz` files ANN users
// bring (Fashion-MNIST's IDX files ship that way).
#pragma once

#include <string>
#include <string_view>

namespace nnscope {

/// Whether the bytes start with the gzip magic (1f 8b).
bool isGzip(std::string_view bytes);
/// The decompressed bytes; an Error naming `source` for corrupt or truncated input, or output larger
/// than `limit` bytes (a guard against decompression bombs).
std::string gunzip(std::string_view bytes, const std::string& source, std::size_t limit = std::size_t(4) << 30);
/// The first `count` decompressed bytes (fewer when the stream is shorter): a header, read before the
/// whole stream is, so that the size it declares can bound the rest.
std::string gunzipPrefix(std::string_view bytes, const std::string& source, std::size_t count);

} // namespace nnscope
