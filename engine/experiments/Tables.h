// nnscope engine — experiments: the report's tables as typed data, and their Markdown / CSV forms.
// The CLI, the studio's Distances view and "Export all" all show these same tables. Cells stay
// numbers until a view formats them; table kinds and column ids are stable identifiers a client can
// translate (the English titles here are what the CLI and the Markdown report print).
#pragma once

#include "experiments/Experiment.h"
#include "experiments/PartitionExperiment.h"
#include "experiments/PartitionScale.h"

#include <optional>
#include <string>
#include <vector>

namespace nnscope {

/// One cell: a number (shown with `decimals` fixed decimals, or 3 significant digits when decimals is
/// kSignificant), a text, or missing ("–").
struct Cell {
    static constexpr int kSignificant = -1;

    std::optional<double> number;
    std::string text;
    int decimals = 3;
    std::optional<bool> flag; ///< a yes/no: `text` is its mark on screen and in Markdown, CSV writes true/false

    static Cell missing() { return {}; }
    static Cell fixed(double value, int decimals = 3) { return {value, {}, decimals}; }
    static Cell significant(double value) { return {value, {}, kSignificant}; }
    static Cell count(std::size_t value) { return {static_cast<double>(value), {}, 0}; }
    static Cell label(std::string text) { return {std::nullopt, std::move(text), 0}; }
    /// ✓ for yes; ✗ for no, or nothing when only the yeses matter (a "learned" column).
    static Cell yesNo(bool value, bool markNo = true)
    {
        Cell cell = label(value ? "✓" : markNo ? "✗" : "");
        cell.flag = value;
        return cell;
    }

    bool isMissing() const { return !number && text.empty() && !flag; }
    /// The cell as the report prints it ("0.123", "1.2e+06", "–"); `fullPrecision` prints numbers
    /// with 17 significant digits (CSV).
    std::string format(bool fullPrecision = false) const;
};

/// What a column's numbers measure: decides which columns share a chart axis (a score is never drawn as
/// a distance, FLOPs never beside milliseconds).
enum class Unit { None, Count, Fraction, Distance, Score, Milliseconds, Seconds, Megabytes, Gibibytes, Flops, Bits, Candidates };

struct Column {
    std::string id;    ///< stable: "setting", "system", "recall_at_1", or "system:<label>" for a system's column
    std::string title; ///< English
    Unit unit = Unit::None;
    std::string system; ///< the system whose numbers the column holds, when it is one system's column (its colour)
};

/// How a table is drawn (the studio's charts and exported ones): bars of the columns in one unit, one
/// group per row; or one point per row at (x, y) with an optional interval [lower, upper] on y, the
/// points of a series (the label in `series`) in one colour. No kind: the table has no chart.
struct TableChart {
    enum class Kind { None, Bars, Points };
    Kind kind = Kind::None;
    Unit unit = Unit::None;             ///< Bars: the columns drawn
    std::string x, y, lower, upper;     ///< Points: column ids (lower/upper may be empty)
    std::string series;                 ///< Points: the label column naming a point's series
    bool seriesAreSystems = false;      ///< Points: the series are systems (coloured as systems everywhere)

    static TableChart bars(Unit unit) { return {Kind::Bars, unit, {}, {}, {}, {}, {}, false}; }
    static TableChart points(std::string x, std::string y, std::string series, bool seriesAreSystems, std::string lower = {},
                             std::string upper = {})
    {
        return {Kind::Points, Unit::None, std::move(x), std::move(y), std::move(lower), std::move(upper), std::move(series), seriesAreSystems};
    }
};

struct Table {
    std::string id;    ///< file stem, e.g. "table1_distance_paper"
    std::string kind;  ///< the table without its protocol, e.g. "table1_distance"
    std::string title;
    std::string note;  ///< how to read it (protocol, truth, units), in English: the English of noteParts
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    TableChart chart = {};
    /// The note as ids with their arguments ("protocol_paper", "scann_score" with a system's label …), for
    /// a client to word in its own language.
    struct NotePart {
        std::string id;
        std::vector<std::string> arguments;
    };
    std::vector<NotePart> noteParts;

    /// The column with this id, or -1.
    int columnIndex(const std::string& columnId) const;
};

/// Every system label of a run, in the order first measured (both protocols): the order their
/// colours are given in, so that a system keeps one colour in every chart of the run.
std::vector<std::string> systemsOf(const ExperimentResult& result);

/// Every table of a run, in report order: Tables 1–4 per protocol, recall, cost, augmentation,
/// multi-probe, layer-2 imbalance, and the paper's published values.
std::vector<Table> experimentTables(const ExperimentResult& result);

/// Per cluster, layer 2's top-1 answers on its test queries (true cluster given) beside the queries' exact
/// nearest neighbours — answerSpread's histogram, for every cluster of a trained hierarchy: one row per
/// (cluster, row answered or nearest), each cluster's most answered first. Drawn as bars of the counts.
Table layer2AnswerTable(const Hierarchy& hierarchy);
/// The rows of `table` whose `columnId` cell holds `value` (one cluster's share of a per-cluster table).
Table rowsWhere(const Table& table, const std::string& columnId, double value);

/// A partition run's methods (bins, balance, memory, build cost, candidates at the target recall@10) and
/// its probe curves, one row per (method, probes).
Table partitionSummaryTable(const PartitionExperimentResult& result);
Table partitionCurveTable(const PartitionExperimentResult& result);
/// A `partition --scale` run: per size, the cheapest learned and non-learned method and their ratio.
Table partitionCrossoverTable(const PartitionScaleResult& result);

std::string toMarkdown(const Table& table);
/// RFC 4180: fields with commas, quotes or newlines are quoted; numbers at full precision.
std::string toCsv(const Table& table);

} // namespace nnscope
