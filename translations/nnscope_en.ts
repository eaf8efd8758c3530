<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="32" />
        <location filename="../app/studio/ExportActions.cpp" line="37" />
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="33" />
        <source>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="37" />
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="45" />
        <location filename="../app/studio/ExportActions.cpp" line="52" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="46" />
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="21" />
        <source>Explore learned nearest-neighbour search.</source>
        <translation>Explore learned nearest-neighbour search.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="24" />
        <source>User interface language (en, de).</source>
        <translation>User interface language (en, de).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="25" />
        <source>Open a saved run (a model folder).</source>
        <translation>Open a saved run (a model folder).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="27" />
        <source>Train the default run, save a PNG of every view into the folder, and quit.</source>
        <translation>Train the default run, save a PNG of every view into the folder, and quit.</translation>
    </message>
</context>
<context>
    <name>nnscope::report</name>
    <message>
        <location filename="../app/report/Charts.cpp" line="92" />
        <source>Average distance to the true neighbour (%1 protocol)</source>
        <translation>Average distance to the true neighbour (%1 protocol)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="109" />
        <source>mean Euclidean distance (lower is better)</source>
        <translation>mean Euclidean distance (lower is better)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="110" />
        <location filename="../app/report/Charts.cpp" line="147" />
        <source>(clusters, words)</source>
        <translation>(clusters, words)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="116" />
        <source>Per-layer accuracy of the learned hierarchy</source>
        <translation>Per-layer accuracy of the learned hierarchy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="141" />
        <source>layer %1, %2</source>
        <translation>layer %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="145" />
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="160" />
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="169" />
        <source>clusters, largest first</source>
        <translation>clusters, largest first</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="169" />
        <source>cluster id</source>
        <translation>cluster id</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="171" />
        <source>cluster size (rows)</source>
        <translation>cluster size (rows)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="181" />
        <location filename="../app/report/Charts.cpp" line="184" />
        <source>layer-2 accuracy</source>
        <translation>layer-2 accuracy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="196" />
        <source>Recall@%1 against time per query (%2 protocol)</source>
        <translation>Recall@%1 against time per query (%2 protocol)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="219" />
        <source>milliseconds per query, one query per call (log scale)</source>
        <translation>milliseconds per query, one query per call (log scale)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="220" />
        <source>recall@%1</source>
        <translation>recall@%1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::AccuracyView</name>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="25" />
        <source>Accuracy of each layer on the run's test queries</source>
        <translation>Accuracy of each layer on the run's test queries</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="26" />
        <source>Each cluster's layer-2 test accuracy against its size</source>
        <translation>Each cluster's layer-2 test accuracy against its size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="27" />
        <source>Loss and monitored training accuracy per epoch of the chosen model</source>
        <translation>Loss and monitored training accuracy per epoch of the chosen model</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="32" />
        <source>The model whose training curves are drawn</source>
        <translation>The model whose training curves are drawn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="36" />
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="43" />
        <source>Per layer</source>
        <translation>Per layer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="44" />
        <source>Layer 2 vs cluster size</source>
        <translation>Layer 2 vs cluster size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="45" />
        <location filename="../app/studio/views/AccuracyView.cpp" line="169" />
        <source>Training curves</source>
        <translation>Training curves</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="55" />
        <source>Every model's training record</source>
        <translation>Every model's training record</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="98" />
        <source>Accuracy per layer (%1 protocol, %2 queries)</source>
        <translation>Accuracy per layer (%1 protocol, %2 queries)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="102" />
        <source>layer 1
(k-means cluster)</source>
        <translation>layer 1
