#include "workload/Workload.h"

#include "core/Error.h"
#include "project/Pca.h"

namespace nnscope {
namespace {

// A shipped truth lists neighbours among every row: for the first `words` of them it no longer applies.
void dropTruthForFewerRows(Workload& workload, std::size_t rows, std::size_t words)
{
    if (workload.truth && words < rows) {
        workload.notes.push_back("the shipped ground truth is for all " + std::to_string(rows) + " rows, not the first "
                                 + std::to_string(words) + ": exact search is the truth");
        workload.truth.reset();
    }
}

} // namespace

// The read workload after its steps: PCA first (fitted on every base row), then the first `words` rows.
ReadWorkload openOwnedWorkload(const WorkloadSpec& spec)
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
        dropTruthForFewerRows(workload, read.base.rows(), data.words);
        read.base = read.base.firstRows(data.words);
    }
    read.base.setOrigin(read.origin);
    return read;
}

Workload openWorkload(const WorkloadSpec& spec)
{
    ReadWorkload parts = openOwnedWorkload(spec);
    Workload workload = std::move(parts.workload);
    workload.base = std::make_shared<const Dataset>(std::move(parts.base));
    if (parts.queries)
        workload.queries = std::make_shared<const Dataset>(std::move(*parts.queries));
    return workload;
}

Workload firstRows(const Workload& all, std::size_t words)
{
    if (!all.base)
        throw Error("no dataset");
    if (words == 0)
        return all;
    Workload first = all;
    dropTruthForFewerRows(first, all.base->rows(), words);
    Dataset rows = all.base->firstRows(words);
    if (all.base->origin()) {
        Dataset::Origin origin = *all.base->origin();
        origin.words = words;
        rows.setOrigin(std::move(origin));
    }
    first.base = std::make_shared<const Dataset>(std::move(rows));
    return first;
}

Dataset openDataset(const DatasetSpec& spec)
{
    return std::move(openOwnedWorkload({spec, {}, {}}).base);
}

} // namespace nnscope
