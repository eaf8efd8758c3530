// nnscope studio: what every tab of the main window is — it shows a session, and offers its current
// chart and table for export.
#pragma once

#include "experiments/Tables.h"
#include "report/Charts.h"
#include "studio/Session.h"

#include <QBoxLayout>
#include <QLabel>
#include <QWidget>
#include <optional>

class QCustomPlot;

namespace nnscope::studio {

class StudioView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void setSession(const SessionPointer& session) = 0;
    /// The chart an "Export chart" applies to, if the view shows one.
    virtual QCustomPlot* currentChart() { return nullptr; }
    /// The data the current chart draws, exported beside it: by default read back from the chart.
    virtual Table chartData() { return report::plottedData(*currentChart()); }
    /// The table an "Export table" applies to, if the view shows one.
    virtual std::optional<Table> currentTable() const { return std::nullopt; }

protected:
    /// Adds `text` (with its &-mnemonic) as the label of `field`, then the field, to a row of controls.
    void addLabelled(QBoxLayout* row, const QString& text, QWidget* field, int stretch = 0)
    {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    }
};

} // namespace nnscope::studio
