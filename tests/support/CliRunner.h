// Runs the nnscope CLI for the CLI test suites.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace nnscope::test {

struct CliRun {
    int exitCode = -1; ///< -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

/// Runs `program` with `arguments`, waiting up to five minutes.
CliRun runProgram(const QString& program, const QStringList& arguments);

} // namespace nnscope::test
