// libFuzzer target: a saved model folder whose manifest.json and layer1.bin come from the input (the
// layer-2 weights stay those of a real tiny model): Hierarchy::load gives a model or one nnscope::Error,
// never a crash, a hang or a large read. Input: a little-endian u32 manifest length, the manifest, then
// the layer-1 weights.
#include "core/Error.h"
#include "core/Files.h"
#include "learned/Hierarchy.h"
#include "support/TestSupport.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace {

struct Fixture {
    std::shared_ptr<const nnscope::Dataset> data = std::make_shared<const nnscope::Dataset>(
        120, 4, nnscope::test::blobMatrix(3, 40, 4, 2.0, 5), std::vector<std::string>{}, "fuzz-blobs");
    std::string folder;

    Fixture()
    {
        folder = std::filesystem::temp_directory_path().string() + "/nnscope-fuzz-model-" + std::to_string(::getpid());
        nnscope::HierarchyOverrides o;
        o.clusters = 3;
        o.nInit = 1;
        o.maxEpochs = 1;
        o.model = nnscope::ModelSettings{1, 2, 2, 2, 2};
        nnscope::Hierarchy::train(data, nnscope::hierarchySettings("fast", nnscope::Protocol::Corrected, o)).save(folder);
    }
    ~Fixture()
    {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
};

// The seed input: the fixture model's own manifest and layer-1 weights (written once, by
// replay_model_folder with NNSCOPE_FUZZ_WRITE_SEED=FILE, into tests/fuzz/corpus/model_folder/).
void writeSeed(const Fixture& fixture, const char* path)
{
    const std::string manifest = nnscope::readWholeFile(fixture.folder + "/manifest.json");
    const std::string weights = nnscope::readWholeFile(fixture.folder + "/layer1.bin");
    const auto length = static_cast<std::uint32_t>(manifest.size());
    std::string seed(reinterpret_cast<const char*>(&length), 4);
    nnscope::writeFileAtomically(path, seed + manifest + weights);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size)
{
    static const Fixture fixture;
    static const bool seeded = [] {
        if (const char* path = std::getenv("NNSCOPE_FUZZ_WRITE_SEED"))
            writeSeed(fixture, path);
        return true;
    }();
    (void)seeded;
    if (size < 4)
        return 0;
    std::uint32_t manifestLength = 0;
    std::memcpy(&manifestLength, bytes, 4);
    const std::string_view rest(reinterpret_cast<const char*>(bytes + 4), size - 4);
    const std::string_view manifest = rest.substr(0, std::min<std::size_t>(manifestLength, rest.size()));
    const std::string_view weights = rest.substr(manifest.size());
    nnscope::writeFileAtomically(fixture.folder + "/manifest.json", manifest);
    nnscope::writeFileAtomically(fixture.folder + "/layer1.bin", weights);
    try {
        nnscope::Hierarchy::load(fixture.folder, fixture.data);
    } catch (const nnscope::Error&) {
    }
    return 0;
}
