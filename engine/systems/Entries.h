// nnscope engine — systems: one function per registered system, returning its entry (name, documented
// parameters, how to make it from a spec and the run's resources). SystemRegistry.cpp lists them; the
// searchers themselves (search/, partition/, learned/) know nothing of specs.
#pragma once

#include "systems/SystemSpec.h"

namespace nnscope {

// systems/SearchSystems.cpp
SystemEntry exactSystem();       ///< `exact`
SystemEntry randomSystem();      ///< `random:seed=S`
SystemEntry scannSystem();       ///< `scann:leaves=L,search=S,block=B,t=T,reorder=R`
SystemEntry scannPaperSystem();  ///< `scann-paper`: the authors' settings
SystemEntry faissFlatSystem();   ///< `faiss-flat`
SystemEntry faissIvfSystem();    ///< `faiss-ivf:nlist=N,nprobe=P`
SystemEntry faissIvfPqSystem();  ///< `faiss-ivfpq:nlist=N,nprobe=P,m-pq=M,refine=R`
SystemEntry faissHnswSystem();   ///< `faiss-hnsw:m=M,ef=E,ef-construction=C`

// systems/PartitionSystems.cpp: every router over bins
SystemEntry twinSystem();            ///< `twin:probes=P,clusters=C`: the run's clustering, nearest centroid
SystemEntry kmeansPartitionSystem(); ///< `kmeans:bins=B,probes=P`
SystemEntry layer1System();          ///< `layer1:bins=B,probes=P`: k-means bins, the paper's layer-1 CNN routes
SystemEntry kmeansSpillSystem();     ///< `kmeans-spill:spill=soar|nearest,lambda=L`
SystemEntry neuralPartitionSystem(); ///< `neural:init=metis|kmeans,knn=K,m=M,...`
SystemEntry neuralProbeSystem();     ///< `neural-probe:k=K,...`

// systems/LearnedSystem.cpp
SystemEntry learnedSystem();     ///< `learned:probes=P,per-cluster=C,rerank=0|1,augment=0|1,model=DIR`

} // namespace nnscope
