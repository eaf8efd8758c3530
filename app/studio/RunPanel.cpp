#include "studio/RunPanel.h"

#include "studio/ClampingSpinBox.h"

#include "core/ByteUnits.h"
#include "learned/Serialization.h"

#include "data/BuiltinDatasets.h"
#include "workload/Workload.h"

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nnscope::studio {
namespace {

const char* const kFileEntry = "file";

} // namespace

RunPanel::RunPanel(QWidget* parent) : QWidget(parent)
{
    dataset_ = new QComboBox(this);
    for (const BuiltinDataset& builtin : builtinDatasets())
        dataset_->addItem(QString::fromStdString(builtin.name), QString::fromStdString(builtin.name));
    dataset_->addItem(tr("File…"), kFileEntry);
    dataset_->setToolTip(tr("A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)"));
    file_ = new QLineEdit(this);
    file_->setPlaceholderText(tr("path to a .txt, .csv or .fvecs file"));
    file_->setToolTip(tr("The data file to load when 'File…' is chosen"));
    browse_ = new QPushButton(tr("&Browse…"), this);
    browse_->setToolTip(tr("Choose a data file"));
    words_ = new ClampingSpinBox(this); // 5000 typed over 2,717 rows gives 2,717, not 500
    words_->setRange(0, 100000000);
    words_->setSpecialValueText(tr("all"));
    words_->setToolTip(tr("Keep the first N rows (the paper's number of words); 'all' keeps every row"));
    metric_ = new QComboBox(this);
    metric_->addItems({"l2", "cosine", "ip"});
    metric_->setToolTip(tr("The metric of targets and truth under the corrected protocol (the paper's protocol always uses cosine)"));
    clusters_ = new QSpinBox(this);
    clusters_->setRange(1, 100000);
    clusters_->setToolTip(tr("Number of k-means clusters = number of layer-2 models"));
    protocol_ = new QComboBox(this);
    protocol_->addItem(tr("corrected"), "corrected");
    protocol_->addItem(tr("paper (authors' quirks)"), "paper");
    protocol_->setToolTip(tr("corrected: stratified split, global exact truth; paper: as the authors' code did it"));
    preset_ = new QComboBox(this);
    preset_->addItem(tr("fast (Adam)"), "fast");
    preset_->addItem(tr("paper (SGD, slow)"), "paper");
    preset_->setToolTip(tr("fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs"));
    augment_ = new QCheckBox(tr("&Augment layer-2 data"), this);
    augment_->setToolTip(tr("Add perturbed copies of members labelled with their nearest member (the paper's proposed augmentation)"));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 1000000000);
    seed_->setToolTip(tr("Seed of clustering, split, initialisation and sampling: the same seed repeats a run"));
    maxEpochs_ = new QSpinBox(this);
    maxEpochs_->setRange(0, 10000);
    maxEpochs_->setSpecialValueText(tr("preset"));
    maxEpochs_->setToolTip(tr("Cap on epochs per model; 'preset' keeps the preset's"));
    budget_ = new QDoubleSpinBox(this);
    budget_->setRange(0.1, 4096.0);
    budget_->setDecimals(1);
    budget_->setSuffix(tr(" GiB"));
    budget_->setToolTip(tr("Refuse, before any work, a hierarchy whose weights would need more memory than this"));
    dataInfo_ = new QLabel(this);
    dataInfo_->setWordWrap(true);
    dataInfo_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    train_ = new QPushButton(QIcon(":/icons/train.svg"), tr("&Train"), this);
    train_->setToolTip(tr("Cluster, train and evaluate with these settings (Ctrl+R)"));
    train_->setDefault(true);
    cancel_ = new QPushButton(QIcon(":/icons/cancel.svg"), tr("&Cancel"), this);
    cancel_->setToolTip(tr("Stop the run within one training batch (Esc)"));
    cancel_->setEnabled(false);

    auto* data = new QGroupBox(tr("Data"), this);
    auto* dataForm = new QFormLayout(data);
    dataForm->addRow(tr("&Dataset:"), dataset_);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse_);
    auto* fileLabel = new QLabel(tr("&File:"), data);
    fileLabel->setBuddy(file_);
    dataForm->addRow(fileLabel, fileRow);
    dataForm->addRow(QString(), dataInfo_);
    dataForm->addRow(tr("&Words:"), words_);
    dataForm->addRow(tr("&Metric:"), metric_);
    auto* model = new QGroupBox(tr("Hierarchy"), this);
    auto* modelForm = new QFormLayout(model);
    modelForm->addRow(tr("C&lusters:"), clusters_);
    modelForm->addRow(tr("&Protocol:"), protocol_);
    modelForm->addRow(tr("Pr&eset:"), preset_);
    modelForm->addRow(tr("Max &epochs:"), maxEpochs_);
    modelForm->addRow(QString(), augment_);
    modelForm->addRow(tr("&Seed:"), seed_);
    modelForm->addRow(tr("Memory &budget:"), budget_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(train_);
    buttons->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(data);
    layout->addWidget(model);
    layout->addLayout(buttons);
    layout->addStretch();

    inputs_ = {dataset_, file_, browse_, words_, metric_, clusters_, protocol_, preset_, augment_, seed_, maxEpochs_, budget_, train_};
    connect(browse_, &QPushButton::clicked, this, &RunPanel::browseForFile);
    connect(dataset_, &QComboBox::currentIndexChanged, this, &RunPanel::updateFileRow);
    connect(dataset_, &QComboBox::currentIndexChanged, this, &RunPanel::inspectData);
    connect(file_, &QLineEdit::editingFinished, this, &RunPanel::inspectData);
    connect(protocol_, &QComboBox::currentIndexChanged, this, &RunPanel::updateMetricRow);
    connect(metric_, &QComboBox::currentTextChanged, this, [this](const QString& metric) {
        if (metric_->isEnabled())
            chosenMetric_ = metric;
    });
    connect(train_, &QPushButton::clicked, this, &RunPanel::trainRequested);
    connect(cancel_, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    loadSettings();
    inspectData();
}

void RunPanel::inspectData()
{
    DatasetSpec spec;
    spec.data = chosenData();
    reads_.supersede(); // another choice: an answer still on its way is for the previous one
    read_.reset();
    dataError_.clear();
    words_->setMaximum(100000000);
    if (spec.data.empty()) {
        dataInfo_->clear();
        return;
    }
    dataInfo_->setText(tr("reading…"));
    // Read once, with the data's own queries and ground truth: the run and its views start from this.
    reads_.start([spec](const CancelToken&) { return std::make_shared<const Workload>(openWorkload({spec, {}, {}})); },
                 [this, source = spec.data](const std::shared_ptr<const Workload>& workload) {
                     const std::shared_ptr<const Dataset>& data = workload->base;
                     const std::size_t rows = data->rows();
                     dataInfo_->setText(tr("%1 rows × %2").arg(QLocale().toString(static_cast<qlonglong>(rows))).arg(data->dim()));
                     words_->setMaximum(static_cast<int>(std::min<std::size_t>(rows, 100000000)));
                     read_ = workload;
                     readFrom_ = source;
                     emit dataInspected(static_cast<qint64>(rows));
                     emit dataRead(data);
                 },
                 [this](const QString& error) {
                     dataError_ = error;
                     dataInfo_->setText(QString("<span style='color:#b00'>%1</span>").arg(error.toHtmlEscaped()));
                     emit dataInspected(0);
                 });
}

std::string RunPanel::chosenData() const
{
    const QString choice = dataset_->currentData().toString();
    return (choice == kFileEntry ? file_->text() : choice).toStdString();
}

void RunPanel::updateFileRow()
{
    const bool fromFile = dataset_->currentData().toString() == kFileEntry;
    file_->setEnabled(fromFile);
    browse_->setEnabled(fromFile);
}

void RunPanel::browseForFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a data file"), file_->text(),
                                                      tr("Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)"));
    if (!path.isEmpty()) {
        file_->setText(path);
        dataset_->setCurrentIndex(dataset_->findData(kFileEntry));
    }
}

