// nnscope engine — core: running a parser we do not control in a process of its own.
//
// libhdf5 parses its files' metadata itself, and a crafted file can make it loop forever (a global
// heap whose free-space object has size 0 does, in Debian's 1.10.8) or ask for absurd memory. Nothing
// nnscope checks before the call can stop that, so the call runs in a forked child under a deadline:
// the parent gets the child's result bytes, the child's one-line Error, or, when the deadline passes
// or the child dies, an Error naming what was being read. Nothing the child does reaches the parent.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace nnscope {

/// Runs `work` in a forked child and returns the bytes it returns. An nnscope::Error it throws is
/// rethrown here with the same message; any other exception, a crash or running past `deadline` (the
/// child is then killed) is an Error naming `what`. At most `maxBytes` come back.
std::string runIsolated(const std::function<std::string()>& work, std::chrono::milliseconds deadline, std::size_t maxBytes,
                        const std::string& what);

} // namespace nnscope
