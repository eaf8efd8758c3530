// nnscope engine — search/faiss: the field's reference library as peers, through Debian's libfaiss:
//   faiss-flat    IndexFlat (exact)
//   faiss-ivf     IndexIVFFlat, nlist k-means lists, nprobe of them searched
//   faiss-ivfpq   IndexIVFPQFastScan (4-bit PQ, 32-point SIMD blocks) + IndexRefineFlat re-ranking
//   faiss-hnsw    IndexHNSWFlat
// Cosine runs as inner product on normalised copies; every result's distances are then the requested
// metric's on the original rows, as for every other searcher.
#pragma once

#include "search/Searcher.h"

#include <memory>

namespace faiss {
struct Index;
}

namespace nnscope {

struct FaissSettings {
    std::size_t nlist = 0;         ///< IVF lists; 0: ≈ √n
    std::size_t nprobe = 0;        ///< lists searched; 0: a tenth of nlist (at least 1)
    std::size_t pqSubquantizers = 0; ///< PQ sub-vectors; 0: d/2 (2 dims each, as ScaNN), or a divisor of d
    std::size_t refineFactor = 10; ///< IVF-PQ: k × this candidates re-ranked exactly
    std::size_t hnswM = 32;
    std::size_t efConstruction = 40;
    std::size_t efSearch = 64;
    std::size_t threads = 1;       ///< OpenMP threads FAISS may use
};

class FaissSearcher : public Searcher {
public:
    enum class Kind { Flat, IvfFlat, IvfPqFastScan, Hnsw };

    FaissSearcher(Kind kind, FaissSettings settings = {});
    ~FaissSearcher() override;

    std::string name() const override;
    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    Neighbors search(MatrixView queries, std::size_t k, const std::vector<std::int64_t>* excluded = nullptr) const override;
    SearchCost cost() const override;
    std::vector<std::string> warnings() const override { return warnings_; }

    /// "faiss-flat", "faiss-ivf", "faiss-ivfpq", "faiss-hnsw" → kind; an Error otherwise.
    static Kind parseKind(const std::string& name);

private:
    Kind kind_;
    FaissSettings settings_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
    std::size_t nlist_ = 0, nprobe_ = 0, subquantizers_ = 0;
    std::vector<std::unique_ptr<faiss::Index>> owned_; ///< quantizer, base index, refine wrapper
    faiss::Index* index_ = nullptr;                    ///< the index searched
    mutable double distancesPerQuery_ = 0.0;           ///< HNSW: measured in the last search
    std::vector<std::string> warnings_;
};

} // namespace nnscope
