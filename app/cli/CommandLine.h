// nnscope CLI: declared options, parsing, and --help text for one subcommand.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace nnscope::cli {

/// A mistake in how the command was called (unknown option, missing value); exit code 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;         ///< without the leading "--"
    std::string valueName;    ///< empty for a flag
    std::string help;
    std::string defaultValue; ///< shown in --help; empty means "no default"
};

class CommandLine {
public:
    CommandLine(std::string command, std::string summary, std::vector<OptionSpec> options);

    /// Parses `--name value`, `--name=value` and `--flag`; throws UsageError on anything else.
    void parse(const std::vector<std::string>& arguments);

    bool isSet(const std::string& name) const { return values_.count(name) > 0; }
    /// Whether the command declares the option at all.
    bool declares(const std::string& name) const;
    bool flag(const std::string& name) const { return isSet(name); }
    /// The given value, else the declared default.
    std::string value(const std::string& name) const;
    /// A required value; UsageError when missing.
    std::string required(const std::string& name) const;
    std::size_t count(const std::string& name) const;  ///< a non-negative integer
    std::vector<std::size_t> counts(const std::string& name) const; ///< comma-separated non-negative integers
    std::uint64_t seed(const std::string& name) const; ///< a 64-bit unsigned integer
    double number(const std::string& name) const;      ///< a finite real number

    std::string helpText() const;
    const std::string& command() const { return command_; }

private:
    const OptionSpec& spec(const std::string& name) const;

    std::string command_;
    std::string summary_;
    std::vector<OptionSpec> options_;
    std::map<std::string, std::string> values_;
};

} // namespace nnscope::cli
