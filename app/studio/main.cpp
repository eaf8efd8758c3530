// nnscope studio — the desktop app. `--lang de` picks a translation; the system locale otherwise.
#include "core/BlasThreads.h"
#include "studio/MainWindow.h"
#include "studio/RunPanel.h"
#include "studio/views/PartitionsView.h"
#include "studio/views/ProjectionView.h"
#include "studio/views/QueryInspector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QSpinBox>
#include <cstdio>
#include <memory>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <initializer_list>

namespace {

// Whether the command line gives one of `options` (alone, or as --option=value), before the parser
// runs: what it decides (a display, Qt's messages) must be settled before the application exists.
bool givesOption(int argc, char** argv, std::initializer_list<const char*> options)
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : options) {
            const std::size_t length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    return false;
}

// --help and --version need no window: answered before any display is opened.
bool asksOnlyForText(int argc, char** argv)
{
    return givesOption(argc, argv, {"-h", "--help", "--help-all", "-v", "--version", "-?"});
}

// Whether the run is headless (a screenshot or an export): it prints only its own one-line failures.
bool runsHeadless(int argc, char** argv)
{
    return givesOption(argc, argv, {"--screenshot", "--screenshots", "--export"});
}

// A headless shot waits on several signals (a query inspected, routed, the partitions built): the callable
// returned, called once per awaited event, runs `then` 300 ms after the last of `count` (the views redraw).
std::function<void()> afterEvents(int count, std::function<void()> then)
{
    auto pending = std::make_shared<int>(count);
    return [pending, then = std::move(then)] {
        if (--*pending == 0)
            QTimer::singleShot(300, then);
    };
}

