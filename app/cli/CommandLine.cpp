#include "cli/CommandLine.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace nnscope::cli {

CommandLine::CommandLine(std::string command, std::string summary, std::vector<OptionSpec> options)
    : command_(std::move(command)), summary_(std::move(summary)), options_(std::move(options))
{
    options_.push_back({"json", "", "print one JSON object on stdout instead of text", ""});
    options_.push_back({"dry-run", "", "check the options and the data, say what would run, and stop before any work", ""});
    options_.push_back({"help", "", "show this help", ""});
}

const OptionSpec& CommandLine::spec(const std::string& name) const
{
    for (const OptionSpec& option : options_)
        if (option.name == name)
            return option;
    throw UsageError("unknown option --" + name);
}

void CommandLine::parse(const std::vector<std::string>& arguments)
{
    CLI::App app{summary_, "nnscope " + command_};
    app.set_help_flag(); // --help is one of our declared flags, answered by helpText()
    std::map<std::string, std::string> given;
    std::map<std::string, bool> flags;
    for (const OptionSpec& option : options_) {
        CLI::Option* declared = option.valueName.empty()
            ? app.add_flag("--" + option.name, flags[option.name])->disable_flag_override()
            : app.add_option("--" + option.name, given[option.name])->type_name(option.valueName);
        declared->multi_option_policy(CLI::MultiOptionPolicy::Throw);
    }
    std::vector<std::string> reversed(arguments.rbegin(), arguments.rend()); // CLI11 reads from the back
    try {
        app.parse(reversed);
    } catch (const CLI::ParseError& error) {
        throw UsageError(error.what());
    }
    for (const OptionSpec& option : options_)
        if (app.get_option("--" + option.name)->count() > 0)
            values_[option.name] = option.valueName.empty() ? std::string() : given[option.name];
}

bool CommandLine::declares(const std::string& name) const
{
    for (const OptionSpec& option : options_)
        if (option.name == name)
            return true;
    return false;
}

std::string CommandLine::value(const std::string& name) const
{
    const auto found = values_.find(name);
    return found != values_.end() ? found->second : spec(name).defaultValue;
}

std::string CommandLine::required(const std::string& name) const
{
    std::string text = value(name);
    if (text.empty())
        throw UsageError("--" + name + " is required");
    return text;
}

namespace {

template <typename Unsigned>
Unsigned parseUnsigned(const std::string& text, const std::string& name)
{
    Unsigned result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw UsageError("--" + name + " expects a non-negative integer, got '" + text + "'");
    return result;
}

} // namespace

std::size_t CommandLine::count(const std::string& name) const
{
    return parseUnsigned<std::size_t>(required(name), name);
}

std::vector<std::size_t> CommandLine::counts(const std::string& name) const
{
    std::vector<std::size_t> list;
    const std::string text = required(name);
    for (std::size_t start = 0;;) {
        const std::size_t comma = text.find(',', start);
        list.push_back(parseUnsigned<std::size_t>(text.substr(start, comma - start), name));
        if (comma == std::string::npos)
            return list;
        start = comma + 1;
    }
}

std::uint64_t CommandLine::seed(const std::string& name) const
{
    return parseUnsigned<std::uint64_t>(required(name), name);
}

double CommandLine::number(const std::string& name) const
{
    const std::string text = required(name);
    double result = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result))
        throw UsageError("--" + name + " expects a number, got '" + text + "'");
    return result;
}

std::string CommandLine::helpText() const
{
    std::ostringstream text;
    text << "usage: nnscope " << command_ << " [options]\n\n" << summary_ << "\n\noptions:\n";
    std::size_t width = 0;
    for (const OptionSpec& option : options_)
        width = std::max(width, option.name.size() + option.valueName.size() + 3);
    for (const OptionSpec& option : options_) {
        std::string left = "--" + option.name + (option.valueName.empty() ? "" : " " + option.valueName);
        text << "  " << left << std::string(width - left.size() + 2, ' ') << option.help;
        if (!option.defaultValue.empty())
            text << " (default: " << option.defaultValue << ")";
        text << "\n";
    }
    return text.str();
}

} // namespace nnscope::cli
