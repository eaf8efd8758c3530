<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="43"/>
        <source>Chart export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="46"/>
        <source>%1× the on-screen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="49"/>
        <source>the on-screen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="51"/>
        <source>%1, landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="57"/>
        <source>PNG / JPG &amp;scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="58"/>
        <source>PDF &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="96"/>
        <location filename="../app/studio/ExportActions.cpp" line="101"/>
        <location filename="../app/studio/ExportActions.cpp" line="109"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="97"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="101"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="117"/>
        <location filename="../app/studio/ExportActions.cpp" line="124"/>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="118"/>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <location filename="../app/studio/TableText.cpp" line="21"/>
        <source>(clusters, words)</source>
        <translation type="unfinished">(clusters, words)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="22"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="23"/>
        <source>learned: k-means cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="24"/>
        <source>learned: neighbour&apos;s cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="25"/>
        <source>learned+augment: k-means cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="26"/>
        <source>learned+augment: neighbour&apos;s cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="27"/>
        <source>learned+augment (true cluster given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="28"/>
        <source>learned+augment recall@1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="29"/>
        <source>centroid twin: k-means cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="30"/>
        <source>learned (routed by layer 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="31"/>
        <source>learned (true cluster given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="32"/>
        <source>learned+augment (routed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="33"/>
        <source>centroid twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="34"/>
        <source>learned recall@1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="35"/>
        <source>learned: k-means cluster (in-sample draw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="36"/>
        <source>learned (routed, in-sample draw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="37"/>
        <source>recall@1</source>
        <translation type="unfinished">recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="38"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="39"/>
        <source>FLOPs/query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="40"/>
        <source>layer-2 acc. without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="41"/>
        <location filename="../app/studio/TableText.cpp" line="43"/>
        <location filename="../app/studio/TableText.cpp" line="45"/>
        <location filename="../app/studio/TableText.cpp" line="47"/>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="42"/>
        <source>distance to truth without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="44"/>
        <source>recall@1 without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="46"/>
        <source>train s without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="48"/>
        <source>partitions probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="49"/>
        <source>mean probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="50"/>
        <source>adaptive threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="51"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="52"/>
        <source>ms/query (single)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="53"/>
        <source>cluster</source>
        <translation type="unfinished">cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="54"/>
        <source>size</source>
        <translation type="unfinished">size</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="55"/>
        <source>train</source>
        <translation type="unfinished">train</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="56"/>
        <source>test</source>
        <translation type="unfinished">test</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="57"/>
        <source>distinct targets</source>
        <translation type="unfinished">distinct targets</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="58"/>
        <source>top-share</source>
        <translation type="unfinished">top-share</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="59"/>
        <source>entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="60"/>
        <source>train acc.</source>
        <translation type="unfinished">train acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="61"/>
        <source>test queries</source>
        <translation type="unfinished">test queries</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="62"/>
        <source>test acc.</source>
        <translation type="unfinished">test acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="63"/>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="64"/>
        <source>95% low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="65"/>
        <source>95% high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="66"/>
        <source>memorising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="67"/>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="68"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="69"/>
        <source>B − A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="70"/>
        <source>ScaNN (score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="71"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="72"/>
        <source>ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="73"/>
        <source>layer-1 acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="74"/>
        <source>layer-2 acc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="75"/>
        <source>ScaNN s/query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="76"/>
        <source>row</source>
        <translation type="unfinished">row</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="77"/>
        <source>row label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="78"/>
        <source>layer 2&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="79"/>
        <source>exact nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="80"/>
        <source>ML s/query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="86"/>
        <source>recall@k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="88"/>
        <source>%1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="103"/>
        <source>Paper protocol (the authors&apos; code): within-cluster cosine targets, cluster-grouped 90/10 split, test-time normalised centroid; truth = the stored within-cluster cosine nearest neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="105"/>
        <source>Corrected protocol: stratified seeded split, same centroid handling in training and test; truth = the global exact nearest neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="107"/>
        <source>Euclidean distance between each system&apos;s top-1 and the truth, over the queries it answered (a system that answered none shows –; the recall table gives each system&apos;s answered share); smaller is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="109"/>
        <source>&apos;%1 score&apos; is the mean score ScaNN gives its top-1, &lt;q, x/‖x‖&gt; (rows normalised, queries not): what the paper&apos;s ScaNN column averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="111"/>
        <source>&apos;k-means cluster&apos;: predicted cluster = the row&apos;s own cluster (the paper&apos;s metric); the nearest-centroid twin scores 1 on it by construction. &apos;neighbour&apos;s cluster&apos;: predicted cluster holds the exact nearest neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="114"/>
        <source>Hit: layer-2&apos;s top-1 position is among the query&apos;s 5 stored within-cluster neighbour positions (compared as numbers, as the authors&apos; code did).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="116"/>
        <source>Hit: the global exact nearest neighbour is among layer-2&apos;s top 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="117"/>
        <source>The in-sample columns score the same models on rows drawn from the whole table, as every runnable version of the authors&apos; evaluation script did (about 90% are training rows); the other columns use the held-out last 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="120"/>
        <source>Wall time of one search call per query, averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="121"/>
        <source>Each query&apos;s own row excluded from the truth and the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="122"/>
        <source>FLOPs are estimates from each system&apos;s structure (a multiply-add counts 2); the learned rows count both CNN layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="124"/>
        <source>Perturbed copies of members labelled with their exact nearest other member, class-balanced sampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="125"/>
        <source>Every system that probes partitions (its searcher&apos;s property: the learned hierarchy, its twin and layer 1 over the run&apos;s clusters, ScaNN&apos;s leaves, FAISS&apos;s inverted lists) at the number it probes; learned with rerank=1 re-ranks its layer-2 candidates exactly; the twin and layer1 scan the probed clusters exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="129"/>
        <source>top-share: the most common training target&apos;s share; entropy in bits; test accuracy with the true cluster given, with its 95% Wilson interval (few queries per cluster: wide); memorising: training accuracy at least 0.3 above the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="132"/>
        <source>Estimated before any work: weights from the model formulas (clusters of equal size), training time from this machine&apos;s measured matrix-multiply rate (forward + backward = 3 forward passes per training row); the bound uses the preset&apos;s epoch limit, and early stopping usually ends sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="135"/>
        <source>From the paper, on 10,000–50,000 words of glove.6B.100d; its ScaNN column is ScaNN&apos;s own top-1 score, not a distance. Settings our grid shares with the paper appear in our tables under the same (clusters, words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="138"/>
        <source>%1 base rows x %2, %3 queries (%4), %5. Candidates: rows scanned in the probed bins at recall@10 = %6 (interpolated over probes); distance-equivalents add the router&apos;s multiply-adds divided by the dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="158"/>
        <source>%1 (first %2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="165"/>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="167"/>
        <source>corrected</source>
        <translation type="unfinished">corrected</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="174"/>
        <source>Table 1: average distance to the true neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="175"/>
        <source>Table 2: layer-1 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="176"/>
        <source>Table 3: layer-2 top-5 accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="177"/>
        <source>Table 4: mean time per query, one query per call (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="178"/>
        <source>Table 4b: mean time per query, all queries in one call (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="179"/>
        <source>Recall against exact search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="180"/>
        <source>Cost per query: memory and FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="181"/>
        <source>Augmentation: the paper&apos;s proposed, untested layer-2 augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="182"/>
        <source>Multi-probe: recall and ms per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="183"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation type="unfinished">Layer-2 imbalance per cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="184"/>
        <source>Layer 2&apos;s answers on each cluster&apos;s test queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="185"/>
        <source>The paper&apos;s published values (Tables 1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="192"/>
        <source>%1 (%2 protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="199"/>
        <location filename="../app/studio/TableText.cpp" line="241"/>
        <source>clustering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="200"/>
        <source>training</source>
        <translation type="unfinished">training</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="201"/>
        <source>training (augmented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="202"/>
        <source>exact search (truth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="204"/>
        <source>building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="205"/>
        <source>probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="206"/>
        <source>k-NN graph, %1 neighbours per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="207"/>
        <source>waiting for rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="209"/>
        <source>training %1: epoch %2 of at most %3, loss %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="224"/>
        <source>ScaNN: %1 leaves asked for %2 training points; using %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="226"/>
        <source>ScaNN: searching all %1 leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="228"/>
        <source>%1 rows train %2 lists (FAISS advises at least 39 rows per list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="231"/>
        <source>%1 of %2 clusters are empty: the data has fewer distinct points than clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="242"/>
        <source>building targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="243"/>
        <source>layer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="244"/>
        <source>layer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="245"/>
        <source>evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="246"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="247"/>
        <source>done</source>
        <translation type="unfinished">done</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="203"/>
        <source>measuring %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="102"/>
        <source>Explore learned nearest-neighbour search.</source>
        <translation>Explore learned nearest-neighbour search.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="105"/>
        <source>User interface language (en, de).</source>
        <translation>User interface language (en, de).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="106"/>
        <source>Open a saved run (a model folder).</source>
        <translation>Open a saved run (a model folder).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="108"/>
        <source>Train the default run, save a PNG of every view into the folder, and quit.</source>
        <translation>Train the default run, save a PNG of every view into the folder, and quit.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="110"/>
        <source>The data: a built-in name or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="111"/>
        <source>Keep the first N rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="112"/>
        <source>Number of clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="113"/>
        <source>Train a run before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="114"/>
        <source>With --view projection: show the t-SNE map (made first) instead of principal axes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="115"/>
        <source>With --view projection: colour by cluster, split, layer2 or bins:METHOD (builds the partitions first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="116"/>
        <source>With --screenshot: make the row labelled WORD the query before the shot (routed through the partitions when built).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="117"/>
        <source>The view to show: clusters, accuracy, distances, projection, query, partitions or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="118"/>
        <source>Save the view as a PNG (after --train, if given) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="120"/>
        <source>After --train, build the partitions, write Export all into the folder (every chart as PNG and PDF with its data as CSV) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnscope::report</name>
    <message>
        <source>Average distance to the true neighbour (%1 protocol)</source>
        <translation type="vanished">Average distance to the true neighbour (%1 protocol)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="188"/>
        <source>mean Euclidean distance (lower is better)</source>
        <translation>mean Euclidean distance (lower is better)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="415"/>
        <source>(clusters, words)</source>
        <translation>(clusters, words)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="378"/>
        <source>Per-layer accuracy of the learned hierarchy</source>
        <translation>Per-layer accuracy of the learned hierarchy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="146"/>
        <location filename="../app/report/Charts.cpp" line="291"/>
        <location filename="../app/report/Charts.cpp" line="292"/>
        <source> (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="186"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="187"/>
        <source>fraction of queries (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="189"/>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="190"/>
        <source>milliseconds per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="191"/>
        <source>seconds</source>
        <translation type="unfinished">seconds</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="192"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="193"/>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="194"/>
        <source>FLOPs per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="195"/>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="196"/>
        <source>distance computations per query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="285"/>
        <source>%1 (at 0: off the log axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="409"/>
        <source>layer %1, %2, in-sample draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="410"/>
        <source>layer %1, %2</source>
        <translation>layer %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="414"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="428"/>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="452"/>
        <source>%1 (every %2th labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="455"/>
        <source>layer-2 test accuracy (95% Wilson interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="463"/>
        <source>layer-2 test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="507"/>
        <source>Total cost at recall@10 = %1 against base rows
%2, %3 queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="528"/>
        <source>cheapest non-learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="529"/>
        <source>cheapest learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="530"/>
        <source>base rows (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="531"/>
        <source>candidates + router, in distance computations per query (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="543"/>
        <source>Recall@10 against candidates scanned
%1, %2 held-out queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="566"/>
        <source>candidates scanned per query (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="567"/>
        <source>recall@10</source>
        <translation type="unfinished">recall@10</translation>
    </message>
    <message>
        <source>clusters, largest first</source>
        <translation type="vanished">clusters, largest first</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="451"/>
        <source>cluster id</source>
        <translation>cluster id</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="451"/>
        <source>cluster id, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="438"/>
        <source>cluster size (rows)</source>
        <translation>cluster size (rows)</translation>
    </message>
    <message>
        <source>layer-2 accuracy</source>
        <translation type="vanished">layer-2 accuracy</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="471"/>
        <source>Recall@%1 against time per query (%2 protocol)</source>
        <translation>Recall@%1 against time per query (%2 protocol)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="494"/>
        <source>milliseconds per query, one query per call (log scale)</source>
        <translation>milliseconds per query, one query per call (log scale)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="495"/>
        <source>recall@%1</source>
        <translation>recall@%1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::AccuracyView</name>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="28"/>
        <source>Accuracy of each layer on the run&apos;s test queries</source>
        <translation>Accuracy of each layer on the run&apos;s test queries</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="29"/>
        <source>Each cluster&apos;s layer-2 test accuracy against its size</source>
        <translation>Each cluster&apos;s layer-2 test accuracy against its size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="30"/>
        <source>Loss and monitored training accuracy per epoch of the chosen model</source>
        <translation>Loss and monitored training accuracy per epoch of the chosen model</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="35"/>
        <source>The model whose training curves are drawn</source>
        <translation>The model whose training curves are drawn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="39"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="44"/>
        <source>cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="45"/>
        <source>target entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="46"/>
        <source>most common target&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="47"/>
        <source>What layer-2 test accuracy is plotted against; the line is the fit weighted by each cluster&apos;s test queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="51"/>
        <source>&amp;Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="59"/>
        <source>Per layer</source>
        <translation>Per layer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="188"/>
        <source>Fewer than two clusters with test queries: no trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="195"/>
        <source>Weighted fit: slope %1, weighted r = %2 over %3 clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="201"/>
        <source>95% bootstrap interval of the slope %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="204"/>
        <source> Too few clusters with test queries to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="205"/>
        <source> No clear trend (%1, spanning 0): too few test queries to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="206"/>
        <source> Accuracy rises with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="207"/>
        <source> Accuracy falls with %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="210"/>
        <source>Layer-2 test accuracy against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="214"/>
        <source>cluster %1 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="309"/>
        <source>held-out accuracy
(test rows; not used for stopping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2 vs cluster size</source>
        <translation type="vanished">Layer 2 vs cluster size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="61"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="289"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="341"/>
        <source>Training curves</source>
        <translation>Training curves</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="64"/>
        <source>Every model&apos;s training record</source>
        <translation>Every model&apos;s training record</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="109"/>
        <source>Accuracy per layer (%1 protocol, %2 queries)</source>
        <translation>Accuracy per layer (%1 protocol, %2 queries)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="113"/>
        <source>layer 1
(k-means cluster)</source>
        <translation>layer 1
(k-means cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="114"/>
        <source>layer 1
(neighbour&apos;s cluster)</source>
        <translation>layer 1
(neighbour&apos;s cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="115"/>
        <source>layer 2 top-5
(routed)</source>
        <translation>layer 2 top-5
(routed)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="116"/>
        <source>layer 2 top-5
(true cluster)</source>
        <translation>layer 2 top-5
(true cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="117"/>
        <source>recall@1</source>
        <translation>recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="125"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="334"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <source>Layer-2 test accuracy against cluster size</source>
        <translation type="vanished">Layer-2 test accuracy against cluster size</translation>
    </message>
    <message>
        <source>cluster size (members)</source>
        <translation type="vanished">cluster size (members)</translation>
    </message>
    <message>
        <source>layer-2 accuracy (true cluster given)</source>
        <translation type="vanished">layer-2 accuracy (true cluster given)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="60"/>
        <source>Layer 2 vs imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>classes</source>
        <translation>classes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>training rows</source>
        <translation>training rows</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>augmented</source>
        <translation>augmented</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>best epoch</source>
        <translation>best epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="155"/>
        <source>best accuracy</source>
        <translation>best accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="155"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="185"/>
        <source>clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="191"/>
        <source>weighted fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="219"/>
        <source>layer-2 test accuracy (true cluster given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="248"/>
        <source>Layer-2 test accuracy against imbalance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="289"/>
        <source>Training curves: %1</source>
        <translation>Training curves: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="293"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="343"/>
        <source>training accuracy</source>
        <translation>training accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="297"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="324"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="321"/>
        <source> memorising from epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="333"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="343"/>
        <source>held-out accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="364"/>
        <source>Training record per model</source>
        <translation>Training record per model</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ChartedTables</name>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="22"/>
        <source>The chosen table drawn in its own units: bars of one unit, or points (cost and multi-probe against time or FLOPs, imbalance with intervals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="24"/>
        <source>Which table to show</source>
        <translation type="unfinished">Which table to show</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="30"/>
        <source>Click a column header to sort</source>
        <translation type="unfinished">Click a column header to sort</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ClustersView</name>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="25"/>
        <source>Cluster sizes (bars) and each cluster&apos;s layer-2 test accuracy (dots). Click a bar to inspect the cluster.</source>
        <translation>Cluster sizes (bars) and each cluster&apos;s layer-2 test accuracy (dots). Click a bar to inspect the cluster.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="26"/>
        <source>&amp;Sort by size</source>
        <translation>&amp;Sort by size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="28"/>
        <source>Order the bars by cluster size instead of cluster id</source>
        <translation>Order the bars by cluster size instead of cluster id</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="30"/>
        <source>The cluster whose members and targets are listed</source>
        <translation>The cluster whose members and targets are listed</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="32"/>
        <source>How often layer 2 gave each row as its answer on this cluster&apos;s test queries (true cluster given), beside how often it was their exact nearest neighbour: one long answer bar is a collapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="40"/>
        <source>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target&apos;s share, entropy, accuracy</source>
        <translation>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target&apos;s share, entropy, accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="42"/>
        <source>The chosen cluster&apos;s members and the nearest other member each is trained to predict</source>
        <translation>The chosen cluster&apos;s members and the nearest other member each is trained to predict</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="44"/>
        <source>The chosen cluster&apos;s test queries: layer 2&apos;s top answer with the true cluster given, the exact nearest neighbour, the protocol&apos;s hit (scored on layer 2&apos;s top 5) and the top answer&apos;s distance gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="50"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="59"/>
        <source>Test queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="60"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="61"/>
        <source>Members and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="96"/>
        <source>memorising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="96"/>
        <source>never trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="199"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="199"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>distinct targets</source>
        <translation>distinct targets</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>top-share</source>
        <translation>top-share</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>entropy (bits)</source>
        <translation>entropy (bits)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>train acc.</source>
        <translation>train acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>test queries</source>
        <translation>test queries</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>test acc.</source>
        <translation>test acc.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>95% low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>95% high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="100"/>
        <source>diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="119"/>
        <source>Cluster sizes and layer-2 accuracy (%1 clusters)</source>
        <translation>Cluster sizes and layer-2 accuracy (%1 clusters)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="124"/>
        <source>cluster %1 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="137"/>
        <source>Cluster sizes of the run in progress (%1 clusters; accuracy when it ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="166"/>
        <source> Layer 2 &lt;b&gt;collapses&lt;/b&gt; onto &apos;%1&apos;: its answer to %2 of %3 test queries (answers: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="172"/>
        <source> Layer 2&apos;s answers on its %1 test queries: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="174"/>
        <source>layer-2 test accuracy n/a (no test query in this cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="175"/>
        <source>layer-2 test accuracy %1 (%2 of %3 queries; 95% interval %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="179"/>
        <source> &lt;b&gt;Memorising&lt;/b&gt;: training accuracy %1 is far above even the optimistic end of the test interval — the model learned its training rows&apos; targets, not a rule that carries to new queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="183"/>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 test), none to train on: its layer-2 model was never trained, so it has no targets to be imbalanced over; %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="187"/>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>layer 2&apos;s top 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="219"/>
        <source>hit (paper: top-1 position among the 5 stored positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="219"/>
        <source>hit (exact nearest in layer 2&apos;s top 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</source>
        <translation type="vanished">&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>layer-2 target</source>
        <translation>layer-2 target</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="213"/>
        <source>hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="213"/>
        <source>miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>query</source>
        <translation type="unfinished">query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>exact nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="220"/>
        <source>layer 1 routed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="220"/>
        <source>distance gap (top 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="232"/>
        <source>Cluster %1: layer 2&apos;s answers on %2 test queries (the %3 most answered of %4 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="233"/>
        <source>Cluster %1: layer 2&apos;s answers on %2 test queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="239"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation>Layer-2 imbalance per cluster</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::CompareView</name>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="21"/>
        <source>Run A: every run of this session, in the order they finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="22"/>
        <source>Run B, compared with A (differences are B − A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="23"/>
        <source>Train two runs (or open a saved one and train another) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="28"/>
        <source>Run &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="29"/>
        <source>Run &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="25"/>
        <source>&amp;Show:</source>
        <translation type="unfinished">&amp;Show:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="42"/>
        <source>%1: %2, %3 clusters, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="86"/>
        <source>A (run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="86"/>
        <source>B (run %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="96"/>
        <source>Settings that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="97"/>
        <source>Accuracy per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="98"/>
        <source>Each system&apos;s distance to the true neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="99"/>
        <source>Each system&apos;s recall@k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="100"/>
        <source>Partitions: candidates and distance-equivalents at the target recall@10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="101"/>
        <source>Partition settings that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="102"/>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="103"/>
        <source>candidates + router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="114"/>
        <source>Run A and run B are the same run: choose two to see their differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="115"/>
        <source>Run %1 against run %2: differences are B − A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="117"/>
        <source>Partitions are compared once both runs have them (Partitions ▸ Build partitions while the run is shown).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnscope::studio::DistancesView</name>
    <message>
        <source>Table 1 as bars: each system&apos;s mean distance from its answer to the true neighbour</source>
        <translation type="vanished">Table 1 as bars: each system&apos;s mean distance from its answer to the true neighbour</translation>
    </message>
    <message>
        <source>Which table to show</source>
        <translation type="vanished">Which table to show</translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation type="vanished">Click a column header to sort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="11"/>
        <source>&amp;Table:</source>
        <translation>&amp;Table:</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::EngineWorker</name>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="32"/>
        <source>%1, model %2 of %3, epoch %4</source>
        <translation>%1, model %2 of %3, epoch %4</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="50"/>
        <source>projecting (PCA)</source>
        <translation>projecting (PCA)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="93"/>
        <location filename="../app/studio/EngineWorker.cpp" line="129"/>
        <source>loading %1</source>
        <translation>loading %1</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="96"/>
        <source>loaded %1: %2 rows x %3</source>
        <translation>loaded %1: %2 rows x %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="106"/>
        <source>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</source>
        <translation>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="111"/>
        <location filename="../app/studio/EngineWorker.cpp" line="137"/>
        <location filename="../app/studio/EngineWorker.cpp" line="168"/>
        <location filename="../app/studio/EngineWorker.cpp" line="195"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="112"/>
        <source>run finished in %1 s</source>
        <translation>run finished in %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="115"/>
        <source>run cancelled</source>
        <translation>run cancelled</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="133"/>
        <source>opened %1 (trained on %2)</source>
        <translation>opened %1 (trained on %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="188"/>
        <source>t-SNE map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="191"/>
        <source>measuring the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="210"/>
        <source>saved the run to %1</source>
        <translation>saved the run to %1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="52"/>
        <location filename="../app/studio/MainWindow.cpp" line="151"/>
        <location filename="../app/studio/MainWindow.cpp" line="357"/>
        <location filename="../app/studio/MainWindow.cpp" line="406"/>
        <source>nnscope studio</source>
        <translation>nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="67"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="81"/>
        <source>C&amp;lusters</source>
        <translation>C&amp;lusters</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="82"/>
        <source>&amp;Accuracy</source>
        <translation>&amp;Accuracy</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="83"/>
        <source>&amp;Distances</source>
        <translation>&amp;Distances</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="84"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projection</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="85"/>
        <source>&amp;Query</source>
        <translation>&amp;Query</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="86"/>
        <source>Partitio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="87"/>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="105"/>
        <source>What the engine did, with times</source>
        <translation>What the engine did, with times</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="106"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="113"/>
        <source>Ready: press Train to cluster, train and evaluate.</source>
        <translation>Ready: press Train to cluster, train and evaluate.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="119"/>
        <source>Progress of the whole run</source>
        <translation>Progress of the whole run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="132"/>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="144"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="149"/>
        <source>Failed.</source>
        <translation>Failed.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="161"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="169"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="191"/>
        <source>t-SNE map made in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="199"/>
        <source>Partitions built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="227"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Open session…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="228"/>
        <source>Open a saved run (a model folder)</source>
        <translation>Open a saved run (a model folder)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="233"/>
        <source>Reopen a run saved by the studio or by `nnscope train`, without retraining</source>
        <translation>Reopen a run saved by the studio or by `nnscope train`, without retraining</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="234"/>
        <source>&amp;Save session…</source>
        <translation>&amp;Save session…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="235"/>
        <source>Save the run as a folder</source>
        <translation>Save the run as a folder</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="240"/>
        <source>Save the trained run (a model folder that `nnscope predict` also reads)</source>
        <translation>Save the trained run (a model folder that `nnscope predict` also reads)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="242"/>
        <source>&amp;Export all…</source>
        <translation>&amp;Export all…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="243"/>
        <source>Write a report folder</source>
        <translation>Write a report folder</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="247"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="248"/>
        <source>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</source>
        <translation>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="249"/>
        <source>Export &amp;chart…</source>
        <translation>Export &amp;chart…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="254"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="255"/>
        <source>Save the current view&apos;s chart as PNG, PDF or JPG</source>
        <translation>Save the current view&apos;s chart as PNG, PDF or JPG</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="256"/>
        <source>Export &amp;table…</source>
        <translation>Export &amp;table…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="261"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="262"/>
        <source>Chart export &amp;options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="263"/>
        <source>The scale of exported PNG/JPG images and the paper size of exported PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="264"/>
        <source>Save the current view&apos;s table as CSV or Markdown</source>
        <translation>Save the current view&apos;s table as CSV or Markdown</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="276"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="277"/>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="278"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="279"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="282"/>
        <source>&amp;About nnscope studio</source>
        <translation>&amp;About nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="284"/>
        <source>About nnscope studio</source>
        <translation>About nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="285"/>
        <source>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="293"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="322"/>
        <source>The views show the previous run (%1) until this one finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="364"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="365"/>
        <source>training: %1, %2 clusters, %3 protocol, %4 preset</source>
        <translation>training: %1, %2 clusters, %3 protocol, %4 preset</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="387"/>
        <source>Building partitions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="388"/>
        <source>partitions: %1 bins on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="399"/>
        <source>The t-SNE map waits until the current job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="400"/>
        <source>There is no data to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="410"/>
        <source>Making the t-SNE map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="411"/>
        <source>t-SNE map: %1 rows of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="429"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="438"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="447"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="486"/>
        <source>wrote %1 files to %2</source>
        <translation>wrote %1 files to %2</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="487"/>
        <source>Report written to %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="490"/>
        <source>Export all</source>
        <translation>Export all</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="556"/>
        <source>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</source>
        <translation>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="578"/>
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="580"/>
        <source>estimating the time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="592"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="592"/>
        <source>A run is in progress. Stop it and quit? Its results are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="594"/>
        <source>&amp;Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="595"/>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnscope::studio::PartitionsView</name>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="36"/>
        <source>Bins of every partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="41"/>
        <source>&amp;Build partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="52"/>
        <source>Recall@10 against candidates scanned per query, one point per number of bins probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="54"/>
        <source>Each method&apos;s bin sizes, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="57"/>
        <source>Per method: candidates at the target recall@10, the same with the router&apos;s arithmetic, balance, cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="59"/>
        <source>The inspected query: the bins each router ranks first, and the bins its 10 nearest neighbours are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="62"/>
        <source>B&amp;ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="63"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="65"/>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="112"/>
        <source>Build the partitions to compare them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="139"/>
        <source>no method reaches the target recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="140"/>
        <source>lowest total cost: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="141"/>
        <source>fewest candidates: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="149"/>
        <source>Cost per query at recall@10 = %1: candidates, and with the router counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="217"/>
        <source>Bin sizes, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="211"/>
        <source>bin (by size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="212"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>total @ recall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>ms/query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
        <source>largest / mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="237"/>
        <source>%1 base rows, %2 held-out queries; candidates at recall@10 = %3 (lower is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="274"/>
        <source>probes for %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
        <source>rows stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="39"/>
        <source>all</source>
        <translation type="unfinished">all</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="40"/>
        <source>Build on the first N rows of the chosen data; &apos;all&apos; uses every row (independent of the run&apos;s Words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="42"/>
        <source>Build k-means, k-means with SOAR spilling, Neural LSH and a LIRA-style prober on the chosen data, holding out 10% of the rows as queries (on the worker: Cancel stops it); no trained run needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="46"/>
        <source>recall against candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="47"/>
        <source>total cost at the target recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="48"/>
        <source>Candidates scanned alone, or with each router&apos;s arithmetic counted in distance computations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="49"/>
        <source>Choose data in the Run panel, then build the partitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="217"/>
        <source>Bin sizes, largest first
(colours as in the curves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
        <source>build s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>bins probed first (score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>bins of the 10 nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="275"/>
        <source>adaptive rule probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="287"/>
        <source>Learned partitions against k-means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ProjectionView</name>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="60"/>
        <source>Project all rows, or one cluster&apos;s rows on that cluster&apos;s own principal axes</source>
        <translation>Project all rows, or one cluster&apos;s rows on that cluster&apos;s own principal axes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="70"/>
        <source>The two principal components shown, or a neighbour-preserving t-SNE map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="84"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</source>
        <translation type="vanished">★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="209"/>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="211"/>
        <source>Cluster %1 (%2 rows)</source>
        <translation>Cluster %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="446"/>
        <source>PCA of %1 (%2 rows)</source>
        <translation>PCA of %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="447"/>
        <source>PCA of cluster %1</source>
        <translation>PCA of cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="293"/>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="64"/>
        <location filename="../app/studio/views/ProjectionView.cpp" line="363"/>
        <source>cluster</source>
        <translation type="unfinished">cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="66"/>
        <source>Colour the points by k-means cluster, by the run&apos;s split, by whether layer 2 found the test query&apos;s neighbour, or by the bins of a partition built in the Partitions view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="268"/>
        <source>held-out query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="364"/>
        <source>train / test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="365"/>
        <source>layer 2 hit / miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="73"/>
        <source>PC%1 × PC%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="74"/>
        <source>t-SNE map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="76"/>
        <source>find a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="77"/>
        <source>Highlight a word (any case) and centre the view on it; click a point to make it the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="85"/>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="86"/>
        <source>A&amp;xes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="87"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="88"/>
        <source>click: inspect · wheel: zoom · drag: pan · double-click: reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="189"/>
        <source>A neighbour-preserving map of every row (Barnes-Hut t-SNE), made on the worker when first chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="450"/>
        <source>every row drawn, shaded by rows per cell; zoom in for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="731"/>
        <source>The t-SNE map is offered for 3 to %L1 rows; this data has %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="275"/>
        <source>bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="282"/>
        <source>bin %1: probe %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="287"/>
        <source>rows (train to see clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="297"/>
        <source>test row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="297"/>
        <source>training row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>not a scored test query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>test: layer 2 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>test: layer 2 miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="371"/>
        <source>bins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="440"/>
        <source>t-SNE map of %1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="440"/>
        <source>t-SNE map: cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="442"/>
        <source>keeps %1 % of each row&apos;s 10 nearest (%2 rows sampled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="443"/>
        <source>keeps %1 % of each row&apos;s 10 nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="445"/>
        <source>PCA of %1 (%2 rows), before training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="452"/>
        <source>%1 probing %2 bins, as chosen on its curve (full colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="454"/>
        <source>bins %1 probes for %2 of the 10 nearest: %3 (full colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>predicted neighbour</source>
        <translation>predicted neighbour</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>true neighbour</source>
        <translation>true neighbour</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="532"/>
        <source>exact nearest neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="540"/>
        <source>found word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="543"/>
        <source>t-SNE 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="543"/>
        <location filename="../app/studio/views/ProjectionView.cpp" line="544"/>
        <source>PC%1 (%2 % of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="544"/>
        <source>t-SNE 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="859"/>
        <source>cluster %1 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="870"/>
        <source>Nearest to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC1 (%1% of the variance)</source>
        <translation type="vanished">PC1 (%1% of the variance)</translation>
    </message>
    <message>
        <source>PC2 (%1% of the variance)</source>
        <translation type="vanished">PC2 (%1% of the variance)</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::QueryInspector</name>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="47"/>
        <source>type a word and press Enter</source>
        <translation>type a word and press Enter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="48"/>
        <source>The query: any word of the dataset (completion offers them)</source>
        <translation>The query: any word of the dataset (completion offers them)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="54"/>
        <source>&amp;Random test query</source>
        <translation>&amp;Random test query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="55"/>
        <source>Pick a held-out row at random (Ctrl+T)</source>
        <translation>Pick a held-out row at random (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="56"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="60"/>
        <source>Answers per list: layer 2&apos;s and exact search&apos;s top k (nnscope predict --k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="63"/>
        <source>Clusters probed: layer 1&apos;s most probable (nnscope predict --probe); more than one gathers each probed cluster&apos;s layer-2 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="65"/>
        <source>re-&amp;rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="66"/>
        <source>Order layer 2&apos;s candidates by exact distance (as predict does when probing several clusters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="70"/>
        <source>A query of the dataset&apos;s own query set (siftsmall&apos;s 100, fashion-mnist&apos;s test images), with its shipped ground truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="73"/>
        <source>Train a run, then pick a query.</source>
        <translation>Train a run, then pick a query.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="78"/>
        <source>&amp;Query:</source>
        <translation>&amp;Query:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="80"/>
        <source>or the data&apos;s own query &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="81"/>
        <source>&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="82"/>
        <source>&amp;probes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="85"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="289"/>
        <source>Layer 1: most probable clusters</source>
        <translation>Layer 1: most probable clusters</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="86"/>
        <source>Layer 1&apos;s top clusters with their probabilities; ✓ marks the query&apos;s own k-means cluster</source>
        <translation>Layer 1&apos;s top clusters with their probabilities; ✓ marks the query&apos;s own k-means cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="88"/>
        <source>Layer 2: predicted neighbours</source>
        <translation>Layer 2: predicted neighbours</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="89"/>
        <source>Layer 2&apos;s top 5 in layer 1&apos;s cluster; ✓ marks those among the exact top 5</source>
        <translation>Layer 2&apos;s top 5 in layer 1&apos;s cluster; ✓ marks those among the exact top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="91"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="290"/>
        <source>Exact search: true neighbours</source>
        <translation>Exact search: true neighbours</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="92"/>
        <source>The exact top 5; ✓ marks those layer 2 found</source>
        <translation>The exact top 5; ✓ marks those layer 2 found</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="121"/>
        <source>Type a word, pick a random test query, or one of the data&apos;s own %1 queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="122"/>
        <source>Type a word, or pick a random test query.</source>
        <translation>Type a word, or pick a random test query.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="160"/>
        <source>&apos;%1&apos; is not in %2.</source>
        <translation>&apos;%1&apos; is not in %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="212"/>
        <source>Could not inspect the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <source>probability</source>
        <translation>probability</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <source>own cluster</source>
        <translation>own cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="229"/>
        <source>query</source>
        <translation type="unfinished">query</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="233"/>
        <source>the query itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>rank</source>
        <translation>rank</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>word</source>
        <translation>word</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>distance</source>
        <translation>distance</translation>
    </message>
    <message>
        <source>in exact top 5</source>
        <translation type="vanished">in exact top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>found by layer 2</source>
        <translation>found by layer 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="264"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2&apos;s answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2&apos;s answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="267"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="267"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="258"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="268"/>
        <source>(right)</source>
        <translation>(right)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <source>in exact top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="251"/>
        <source> The shipped ground truth says row %1: exact search %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="253"/>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="253"/>
        <source>finds row %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="255"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt; of the data&apos;s own queries (nearest centroid: cluster %2): layer 1 chose cluster %3 %4; layer 2&apos;s answer is row %5, %6 the exact nearest neighbour, row %7; distance gap %8 (%9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="258"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="268"/>
        <source>(wrong)</source>
        <translation>(wrong)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="259"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="270"/>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="259"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="270"/>
        <source>not</source>
        <translation>not</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="274"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: layer 2 has no answer besides the query itself in cluster %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="297"/>
        <source>Layer-2 neighbours of the query</source>
        <translation>Layer-2 neighbours of the query</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::RunPanel</name>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="42"/>
        <source>File…</source>
        <translation>File…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="43"/>
        <source>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</source>
        <translation>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="45"/>
        <source>path to a .txt, .csv or .fvecs file</source>
        <translation>path to a .txt, .csv or .fvecs file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="46"/>
        <source>The data file to load when &apos;File…&apos; is chosen</source>
        <translation>The data file to load when &apos;File…&apos; is chosen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="47"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="48"/>
        <source>Choose a data file</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="51"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="52"/>
        <source>Keep the first N rows (the paper&apos;s number of words); &apos;all&apos; keeps every row</source>
        <translation>Keep the first N rows (the paper&apos;s number of words); &apos;all&apos; keeps every row</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="55"/>
        <source>The metric of targets and truth under the corrected protocol (the paper&apos;s protocol always uses cosine)</source>
        <translation>The metric of targets and truth under the corrected protocol (the paper&apos;s protocol always uses cosine)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="58"/>
        <source>Number of k-means clusters = number of layer-2 models</source>
        <translation>Number of k-means clusters = number of layer-2 models</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="60"/>
        <source>corrected</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="61"/>
        <source>paper (authors&apos; quirks)</source>
        <translation>paper (authors&apos; quirks)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="62"/>
        <source>corrected: stratified split, global exact truth; paper: as the authors&apos; code did it</source>
        <translation>corrected: stratified split, global exact truth; paper: as the authors&apos; code did it</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="64"/>
        <source>fast (Adam)</source>
        <translation>fast (Adam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="65"/>
        <source>paper (SGD, slow)</source>
        <translation>paper (SGD, slow)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="66"/>
        <source>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</source>
        <translation>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="67"/>
        <source>&amp;Augment layer-2 data</source>
        <translation>&amp;Augment layer-2 data</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="68"/>
        <source>Add perturbed copies of members labelled with their nearest member (the paper&apos;s proposed augmentation)</source>
        <translation>Add perturbed copies of members labelled with their nearest member (the paper&apos;s proposed augmentation)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="71"/>
        <source>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</source>
        <translation>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="74"/>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="75"/>
        <source>Cap on epochs per model; &apos;preset&apos; keeps the preset&apos;s</source>
        <translation>Cap on epochs per model; &apos;preset&apos; keeps the preset&apos;s</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="79"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="80"/>
        <source>Refuse, before any work, a hierarchy whose weights would need more memory than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="84"/>
        <source>&amp;Train</source>
        <translation>&amp;Train</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="85"/>
        <source>Cluster, train and evaluate with these settings (Ctrl+R)</source>
        <translation>Cluster, train and evaluate with these settings (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="87"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="88"/>
        <source>Stop the run within one training batch (Esc)</source>
        <translation>Stop the run within one training batch (Esc)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="91"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="93"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="97"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="101"/>
        <source>&amp;Words:</source>
        <translation>&amp;Words:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="102"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metric:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="103"/>
        <source>Hierarchy</source>
        <translation>Hierarchy</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="105"/>
        <source>C&amp;lusters:</source>
        <translation>C&amp;lusters:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="106"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocol:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="107"/>
        <source>Pr&amp;eset:</source>
        <translation>Pr&amp;eset:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="108"/>
        <source>Max &amp;epochs:</source>
        <translation>Max &amp;epochs:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="110"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="111"/>
        <source>Memory &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="149"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="155"/>
        <source>%1 rows × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="184"/>
        <source>Open a data file</source>
        <translation>Open a data file</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="185"/>
        <source>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</source>
        <translation>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="257"/>
        <source>The paper&apos;s protocol always uses cosine (within-cluster cosine targets and truth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="258"/>
        <source>The metric of targets and truth under the corrected protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