void RunPanel::setData(const QString& nameOrPath)
{
    const int builtin = dataset_->findData(nameOrPath);
    if (builtin >= 0 && nameOrPath != kFileEntry) {
        dataset_->setCurrentIndex(builtin);
        return;
    }
    file_->setText(nameOrPath);
    dataset_->setCurrentIndex(dataset_->findData(kFileEntry));
}

RunRequest RunPanel::request() const
{
    RunRequest request;
    request.dataset.data = chosenData();
    request.dataset.words = static_cast<std::size_t>(words_->value());
    if (read_ && readFrom_ == request.dataset.data)
        request.read = read_;
    const Protocol protocol = parseProtocol(protocol_->currentData().toString().toStdString());
    request.overrides = overrides();
    request.settings = hierarchySettings(preset_->currentData().toString().toStdString(), protocol, request.overrides);
    return request;
}

HierarchyOverrides RunPanel::overrides() const
{
    HierarchyOverrides o;
    o.clusters = static_cast<std::size_t>(clusters_->value());
    o.metric = parseMetric(chosenMetric_.toStdString());
    o.augment = augment_->isChecked();
    o.seed = static_cast<std::uint64_t>(seed_->value());
    if (maxEpochs_->value() > 0)
        o.maxEpochs = static_cast<std::size_t>(maxEpochs_->value());
    o.memoryBudgetBytes = bytesFromGib(budget_->value());
    return o;
}

