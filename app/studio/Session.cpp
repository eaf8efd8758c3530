#include "studio/Session.h"

#include "project/Pca.h"

namespace nnscope::studio {

void addProjection(Session& session)
{
    const Pca pca = Pca::fit(session.data->view(), Session::kProjectionAxes);
    session.projection = pca.project(session.data->view());
    session.explainedVariance = pca.explainedVarianceRatio();
}

std::optional<std::size_t> findWord(const Dataset& data, const QString& word)
{
    if (const auto exact = data.findLabel(word.toStdString()))
        return exact;
    for (std::size_t row = 0; row < data.rows(); ++row)
        if (QString::compare(QString::fromStdString(data.labelOf(row)), word, Qt::CaseInsensitive) == 0)
            return row;
    return std::nullopt;
}

} // namespace nnscope::studio
