#include "report/ReportWriter.h"

#include "core/Error.h"
#include "core/Files.h"
#include "experiments/ResultsJson.h"
#include "experiments/Tables.h"
#include "report/Charts.h"

#include <qcustomplot.h>

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

QStringList writeReport(const ExperimentResult& result, const QString& directory, const ReportExtras& extras)
{
    StagingDirectory staging(directory.toStdString(), "results.json");
    QStringList files;
    auto write = [&](const std::string& name, const std::string& bytes) {
        writeFileAtomically(staging.file(name), bytes);
        files << QString::fromStdString(name);
    };
    write("tables.md", tablesMarkdown(result));
    for (const Table& table : experimentTables(result))
        write(table.id + ".csv", toCsv(table));
    write("results.json", toJson(result).dump(1));

    QCustomPlot plot;
    plot.resize(900, 520);
    auto chart = [&](const QString& stem) {
        if (!saveChart(plot, QString::fromStdString(staging.path()) + "/" + stem, 900, 520))
            throw Error("could not render the chart " + stem.toStdString());
        files << stem + ".png" << stem + ".pdf";
    };
    for (Protocol protocol : result.settings.protocols) {
        const QString p = QString::fromStdString(protocolName(protocol));
        plotDistanceBars(plot, result, protocol);
        chart("distance_" + p);
        plotRecallVsTime(plot, result, protocol);
        chart("recall_vs_time_" + p);
    }
    plotLayerAccuracy(plot, result);
    chart("layer_accuracy");
    for (const SettingResult& s : result.results) {
        if (s.protocol != result.settings.protocols.front() || s.learned.empty())
            continue;
        plotClusterSizes(plot, s.clusterSizes, s.learned.front().imbalance, true,
                         QString("Cluster sizes and layer-2 accuracy (%1 clusters, %2 words)").arg(s.point.clusters).arg(s.point.words));
        chart(QString("cluster_sizes_%1x%2").arg(s.point.words).arg(s.point.clusters));
    }
    if (extras)
        files << extras(QString::fromStdString(staging.path()));
    staging.commit();
    return files;
}

QStringList writePartitionReport(const PartitionExperimentResult& result, const QString& directory)
{
    StagingDirectory staging(directory.toStdString(), "partition.json");
    QStringList files;
    auto write = [&](const std::string& name, const std::string& bytes) {
        writeFileAtomically(staging.file(name), bytes);
        files << QString::fromStdString(name);
    };
    write("partition.json", toJson(result).dump(1));
    write("curves.csv", toCsv(partitionCurveTable(result)));
    write("summary.csv", toCsv(partitionSummaryTable(result)));
    QCustomPlot plot;
    plot.resize(900, 520);
    plotPartitionCurves(plot, result);
    if (!saveChart(plot, QString::fromStdString(staging.path()) + "/recall10_vs_candidates", 900, 520))
        throw Error("could not render the chart recall10_vs_candidates");
    files << "recall10_vs_candidates.png" << "recall10_vs_candidates.pdf";
    staging.commit();
    return files;
}

} // namespace nnscope::report
