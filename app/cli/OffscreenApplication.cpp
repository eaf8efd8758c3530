// The QApplication the report's charts need (they are QCustomPlot widgets rendered offscreen), made
// only by the commands that draw charts, so the others start without Qt's GUI.
#include "cli/CliSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <clocale>
#include <unistd.h>

namespace nnscope::cli {

// Charts are QCustomPlot widgets rendered offscreen; they need a QApplication but no display.
void ensureChartApplication()
{
    static int argc = 1;
    static char name[] = "nnscope";
    static char* argv[] = {name, nullptr};
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // else Qt warns on stderr about it
        const QByteArray runtime = QDir::tempPath().toUtf8() + "/nnscope-runtime-" + QByteArray::number(::getuid());
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    // Never destroyed: tearing Qt down among the other static destructors at exit crashes.
    new QApplication(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // Qt adopts the user's locale; report numbers keep a decimal point
}

} // namespace nnscope::cli
