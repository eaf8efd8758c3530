#include "report/ReportWriter.h"

#include "core/Error.h"
#include "core/Files.h"
#include "experiments/ResultsJson.h"
#include "experiments/Tables.h"
#include "report/Charts.h"

#include <qcustomplot.h>

#include <QCoreApplication>

namespace nnscope::report {

std::string tablesMarkdown(const ExperimentResult& result)
{
    std::string text = "# nnscope reproduce: " + result.datasetSource + "\n\n";
    text += "Dataset fingerprint `" + result.datasetFingerprint + "`; preset `" + result.settings.preset + "`; "
        + std::to_string(result.settings.queries) + " queries per setting; seed " + std::to_string(result.settings.seed) + ".";
    if (result.interrupted)
        text += " **Interrupted: only the finished settings are shown.**";
    text += "\n\n";
    for (const Table& table : experimentTables(result))
        text += toMarkdown(table);
    return text;
}

QStringList writeTableChart(QCustomPlot& plot, const Table& table, const QString& folder, const ReportOptions& options,
                            const SeriesColours& colours)
{
    if (table.chart.kind == TableChart::Kind::None || table.rows.empty())
        return {};
    // Without the caller's titles, plotTable titles each column with its English one.
    plotTable(plot, table, options.tableTitle ? options.tableTitle(table) : QString::fromStdString(table.title),
              options.columnTitles ? options.columnTitles(table) : QStringList{}, colours);
    return writeChart(plot, folder, "chart_" + QString::fromStdString(table.id), options.format);
}

QStringList writeReport(const ExperimentResult& result, const QString& directory, const ReportOptions& options)
{
    StagingDirectory staging(directory.toStdString(), "results.json");
    const QString folder = QString::fromStdString(staging.path());
    QStringList files;
    auto write = [&](const std::string& name, const std::string& bytes) {
        writeFileAtomically(staging.file(name), bytes);
        files << QString::fromStdString(name);
    };
    write("tables.md", tablesMarkdown(result));
    const std::vector<Table> tables = experimentTables(result);
    for (const Table& table : tables)
        write(table.id + ".csv", toCsv(table));
    write("results.json", toJson(result).dump(1));

    QCustomPlot plot;
    plot.resize(options.format.width, options.format.height);
    const SeriesColours colours(systemsOf(result));
    for (const Table& table : tables)
        files << writeTableChart(plot, table, folder, options, colours);
    for (Protocol protocol : result.settings.protocols) {
        plotRecallVsTime(plot, result, protocol);
        files << writeChart(plot, folder, "recall_vs_time_" + QString::fromStdString(protocolName(protocol)), options.format);
    }
    plotLayerAccuracy(plot, result);
    files << writeChart(plot, folder, "layer_accuracy", options.format);
    for (const SettingResult& s : result.results) {
        if (s.protocol != result.settings.protocols.front() || s.learned.empty())
            continue;
        plotClusterSizes(plot, s.clusterSizes, s.learned.front().imbalance, true,
                         QCoreApplication::translate("nnscope::report", "Cluster sizes and layer-2 accuracy (%1 clusters, %2 words)")
                             .arg(s.point.clusters)
                             .arg(s.point.words));
        files << writeChart(plot, folder, QString("cluster_sizes_%1x%2").arg(s.point.words).arg(s.point.clusters), options.format);
    }
    if (options.extras)
        files << options.extras(folder);
    staging.commit();
    return files;
}

namespace {

// A report folder written as one: every file staged, then the folder replaced (core/Files.h).
class StagedReport {
public:
    StagedReport(const QString& directory, const std::string& marker) : staging_(directory.toStdString(), marker) {}
    QString folder() const { return QString::fromStdString(staging_.path()); }
    void write(const std::string& name, const std::string& bytes)
    {
        writeFileAtomically(staging_.file(name), bytes);
        files_ << QString::fromStdString(name);
    }
    void add(const QStringList& files) { files_ << files; }
    QStringList commit()
    {
        staging_.commit();
        return files_;
    }

private:
    StagingDirectory staging_;
    QStringList files_;
};

} // namespace

QStringList writePartitionReport(const PartitionExperimentResult& result, const QString& directory, const ReportOptions& options)
{
    StagedReport report(directory, "partition.json");
    report.write("partition.json", toJson(result).dump(1));
    const Table curves = partitionCurveTable(result), summary = partitionSummaryTable(result);
    report.write("curves.csv", toCsv(curves));
    report.write("summary.csv", toCsv(summary));
    QCustomPlot plot;
    plot.resize(options.format.width, options.format.height);
    plotPartitionCurves(plot, result);
    report.add(writeChart(plot, report.folder(), "recall10_vs_candidates", options.format));
    report.add(writeTableChart(plot, summary, report.folder(), options));
    return report.commit();
}

QStringList writePartitionScaleReport(const PartitionScaleResult& result, const QString& directory, const ReportOptions& options)
{
    StagedReport report(directory, "scale.json");
    report.write("scale.json", toJson(result).dump(1));
    report.write("crossover.csv", toCsv(partitionCrossoverTable(result)));
    for (const PartitionExperimentResult& run : result.runs) {
        report.write("summary_" + std::to_string(run.baseRows) + ".csv", toCsv(partitionSummaryTable(run)));
        report.write("curves_" + std::to_string(run.baseRows) + ".csv", toCsv(partitionCurveTable(run)));
    }
    QCustomPlot plot;
    plot.resize(options.format.width, options.format.height);
    plotPartitionCrossover(plot, result);
    report.add(writeChart(plot, report.folder(), "total_cost_vs_rows", options.format));
    return report.commit();
}

} // namespace nnscope::report
