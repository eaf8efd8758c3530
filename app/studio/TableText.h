// nnscope studio: the engine's table and column identifiers (experiments/Tables.h) in the UI's
// language. Ids the studio does not know (a system's column) keep the engine's text.
#pragma once

#include "core/Notice.h"
#include "core/Stage.h"
#include "data/Dataset.h"
#include "experiments/Tables.h"
#include "learned/Progress.h"

#include <QString>
#include <QStringList>

namespace nnscope::studio {

QString columnTitle(const Column& column);
/// Every column's title, in order.
QStringList columnTitles(const Table& table);
/// "Table 1: average distance to the true neighbour (paper protocol)", translated.
QString tableTitle(const Table& table);
/// The table's note, part by part, translated (a part the studio does not know keeps its English).
QString tableNote(const Table& table);
/// The protocol name as shown ("paper", "corrected"), translated.
QString protocolTitle(const std::string& protocol);
/// Where a dataset came from, as shown: "glove-100d (first 1000 rows)", translated.
QString datasetTitle(const Dataset& data);
/// A progress stage reported by the engine (core/Stage.h), translated.
QString stageTitle(const Stage& stage);
/// An engine warning (core/Notice.h), translated, its subject first.
QString noticeTitle(const Notice& notice);
/// A training phase (learned/Progress.h), translated.
QString phaseTitle(TrainingProgress::Phase phase);

} // namespace nnscope::studio