// Headless, Qt's own notes about the offscreen platform ("does not support propagateSizeHints()",
// XDG_RUNTIME_DIR) would make a one-line failure several lines; only its errors are kept.
void keepQtErrorsOnly(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// A window needs a display; headless runs name the offscreen platform (QT_QPA_PLATFORM=offscreen).
bool hasDisplay()
{
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        if (const char* value = std::getenv(variable); value && *value)
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    nnscope::useFittingBlasKernels(argv);
    if (runsHeadless(argc, argv))
        qInstallMessageHandler(keepQtErrorsOnly);
    std::unique_ptr<QCoreApplication> application;
    if (asksOnlyForText(argc, argv)) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else if (!hasDisplay()) {
        std::fprintf(stderr, "nnscope-studio: no display (set DISPLAY, or QT_QPA_PLATFORM=offscreen for headless runs)\n");
        return 1;
    } else {
        QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        application = std::make_unique<QApplication>(argc, argv);
    }
    std::setlocale(LC_NUMERIC, "C"); // the engine's number formatting expects a decimal point
    QCoreApplication::setOrganizationName("nnscope");
    QCoreApplication::setApplicationName("nnscope-studio");
    QCoreApplication::setApplicationVersion(NNSCOPE_VERSION);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explore learned nearest-neighbour search."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language("lang", QApplication::translate("main", "User interface language (en, de)."), "code");
    const QCommandLineOption open("open", QApplication::translate("main", "Open a saved run (a model folder)."), "folder");
    const QCommandLineOption screenshots("screenshots",
                                         QApplication::translate("main", "Train the default run, save a PNG of every view into the folder, and quit."),
                                         "folder");
    const QCommandLineOption data("data", QApplication::translate("main", "The data: a built-in name or a file."), "name-or-file");
    const QCommandLineOption words("words", QApplication::translate("main", "Keep the first N rows."), "N");
    const QCommandLineOption clusters("clusters", QApplication::translate("main", "Number of clusters."), "C");
    const QCommandLineOption train("train", QApplication::translate("main", "Train a run before anything else."));
    const QCommandLineOption map("map", QApplication::translate("main", "With --view projection: show the t-SNE map (made first) instead of principal axes."));
    const QCommandLineOption colourBy("colour-by", QApplication::translate("main", "With --view projection: colour by cluster, split, layer2 or bins:METHOD (builds the partitions first)."), "name");
    const QCommandLineOption query("query", QApplication::translate("main", "With --screenshot: make the row labelled WORD the query before the shot (routed through the partitions when built)."), "word");
    const QCommandLineOption view("view", QApplication::translate("main", "The view to show: clusters, accuracy, distances, projection, query, partitions or compare."), "name");
    const QCommandLineOption screenshot("screenshot", QApplication::translate("main", "Save the view as a PNG (after --train, if given) and quit."), "file");
    const QCommandLineOption exportTo("export",
                                      QApplication::translate("main", "After --train, build the partitions, write Export all into the folder (every "
                                                                      "chart as PNG and PDF with its data as CSV) and quit."),
                                      "folder");
    parser.addOptions({language, open, screenshots, data, words, clusters, train, view, map, colourBy, query, screenshot, exportTo});
    parser.process(*application);
    if (parser.isSet(exportTo) && !parser.isSet(train)) {
        std::fprintf(stderr, "nnscope-studio: --export needs --train (it exports the run it trains)\n");
        return 2;
    }

    const QLocale locale = parser.isSet(language) ? QLocale(parser.value(language)) : QLocale::system();
    QTranslator qtTranslator, translator;
    if (qtTranslator.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(locale, "nnscope", "_", ":/i18n"))
        QApplication::installTranslator(&translator);
    // Numbers read the same in every language and as in the exported tables: a decimal point, no digit
    // grouping (German's decimal comma beside the engine's "recall@10 = 0.9" read as two conventions).
    QLocale::setDefault(QLocale::c());

    nnscope::studio::MainWindow window;
    if (parser.isSet(data))
        window.runPanel()->setData(parser.value(data));
    if (parser.isSet(words))
        window.runPanel()->wordsBox()->setValue(parser.value(words).toInt());
    if (parser.isSet(clusters))
        window.runPanel()->clustersBox()->setValue(parser.value(clusters).toInt());
    const QString shownView = parser.value(view).isEmpty() ? QString("clusters") : parser.value(view);
    if (parser.isSet(view) && !nnscope::studio::viewNames().contains(shownView)) {
        std::fprintf(stderr, "nnscope-studio: unknown view '%s' (expected %s)\n", qPrintable(shownView),
                     qPrintable(nnscope::studio::viewNames().join(", ")));
        return 2;
    }
    window.show();
    if (parser.isSet(view))
        window.tabs()->setCurrentIndex(static_cast<int>(nnscope::studio::viewNames().indexOf(shownView)));
    // Headless screenshots (docs/screenshots): one view (--view, --screenshot FILE) or every view
    // (--screenshots FOLDER), after an optional training run — once the run's random test query has
    // been inspected and, where the Partitions view is shot, the partitions are built.
    if (parser.isSet(screenshot) || parser.isSet(screenshots)) {
        window.setHeadless(true); // a failure is one line on stderr and exit status 1, never a dialog
        const bool every = parser.isSet(screenshots);
        const QString target = every ? parser.value(screenshots) : parser.value(screenshot);
        const auto save = [&window, every, shownView, target] {
            const bool saved = every ? nnscope::studio::saveScreenshots(window, target)
                                     : nnscope::studio::saveViewScreenshot(window, shownView, target);
            QApplication::exit(saved ? 0 : 1);
        };
        // With --map, the t-SNE map is made first (after the run or the preview) and shot once shown.
        const bool withMap = parser.isSet(map);
        const QString colouring = parser.value(colourBy);
        const auto shoot = [&window, save, withMap, colouring] {
            if (!colouring.isEmpty() && !window.projectionView()->setColouringByName(colouring)) {
                std::fprintf(stderr, "nnscope-studio: no colouring '%s' (cluster, split, layer2 or bins:METHOD of the built partitions)\n",
                             qPrintable(colouring));
                QApplication::exit(1);
                return;
            }
            if (!withMap) {
                save();
                return;
            }
            QObject::connect(
                &window, &nnscope::studio::MainWindow::mapMade, &window,
                [save](bool made) {
                    if (made)
                        QTimer::singleShot(100, save);
                    else
                        QApplication::exit(1);
                },
                Qt::SingleShotConnection);
            window.projectionView()->showMap();
        };
        // With --query, that row becomes the query first: inspected (after a run) and routed through the
        // partitions (when a bins colouring built them), then shot.
        const QString queried = parser.value(query);
        const bool partitions = every || shownView == "partitions" || colouring.startsWith("bins:");
        const bool routing = colouring.startsWith("bins:");
        const auto withQuery = [&window, shoot, queried, routing] {
            if (queried.isEmpty()) {
                shoot();
                return;
            }
            const bool inspected = window.hasSession();
            const auto ready = afterEvents((inspected ? 1 : 0) + (routing ? 1 : 0) + 1, shoot); // + 1: the query made
            if (inspected)
                QObject::connect(window.queryInspector(), &nnscope::studio::QueryInspector::inspected, &window, ready, Qt::SingleShotConnection);
            if (routing)
                QObject::connect(window.partitionsView(), &nnscope::studio::PartitionsView::routed, &window, ready, Qt::SingleShotConnection);
            if (!window.queryWord(queried)) {
                std::fprintf(stderr, "nnscope-studio: no row labelled '%s'\n", qPrintable(queried));
                QApplication::exit(1);
                return;
            }
            ready();
        };
        if (!parser.isSet(train) && !every) {
            // The view as it stands once the chosen data is read and projected (the preview), after the
            // partitions when a bins colouring needs them.
            QObject::connect(
                &window, &nnscope::studio::MainWindow::dataPreviewed, &window,
                [&window, withQuery, partitions](bool previewed) {
                    if (!previewed) { // the data could not be read: say why, save nothing
                        std::fprintf(stderr, "nnscope-studio: %s\n", qPrintable(window.runPanel()->dataError()));
                        QApplication::exit(1);
                        return;
                    }
                    if (!partitions) {
                        QTimer::singleShot(100, withQuery);
                        return;
                    }
                    QObject::connect(&window, &nnscope::studio::MainWindow::partitionsBuilt, &window, [withQuery] { QTimer::singleShot(100, withQuery); },
                                     Qt::SingleShotConnection);
                    window.buildPartitions();
                },
                Qt::SingleShotConnection);
            return application->exec();
        }
        // Bins on the Projection view are shaded by the query's routing, which comes after the partitions.
        QObject::connect(&window, &nnscope::studio::MainWindow::runEnded, &window, [&window, partitions, routing, withQuery](bool succeeded) {
            if (!succeeded) {
                QApplication::exit(1);
                return;
            }
            const auto ready = afterEvents((partitions ? 2 : 1) + (routing ? 1 : 0), withQuery);
            QObject::connect(window.queryInspector(), &nnscope::studio::QueryInspector::inspected, &window, ready, Qt::SingleShotConnection);
            if (routing)
                QObject::connect(window.partitionsView(), &nnscope::studio::PartitionsView::routed, &window, ready, Qt::SingleShotConnection);
            if (partitions) {
                QObject::connect(&window, &nnscope::studio::MainWindow::partitionsBuilt, &window, ready, Qt::SingleShotConnection);
                window.buildPartitions();
            }
        });
        window.startTraining();
        return application->exec();
    }
    if (parser.isSet(exportTo)) {
        window.setHeadless(true);
        const QString folder = parser.value(exportTo);
        QObject::connect(&window, &nnscope::studio::MainWindow::runEnded, &window, [&window, folder](bool succeeded) {
            if (!succeeded) {
                QApplication::exit(1);
                return;
            }
            QObject::connect(
                &window, &nnscope::studio::MainWindow::partitionsBuilt, &window,
                [&window, folder] { QApplication::exit(window.exportAll(folder) ? 0 : 1); }, Qt::SingleShotConnection);
            window.buildPartitions();
        });
        window.startTraining();
        return application->exec();
    }
    if (parser.isSet(train))
        window.startTraining();
    if (parser.isSet(open))
        window.openSession(parser.value(open));
    return application->exec();
}