(k-means cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="103" />
        <source>layer 1
(neighbour's cluster)</source>
        <translation>layer 1
(neighbour's cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="104" />
        <source>layer 2 top-5
(routed)</source>
        <translation>layer 2 top-5
(routed)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="105" />
        <source>layer 2 top-5
(true cluster)</source>
        <translation>layer 2 top-5
(true cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="106" />
        <source>recall@1</source>
        <translation>recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="114" />
        <location filename="../app/studio/views/AccuracyView.cpp" line="190" />
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="119" />
        <source>Layer-2 test accuracy against cluster size</source>
        <translation>Layer-2 test accuracy against cluster size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="129" />
        <source>cluster size (members)</source>
        <translation>cluster size (members)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="130" />
        <source>layer-2 accuracy (true cluster given)</source>
        <translation>layer-2 accuracy (true cluster given)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>training rows</source>
        <translation>training rows</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>augmented</source>
        <translation>augmented</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="159" />
        <source>best epoch</source>
        <translation>best epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="160" />
        <source>best accuracy</source>
        <translation>best accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="160" />
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="169" />
        <source>Training curves: %1</source>
        <translation>Training curves: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="173" />
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="177" />
        <location filename="../app/studio/views/AccuracyView.cpp" line="181" />
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="189" />
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="206" />
        <source>Training record per model</source>
        <translation>Training record per model</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ClustersView</name>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="44" />
        <source>Cluster sizes (bars) and each cluster's layer-2 test accuracy (dots). Click a bar to inspect the cluster.</source>
        <translation>Cluster sizes (bars) and each cluster's layer-2 test accuracy (dots). Click a bar to inspect the cluster.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="45" />
        <source>&amp;Sort by size</source>
        <translation>&amp;Sort by size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="47" />
        <source>Order the bars by cluster size instead of cluster id</source>
        <translation>Order the bars by cluster size instead of cluster id</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="49" />
        <source>The cluster whose members and targets are listed</source>
        <translation>The cluster whose members and targets are listed</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="55" />
        <source>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target's share, entropy, accuracy</source>
        <translation>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target's share, entropy, accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="57" />
        <source>The chosen cluster's members and the nearest other member each is trained to predict</source>
        <translation>The chosen cluster's members and the nearest other member each is trained to predict</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="62" />
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <location filename="../app/studio/views/ClustersView.cpp" line="161" />
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <location filename="../app/studio/views/ClustersView.cpp" line="161" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <source>distinct targets</source>
        <translation>distinct targets</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="105" />
        <source>top-share</source>
        <translation>top-share</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="106" />
        <source>entropy (bits)</source>
        <translation>entropy (bits)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="106" />
        <source>train acc.</source>
        <translation>train acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="106" />
        <source>test queries</source>
        <translation>test queries</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="106" />
        <source>test acc.</source>
        <translation>test acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="128" />
        <source>Cluster sizes and layer-2 accuracy (%1 clusters)</source>
        <translation>Cluster sizes and layer-2 accuracy (%1 clusters)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="147" />
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</source>
        <translation>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="163" />
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="163" />
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="163" />
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="163" />
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="163" />
        <source>layer-2 target</source>
        <translation>layer-2 target</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="168" />
        <source>Layer-2 imbalance per cluster</source>
        <translation>Layer-2 imbalance per cluster</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::DistancesView</name>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="22" />
        <source>Table 1 as bars: each system's mean distance from its answer to the true neighbour</source>
        <translation>Table 1 as bars: each system's mean distance from its answer to the true neighbour</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="24" />
        <source>Which table to show</source>
        <translation>Which table to show</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="38" />
        <source>Click a column header to sort</source>
        <translation>Click a column header to sort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="41" />
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::EngineWorker</name>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="25" />
        <source>%1, model %2 of %3, epoch %4</source>
        <translation>%1, model %2 of %3, epoch %4</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="41" />
        <source>projecting (PCA)</source>
        <translation>projecting (PCA)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="76" />
        <location filename="../app/studio/EngineWorker.cpp" line="109" />
        <source>loading %1</source>
        <translation>loading %1</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="78" />
        <source>loaded %1: %2 rows x %3</source>
        <translation>loaded %1: %2 rows x %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="85" />
        <source>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</source>
        <translation>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="90" />
        <location filename="../app/studio/EngineWorker.cpp" line="115" />
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="91" />
        <source>run finished in %1 s</source>
        <translation>run finished in %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="94" />
        <source>run cancelled</source>
        <translation>run cancelled</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="112" />
        <source>opened %1 (trained on %2)</source>
        <translation>opened %1 (trained on %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="130" />
        <source>saved the run to %1</source>
        <translation>saved the run to %1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="38" />
        <location filename="../app/studio/MainWindow.cpp" line="104" />
        <location filename="../app/studio/MainWindow.cpp" line="233" />
        <source>nnscope studio</source>
        <translation>nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="48" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="60" />
        <source>C&amp;lusters</source>
        <translation>C&amp;lusters</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="61" />
        <source>&amp;Accuracy</source>
        <translation>&amp;Accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="62" />
        <source>&amp;Distances</source>
        <translation>&amp;Distances</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="63" />
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="64" />
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="70" />
        <source>What the engine did, with times</source>
        <translation>What the engine did, with times</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="71" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="78" />
        <source>Ready: press Train to cluster, train and evaluate.</source>
        <translation>Ready: press Train to cluster, train and evaluate.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="84" />
        <source>Progress of the whole run</source>
        <translation>Progress of the whole run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="96" />
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="101" />
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="103" />
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="109" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="113" />
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="136" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="137" />
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="138" />
        <source>Open a saved run (a model folder)</source>
        <translation>Open a saved run (a model folder)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="143" />
        <source>Reopen a run saved by the studio or by `nnscope train`, without retraining</source>
        <translation>Reopen a run saved by the studio or by `nnscope train`, without retraining</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="144" />
        <source>&amp;Save session…</source>
        <translation>&amp;Save session…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="145" />
        <source>Save the run as a folder</source>
        <translation>Save the run as a folder</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="150" />
        <source>Save the trained run (a model folder that `nnscope predict` also reads)</source>
        <translation>Save the trained run (a model folder that `nnscope predict` also reads)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="152" />
        <source>&amp;Export all…</source>
        <translation>&amp;Export all…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="153" />
        <source>Write a report folder</source>
        <translation>Write a report folder</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="157" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="158" />
        <source>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</source>
        <translation>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="159" />
        <source>Export &amp;chart…</source>
        <translation>Export &amp;chart…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="164" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="165" />
        <source>Save the current view's chart as PNG, PDF or JPG</source>
        <translation>Save the current view's chart as PNG, PDF or JPG</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="166" />
        <source>Export &amp;table…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="171" />
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="172" />
        <source>Save the current view's table as CSV or Markdown</source>
        <translation>Save the current view's table as CSV or Markdown</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="174" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="180" />
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="181" />
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="182" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="183" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="185" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="186" />
        <source>&amp;About nnscope studio</source>
        <translation>&amp;About nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="188" />
        <source>About nnscope studio</source>
        <translation>About nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="189" />
        <source>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="197" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="239" />
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="240" />
        <source>training: %1, %2 clusters, %3 protocol, %4 preset</source>
        <translation>training: %1, %2 clusters, %3 protocol, %4 preset</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="252" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="260" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="268" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="279" />
        <source>wrote %1 files to %2</source>
        <translation>wrote %1 files to %2</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="280" />
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="282" />
        <source>Export all</source>
        <translation>Export all</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="294" />
        <source>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</source>
        <translation>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="310" />
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ProjectionView</name>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="32" />
        <source>Project all rows, or one cluster's rows on that cluster's own principal axes</source>
        <translation>Project all rows, or one cluster's rows on that cluster's own principal axes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="34" />
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="39" />
        <source>★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</source>
        <translation>★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="59" />
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="61" />
        <source>Cluster %1 (%2 rows)</source>
        <translation>Cluster %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="112" />
        <source>PCA of %1 (%2 rows)</source>
        <translation>PCA of %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="113" />
        <source>PCA of cluster %1</source>
        <translation>PCA of cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="122" />
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="129" />
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="129" />
        <source>predicted neighbour</source>
        <translation>predicted neighbour</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="129" />
        <source>true neighbour</source>
        <translation>true neighbour</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="136" />
        <source>PC1 (%1% of the variance)</source>
        <translation>PC1 (%1% of the variance)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="137" />
        <source>PC2 (%1% of the variance)</source>
        <translation>PC2 (%1% of the variance)</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::QueryInspector</name>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="42" />
        <source>type a word and press Enter</source>
        <translation>type a word and press Enter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="43" />
        <source>The query: any word of the dataset (completion offers them)</source>
        <translation>The query: any word of the dataset (completion offers them)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="49" />
        <source>&amp;Random test query</source>
        <translation>&amp;Random test query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="50" />
        <source>Pick a held-out row at random (Ctrl+T)</source>
        <translation>Pick a held-out row at random (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="51" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="52" />
        <source>Train a run, then pick a query.</source>
        <translation>Train a run, then pick a query.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="57" />
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="63" />
        <source>Layer 1: most probable clusters</source>
        <translation>Layer 1: most probable clusters</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="64" />
        <source>Layer 1's top clusters with their probabilities; ✓ marks the query's own k-means cluster</source>
        <translation>Layer 1's top clusters with their probabilities; ✓ marks the query's own k-means cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="66" />
        <source>Layer 2: predicted neighbours</source>
        <translation>Layer 2: predicted neighbours</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="67" />
        <source>Layer 2's top 5 in layer 1's cluster; ✓ marks those among the exact top 5</source>
        <translation>Layer 2's top 5 in layer 1's cluster; ✓ marks those among the exact top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="69" />
        <source>Exact search: true neighbours</source>
        <translation>Exact search: true neighbours</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="70" />
        <source>The exact top 5; ✓ marks those layer 2 found</source>
        <translation>The exact top 5; ✓ marks those layer 2 found</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="93" />
        <source>Type a word, or pick a random test query.</source>
        <translation>Type a word, or pick a random test query.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="102" />
        <source>'%1' is not in %2.</source>
        <translation>'%1' is not in %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="136" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="136" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="136" />
        <source>own cluster</source>
        <translation>own cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="151" />
        <source>in exact top 5</source>
        <translation>in exact top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="161" />
        <source>found by layer 2</source>
        <translation>found by layer 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="168" />
        <source>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2's answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2's answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="170" />
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="170" />
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="171" />
        <source>(right)</source>
        <translation>(right)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="171" />
        <source>(wrong)</source>
        <translation>(wrong)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="173" />
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="173" />
        <source>not</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="185" />
        <source>Layer-2 neighbours of the query</source>
        <translation>Layer-2 neighbours of the query</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::RunPanel</name>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="30" />
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="31" />
        <source>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</source>
        <translation>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="33" />
        <source>path to a .txt, .csv or .fvecs file</source>
        <translation>path to a .txt, .csv or .fvecs file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="34" />
        <source>The data file to load when 'File…' is chosen</source>
        <translation>The data file to load when 'File…' is chosen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="35" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="36" />
        <source>Choose a data file</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="39" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="40" />
        <source>Keep the first N rows (the paper's number of words); 'all' keeps every row</source>
        <translation>Keep the first N rows (the paper's number of words); 'all' keeps every row</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="43" />
        <source>The metric of targets and truth under the corrected protocol (the paper's protocol always uses cosine)</source>
        <translation>The metric of targets and truth under the corrected protocol (the paper's protocol always uses cosine)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="46" />
        <source>Number of k-means clusters = number of layer-2 models</source>
        <translation>Number of k-means clusters = number of layer-2 models</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="48" />
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="49" />
        <source>paper (authors' quirks)</source>
        <translation>paper (authors' quirks)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="50" />
        <source>corrected: stratified split, global exact truth; paper: as the authors' code did it</source>
        <translation>corrected: stratified split, global exact truth; paper: as the authors' code did it</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="52" />
        <source>fast (Adam)</source>
        <translation>fast (Adam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="53" />
        <source>paper (SGD, slow)</source>
        <translation>paper (SGD, slow)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="54" />
        <source>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</source>
        <translation>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="55" />
        <source>&amp;Augment layer-2 data</source>
        <translation>&amp;Augment layer-2 data</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="56" />
        <source>Add perturbed copies of members labelled with their nearest member (the paper's proposed augmentation)</source>
        <translation>Add perturbed copies of members labelled with their nearest member (the paper's proposed augmentation)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="59" />
        <source>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</source>
        <translation>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="62" />
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="63" />
        <source>Cap on epochs per model; 'preset' keeps the preset's</source>
        <translation>Cap on epochs per model; 'preset' keeps the preset's</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="64" />
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="65" />
        <source>Cluster, train and evaluate with these settings (Ctrl+R)</source>
        <translation>Cluster, train and evaluate with these settings (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="67" />
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="68" />
        <source>Stop the run within one training batch (Esc)</source>
        <translation>Stop the run within one training batch (Esc)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="71" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="73" />
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="77" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="80" />
        <source>&amp;Words:</source>
        <translation>&amp;Words:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="81" />
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="82" />
        <source>Hierarchy</source>
        <translation>Hierarchy</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="84" />
        <source>C&amp;lusters:</source>
        <translation>C&amp;lusters:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="85" />
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="86" />
        <source>Pr&amp;eset:</source>
        <translation>Pr&amp;eset:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="87" />
        <source>Max &amp;epochs:</source>
        <translation>Max &amp;epochs:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="89" />
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="116" />
        <source>Open a data file</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="117" />
        <source>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</source>
        <translation>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</translation>
    </message>
</context>
</TS>
