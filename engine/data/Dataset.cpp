#include "data/Dataset.h"

#include "core/Error.h"
#include "core/Sha256.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace nnscope {
namespace {

void hashUint64(Sha256& hash, std::uint64_t value)
{
    std::uint8_t bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = std::uint8_t(value >> (8 * i));
    hash.update(bytes, 8);
}

// Layout: "nnscope-dataset-v1", rows and dim as little-endian u64, every value as little-endian IEEE
// float32, then the label count and each label as (u64 byte length, UTF-8 bytes).
std::string computeFingerprint(std::size_t rows, std::size_t dim, const std::vector<float>& values,
                               const std::vector<std::string>& labels)
{
    Sha256 hash;
    hash.update("nnscope-dataset-v1");
    hashUint64(hash, rows);
    hashUint64(hash, dim);
    static_assert(sizeof(float) == 4, "IEEE float32 expected");
    for (float value : values) {
        std::uint32_t bits;
        std::memcpy(&bits, &value, 4);
        std::uint8_t bytes[4] = {std::uint8_t(bits), std::uint8_t(bits >> 8), std::uint8_t(bits >> 16),
                                 std::uint8_t(bits >> 24)};
        hash.update(bytes, 4);
    }
    hashUint64(hash, labels.size());
    for (const std::string& label : labels) {
        hashUint64(hash, label.size());
        hash.update(label);
    }
    return hash.hexDigest();
}

} // namespace

Dataset::Dataset(std::size_t rows, std::size_t dim, std::vector<float> values, std::vector<std::string> labels,
                 std::string source)
    : rows_(rows), dim_(dim), values_(std::move(values)), labels_(std::move(labels)), source_(std::move(source))
{
    if (rows_ == 0)
        throw Error(source_ + ": the dataset has no rows");
    if (dim_ == 0)
        throw Error(source_ + ": the dataset's vectors have no components");
    if (values_.size() != rows_ * dim_)
        throw Error(source_ + ": expected " + std::to_string(rows_ * dim_) + " values, got "
                    + std::to_string(values_.size()));
    if (!labels_.empty() && labels_.size() != rows_)
        throw Error(source_ + ": expected " + std::to_string(rows_) + " labels, got " + std::to_string(labels_.size()));
    for (std::size_t i = 0; i < values_.size(); ++i)
        if (!std::isfinite(values_[i]))
            throw Error(source_ + ": row " + std::to_string(i / dim_) + " holds a NaN or infinite value");
    fingerprint_ = computeFingerprint(rows_, dim_, values_, labels_);
}

std::string Dataset::labelOf(std::size_t row) const
{
    return hasLabels() ? labels_.at(row) : "#" + std::to_string(row);
}

std::optional<std::size_t> Dataset::findLabel(const std::string& label) const
{
    for (std::size_t i = 0; i < labels_.size(); ++i)
        if (labels_[i] == label)
            return i;
    return std::nullopt;
}

Dataset Dataset::firstRows(std::size_t count) const
{
    if (count == 0)
        throw Error(source_ + ": the number of words must be at least 1");
    if (count > rows_)
        throw Error(source_ + " has " + std::to_string(rows_) + " rows; cannot keep the first "
                    + std::to_string(count));
    if (count == rows_)
        return *this;
    std::vector<float> values(values_.begin(), values_.begin() + static_cast<std::ptrdiff_t>(count * dim_));
    std::vector<std::string> labels;
    if (hasLabels())
        labels.assign(labels_.begin(), labels_.begin() + static_cast<std::ptrdiff_t>(count));
    const std::string uncut = cut_ ? cut_->source : source_; // a cut of a cut is a cut of the original
    Dataset kept(count, dim_, std::move(values), std::move(labels), uncut + " (first " + std::to_string(count) + " rows)");
    kept.cut_ = Cut{uncut, count};
    return kept;
}

Dataset Dataset::keepRows(const std::vector<std::size_t>& ascendingRows, std::string source) &&
{
    if (ascendingRows.empty())
        throw Error(source_ + ": no rows to keep");
    for (std::size_t i = 0; i < ascendingRows.size(); ++i)
        if (ascendingRows[i] >= rows_ || (i > 0 && ascendingRows[i] <= ascendingRows[i - 1]))
            throw Error(source_ + ": the rows to keep must be ascending, distinct and below " + std::to_string(rows_));
    // Row i moves to position i ≤ ascendingRows[i], so moving forward never overwrites a row still to move.
    for (std::size_t i = 0; i < ascendingRows.size(); ++i) {
        const std::size_t from = ascendingRows[i];
        if (from != i) {
            std::memmove(values_.data() + i * dim_, values_.data() + from * dim_, dim_ * sizeof(float));
            if (hasLabels())
                labels_[i] = std::move(labels_[from]);
        }
    }
    values_.resize(ascendingRows.size() * dim_);
    if (hasLabels())
        labels_.resize(ascendingRows.size());
    return Dataset(ascendingRows.size(), dim_, std::move(values_), std::move(labels_), std::move(source));
}

} // namespace nnscope
