#include "support/CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace nnscope::test {

CliRun runProgram(const QString& program, const QStringList& arguments, const QStringList& environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString& assignment : environment)
            variables.insert(assignment.section('=', 0, 0), assignment.section('=', 1));
        process.setProcessEnvironment(variables);
    }
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject jsonObjectOf(const CliRun& run)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not one JSON object: %s / stderr: %s", run.out.left(200).constData(), run.err.constData());
    return document.object();
}

} // namespace nnscope::test
