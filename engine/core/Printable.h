// nnscope engine — core: text from the input made safe to print. Error messages quote what a user's
// file holds (a word, a token); a control character or invalid UTF-8 in it must not reach a terminal
// or a dialog raw.
#pragma once

#include <string>
#include <string_view>

namespace nnscope {

/// The text with control characters (other than none: newlines too) and bytes that are not valid
/// UTF-8 written as \xNN; valid UTF-8 passes unchanged.
std::string printable(std::string_view text);

} // namespace nnscope
