#include "cli/CommandLine.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace nnscope::cli {

CommandLine::CommandLine(std::string command, std::string summary, std::vector<OptionSpec> options)
    : command_(std::move(command)), summary_(std::move(summary)), options_(std::move(options))
{
    options_.push_back({"json", "", "print one JSON object on stdout instead of text", ""});
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
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument.rfind("--", 0) != 0 || argument.size() == 2)
            throw UsageError("unexpected argument '" + argument + "'");
        std::string name = argument.substr(2);
        std::string value;
        bool inlineValue = false;
        if (const std::size_t equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
            inlineValue = true;
        }
        const OptionSpec& option = spec(name);
        if (option.valueName.empty()) {
            if (inlineValue)
                throw UsageError("--" + name + " takes no value");
        } else if (!inlineValue) {
            if (i + 1 >= arguments.size())
                throw UsageError("--" + name + " needs a value (" + option.valueName + ")");
            value = arguments[++i];
        }
        if (values_.count(name))
            throw UsageError("--" + name + " is given twice");
        values_[name] = value;
    }
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

std::size_t CommandLine::count(const std::string& name) const
{
    const std::string text = required(name);
    std::size_t result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size())
        throw UsageError("--" + name + " expects a non-negative integer, got '" + text + "'");
    return result;
}

std::uint64_t CommandLine::seed(const std::string& name) const
{
    const std::string text = required(name);
    std::uint64_t result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size())
        throw UsageError("--" + name + " expects a non-negative integer, got '" + text + "'");
    return result;
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
