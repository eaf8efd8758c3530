<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="42"/>
        <source>Chart export options</source>
        <translation>Optionen für den Diagrammexport</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="45"/>
        <source>%1× the on-screen size</source>
        <translation>%1× die Bildschirmgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="48"/>
        <source>the on-screen size</source>
        <translation>die Bildschirmgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="50"/>
        <source>%1, landscape</source>
        <translation>%1, Querformat</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="56"/>
        <source>PNG / JPG &amp;scale:</source>
        <translation>PNG/JPG-&amp;Maßstab:</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="57"/>
        <source>PDF &amp;page:</source>
        <translation>PDF-&amp;Seite:</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="90"/>
        <location filename="../app/studio/ExportActions.cpp" line="95"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="91"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;JPEG-Bild (*.jpg)</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="95"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="103"/>
        <location filename="../app/studio/ExportActions.cpp" line="110"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="104"/>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>TableText</name>
    <message>
        <location filename="../app/studio/TableText.cpp" line="19"/>
        <source>(clusters, words)</source>
        <translation>(Cluster, Wörter)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="20"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="21"/>
        <source>learned: k-means cluster</source>
        <translation>gelernt: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="22"/>
        <source>learned: neighbour&apos;s cluster</source>
        <translation>gelernt: Cluster des Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="23"/>
        <source>learned+augment: k-means cluster</source>
        <translation>gelernt+Augmentierung: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="24"/>
        <source>centroid twin: k-means cluster</source>
        <translation>Zentroid-Zwilling: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="25"/>
        <source>learned (routed by layer 1)</source>
        <translation>gelernt (von Schicht 1 geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="26"/>
        <source>learned (true cluster given)</source>
        <translation>gelernt (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="27"/>
        <source>learned+augment (routed)</source>
        <translation>gelernt+Augmentierung (geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="28"/>
        <source>centroid twin</source>
        <translation>Zentroid-Zwilling</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="29"/>
        <source>learned recall@1</source>
        <translation>gelernt Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="30"/>
        <source>learned: k-means cluster (in-sample draw)</source>
        <translation>gelernt: k-Means-Cluster (In-Sample-Ziehung)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="31"/>
        <source>learned (routed, in-sample draw)</source>
        <translation>gelernt (geroutet, In-Sample-Ziehung)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="32"/>
        <source>recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="33"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="34"/>
        <source>FLOPs/query</source>
        <translation>FLOPs/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="35"/>
        <source>layer-2 acc. without</source>
        <translation>Genauigkeit Schicht 2 ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="36"/>
        <location filename="../app/studio/TableText.cpp" line="38"/>
        <location filename="../app/studio/TableText.cpp" line="40"/>
        <location filename="../app/studio/TableText.cpp" line="42"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="37"/>
        <source>distance to truth without</source>
        <translation>Abstand zur Wahrheit ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="39"/>
        <source>recall@1 without</source>
        <translation>Recall@1 ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="41"/>
        <source>train s without</source>
        <translation>Training s ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="43"/>
        <source>partitions probed</source>
        <translation>abgefragte Partitionen</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="44"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="45"/>
        <source>ms/query (single)</source>
        <translation>ms/Anfrage (einzeln)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="46"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="47"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="48"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="49"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="50"/>
        <source>distinct targets</source>
        <translation>verschiedene Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="51"/>
        <source>top-share</source>
        <translation>Anteil häufigstes</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="52"/>
        <source>entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="53"/>
        <source>train acc.</source>
        <translation>Trainingsgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="54"/>
        <source>test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="55"/>
        <source>test acc.</source>
        <translation>Testgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="56"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="57"/>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="58"/>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="59"/>
        <source>memorising</source>
        <translation>auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="60"/>
        <source>ScaNN (score)</source>
        <translation>ScaNN (Score)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="61"/>
        <source>Random</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="62"/>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="63"/>
        <source>layer-1 acc.</source>
        <translation>Gen. Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="64"/>
        <source>layer-2 acc.</source>
        <translation>Gen. Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="65"/>
        <source>ScaNN s/query</source>
        <translation>ScaNN s/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="66"/>
        <source>ML s/query</source>
        <translation>ML s/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="72"/>
        <source>recall@k</source>
        <translation>Recall@k</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="74"/>
        <source>%1 score</source>
        <translation>%1 Score</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="81"/>
        <source>paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="83"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="90"/>
        <source>Table 1: average distance to the true neighbour</source>
        <translation>Tabelle 1: mittlerer Abstand zum wahren Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="91"/>
        <source>Table 2: layer-1 accuracy</source>
        <translation>Tabelle 2: Genauigkeit Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="92"/>
        <source>Table 3: layer-2 top-5 accuracy</source>
        <translation>Tabelle 3: Top-5-Genauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="93"/>
        <source>Table 4: mean time per query, one query per call (ms)</source>
        <translation>Tabelle 4: mittlere Zeit pro Anfrage, eine Anfrage pro Aufruf (ms)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="94"/>
        <source>Table 4b: mean time per query, all queries in one call (ms)</source>
        <translation>Tabelle 4b: mittlere Zeit pro Anfrage, alle Anfragen in einem Aufruf (ms)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="95"/>
        <source>Recall against exact search</source>
        <translation>Recall gegenüber exakter Suche</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="96"/>
        <source>Cost per query: memory and FLOPs</source>
        <translation>Kosten pro Anfrage: Speicher und FLOPs</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="97"/>
        <source>Augmentation: the paper&apos;s proposed, untested layer-2 augmentation</source>
        <translation>Augmentierung: die vom Paper vorgeschlagene, ungetestete Augmentierung von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="98"/>
        <source>Multi-probe: recall and ms per query</source>
        <translation>Multi-Probe: Recall und ms pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="99"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="100"/>
        <source>The paper&apos;s published values (Tables 1–4)</source>
        <translation>Die veröffentlichten Werte des Papers (Tabellen 1–4)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="107"/>
        <source>%1 (%2 protocol)</source>
        <translation>%1 (Protokoll %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="114"/>
        <location filename="../app/studio/TableText.cpp" line="128"/>
        <source>clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="115"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="116"/>
        <source>training (augmented)</source>
        <translation>Training (augmentiert)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="117"/>
        <source>exact search (truth)</source>
        <translation>exakte Suche (Wahrheit)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="119"/>
        <source>building %1</source>
        <translation>baue %1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="120"/>
        <source>probing %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="129"/>
        <source>building targets</source>
        <translation>baue Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="130"/>
        <source>layer 1</source>
        <translation>Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="131"/>
        <source>layer 2</source>
        <translation>Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="132"/>
        <source>evaluating</source>
        <translation>bewerte</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="133"/>
        <source>saving</source>
        <translation>speichere</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="134"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="118"/>
        <source>measuring %1</source>
        <translation>messe %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="29"/>
        <source>Explore learned nearest-neighbour search.</source>
        <translation>Gelernte Nächste-Nachbarn-Suche erkunden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>User interface language (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="33"/>
        <source>Open a saved run (a model folder).</source>
        <translation>Einen gespeicherten Lauf (Modellordner) öffnen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="35"/>
        <source>Train the default run, save a PNG of every view into the folder, and quit.</source>
        <translation>Den Standardlauf trainieren, jede Ansicht als PNG in den Ordner speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="37"/>
        <source>The data: a built-in name or a file.</source>
        <translation>Die Daten: ein eingebauter Name oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="38"/>
        <source>Keep the first N rows.</source>
        <translation>Die ersten N Zeilen behalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="39"/>
        <source>Number of clusters.</source>
        <translation>Anzahl der Cluster.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="40"/>
        <source>Train a run before anything else.</source>
        <translation>Zuerst einen Lauf trainieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="41"/>
        <source>The view to show: clusters, accuracy, distances, projection, query or partitions.</source>
        <translation>Die zu zeigende Ansicht: clusters, accuracy, distances, projection, query oder partitions.</translation>
    </message>
    <message>
        <source>The view to show: clusters, accuracy, distances, projection or query.</source>
        <translation type="vanished">Die zu zeigende Ansicht: clusters, accuracy, distances, projection oder query.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="42"/>
        <source>Save the view as a PNG (after --train, if given) and quit.</source>
        <translation>Die Ansicht als PNG speichern (nach --train, falls angegeben) und beenden.</translation>
    </message>
</context>
<context>
    <name>nnscope::report</name>
    <message>
        <location filename="../app/report/Charts.cpp" line="142"/>
        <source>Average distance to the true neighbour (%1 protocol)</source>
        <translation>Mittlerer Abstand zum wahren Nachbarn (Protokoll %1)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="161"/>
        <source>mean Euclidean distance (lower is better)</source>
        <translation>mittlerer euklidischer Abstand (kleiner ist besser)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="162"/>
        <location filename="../app/report/Charts.cpp" line="204"/>
        <source>(clusters, words)</source>
        <translation>(Cluster, Wörter)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="168"/>
        <source>Per-layer accuracy of the learned hierarchy</source>
        <translation>Genauigkeit je Schicht der gelernten Hierarchie</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="198"/>
        <source>layer %1, %2, in-sample draw</source>
        <translation>Schicht %1, %2, In-Sample-Ziehung</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="199"/>
        <source>layer %1, %2</source>
        <translation>Schicht %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="202"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="217"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="239"/>
        <source>layer-2 test accuracy (95% Wilson interval)</source>
        <translation>Testgenauigkeit Schicht 2 (95-%-Wilson-Intervall)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="242"/>
        <source>layer-2 test accuracy</source>
        <translation>Testgenauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="329"/>
        <source>Recall@10 against candidates scanned
%1, %2 held-out queries</source>
        <translation>Recall@10 gegen geprüfte Kandidaten
%1, %2 zurückgehaltene Anfragen</translation>
    </message>
    <message>
        <source>Recall@10 against candidates scanned (%1, %2 held-out queries)</source>
        <translation type="vanished">Recall@10 gegen geprüfte Kandidaten (%1, %2 zurückgehaltene Anfragen)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="349"/>
        <source>candidates scanned per query (log scale)</source>
        <translation>geprüfte Kandidaten pro Anfrage (log. Skala)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="350"/>
        <source>recall@10</source>
        <translation>Recall@10</translation>
    </message>
    <message>
        <source>clusters, largest first</source>
        <translation type="vanished">Cluster, größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="226"/>
        <source>cluster id</source>
        <translation>Cluster-Nr.</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="226"/>
        <source>cluster id, largest first</source>
        <translation>Cluster-Nr., größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="228"/>
        <source>cluster size (rows)</source>
        <translation>Clustergröße (Zeilen)</translation>
    </message>
    <message>
        <source>layer-2 accuracy</source>
        <translation type="vanished">Genauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="266"/>
        <source>Recall@%1 against time per query (%2 protocol)</source>
        <translation>Recall@%1 gegen Zeit pro Anfrage (Protokoll %2)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="288"/>
        <source>milliseconds per query, one query per call (log scale)</source>
        <translation>Millisekunden pro Anfrage, eine Anfrage pro Aufruf (log. Skala)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="289"/>
        <source>recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::AccuracyView</name>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="27"/>
        <source>Accuracy of each layer on the run&apos;s test queries</source>
        <translation>Genauigkeit jeder Schicht auf den Testanfragen des Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="28"/>
        <source>Each cluster&apos;s layer-2 test accuracy against its size</source>
        <translation>Testgenauigkeit von Schicht 2 je Cluster gegen seine Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="29"/>
        <source>Loss and monitored training accuracy per epoch of the chosen model</source>
        <translation>Verlust und überwachte Trainingsgenauigkeit je Epoche des gewählten Modells</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="34"/>
        <source>The model whose training curves are drawn</source>
        <translation>Das Modell, dessen Trainingskurven gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="38"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="43"/>
        <source>cluster size</source>
        <translation>Clustergröße</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="44"/>
        <source>target entropy (bits)</source>
        <translation>Entropie der Ziele (Bit)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="45"/>
        <source>most common target&apos;s share</source>
        <translation>Anteil des häufigsten Ziels</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="46"/>
        <source>What layer-2 test accuracy is plotted against; the line is the fit weighted by each cluster&apos;s test queries</source>
        <translation>Wogegen die Testgenauigkeit von Schicht 2 aufgetragen wird; die Linie ist die nach Testanfragen je Cluster gewichtete Anpassung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="50"/>
        <source>&amp;Against:</source>
        <translation>&amp;Gegen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="54"/>
        <source>Per layer</source>
        <translation>Je Schicht</translation>
    </message>
    <message>
        <source>Layer 2 vs cluster size</source>
        <translation type="vanished">Schicht 2 gegen Clustergröße</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="56"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="223"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="251"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="59"/>
        <source>Every model&apos;s training record</source>
        <translation>Trainingsprotokoll jedes Modells</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="103"/>
        <source>Accuracy per layer (%1 protocol, %2 queries)</source>
        <translation>Genauigkeit je Schicht (Protokoll %1, %2 Anfragen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="107"/>
        <source>layer 1
(k-means cluster)</source>
        <translation>Schicht 1
(k-Means-Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="108"/>
        <source>layer 1
(neighbour&apos;s cluster)</source>
        <translation>Schicht 1
(Cluster des Nachbarn)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="109"/>
        <source>layer 2 top-5
(routed)</source>
        <translation>Schicht 2 Top-5
(geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="110"/>
        <source>layer 2 top-5
(true cluster)</source>
        <translation>Schicht 2 Top-5
(wahrer Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="111"/>
        <source>recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="119"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="244"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Layer-2 test accuracy against cluster size</source>
        <translation type="vanished">Testgenauigkeit von Schicht 2 gegen Clustergröße</translation>
    </message>
    <message>
        <source>cluster size (members)</source>
        <translation type="vanished">Clustergröße (Mitglieder)</translation>
    </message>
    <message>
        <source>layer-2 accuracy (true cluster given)</source>
        <translation type="vanished">Genauigkeit Schicht 2 (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="55"/>
        <source>Layer 2 vs imbalance</source>
        <translation>Schicht 2 gegen Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="252"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <source>training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <source>augmented</source>
        <translation>augmentiert</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="147"/>
        <source>best epoch</source>
        <translation>beste Epoche</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="148"/>
        <source>best accuracy</source>
        <translation>beste Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="148"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="167"/>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="197"/>
        <source>fewer than two clusters with test queries: no trend</source>
        <translation>weniger als zwei Cluster mit Testanfragen: kein Trend</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="200"/>
        <source>weighted fit</source>
        <translation>gewichtete Anpassung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="204"/>
        <source>slope %1, weighted r = %2 over %3 clusters</source>
        <translation>Steigung %1, gewichtetes r = %2 über %3 Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="207"/>
        <source>Layer-2 test accuracy against %1 (%2)</source>
        <translation>Testgenauigkeit Schicht 2 gegen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="210"/>
        <source>layer-2 test accuracy (true cluster given)</source>
        <translation>Testgenauigkeit Schicht 2 (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="223"/>
        <source>Training curves: %1</source>
        <translation>Trainingskurven: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="227"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="253"/>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="231"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="235"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="252"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="243"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="252"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="273"/>
        <source>Training record per model</source>
        <translation>Trainingsprotokoll je Modell</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ClustersView</name>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="24"/>
        <source>Cluster sizes (bars) and each cluster&apos;s layer-2 test accuracy (dots). Click a bar to inspect the cluster.</source>
        <translation>Clustergrößen (Balken) und Testgenauigkeit von Schicht 2 je Cluster (Punkte). Balken anklicken, um den Cluster zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="25"/>
        <source>&amp;Sort by size</source>
        <translation>Nach Größe &amp;sortieren</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="27"/>
        <source>Order the bars by cluster size instead of cluster id</source>
        <translation>Balken nach Clustergröße statt Cluster-Nr. ordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="29"/>
        <source>The cluster whose members and targets are listed</source>
        <translation>Der Cluster, dessen Mitglieder und Ziele aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="36"/>
        <source>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target&apos;s share, entropy, accuracy</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster: Größe, Aufteilung, verschiedene Ziele, Anteil des häufigsten Ziels, Entropie, Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="38"/>
        <source>The chosen cluster&apos;s members and the nearest other member each is trained to predict</source>
        <translation>Die Mitglieder des gewählten Clusters und das nächste andere Mitglied, das jedes vorhersagen soll</translation>
    </message>
    <message>
        <source>The chosen cluster&apos;s test queries: layer 2&apos;s answer with the true cluster given, the exact nearest neighbour, hit or miss, and the distance gap</source>
        <translation type="vanished">Die Testanfragen des gewählten Clusters: die Antwort von Schicht 2 bei gegebenem wahrem Cluster, der exakte nächste Nachbar, Treffer oder nicht, und die Abstandslücke</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="40"/>
        <source>The chosen cluster&apos;s test queries: layer 2&apos;s top answer with the true cluster given, the exact nearest neighbour, the protocol&apos;s hit (scored on layer 2&apos;s top 5) and the top answer&apos;s distance gap</source>
        <translation>Die Testanfragen des gewählten Clusters: die beste Antwort von Schicht 2 bei gegebenem wahren Cluster, der exakte nächste Nachbar, der Treffer des Protokolls (bewertet auf den Top 5 von Schicht 2) und die Abstandslücke der besten Antwort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="46"/>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="55"/>
        <source>Test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="56"/>
        <source>Members and targets</source>
        <translation>Mitglieder und Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="89"/>
        <source>memorising</source>
        <translation>auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="146"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="146"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <source>distinct targets</source>
        <translation>verschiedene Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="90"/>
        <source>top-share</source>
        <translation>Top-Anteil</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>entropy (bits)</source>
        <translation>Entropie (Bit)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>train acc.</source>
        <translation>Trainingsgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>test acc.</source>
        <translation>Testgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="91"/>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="vanished">95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="92"/>
        <source>diagnosis</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="111"/>
        <source>Cluster sizes and layer-2 accuracy (%1 clusters)</source>
        <translation>Clustergrößen und Genauigkeit von Schicht 2 (%1 Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="126"/>
        <source>layer-2 test accuracy n/a (no test query in this cluster)</source>
        <translation>Testgenauigkeit Schicht 2 n. v. (keine Testanfrage in diesem Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="127"/>
        <source>layer-2 test accuracy %1 (%2 of %3 queries; 95% interval %4–%5)</source>
        <translation>Testgenauigkeit Schicht 2 %1 (%2 von %3 Anfragen; 95-%-Intervall %4–%5)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="131"/>
        <source> &lt;b&gt;Memorising&lt;/b&gt;: training accuracy %1 is far above even the optimistic end of the test interval — the model learned its training rows&apos; targets, not a rule that carries to new queries.</source>
        <translation> &lt;b&gt;Auswendig gelernt&lt;/b&gt;: die Trainingsgenauigkeit %1 liegt weit über selbst dem optimistischen Ende des Testintervalls — das Modell hat die Ziele seiner Trainingszeilen gelernt, keine Regel, die auf neue Anfragen übergeht.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="134"/>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; %8.</source>
        <translation>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 Mitglieder (%3 Training, %4 Test), %5 verschiedene Ziele von Schicht 2; das häufigste Ziel deckt %6 % der Trainingszeilen ab; Entropie der Ziele %7 Bit; %8.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="164"/>
        <source>layer 2&apos;s top 1</source>
        <translation>Top 1 von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="165"/>
        <source>hit (paper: top-1 position among the 5 stored positions)</source>
        <translation>Treffer (Paper: Position der Top 1 unter den 5 gespeicherten Positionen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="165"/>
        <source>hit (exact nearest in layer 2&apos;s top 5)</source>
        <translation>Treffer (exakter Nächster in den Top 5 von Schicht 2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</source>
        <translation type="vanished">&lt;b&gt;Cluster %1&lt;/b&gt;: %2 Mitglieder (%3 Training, %4 Test), %5 verschiedene Ziele für Schicht 2; das häufigste Ziel deckt %6% der Trainingszeilen ab; Zielentropie %7 Bit; Testgenauigkeit von Schicht 2 %8 auf %9 Anfragen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="150"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="150"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="164"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="150"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="150"/>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="150"/>
        <source>layer-2 target</source>
        <translation>Ziel für Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="159"/>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="159"/>
        <source>miss</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="164"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>layer 2&apos;s answer</source>
        <translation type="vanished">Antwort von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="164"/>
        <source>exact nearest</source>
        <translation>exakt nächster</translation>
    </message>
    <message>
        <source>distance gap</source>
        <translation type="vanished">Abstandslücke</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="166"/>
        <source>layer 1 routed to</source>
        <translation>Schicht 1 leitete zu</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="166"/>
        <source>distance gap (top 1)</source>
        <translation>Abstandslücke (Top 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="172"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::DistancesView</name>
    <message>
        <source>Table 1 as bars: each system&apos;s mean distance from its answer to the true neighbour</source>
        <translation type="vanished">Tabelle 1 als Balken: mittlerer Abstand der Antwort jedes Systems zum wahren Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="22"/>
        <source>The chosen table as bars: one group per row, one bar per numeric column</source>
        <translation>Die gewählte Tabelle als Balken: eine Gruppe je Zeile, ein Balken je Zahlenspalte</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="24"/>
        <source>Which table to show</source>
        <translation>Welche Tabelle angezeigt wird</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="31"/>
        <source>Click a column header to sort</source>
        <translation>Zum Sortieren auf einen Spaltenkopf klicken</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="34"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::EngineWorker</name>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="28"/>
        <source>%1, model %2 of %3, epoch %4</source>
        <translation>%1, Modell %2 von %3, Epoche %4</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="42"/>
        <source>projecting (PCA)</source>
        <translation>projiziere (PCA)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="103"/>
        <location filename="../app/studio/EngineWorker.cpp" line="136"/>
        <source>loading %1</source>
        <translation>lade %1</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="106"/>
        <source>loaded %1: %2 rows x %3</source>
        <translation>%1 geladen: %2 Zeilen x %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="113"/>
        <source>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</source>
        <translation>in %1 s trainiert: Genauigkeit Schicht 1 %2, Schicht 2 %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="118"/>
        <location filename="../app/studio/EngineWorker.cpp" line="143"/>
        <location filename="../app/studio/EngineWorker.cpp" line="165"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="119"/>
        <source>run finished in %1 s</source>
        <translation>Lauf nach %1 s beendet</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="122"/>
        <source>run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="139"/>
        <source>opened %1 (trained on %2)</source>
        <translation>%1 geöffnet (trainiert auf %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="180"/>
        <source>saved the run to %1</source>
        <translation>Lauf nach %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::MainWindow</name>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="46"/>
        <location filename="../app/studio/MainWindow.cpp" line="118"/>
        <location filename="../app/studio/MainWindow.cpp" line="294"/>
        <source>nnscope studio</source>
        <translation>nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="60"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="73"/>
        <source>C&amp;lusters</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="74"/>
        <source>&amp;Accuracy</source>
        <translation>&amp;Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="75"/>
        <source>&amp;Distances</source>
        <translation>&amp;Abstände</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="76"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="77"/>
        <source>&amp;Query</source>
        <translation>A&amp;nfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="78"/>
        <source>Partitio&amp;ns</source>
        <translation>Partitio&amp;nen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="84"/>
        <source>What the engine did, with times</source>
        <translation>Was die Engine getan hat, mit Zeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="85"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="92"/>
        <source>Ready: press Train to cluster, train and evaluate.</source>
        <translation>Bereit: Trainieren drücken, um zu clustern, zu trainieren und auszuwerten.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="98"/>
        <source>Progress of the whole run</source>
        <translation>Fortschritt des ganzen Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="110"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="115"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="117"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="123"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="127"/>
        <source>Saved to %1.</source>
        <translation>Nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="142"/>
        <source>Partitions built.</source>
        <translation>Partitionen erstellt.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="168"/>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="169"/>
        <source>Open a saved run (a model folder)</source>
        <translation>Einen gespeicherten Lauf (Modellordner) öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="174"/>
        <source>Reopen a run saved by the studio or by `nnscope train`, without retraining</source>
        <translation>Einen vom Studio oder von `nnscope train` gespeicherten Lauf ohne neues Training öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="175"/>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="176"/>
        <source>Save the run as a folder</source>
        <translation>Den Lauf als Ordner speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="181"/>
        <source>Save the trained run (a model folder that `nnscope predict` also reads)</source>
        <translation>Den trainierten Lauf speichern (ein Modellordner, den auch `nnscope predict` liest)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="183"/>
        <source>&amp;Export all…</source>
        <translation>Alles &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="184"/>
        <source>Write a report folder</source>
        <translation>Einen Berichtsordner schreiben</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="188"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="189"/>
        <source>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</source>
        <translation>Tabellen (Markdown, CSV), results.json und Diagramme (PNG, PDF), wie `nnscope reproduce` sie schreibt</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="190"/>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="195"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="196"/>
        <source>Save the current view&apos;s chart as PNG, PDF or JPG</source>
        <translation>Das Diagramm der aktuellen Ansicht als PNG, PDF oder JPG speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="197"/>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="202"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="203"/>
        <source>Chart export &amp;options…</source>
        <translation>&amp;Optionen für den Diagrammexport…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="204"/>
        <source>The scale of exported PNG/JPG images and the paper size of exported PDFs</source>
        <translation>Der Maßstab exportierter PNG/JPG-Bilder und das Papierformat exportierter PDFs</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="205"/>
        <source>Save the current view&apos;s table as CSV or Markdown</source>
        <translation>Die Tabelle der aktuellen Ansicht als CSV oder Markdown speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="207"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="217"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="218"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="219"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="220"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="222"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="223"/>
        <source>&amp;About nnscope studio</source>
        <translation>Ü&amp;ber nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="225"/>
        <source>About nnscope studio</source>
        <translation>Über nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="226"/>
        <source>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Gelernte Nächste-Nachbarn-Suche erkunden: die zweischichtige Hierarchie von Siper &amp;amp; Jiang, gemessen an exakter Suche, ScaNN-artiger Suche und FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="234"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="301"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="302"/>
        <source>training: %1, %2 clusters, %3 protocol, %4 preset</source>
        <translation>Training: %1, %2 Cluster, Protokoll %3, Voreinstellung %4</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="319"/>
        <source>Building partitions…</source>
        <translation>Erstelle Partitionen…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="320"/>
        <source>partitions: %1 bins on %2</source>
        <translation>Partitionen: %1 Behälter auf %2</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="330"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="339"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="348"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="384"/>
        <source>wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="385"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="387"/>
        <source>Export all</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="421"/>
        <source>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</source>
        <translation>%1: Genauigkeit Schicht 1 %2, Schicht 2 %3 (Protokoll %4)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="437"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::PartitionsView</name>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="26"/>
        <source>Bins of every partition</source>
        <translation>Behälter jeder Partition</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="27"/>
        <source>&amp;Build partitions</source>
        <translation>Partitionen &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="28"/>
        <source>Build k-means, k-means with SOAR spilling, Neural LSH and a LIRA-style prober on the run&apos;s data, holding out 10% of the rows as queries (on the worker: Cancel stops it)</source>
        <translation>k-Means, k-Means mit SOAR-Überlauf, Neural LSH und einen LIRA-artigen Prober auf den Daten des Laufs erstellen, 10 % der Zeilen als Anfragen zurückgehalten (im Hintergrund: Abbrechen stoppt es)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="31"/>
        <source>Train or open a run, then build the partitions.</source>
        <translation>Einen Lauf trainieren oder öffnen, dann die Partitionen erstellen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="34"/>
        <source>Recall@10 against candidates scanned per query, one point per number of bins probed</source>
        <translation>Recall@10 gegen geprüfte Kandidaten pro Anfrage, ein Punkt je Anzahl abgefragter Behälter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="36"/>
        <source>Each method&apos;s bin sizes, largest first</source>
        <translation>Behältergrößen jeder Methode, größte zuerst</translation>
    </message>
    <message>
        <source>Per method: candidates at recall@10 = 0.9, the same with the router&apos;s arithmetic, balance, cost</source>
        <translation type="vanished">Je Methode: Kandidaten bei Recall@10 = 0,9, dasselbe mit der Arithmetik des Routers, Balance, Kosten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="39"/>
        <source>Per method: candidates at the target recall@10, the same with the router&apos;s arithmetic, balance, cost</source>
        <translation>Je Methode: Kandidaten beim Ziel-Recall@10, dasselbe mit der Arithmetik des Routers, Balance, Kosten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="41"/>
        <source>The inspected query: the bins each router ranks first, and the bins its 10 nearest neighbours are in</source>
        <translation>Die untersuchte Anfrage: die Behälter, die jeder Router zuerst wählt, und die Behälter ihrer 10 nächsten Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="44"/>
        <source>B&amp;ins:</source>
        <translation>Be&amp;hälter:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="82"/>
        <source>Build the partitions to compare them on %1.</source>
        <translation>Die Partitionen erstellen, um sie auf %1 zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="93"/>
        <source>Bin sizes, largest first</source>
        <translation>Behältergrößen, größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="107"/>
        <source>bin (by size)</source>
        <translation>Behälter (nach Größe)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="108"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <location filename="../app/studio/views/PartitionsView.cpp" line="159"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <source>bins</source>
        <translation>Behälter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <source>total @ recall %1</source>
        <translation>gesamt @ Recall %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <source>candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="125"/>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="126"/>
        <source>largest / mean</source>
        <translation>größter / Mittel</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="128"/>
        <source>%1 base rows, %2 held-out queries; candidates at recall@10 = %3 (lower is better).</source>
        <translation>%1 Basiszeilen, %2 zurückgehaltene Anfragen; Kandidaten bei Recall@10 = %3 (weniger ist besser).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="160"/>
        <source>probes for %1 of 10</source>
        <translation>Abfragen für %1 von 10</translation>
    </message>
    <message>
        <source>candidates @ recall 0.9</source>
        <translation type="vanished">Kandidaten bei Recall 0,9</translation>
    </message>
    <message>
        <source>with router cost</source>
        <translation type="vanished">mit Routerkosten</translation>
    </message>
    <message>
        <source>candidates @ recall %1</source>
        <translation type="vanished">Kandidaten @ Recall %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="126"/>
        <source>rows stored</source>
        <translation>gespeicherte Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="126"/>
        <source>build s</source>
        <translation>Aufbau s</translation>
    </message>
    <message>
        <source>router FLOPs</source>
        <translation type="vanished">Router-FLOPs</translation>
    </message>
    <message>
        <source>%1 base rows, %2 held-out queries; candidates at recall@10 = 0.9 (lower is better).</source>
        <translation type="vanished">%1 Basiszeilen, %2 zurückgehaltene Anfragen; Kandidaten bei Recall@10 = 0,9 (weniger ist besser).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="159"/>
        <source>bins probed first (score)</source>
        <translation>zuerst abgefragte Behälter (Score)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="159"/>
        <source>bins of the 10 nearest</source>
        <translation>Behälter der 10 nächsten</translation>
    </message>
    <message>
        <source>probes for 9 of 10</source>
        <translation type="vanished">Abfragen für 9 von 10</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="170"/>
        <source>Learned partitions against k-means</source>
        <translation>Gelernte Partitionen gegen k-Means</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ProjectionView</name>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="53"/>
        <source>Project all rows, or one cluster&apos;s rows on that cluster&apos;s own principal axes</source>
        <translation>Alle Zeilen projizieren, oder die Zeilen eines Clusters auf dessen eigene Hauptachsen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="73"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</source>
        <translation type="vanished">★ Anfrage   ▲ vorhergesagter Nachbar   ◆ wahrer Nachbar   (Rad: Zoom, Ziehen: Verschieben)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="144"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="146"/>
        <source>Cluster %1 (%2 rows)</source>
        <translation>Cluster %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="242"/>
        <source>PCA of %1 (%2 rows)</source>
        <translation>PCA von %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="243"/>
        <source>PCA of cluster %1</source>
        <translation>PCA von Cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="182"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="55"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="56"/>
        <source>train / test split</source>
        <translation>Trainings-/Testaufteilung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="57"/>
        <source>layer 2 hit / miss</source>
        <translation>Treffer / Fehlgriff Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="58"/>
        <source>Colour the points by k-means cluster, by the run&apos;s split, or by whether layer 2 found the test query&apos;s neighbour</source>
        <translation>Punkte nach k-Means-Cluster, nach der Aufteilung des Laufs oder danach färben, ob Schicht 2 den Nachbarn der Testanfrage gefunden hat</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="60"/>
        <source>The two principal components shown</source>
        <translation>Die beiden angezeigten Hauptkomponenten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="63"/>
        <source>PC%1 × PC%2</source>
        <translation>HK%1 × HK%2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="65"/>
        <source>find a word</source>
        <translation>Wort suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="66"/>
        <source>Highlight a word (any case) and centre the view on it; click a point to make it the query</source>
        <translation>Ein Wort hervorheben (Groß-/Kleinschreibung egal) und die Ansicht darauf zentrieren; ein Klick auf einen Punkt macht ihn zur Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="74"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="75"/>
        <source>A&amp;xes:</source>
        <translation>A&amp;chsen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="76"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="77"/>
        <source>click: inspect · wheel: zoom · drag: pan · double-click: reset</source>
        <translation>Klick: untersuchen · Rad: zoomen · Ziehen: verschieben · Doppelklick: zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="175"/>
        <source>rows (train to see clusters)</source>
        <translation>Zeilen (trainieren, um Cluster zu sehen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="188"/>
        <source>test row</source>
        <translation>Testzeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="188"/>
        <source>training row</source>
        <translation>Trainingszeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="196"/>
        <source>not a scored test query</source>
        <translation>keine bewertete Testanfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="196"/>
        <source>test: layer 2 hit</source>
        <translation>Test: Treffer Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="196"/>
        <source>test: layer 2 miss</source>
        <translation>Test: Fehlgriff Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="241"/>
        <source>PCA of %1 (%2 rows), before training</source>
        <translation>PCA von %1 (%2 Zeilen), vor dem Training</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="245"/>
        <source>1 row in %1 drawn (%2 points)</source>
        <translation>1 von %1 Zeilen gezeichnet (%2 Punkte)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="273"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="273"/>
        <source>predicted neighbour</source>
        <translation>vorhergesagter Nachbar</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="273"/>
        <source>true neighbour</source>
        <translation>wahrer Nachbar</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="283"/>
        <source>exact nearest neighbours</source>
        <translation>exakte nächste Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="286"/>
        <source>found word</source>
        <translation>gefundenes Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="289"/>
        <location filename="../app/studio/views/ProjectionView.cpp" line="290"/>
        <source>PC%1 (%2% of the variance)</source>
        <translation>HK%1 (%2 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="417"/>
        <source>Nearest to %1:</source>
        <translation>Am nächsten zu %1:</translation>
    </message>
    <message>
        <source>PC1 (%1% of the variance)</source>
        <translation type="vanished">HK1 (%1% der Varianz)</translation>
    </message>
    <message>
        <source>PC2 (%1% of the variance)</source>
        <translation type="vanished">HK2 (%1% der Varianz)</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::QueryInspector</name>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="44"/>
        <source>type a word and press Enter</source>
        <translation>Wort eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="45"/>
        <source>The query: any word of the dataset (completion offers them)</source>
        <translation>Die Anfrage: ein beliebiges Wort des Datensatzes (die Vervollständigung bietet sie an)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="51"/>
        <source>&amp;Random test query</source>
        <translation>&amp;Zufällige Testanfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="52"/>
        <source>Pick a held-out row at random (Ctrl+T)</source>
        <translation>Eine zurückgehaltene Zeile zufällig wählen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="53"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="54"/>
        <source>Train a run, then pick a query.</source>
        <translation>Einen Lauf trainieren, dann eine Anfrage wählen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="59"/>
        <source>&amp;Query:</source>
        <translation>A&amp;nfrage:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="62"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="194"/>
        <source>Layer 1: most probable clusters</source>
        <translation>Schicht 1: wahrscheinlichste Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="63"/>
        <source>Layer 1&apos;s top clusters with their probabilities; ✓ marks the query&apos;s own k-means cluster</source>
        <translation>Die besten Cluster von Schicht 1 mit Wahrscheinlichkeiten; ✓ markiert den eigenen k-Means-Cluster der Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="65"/>
        <source>Layer 2: predicted neighbours</source>
        <translation>Schicht 2: vorhergesagte Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="66"/>
        <source>Layer 2&apos;s top 5 in layer 1&apos;s cluster; ✓ marks those among the exact top 5</source>
        <translation>Die Top 5 von Schicht 2 im Cluster von Schicht 1; ✓ markiert die unter den exakten Top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="68"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="195"/>
        <source>Exact search: true neighbours</source>
        <translation>Exakte Suche: wahre Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="69"/>
        <source>The exact top 5; ✓ marks those layer 2 found</source>
        <translation>Die exakten Top 5; ✓ markiert die von Schicht 2 gefundenen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="93"/>
        <source>Type a word, or pick a random test query.</source>
        <translation>Ein Wort eingeben oder eine zufällige Testanfrage wählen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="107"/>
        <source>&apos;%1&apos; is not in %2.</source>
        <translation>&apos;%1&apos; ist nicht in %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="135"/>
        <source>Could not inspect the query: %1</source>
        <translation>Die Anfrage konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="149"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="149"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="149"/>
        <source>own cluster</source>
        <translation>eigener Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="154"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="157"/>
        <source>the query itself</source>
        <translation>die Anfrage selbst</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="159"/>
        <source>in exact top 5</source>
        <translation>in exakten Top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="166"/>
        <source>found by layer 2</source>
        <translation>von Schicht 2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="170"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2&apos;s answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Zeile %2, %3-Zeile, Cluster %4): Schicht 1 wählte Cluster %5 %6; die Antwort von Schicht 2, &lt;b&gt;%7&lt;/b&gt;, ist %8 der wahre nächste Nachbar &lt;b&gt;%9&lt;/b&gt;; Abstandslücke %10 (%11).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="173"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="173"/>
        <source>training</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="174"/>
        <source>(right)</source>
        <translation>(richtig)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="174"/>
        <source>(wrong)</source>
        <translation>(falsch)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="176"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="176"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="180"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: layer 2 has no answer besides the query itself in cluster %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Schicht 2 hat in Cluster %2 keine Antwort außer der Anfrage selbst.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="202"/>
        <source>Layer-2 neighbours of the query</source>
        <translation>Nachbarn der Anfrage laut Schicht 2</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::RunPanel</name>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="40"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="41"/>
        <source>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</source>
        <translation>Ein eingebauter Datensatz oder eine eigene Datei (GloVe-Text, CSV mit Kopfzeile oder .fvecs)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="43"/>
        <source>path to a .txt, .csv or .fvecs file</source>
        <translation>Pfad zu einer .txt-, .csv- oder .fvecs-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="44"/>
        <source>The data file to load when &apos;File…&apos; is chosen</source>
        <translation>Die Datendatei, die bei &apos;Datei…&apos; geladen wird</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="45"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="46"/>
        <source>Choose a data file</source>
        <translation>Eine Datendatei wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="49"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="50"/>
        <source>Keep the first N rows (the paper&apos;s number of words); &apos;all&apos; keeps every row</source>
        <translation>Die ersten N Zeilen behalten (die Wortanzahl des Papers); &apos;alle&apos; behält jede Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="53"/>
        <source>The metric of targets and truth under the corrected protocol (the paper&apos;s protocol always uses cosine)</source>
        <translation>Die Metrik von Zielen und Wahrheit im korrigierten Protokoll (das Protokoll des Papers nutzt immer Kosinus)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="56"/>
        <source>Number of k-means clusters = number of layer-2 models</source>
        <translation>Anzahl der k-Means-Cluster = Anzahl der Modelle in Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="58"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="59"/>
        <source>paper (authors&apos; quirks)</source>
        <translation>Paper (Eigenheiten der Autoren)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="60"/>
        <source>corrected: stratified split, global exact truth; paper: as the authors&apos; code did it</source>
        <translation>korrigiert: geschichtete Aufteilung, globale exakte Wahrheit; Paper: wie der Code der Autoren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="62"/>
        <source>fast (Adam)</source>
        <translation>schnell (Adam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="63"/>
        <source>paper (SGD, slow)</source>
        <translation>Paper (SGD, langsam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="64"/>
        <source>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</source>
        <translation>schnell: Adam, ein Durchlauf pro Epoche; Paper: SGD lr 0.01, 1024 Schritte pro Epoche, bis zu 500 Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="65"/>
        <source>&amp;Augment layer-2 data</source>
        <translation>Daten für Schicht 2 &amp;augmentieren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="66"/>
        <source>Add perturbed copies of members labelled with their nearest member (the paper&apos;s proposed augmentation)</source>
        <translation>Gestörte Kopien von Mitgliedern hinzufügen, beschriftet mit ihrem nächsten Mitglied (die im Paper vorgeschlagene Augmentierung)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="69"/>
        <source>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</source>
        <translation>Startwert für Clustering, Aufteilung, Initialisierung und Stichproben: derselbe Startwert wiederholt einen Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="72"/>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="73"/>
        <source>Cap on epochs per model; &apos;preset&apos; keeps the preset&apos;s</source>
        <translation>Obergrenze der Epochen je Modell; &apos;Voreinstellung&apos; behält die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="77"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="78"/>
        <source>Refuse, before any work, a hierarchy whose weights would need more memory than this</source>
        <translation>Eine Hierarchie, deren Gewichte mehr Speicher bräuchten, vor jeder Arbeit ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="82"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="83"/>
        <source>Cluster, train and evaluate with these settings (Ctrl+R)</source>
        <translation>Mit diesen Einstellungen clustern, trainieren und auswerten (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="85"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="86"/>
        <source>Stop the run within one training batch (Esc)</source>
        <translation>Den Lauf innerhalb eines Trainingsbatches anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="89"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="91"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="95"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="99"/>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="100"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="101"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="103"/>
        <source>C&amp;lusters:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="104"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="105"/>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="106"/>
        <source>Max &amp;epochs:</source>
        <translation>Max. &amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="108"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="109"/>
        <source>Memory &amp;budget:</source>
        <translation>Speicher&amp;budget:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="142"/>
        <source>reading…</source>
        <translation>lese…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="161"/>
        <source>%1 rows × %2</source>
        <translation>%1 Zeilen × %2</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="185"/>
        <source>Open a data file</source>
        <translation>Eine Datendatei öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="186"/>
        <source>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</source>
        <translation>Vektoren (*.txt *.vec *.glove *.csv *.fvecs);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