void RunPanel::showOverrides(const HierarchyOverrides& o)
{
    clusters_->setValue(static_cast<int>(o.clusters.value_or(10)));
    chosenMetric_ = QString::fromStdString(metricName(o.metric.value_or(Metric::L2)));
    metric_->setCurrentText(chosenMetric_);
    updateMetricRow();
    augment_->setChecked(o.augment.value_or(false));
    seed_->setValue(static_cast<int>(o.seed.value_or(0)));
    maxEpochs_->setValue(static_cast<int>(o.maxEpochs.value_or(0)));
    budget_->setValue(gibFromBytes(static_cast<double>(o.memoryBudgetBytes.value_or(HierarchySettings{}.memoryBudgetBytes))));
}

void RunPanel::setRunning(bool running)
{
    for (QWidget* input : inputs_)
        input->setEnabled(!running);
    cancel_->setEnabled(running);
    if (!running) {
        updateFileRow();
        updateMetricRow();
    }
}

void RunPanel::updateMetricRow()
{
    const bool paper = protocol_->currentData().toString() == "paper";
    metric_->setEnabled(!paper && train_->isEnabled());
    metric_->setCurrentText(paper ? QString("cosine") : chosenMetric_);
    metric_->setToolTip(paper ? tr("The paper's protocol always uses cosine (within-cluster cosine targets and truth)")
                              : tr("The metric of targets and truth under the corrected protocol"));
}

void RunPanel::showRun(const DatasetSpec& data, Protocol protocol, const std::string& preset, const HierarchyOverrides& overrides)
{
    setData(QString::fromStdString(data.data));
    words_->setValue(static_cast<int>(data.words));
    protocol_->setCurrentIndex(std::max(0, protocol_->findData(QString::fromStdString(protocolName(protocol)))));
    preset_->setCurrentIndex(std::max(0, preset_->findData(QString::fromStdString(preset))));
    showOverrides(overrides);
}

void RunPanel::loadSettings()
{
    // Defaults a new user can press Train on and see results within a minute.
    QSettings settings;
    settings.beginGroup("run");
    const int dataset = dataset_->findData(settings.value("dataset", "glove-100d"));
    dataset_->setCurrentIndex(dataset >= 0 ? dataset : 0);
    file_->setText(settings.value("file").toString());
    words_->setValue(settings.value("words", 1000).toInt());
    protocol_->setCurrentIndex(std::max(0, protocol_->findData(settings.value("protocol", "corrected"))));
    preset_->setCurrentIndex(std::max(0, preset_->findData(settings.value("preset", "fast"))));
    // The overrides are stored in the same JSON form as in saved models and results (learned/Serialization.h).
    HierarchyOverrides overrides;
    try {
        overrides = nlohmann::json::parse(settings.value("overrides", "{}").toString().toStdString()).get<HierarchyOverrides>();
    } catch (const std::exception&) {
        overrides = {}; // settings from another version: start from the defaults
    }
    showOverrides(overrides);
    settings.endGroup();
    updateFileRow();
}

void RunPanel::saveSettings() const
{
    QSettings settings;
    settings.beginGroup("run");
    settings.setValue("dataset", dataset_->currentData());
    settings.setValue("file", file_->text());
    settings.setValue("words", words_->value());
    settings.setValue("protocol", protocol_->currentData());
    settings.setValue("preset", preset_->currentData());
    settings.setValue("overrides", QString::fromStdString(nlohmann::json(overrides()).dump()));
    settings.endGroup();
}

} // namespace nnscope::studio
