// nnscope engine — systems: systems named by a spec string, in the spirit of FAISS's index_factory.
//
//   exact                                   a system by name, every parameter at its default
//   scann:leaves=52,search=5,t=0.2          a system with parameters (key=value, comma-separated)
//   learned:probes=3,rerank=1               ...
//
// Each system registers one SystemEntry (its name, parameters with defaults and documentation, and
// how to make it); systems/SystemRegistry.h lists them and resolves a spec against them, so the CLI,
// the experiments, the studio and the benchmarks all make systems the same way and every unknown
// name, key or value gets one error listing what is allowed.
//
// One key is understood for every system, by the registry rather than by the system:
//   self    exclude|keep: whether a query that is a dataset row may return its own row (default:
//           exclude; the learned hierarchy keeps it under the paper's protocol, as the authors did)
// A system that probes partitions names its probe parameter (SystemEntry::probeKey); specs that differ
// only in it share one build, and a search call can override it. Whether a built system is a router
// over bins is a property of its searcher (Searcher::partitions()), not of its name.
#pragma once

#include "core/Limits.h"
#include "cluster/KMeans.h"
#include "graph/KnnGraph.h"
#include "learned/ModelRecord.h"
#include "search/Searcher.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nnscope {

class Hierarchy;

/// A spec as written: a name and its key=value pairs (in the order given).
struct SystemSpec {
    std::string name;
    std::vector<std::pair<std::string, std::string>> values;

    /// The value given for `key`, if any.
    std::optional<std::string> value(const std::string& key) const;
    /// Gives `key` this value, replacing the one given (in place) or adding it last.
    void set(const std::string& key, const std::string& value);
    /// "name[:key=value,...]", as parseSystemSpec reads it.
    std::string text() const;
};

/// Parses "name[:key=value,...]"; an Error for a malformed spec (empty name, a pair without '=',
/// a key given twice).
SystemSpec parseSystemSpec(const std::string& text);
/// Splits "spec;spec;..." (specs hold commas, so lists use ';').
std::vector<std::string> splitSystemSpecs(const std::string& text);

/// What a parameter's value is: checked when a spec is resolved, before anything is built.
enum class ParameterKind {
    Count,  ///< a non-negative integer (or one of the parameter's words, `choices`)
    Number, ///< a finite number, or "off"
    Flag,   ///< 1/0 (true/false, yes/no)
    Text,   ///< free text (a path), or one of `choices` when they are given
};

/// One documented parameter of a system.
struct SystemParameter {
    std::string key;
    ParameterKind kind = ParameterKind::Count;
    std::string defaultValue; ///< as text; "" means "chosen by the system" (explained in `help`)
    std::string help;
    /// The allowed values of a Text parameter, when only a few are; a Count's words taken besides a number
    /// (hidden=auto).
    std::vector<std::string> choices = {};
    /// The range a given Count must lie in, checked when the spec is resolved (before anything is built):
    /// below `least` the system cannot work, above `most` it would overflow a library's int or never end.
    std::size_t least = 0;
    std::size_t most = limits::kMaxInt;
};

/// A spec's values checked against its entry's parameters, with the defaults filled in.
class SystemArguments {
public:
    SystemArguments(std::string system, std::map<std::string, std::string> values)
        : system_(std::move(system)), values_(std::move(values))
    {
    }

    bool has(const std::string& key) const { return values_.count(key) > 0; }
    const std::string& text(const std::string& key) const;
    bool isSet(const std::string& key) const { return !text(key).empty(); }
    std::size_t count(const std::string& key) const;   ///< a non-negative integer; 0 when unset
    std::uint64_t seed(const std::string& key) const;  ///< a 64-bit unsigned integer; 0 when unset
    double number(const std::string& key) const;       ///< a finite number, or NaN for "off"
    bool flag(const std::string& key) const;           ///< 1/0, true/false, yes/no
    /// Overwrites `field` with the value of `key` when the entry declares it and it is set (else the
    /// field keeps the default it has): how an entry reads its spec into a settings struct.
    void read(const std::string& key, std::size_t& field) const;
    void read(const std::string& key, double& field) const;
    void read(const std::string& key, bool& field) const;
    void read(const std::string& key, std::string& field) const;

private:
    std::string system_;
    std::map<std::string, std::string> values_;
};

/// What a run lends the systems measured in it, beyond their own parameters: each entry asks for the
/// resources it needs (an Error names the one missing), so the registry's types need not know them.
struct SystemResources {
    /// The rows the system will be built on (a saved learned model is loaded against them).
    std::shared_ptr<const Dataset> data;
    std::uint64_t seed = 0;
    std::size_t threads = 1;
    /// The run's clustering (the twin and the layer-1 router route over its bins); null: none.
    std::shared_ptr<const KMeansResult> clustering;
    /// The run's trained hierarchies (learned, learned:augment=1, layer1); null when there are none.
    std::shared_ptr<const Hierarchy> hierarchy;
    std::shared_ptr<const Hierarchy> augmented;
    /// Rows the random baseline draws from (the paper drew from its test table); empty: all rows.
    std::vector<std::size_t> randomPool;
    /// The run's cancel token: builds that train or cluster stop within one batch or iteration.
    const CancelToken* cancel = nullptr;
    /// k-NN graphs shared by the run's builds (the learned partitions build the same one); null: each its own.
    std::shared_ptr<KnnGraphCache> graphs;
    /// Told after each epoch of a build's network (a router, the layer-1 CNN); empty: nobody listens.
    EpochObserver onEpoch;

    /// The hierarchy (or its augmented variant) a system asks for; an Error saying what to do when the
    /// run has none.
    const std::shared_ptr<const Hierarchy>& trainedHierarchy(bool augmentedVariant, const std::string& system) const;
};

/// Which of the run's trained hierarchies a spec needs (SystemResources::hierarchy or ::augmented).
enum class HierarchyNeed { None, Trained, Augmented };

/// How a registered system is made, and what the registry must know about it.
struct SystemEntry {
    std::string name;
    std::string summary;
    std::vector<SystemParameter> parameters;
    std::function<std::unique_ptr<Searcher>(const SystemArguments&, const SystemResources&)> make;
    /// The parameter that says how many partitions a query probes ("probes", "search", "nprobe"), which
    /// a search call may override (SearchParameters::probes); empty for systems without partitions.
    std::string probeKey;
    /// Other parameters only a search reads (how a query probes, not what is built): specs that differ in
    /// these and the probe key share one build (ResolvedSystem::buildLabel).
    std::vector<std::string> searchKeys;
    /// The system ranks by ScaNN's score <q, x/‖x‖>; its measurement also reports the mean score of
    /// its top-1 (what the paper's ScaNN column averaged).
    bool reportsScannScore = false;
    /// The trained hierarchy a spec needs from the run; unset: none. A run without it leaves the system out.
    std::function<HierarchyNeed(const SystemArguments&)> hierarchyNeed;
    /// Whether a query keeps its own row when the spec says nothing (default: excluded).
    std::function<bool(const SystemArguments&, const SystemResources&)> keepsSelfByDefault;
    /// The k-NN graph of its rows the build reads (through SystemResources::graphs); unset: none. A job
    /// of several ranks builds it beforehand, by row blocks.
    std::function<KnnGraphSettings(const SystemArguments&, const SystemResources&)> graphRead;
};

} // namespace nnscope
