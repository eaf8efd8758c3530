// Runs the nnscope CLI for the CLI test suites.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace nnscope::test {

struct CliRun {
    int exitCode = -1; ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments` (and `environment`'s NAME=value settings added), waiting up to five minutes.
CliRun runProgram(const QString& program, const QStringList& arguments, const QStringList& environment = {});

#ifdef NNSCOPE_CLI
/// Runs the project's built `nnscope` (NNSCOPE_CLI is defined for CLI test targets).
inline CliRun runCli(const QStringList& arguments, const QStringList& environment = {})
{
    return runProgram(NNSCOPE_CLI, arguments, environment);
}
#endif

/// The run's stdout as one JSON object; warns (with stderr) and returns an empty object when it is not one.
QJsonObject jsonObjectOf(const CliRun& run);

} // namespace nnscope::test
