#include "workload/Workload.h"

#include "core/Error.h"
#include "project/Pca.h"

namespace nnscope {
namespace {

// The read workload after its steps: PCA first (fitted on every base row), then the first `words` rows.
ReadWorkload openParts(const WorkloadSpec& spec)
{
    const DatasetSpec& data = spec.dataset;
    ReadWorkload read = readWorkload(spec);
    Workload& workload = read.workload;
    if (data.pca > 0) {
        if (data.pca > read.base.dim())
            throw Error("--pca " + std::to_string(data.pca) + " asks for more components than the data's " + std::to_string(read.base.dim())
                        + " dimensions");
        const Pca pca = Pca::fit(read.base.view(), data.pca);
        const auto project = [&](const Dataset& d) {
            return Dataset(d.rows(), data.pca, pca.project(d.view()), d.labels(), d.source() + " (PCA " + std::to_string(data.pca) + ")");
        };
        read.base = project(read.base);
        if (read.queries)
            read.queries = project(*read.queries);
        if (workload.truth) {
            workload.notes.push_back("the shipped ground truth is for the original vectors, not their PCA projection: exact search is the truth");
            workload.truth.reset();
        }
    }
    if (data.words != 0) {
        if (workload.truth && data.words < read.base.rows()) {
            workload.notes.push_back("the shipped ground truth is for all " + std::to_string(read.base.rows())
                                     + " rows, not the first " + std::to_string(data.words) + ": exact search is the truth");
            workload.truth.reset();
        }
        read.base = read.base.firstRows(data.words);
    }
    read.base.setOrigin(read.origin);
    return read;
}

} // namespace

Workload openWorkload(const WorkloadSpec& spec)
{
    ReadWorkload parts = openParts(spec);
    Workload workload = std::move(parts.workload);
    workload.base = std::make_shared<const Dataset>(std::move(parts.base));
    if (parts.queries)
        workload.queries = std::make_shared<const Dataset>(std::move(*parts.queries));
    return workload;
}

Dataset openDataset(const DatasetSpec& spec)
{
    return std::move(openParts({spec, {}, {}}).base);
}

} // namespace nnscope
