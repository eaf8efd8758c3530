#include "studio/views/DistancesView.h"

#include "studio/views/ChartedTables.h"

#include <QVBoxLayout>

namespace nnscope::studio {

DistancesView::DistancesView(QWidget* parent) : StudioView(parent)
{
    tables_ = new ChartedTables(tr("&Table:"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tables_);
}

void DistancesView::setSession(const SessionPointer& session)
{
    // The run's systems in the order measured: each keeps its colour in every chart of the run.
    tables_->setTables(experimentTables(session->measurement), systemsOf(session->measurement));
}

bool DistancesView::showTable(const QString& id)
{
    return tables_->showTable(id);
}

QCustomPlot* DistancesView::currentChart()
{
    return tables_->chart();
}

std::optional<Table> DistancesView::currentTable() const
{
    return tables_->currentTable();
}

} // namespace nnscope::studio
