#include "data/Hdf5Format.h"

#include "core/Error.h"
#include "core/Files.h"
#include "core/Isolated.h"
#include "core/Limits.h"

#include <unistd.h>

#include <H5Cpp.h>
#include <cmath>
#include <cstring>

namespace nnscope {
namespace {

// A 2-D dataset's shape; an Error naming the file and dataset when it is not 2-D or is empty.
std::pair<std::size_t, std::size_t> shapeOf(const H5::DataSet& dataset, const std::string& where)
{
    const H5::DataSpace space = dataset.getSpace();
    if (space.getSimpleExtentNdims() != 2)
        throw Error(where + " must be a 2-D array (rows × columns), it has " + std::to_string(space.getSimpleExtentNdims()) + " dimensions");
    hsize_t dims[2] = {0, 0};
    space.getSimpleExtentDims(dims);
    if (dims[0] == 0 || dims[1] == 0)
        throw Error(where + " is empty");
    return {static_cast<std::size_t>(dims[0]), static_cast<std::size_t>(dims[1])};
}

// Opens `name` as a dataset of this file and nothing else: a hard link (not a soft or external link,
// which could lead to a FIFO or another file: HDF5 opens it on its own, past the regular-file rule),
// stored in the file (not external raw storage, which can name /etc/passwd or /dev/zero, nor a virtual
// dataset mapping other files), and stored at all: a shape's values must be in the file, so a shape
// claiming 10^12 rows with no storage is refused before anything is allocated.
H5::DataSet openContainedDataSet(const H5::H5File& file, const std::string& name, std::size_t valueBytes, const std::string& where)
{
    H5L_info_t link{};
    if (H5Lget_info(file.getId(), name.c_str(), &link, H5P_DEFAULT) < 0)
        throw Error(where + ": cannot read its link");
    if (link.type != H5L_TYPE_HARD)
        throw Error(where + " is a " + (link.type == H5L_TYPE_EXTERNAL ? "link to another file" : "link") + "; nnscope reads only datasets stored in the file itself");
    H5::DataSet dataset = file.openDataSet(name);
    const H5::DSetCreatPropList properties = dataset.getCreatePlist();
    if (properties.getExternalCount() > 0)
        throw Error(where + " keeps its values in another file (external storage); nnscope reads only values stored in the file itself");
    const H5D_layout_t layout = properties.getLayout();
    if (layout != H5D_CONTIGUOUS && layout != H5D_CHUNKED && layout != H5D_COMPACT)
        throw Error(where + " is a virtual dataset (it maps other files); nnscope reads only values stored in the file itself");
    const H5::DataSpace space = dataset.getSpace();
    const hssize_t points = space.getSimpleExtentNpoints();
    const double claimed = static_cast<double>(points) * static_cast<double>(valueBytes);
    const double stored = static_cast<double>(dataset.getStorageSize());
    if (points > 0 && stored * static_cast<double>(limits::kLargestCompression) < claimed)
        throw Error(where + " claims " + std::to_string(points) + " values but stores " + std::to_string(dataset.getStorageSize())
                    + " bytes (a shape without data, or compressed more than " + std::to_string(limits::kLargestCompression) + " times)");
    return dataset;
}

void checkClass(const H5::DataSet& dataset, H5T_class_t expected, const std::string& where, const char* what)
{
    const H5T_class_t actual = dataset.getTypeClass();
    if (actual != expected && !(expected == H5T_FLOAT && actual == H5T_INTEGER))
        throw Error(where + " must hold " + what);
}

Dataset readVectors(const H5::H5File& file, const std::string& name, const std::string& path, std::size_t limit)
{
    const std::string where = path + ": dataset '" + name + "'";
    const H5::DataSet dataset = openContainedDataSet(file, name, 4, where);
    checkClass(dataset, H5T_FLOAT, where, "numbers");
    const auto [rows, dim] = shapeOf(dataset, where);
    if (rows > limit / 4 / dim)
        throw Error(where + " (" + std::to_string(rows) + " × " + std::to_string(dim) + ") is larger than the read limit");
    std::vector<float> values(rows * dim);
    dataset.read(values.data(), H5::PredType::NATIVE_FLOAT);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            throw Error(where + ": row " + std::to_string(i / dim) + ", component " + std::to_string(i % dim) + " is NaN or infinite");
    return Dataset(rows, dim, std::move(values), {}, path + (name == "train" ? "" : ":" + name));
}

// What crosses from the reading child to the parent: counts, strings and arrays, little-endian as
// this machine writes them (both ends are this process's image). The parent checks every count against
// the bytes that are left before it allocates.
class Packer {
public:
    void count(std::uint64_t value) { bytes_.append(reinterpret_cast<const char*>(&value), sizeof value); }
    void text(const std::string& value)
    {
        count(value.size());
        bytes_ += value;
    }
    template <typename T>
    void array(const std::vector<T>& values)
    {
        count(values.size());
        bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
    void dataset(const Dataset& data)
    {
        count(data.rows());
        count(data.dim());
        text(data.source());
        array(data.values());
    }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

class Unpacker {
public:
    explicit Unpacker(const std::string& bytes, std::string what) : bytes_(bytes), what_(std::move(what)) {}
    std::uint64_t count()
    {
        std::uint64_t value = 0;
        need(sizeof value);
        std::memcpy(&value, bytes_.data() + at_, sizeof value);
        at_ += sizeof value;
        return value;
    }
    std::string text()
    {
        const std::uint64_t size = count();
        need(size);
        std::string value = bytes_.substr(at_, size);
        at_ += size;
        return value;
    }
    template <typename T>
    std::vector<T> array()
    {
        const std::uint64_t size = count();
        if (size > (bytes_.size() - at_) / sizeof(T))
            malformed();
        std::vector<T> values(size);
        std::memcpy(values.data(), bytes_.data() + at_, size * sizeof(T));
        at_ += size * sizeof(T);
        return values;
    }
    Dataset dataset()
    {
        const std::uint64_t rows = count(), dim = count();
        std::string source = text();
        std::vector<float> values = array<float>();
        if (dim == 0 || values.size() / dim != rows || values.size() % dim != 0)
            malformed();
        return Dataset(rows, dim, std::move(values), {}, std::move(source));
    }

private:
    void need(std::uint64_t size)
    {
        if (size > bytes_.size() - at_)
            malformed();
    }
    [[noreturn]] void malformed() { throw Error(what_ + ": its reader returned a malformed answer"); }

    const std::string& bytes_;
    std::string what_;
    std::size_t at_ = 0;
};

AnnBenchmarksFile readInProcess(const std::string& path, std::size_t limit)
{
    try {
        H5::Exception::dontPrint();
        std::uint64_t size = 0;
        ::close(openRegularFile(path, size)); // a regular file: HDF5 would wait on a FIFO
        if (size > limit)
            throw Error(path + ": " + std::to_string(size) + " bytes is more than the " + std::to_string(limit) + " allowed");
        if (!H5::H5File::isHdf5(path))
            throw Error(path + ": not an HDF5 file");
        const H5::H5File file(path, H5F_ACC_RDONLY);
        if (!file.nameExists("train"))
            throw Error(path + ": no 'train' dataset (an ann-benchmarks file holds train, test, neighbors, distances)");
        AnnBenchmarksFile result{readVectors(file, "train", path, limit), std::nullopt, std::nullopt, ""};
        if (file.nameExists("test")) {
            result.test = readVectors(file, "test", path, limit);
            if (result.test->dim() != result.train.dim())
                throw Error(path + ": 'test' has dimension " + std::to_string(result.test->dim()) + ", 'train' "
                            + std::to_string(result.train.dim()));
        }
        if (file.nameExists("neighbors")) {
            const std::string where = path + ": dataset 'neighbors'";
            const H5::DataSet dataset = openContainedDataSet(file, "neighbors", 4, where);
            checkClass(dataset, H5T_INTEGER, where, "integer ids");
            const auto [queries, k] = shapeOf(dataset, where);
            if (queries > limit / 8 / k)
                throw Error(where + " (" + std::to_string(queries) + " × " + std::to_string(k) + ") is larger than the read limit");
            GroundTruth truth;
            truth.queries = queries;
            truth.k = k;
            truth.source = path + ":neighbors";
            truth.ids.resize(queries * k);
            dataset.read(truth.ids.data(), H5::PredType::NATIVE_INT64);
            truth.check(result.train.rows(), result.test ? result.test->rows() : queries, 1);
            result.neighbors = std::move(truth);
        }
        if (file.attrExists("distance")) {
            const H5::Attribute attribute = file.openAttribute("distance");
            H5std_string text;
            attribute.read(attribute.getStrType(), text);
            result.distance = text;
        }
        return result;
    } catch (const H5::Exception& error) {
        throw Error(path + ": cannot read the HDF5 file (" + error.getDetailMsg() + ")");
    }
}

} // namespace

AnnBenchmarksFile readAnnBenchmarksHdf5(const std::string& path, std::size_t limit, std::chrono::milliseconds deadline)
{
    std::uint64_t size = 0;
    ::close(openRegularFile(path, size)); // named here too: the child's errors name it the same way
    if (deadline.count() == 0) // 4 s, and a second more per 100 MB the file holds
        deadline = std::chrono::milliseconds(4000 + static_cast<std::int64_t>(size / 100000));
    // The answer carries the values as floats and ids as int64: at most twice the limit, and its framing.
    const std::string answer = runIsolated(
        [&] {
            const AnnBenchmarksFile file = readInProcess(path, limit);
            Packer packer;
            packer.dataset(file.train);
            packer.count(file.test ? 1 : 0);
            if (file.test)
                packer.dataset(*file.test);
            packer.count(file.neighbors ? 1 : 0);
            if (file.neighbors) {
                packer.count(file.neighbors->queries);
                packer.count(file.neighbors->k);
                packer.text(file.neighbors->source);
                packer.array(file.neighbors->ids);
            }
            packer.text(file.distance);
            return packer.take();
        },
        deadline, 2 * limit + (1 << 20), "'" + path + "'");
    Unpacker unpacker(answer, path);
    AnnBenchmarksFile file{unpacker.dataset(), std::nullopt, std::nullopt, ""};
    if (unpacker.count())
        file.test = unpacker.dataset();
    if (unpacker.count()) {
        GroundTruth truth;
        truth.queries = unpacker.count();
        truth.k = unpacker.count();
        truth.source = unpacker.text();
        truth.ids = unpacker.array<std::int64_t>();
        if (truth.k == 0 || truth.ids.size() / truth.k != truth.queries)
            throw Error(path + ": its reader returned a malformed answer");
        file.neighbors = std::move(truth);
    }
    file.distance = unpacker.text();
    return file;
}

} // namespace nnscope
