// Opens libnnscope_learned.so once, on first use (learned/LearnedModule.h says why).
#include "learned/LearnedModule.h"

#include "core/Error.h"

#include <atomic>
#include <cstdlib>
#include <dlfcn.h>

namespace nnscope {
namespace {

constexpr const char* kModuleFile = "libnnscope_learned.so";

// The folder of the library (or program) this function was linked into, with a trailing '/'.
std::string ownFolder()
{
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void*>(&ownFolder), &info) == 0 || !info.dli_fname)
        return {};
    const std::string path = info.dli_fname;
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

const LearnedModule& load()
{
    const char* chosen = std::getenv("NNSCOPE_LEARNED_MODULE");
    const std::string path = chosen && *chosen ? std::string(chosen) : ownFolder() + kModuleFile;
    const std::string failure = "the learned module (LibTorch) could not be loaded: ";
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* error = ::dlerror(); // names the file
        throw Error(failure + (error ? error : path + ": cannot be opened"));
    }
    using Entry = const LearnedModule* (*)();
    const auto entry = reinterpret_cast<Entry>(::dlsym(handle, "nnscope_learned_module"));
    const LearnedModule* module = entry ? entry() : nullptr;
    if (!module || module->abi != kLearnedModuleAbi) {
        ::dlclose(handle);
        throw Error(failure + path + (module ? " was built from other nnscope sources (interface version " + std::to_string(module->abi)
                                                   + ", expected " + std::to_string(kLearnedModuleAbi) + ")"
                                             : std::string(" is not an nnscope learned module")));
    }
    return *module; // never closed: LibTorch does not support being unloaded
}

} // namespace

const LearnedModule& learnedModule()
{
    static const LearnedModule& module = load();
    return module;
}

} // namespace nnscope
