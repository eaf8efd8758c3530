// nnscope studio — the desktop app. `--lang de` picks a translation; the system locale otherwise.
#include "studio/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <clocale>

int main(int argc, char** argv)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication application(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // the engine's number formatting expects a decimal point
    QApplication::setOrganizationName("nnscope");
    QApplication::setApplicationName("nnscope-studio");
    QApplication::setApplicationVersion(NNSCOPE_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore learned nearest-neighbour search."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language("lang", QApplication::translate("main", "User interface language (en, de)."), "code");
    const QCommandLineOption open("open", QApplication::translate("main", "Open a saved run (a model folder)."), "folder");
    const QCommandLineOption screenshots("screenshots",
                                         QApplication::translate("main", "Train the default run, save a PNG of every view into the folder, and quit."),
                                         "folder");
    parser.addOptions({language, open, screenshots});
    parser.process(application);

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system();
    QTranslator qtTranslator, translator;
    if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(locale, "nnscope", "_", ":/i18n"))
        QApplication::installTranslator(&translator);

    nnscope::studio::MainWindow window;
    window.show();
    if (parser.isSet(screenshots)) {
        const QString folder = parser.value(screenshots);
        QObject::connect(&window, &nnscope::studio::MainWindow::runEnded, &window, [&window, folder](bool succeeded) {
            const int status = succeeded && nnscope::studio::saveScreenshots(window, folder) ? 0 : 1;
            QApplication::exit(status);
        });
        window.startTraining();
    } else if (parser.isSet(open)) {
        window.openSession(parser.value(open));
    }
    return application.exec();
}
