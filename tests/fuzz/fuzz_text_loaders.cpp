// libFuzzer target: the text loaders (GloVe, CSV) on arbitrary bytes — every input is a dataset or one
// nnscope::Error, never a crash. The first byte picks the format.
#include "core/Error.h"
#include "data/Formats.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        if (data[0] % 2 == 0)
            nnscope::parseGlove(content, "fuzz.txt");
        else
            nnscope::parseCsv(content, "fuzz.csv");
    } catch (const nnscope::Error&) {
    }
    return 0;
}
