// libFuzzer target: the binary loaders — .fvecs, IDX images (gzip or not), .ivecs ground truth — on
// arbitrary bytes: a result or one nnscope::Error, never a crash. The first byte picks the format.
#include "core/Error.h"
#include "data/Formats.h"
#include "data/GroundTruth.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        switch (data[0] % 4) {
        case 0: nnscope::parseFvecs(content, "fuzz.fvecs"); break;
        case 1: nnscope::parseIdx(content, "fuzz-images-idx3-ubyte"); break;
        case 2: {
            // Images and labels from one input: the labels file is the input's second half.
            const std::size_t half = content.size() / 2;
            nnscope::parseIdx(content.substr(0, half), "fuzz-images", content.substr(half), "fuzz-labels");
            break;
        }
        default: nnscope::parseIvecs(content, "fuzz.ivecs"); break;
        }
    } catch (const nnscope::Error&) {
    }
    return 0;
}
