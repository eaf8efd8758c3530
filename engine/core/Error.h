// nnscope engine — core: the error types every module throws.
//
// The engine reports every problem a user can cause (bad file, bad setting, too little data) as one
// exception type whose message says what was wrong and where, ready to be shown as one line (CLI) or
// one dialog (studio).
#pragma once

#include <stdexcept>
#include <string>

namespace nnscope {

/// A problem the user can act on. The message names the file, line or setting and what was expected.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A long-running operation was stopped through its CancelToken. Nothing it was writing is left behind.
class Cancelled : public Error {
public:
    Cancelled() : Error("cancelled") {}
};

} // namespace nnscope
