// nnscope engine — search/faiss: the field's reference library as peers, through Debian's libfaiss:
//   faiss-flat    IndexFlat (exact)
//   faiss-ivf     IndexIVFFlat, nlist k-means lists, nprobe of them searched
//   faiss-ivfpq   IndexIVFPQFastScan (4-bit PQ, 32-point SIMD blocks) + IndexRefineFlat re-ranking
//   faiss-hnsw    IndexHNSWFlat
// Cosine runs as inner product on normalised copies; every result's distances are then the requested
// metric's on the original rows, as for every other searcher.
#pragma once

#include "search/Searcher.h"

#include <map>
#include <memory>
#include <mutex>

namespace faiss {
struct Index;
struct IndexIVF;
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

    /// "faiss-flat", "faiss-ivf", "faiss-ivfpq" or "faiss-hnsw".
    std::string name() const;
    std::string describe() const override;
    void build(const Dataset& data, Metric metric) override;
    SearchCost cost(std::size_t k, std::size_t probes = 0) const override;
    bool probesPartitions() const override { return kind_ == Kind::IvfFlat || kind_ == Kind::IvfPqFastScan; }
    std::size_t defaultProbes() const override { return nprobe_; }
    std::vector<Notice> warnings() const override { return warnings_; }

protected:
    /// `probes`: inverted lists searched (0: as built). IVF-PQ candidates (k × refine factor) are
    /// re-ranked exactly, as FAISS's IndexRefineFlat does.
    Neighbors searchBatch(MatrixView queries, std::size_t k, std::size_t probes) const override;

private:
    std::size_t nprobeFor(std::size_t requested) const;
    double hnswDistancesPerQuery(std::size_t k) const;

    Kind kind_;
    FaissSettings settings_;
    const Dataset* data_ = nullptr;
    Metric metric_ = Metric::L2;
    std::size_t nlist_ = 0, nprobe_ = 0, subquantizers_ = 0;
    std::vector<std::unique_ptr<faiss::Index>> owned_; ///< quantizer and base index
    faiss::Index* index_ = nullptr;                    ///< the index searched
    faiss::IndexIVF* ivf_ = nullptr;                   ///< the same index when it has inverted lists
    mutable std::mutex searchMutex_;
    static constexpr std::size_t kCostSample = 64;
    mutable std::map<std::size_t, double> hnswDistances_; ///< HNSW: distances per query by k (cost)
    std::vector<Notice> warnings_;
};

} // namespace nnscope
