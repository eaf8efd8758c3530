// nnscope engine — data: the file formats a dataset can be read from.
//
//   glove  `word v1 … vd` per line, space separated, UTF-8 (an optional word2vec `count dim` first line)
//   csv    a header line, then one row per line; a non-numeric first column is the row label
//   fvecs  per vector: little-endian int32 d, then d float32 (the TEXMEX format)
//   idx    MNIST-style images (`*-idx3-ubyte[.gz]`), labels from the matching `*-idx1-ubyte[.gz]`
//   hdf5   the ann-benchmarks layout (data/Hdf5Format.h): `train` is the base, `test` the queries
//
// Every parser checks the whole input and throws Error naming the source and line (or vector) on
// ragged rows, non-numeric or NaN/Inf values, empty input, a duplicate header, a wrong dimension or a
// truncated file.
#pragma once

#include "data/Dataset.h"

#include <optional>
#include <string>
#include <string_view>

namespace nnscope {

enum class DataFormat { Glove, Csv, Fvecs, Idx, Hdf5 };

std::string formatName(DataFormat format);
/// "glove", "csv", "fvecs", "idx" or "hdf5"; an Error for anything else.
DataFormat parseDataFormat(const std::string& name);
/// The format a file name implies (.txt/.vec/.glove, .csv, .fvecs, -idx3-ubyte[.gz], .hdf5/.h5), if any.
std::optional<DataFormat> formatFromExtension(const std::string& path);

Dataset parseGlove(std::string_view content, const std::string& source, std::size_t threads = 1);
Dataset parseCsv(std::string_view content, const std::string& source, std::size_t threads = 1);
Dataset parseFvecs(std::string_view content, const std::string& source);
namespace text {
class LineReader;
}
/// The text formats read line by line (from memory, or from a file a block at a time).
/// `threads` workers parse each block of a large text (blocks from 1 MB; docs/benchmarks.md §8).
Dataset parseGlove(text::LineReader& lines, const std::string& source, std::size_t threads = 1);
Dataset parseCsv(text::LineReader& lines, const std::string& source, std::size_t threads = 1);

/// IDX images, with their labels when `labels` is not empty (either may be gzip-compressed).
Dataset parseIdx(std::string_view images, const std::string& source, std::string_view labels = {},
                 const std::string& labelSource = {});

} // namespace nnscope
