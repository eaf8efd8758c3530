<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="43"/>
        <source>Chart export options</source>
        <translation>Optionen für den Diagrammexport</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="46"/>
        <source>%1× the on-screen size</source>
        <translation>%1× die Bildschirmgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="49"/>
        <source>the on-screen size</source>
        <translation>die Bildschirmgröße</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="51"/>
        <source>%1, landscape</source>
        <translation>%1, Querformat</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="57"/>
        <source>PNG / JPG &amp;scale:</source>
        <translation>PNG/JPG-&amp;Maßstab:</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="58"/>
        <source>PDF &amp;page:</source>
        <translation>PDF-&amp;Seite:</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="96"/>
        <location filename="../app/studio/ExportActions.cpp" line="101"/>
        <location filename="../app/studio/ExportActions.cpp" line="109"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="97"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;JPEG image (*.jpg)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;JPEG-Bild (*.jpg)</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="101"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/studio/ExportActions.cpp" line="117"/>
        <location filename="../app/studio/ExportActions.cpp" line="124"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
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
        <translation>(Cluster, Wörter)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="22"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="23"/>
        <source>learned: k-means cluster</source>
        <translation>gelernt: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="24"/>
        <source>learned: neighbour&apos;s cluster</source>
        <translation>gelernt: Cluster des Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="25"/>
        <source>learned+augment: k-means cluster</source>
        <translation>gelernt+Augmentierung: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="26"/>
        <source>learned+augment: neighbour&apos;s cluster</source>
        <translation>gelernt+Augmentierung: Cluster des Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="27"/>
        <source>learned+augment (true cluster given)</source>
        <translation>gelernt+Augmentierung (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="28"/>
        <source>learned+augment recall@1</source>
        <translation>gelernt+Augmentierung Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="29"/>
        <source>centroid twin: k-means cluster</source>
        <translation>Zentroid-Zwilling: k-Means-Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="30"/>
        <source>learned (routed by layer 1)</source>
        <translation>gelernt (von Schicht 1 geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="31"/>
        <source>learned (true cluster given)</source>
        <translation>gelernt (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="32"/>
        <source>learned+augment (routed)</source>
        <translation>gelernt+Augmentierung (geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="33"/>
        <source>centroid twin</source>
        <translation>Zentroid-Zwilling</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="34"/>
        <source>learned recall@1</source>
        <translation>gelernt Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="35"/>
        <source>learned: k-means cluster (in-sample draw)</source>
        <translation>gelernt: k-Means-Cluster (In-Sample-Ziehung)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="36"/>
        <source>learned (routed, in-sample draw)</source>
        <translation>gelernt (geroutet, In-Sample-Ziehung)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="37"/>
        <source>recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="38"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="39"/>
        <source>FLOPs/query</source>
        <translation>FLOPs/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="40"/>
        <source>layer-2 acc. without</source>
        <translation>Genauigkeit Schicht 2 ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="41"/>
        <location filename="../app/studio/TableText.cpp" line="43"/>
        <location filename="../app/studio/TableText.cpp" line="45"/>
        <location filename="../app/studio/TableText.cpp" line="47"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="42"/>
        <source>distance to truth without</source>
        <translation>Abstand zur Wahrheit ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="44"/>
        <source>recall@1 without</source>
        <translation>Recall@1 ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="46"/>
        <source>train s without</source>
        <translation>Training s ohne</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="48"/>
        <source>partitions probed</source>
        <translation>abgefragte Partitionen</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="49"/>
        <source>mean probes</source>
        <translation>abgefragte Behälter im Mittel</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="50"/>
        <source>adaptive threshold</source>
        <translation>adaptive Schwelle</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="51"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="52"/>
        <source>ms/query (single)</source>
        <translation>ms/Anfrage (einzeln)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="53"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="54"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="55"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="56"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="57"/>
        <source>distinct targets</source>
        <translation>verschiedene Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="58"/>
        <source>top-share</source>
        <translation>Anteil häufigstes</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="59"/>
        <source>entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="60"/>
        <source>train acc.</source>
        <translation>Trainingsgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="61"/>
        <source>test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="62"/>
        <source>test acc.</source>
        <translation>Testgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="63"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="64"/>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="65"/>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="66"/>
        <source>memorising</source>
        <translation>auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="67"/>
        <source>measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="68"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="69"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="70"/>
        <source>ScaNN (score)</source>
        <translation>ScaNN (Score)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="71"/>
        <source>Random</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="72"/>
        <source>ML</source>
        <translation>ML</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="73"/>
        <source>layer-1 acc.</source>
        <translation>Gen. Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="74"/>
        <source>layer-2 acc.</source>
        <translation>Gen. Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="75"/>
        <source>ScaNN s/query</source>
        <translation>ScaNN s/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="76"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="77"/>
        <source>row label</source>
        <translation>Zeilenname</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="78"/>
        <source>layer 2&apos;s answer</source>
        <translation>Antwort von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="79"/>
        <source>exact nearest</source>
        <translation>exakt nächster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="80"/>
        <source>ML s/query</source>
        <translation>ML s/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="86"/>
        <source>recall@k</source>
        <translation>Recall@k</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="88"/>
        <source>%1 score</source>
        <translation>%1 Score</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="103"/>
        <source>Paper protocol (the authors&apos; code): within-cluster cosine targets, cluster-grouped 90/10 split, test-time normalised centroid; truth = the stored within-cluster cosine nearest neighbour.</source>
        <translation>Protokoll Paper (der Code der Autoren): Kosinus-Ziele innerhalb des Clusters, nach Clustern gruppierte 90/10-Aufteilung, beim Test normalisierter Schwerpunkt; Wahrheit = der gespeicherte nächste Kosinus-Nachbar innerhalb des Clusters.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="105"/>
        <source>Corrected protocol: stratified seeded split, same centroid handling in training and test; truth = the global exact nearest neighbour.</source>
        <translation>Protokoll korrigiert: geschichtete Aufteilung mit Startwert, dieselbe Schwerpunktbehandlung in Training und Test; Wahrheit = der global exakte nächste Nachbar.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="107"/>
        <source>Euclidean distance between each system&apos;s top-1 and the truth, over the queries it answered (a system that answered none shows –; the recall table gives each system&apos;s answered share); smaller is better.</source>
        <translation>Euklidischer Abstand zwischen dem Top-1 jedes Systems und der Wahrheit, über die beantworteten Anfragen (ein System ohne Antwort zeigt –; die Recall-Tabelle nennt den beantworteten Anteil jedes Systems); kleiner ist besser.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="109"/>
        <source>&apos;%1 score&apos; is the mean score ScaNN gives its top-1, &lt;q, x/‖x‖&gt; (rows normalised, queries not): what the paper&apos;s ScaNN column averaged.</source>
        <translation>„%1 score“ ist der mittlere Score, den ScaNN seinem Top-1 gibt, &lt;q, x/‖x‖&gt; (Zeilen normalisiert, Anfragen nicht): was die ScaNN-Spalte des Papers mittelte.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="111"/>
        <source>&apos;k-means cluster&apos;: predicted cluster = the row&apos;s own cluster (the paper&apos;s metric); the nearest-centroid twin scores 1 on it by construction. &apos;neighbour&apos;s cluster&apos;: predicted cluster holds the exact nearest neighbour.</source>
        <translation>„k-Means-Cluster“: vorhergesagter Cluster = der eigene Cluster der Zeile (die Metrik des Papers); der Nächster-Schwerpunkt-Zwilling erreicht darauf per Konstruktion 1. „Cluster des Nachbarn“: der vorhergesagte Cluster enthält den exakten nächsten Nachbarn.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="114"/>
        <source>Hit: layer-2&apos;s top-1 position is among the query&apos;s 5 stored within-cluster neighbour positions (compared as numbers, as the authors&apos; code did).</source>
        <translation>Treffer: die Top-1-Position von Schicht 2 ist unter den 5 gespeicherten Nachbarpositionen der Anfrage im Cluster (als Zahlen verglichen, wie im Code der Autoren).</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="116"/>
        <source>Hit: the global exact nearest neighbour is among layer-2&apos;s top 5.</source>
        <translation>Treffer: der global exakte nächste Nachbar ist unter den Top 5 von Schicht 2.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="117"/>
        <source>The in-sample columns score the same models on rows drawn from the whole table, as every runnable version of the authors&apos; evaluation script did (about 90% are training rows); the other columns use the held-out last 10%.</source>
        <translation>Die In-Sample-Spalten bewerten dieselben Modelle auf Zeilen aus der ganzen Tabelle, wie jede lauffähige Version des Auswertungsskripts der Autoren (etwa 90 % sind Trainingszeilen); die übrigen Spalten nutzen die zurückgehaltenen letzten 10 %.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="120"/>
        <source>Wall time of one search call per query, averaged.</source>
        <translation>Laufzeit eines Suchaufrufs pro Anfrage, gemittelt.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="121"/>
        <source>Each query&apos;s own row excluded from the truth and the answers.</source>
        <translation>Die eigene Zeile jeder Anfrage ist aus Wahrheit und Antworten ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="122"/>
        <source>FLOPs are estimates from each system&apos;s structure (a multiply-add counts 2); the learned rows count both CNN layers.</source>
        <translation>FLOPs sind aus dem Aufbau jedes Systems geschätzt (ein Multiplizieren-Addieren zählt 2); die gelernten Zeilen zählen beide CNN-Schichten.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="124"/>
        <source>Perturbed copies of members labelled with their exact nearest other member, class-balanced sampling.</source>
        <translation>Gestörte Kopien von Mitgliedern, beschriftet mit ihrem exakten nächsten anderen Mitglied, klassenbalancierte Stichprobe.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="125"/>
        <source>Every system that probes partitions (its searcher&apos;s property: the learned hierarchy, its twin and layer 1 over the run&apos;s clusters, ScaNN&apos;s leaves, FAISS&apos;s inverted lists) at the number it probes; learned with rerank=1 re-ranks its layer-2 candidates exactly; the twin and layer1 scan the probed clusters exactly.</source>
        <translation>Jedes System, das Partitionen prüft (eine Eigenschaft seines Suchers: die gelernte Hierarchie, ihr Zwilling und Schicht 1 über die Cluster des Laufs, die Blätter von ScaNN, die invertierten Listen von FAISS), bei der Zahl, die es prüft; learned mit rerank=1 ordnet seine Schicht-2-Kandidaten exakt neu; der Zwilling und layer1 durchsuchen die geprüften Cluster exakt.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="129"/>
        <source>top-share: the most common training target&apos;s share; entropy in bits; test accuracy with the true cluster given, with its 95% Wilson interval (few queries per cluster: wide); memorising: training accuracy at least 0.3 above the interval.</source>
        <translation>Anteil häufigstes: der Anteil des häufigsten Trainingsziels; Entropie in Bit; Testgenauigkeit bei gegebenem wahrem Cluster, mit ihrem 95-%-Wilson-Intervall (wenige Anfragen pro Cluster: breit); auswendig gelernt: Trainingsgenauigkeit mindestens 0.3 über dem Intervall.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="132"/>
        <source>Estimated before any work: weights from the model formulas (clusters of equal size), training time from this machine&apos;s measured matrix-multiply rate (forward + backward = 3 forward passes per training row); the bound uses the preset&apos;s epoch limit, and early stopping usually ends sooner.</source>
        <translation>Vor jeder Arbeit geschätzt: Gewichte aus den Modellformeln (gleich große Cluster), Trainingszeit aus der gemessenen Matrixmultiplikationsrate dieses Rechners (vorwärts + rückwärts = 3 Vorwärtsdurchläufe pro Trainingszeile); die Schranke nutzt die Epochengrenze der Voreinstellung, frühes Stoppen endet meist eher.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="135"/>
        <source>From the paper, on 10,000–50,000 words of glove.6B.100d; its ScaNN column is ScaNN&apos;s own top-1 score, not a distance. Settings our grid shares with the paper appear in our tables under the same (clusters, words).</source>
        <translation>Aus dem Paper, auf 10 000–50 000 Wörtern von glove.6B.100d; seine ScaNN-Spalte ist der eigene Top-1-Score von ScaNN, kein Abstand. Einstellungen, die unser Raster mit dem Paper teilt, stehen in unseren Tabellen unter demselben (Cluster, Wörter).</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="138"/>
        <source>%1 base rows x %2, %3 queries (%4), %5. Candidates: rows scanned in the probed bins at recall@10 = %6 (interpolated over probes); distance-equivalents add the router&apos;s multiply-adds divided by the dimension.</source>
        <translation>%1 Basiszeilen x %2, %3 Anfragen (%4), %5. Kandidaten: in den geprüften Behältern durchsuchte Zeilen bei Recall@10 = %6 (über die Prüfzahl interpoliert); Abstandsäquivalente addieren die Multiplizieren-Addieren des Routers geteilt durch die Dimension.</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="158"/>
        <source>%1 (first %2 rows)</source>
        <translation>%1 (erste %2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="165"/>
        <source>paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="167"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="174"/>
        <source>Table 1: average distance to the true neighbour</source>
        <translation>Tabelle 1: mittlerer Abstand zum wahren Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="175"/>
        <source>Table 2: layer-1 accuracy</source>
        <translation>Tabelle 2: Genauigkeit Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="176"/>
        <source>Table 3: layer-2 top-5 accuracy</source>
        <translation>Tabelle 3: Top-5-Genauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="177"/>
        <source>Table 4: mean time per query, one query per call (ms)</source>
        <translation>Tabelle 4: mittlere Zeit pro Anfrage, eine Anfrage pro Aufruf (ms)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="178"/>
        <source>Table 4b: mean time per query, all queries in one call (ms)</source>
        <translation>Tabelle 4b: mittlere Zeit pro Anfrage, alle Anfragen in einem Aufruf (ms)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="179"/>
        <source>Recall against exact search</source>
        <translation>Recall gegenüber exakter Suche</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="180"/>
        <source>Cost per query: memory and FLOPs</source>
        <translation>Kosten pro Anfrage: Speicher und FLOPs</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="181"/>
        <source>Augmentation: the paper&apos;s proposed, untested layer-2 augmentation</source>
        <translation>Augmentierung: die vom Paper vorgeschlagene, ungetestete Augmentierung von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="182"/>
        <source>Multi-probe: recall and ms per query</source>
        <translation>Multi-Probe: Recall und ms pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="183"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="184"/>
        <source>Layer 2&apos;s answers on each cluster&apos;s test queries</source>
        <translation>Antworten von Schicht 2 auf die Testanfragen jedes Clusters</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="185"/>
        <source>The paper&apos;s published values (Tables 1–4)</source>
        <translation>Die veröffentlichten Werte des Papers (Tabellen 1–4)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="192"/>
        <source>%1 (%2 protocol)</source>
        <translation>%1 (Protokoll %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="199"/>
        <location filename="../app/studio/TableText.cpp" line="241"/>
        <source>clustering</source>
        <translation>Clustering</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="200"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="201"/>
        <source>training (augmented)</source>
        <translation>Training (augmentiert)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="202"/>
        <source>exact search (truth)</source>
        <translation>exakte Suche (Wahrheit)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="204"/>
        <source>building %1</source>
        <translation>baue %1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="205"/>
        <source>probing %1</source>
        <translation>prüfe %1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="206"/>
        <source>k-NN graph, %1 neighbours per row</source>
        <translation>k-NN-Graph, %1 Nachbarn je Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="207"/>
        <source>waiting for rank %1</source>
        <translation>warte auf Rang %1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="209"/>
        <source>training %1: epoch %2 of at most %3, loss %4</source>
        <translation>trainiere %1: Epoche %2 von höchstens %3, Verlust %4</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="224"/>
        <source>ScaNN: %1 leaves asked for %2 training points; using %2</source>
        <translation>ScaNN: %1 Blätter verlangt für %2 Trainingspunkte; verwende %2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="226"/>
        <source>ScaNN: searching all %1 leaves</source>
        <translation>ScaNN: durchsuche alle %1 Blätter</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="228"/>
        <source>%1 rows train %2 lists (FAISS advises at least 39 rows per list)</source>
        <translation>%1 Zeilen trainieren %2 Listen (FAISS rät zu mindestens 39 Zeilen pro Liste)</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="231"/>
        <source>%1 of %2 clusters are empty: the data has fewer distinct points than clusters</source>
        <translation>%1 von %2 Clustern sind leer: die Daten haben weniger verschiedene Punkte als Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="242"/>
        <source>building targets</source>
        <translation>baue Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="243"/>
        <source>layer 1</source>
        <translation>Schicht 1</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="244"/>
        <source>layer 2</source>
        <translation>Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="245"/>
        <source>evaluating</source>
        <translation>bewerte</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="246"/>
        <source>saving</source>
        <translation>speichere</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="247"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/TableText.cpp" line="203"/>
        <source>measuring %1</source>
        <translation>messe %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="102"/>
        <source>Explore learned nearest-neighbour search.</source>
        <translation>Gelernte Nächste-Nachbarn-Suche erkunden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="105"/>
        <source>User interface language (en, de).</source>
        <translation>Sprache der Oberfläche (en, de).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="106"/>
        <source>Open a saved run (a model folder).</source>
        <translation>Einen gespeicherten Lauf (Modellordner) öffnen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="108"/>
        <source>Train the default run, save a PNG of every view into the folder, and quit.</source>
        <translation>Den Standardlauf trainieren, jede Ansicht als PNG in den Ordner speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="110"/>
        <source>The data: a built-in name or a file.</source>
        <translation>Die Daten: ein eingebauter Name oder eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="111"/>
        <source>Keep the first N rows.</source>
        <translation>Die ersten N Zeilen behalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="112"/>
        <source>Number of clusters.</source>
        <translation>Anzahl der Cluster.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="113"/>
        <source>Train a run before anything else.</source>
        <translation>Zuerst einen Lauf trainieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="114"/>
        <source>With --view projection: show the t-SNE map (made first) instead of principal axes.</source>
        <translation>Mit --view projection: die t-SNE-Karte (zuerst berechnet) statt der Hauptachsen zeigen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="115"/>
        <source>With --view projection: colour by cluster, split, layer2 or bins:METHOD (builds the partitions first).</source>
        <translation>Mit --view projection: färben nach cluster, split, layer2 oder bins:METHODE (baut zuerst die Partitionen).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="116"/>
        <source>With --screenshot: make the row labelled WORD the query before the shot (routed through the partitions when built).</source>
        <translation>Mit --screenshot: die Zeile namens WORD vor der Aufnahme zur Anfrage machen (durch die Partitionen geroutet, sofern erstellt).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="117"/>
        <source>The view to show: clusters, accuracy, distances, projection, query, partitions or compare.</source>
        <translation>Die anzuzeigende Ansicht: clusters, accuracy, distances, projection, query, partitions oder compare.</translation>
    </message>
    <message>
        <source>The view to show: clusters, accuracy, distances, projection, query or partitions.</source>
        <translation type="vanished">Die zu zeigende Ansicht: clusters, accuracy, distances, projection, query oder partitions.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="120"/>
        <source>After --train, build the partitions, write Export all into the folder (every chart as PNG and PDF with its data as CSV) and quit.</source>
        <translation>Nach --train die Partitionen bauen, „Alles exportieren“ in den Ordner schreiben (jedes Diagramm als PNG und PDF mit seinen Daten als CSV) und beenden.</translation>
    </message>
    <message>
        <source>The view to show: clusters, accuracy, distances, projection or query.</source>
        <translation type="vanished">Die zu zeigende Ansicht: clusters, accuracy, distances, projection oder query.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="118"/>
        <source>Save the view as a PNG (after --train, if given) and quit.</source>
        <translation>Die Ansicht als PNG speichern (nach --train, falls angegeben) und beenden.</translation>
    </message>
</context>
<context>
    <name>nnscope::report</name>
    <message>
        <source>Average distance to the true neighbour (%1 protocol)</source>
        <translation type="vanished">Mittlerer Abstand zum wahren Nachbarn (Protokoll %1)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="188"/>
        <source>mean Euclidean distance (lower is better)</source>
        <translation>mittlerer euklidischer Abstand (kleiner ist besser)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="415"/>
        <source>(clusters, words)</source>
        <translation>(Cluster, Wörter)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="378"/>
        <source>Per-layer accuracy of the learned hierarchy</source>
        <translation>Genauigkeit je Schicht der gelernten Hierarchie</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="146"/>
        <location filename="../app/report/Charts.cpp" line="291"/>
        <location filename="../app/report/Charts.cpp" line="292"/>
        <source> (log scale)</source>
        <translation> (logarithmisch)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="186"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="187"/>
        <source>fraction of queries (0–1)</source>
        <translation>Anteil der Anfragen (0–1)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="189"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="190"/>
        <source>milliseconds per query</source>
        <translation>Millisekunden pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="191"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="192"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="193"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="194"/>
        <source>FLOPs per query</source>
        <translation>FLOPs pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="195"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="196"/>
        <source>distance computations per query</source>
        <translation>Abstandsberechnungen pro Anfrage</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="285"/>
        <source>%1 (at 0: off the log axis)</source>
        <translation>%1 (bei 0: außerhalb der logarithmischen Achse)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="409"/>
        <source>layer %1, %2, in-sample draw</source>
        <translation>Schicht %1, %2, In-Sample-Ziehung</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="410"/>
        <source>layer %1, %2</source>
        <translation>Schicht %1, %2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="414"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="428"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="452"/>
        <source>%1 (every %2th labelled)</source>
        <translation>%1 (jede %2. beschriftet)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="455"/>
        <source>layer-2 test accuracy (95% Wilson interval)</source>
        <translation>Testgenauigkeit Schicht 2 (95-%-Wilson-Intervall)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="463"/>
        <source>layer-2 test accuracy</source>
        <translation>Testgenauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="507"/>
        <source>Total cost at recall@10 = %1 against base rows
%2, %3 queries</source>
        <translation>Gesamtkosten bei Recall@10 = %1 nach Basiszeilen
%2, %3 Anfragen</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="528"/>
        <source>cheapest non-learned</source>
        <translation>günstigste nicht gelernte</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="529"/>
        <source>cheapest learned</source>
        <translation>günstigste gelernte</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="530"/>
        <source>base rows (log scale)</source>
        <translation>Basiszeilen (log. Skala)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="531"/>
        <source>candidates + router, in distance computations per query (log scale)</source>
        <translation>Kandidaten + Router, in Distanzberechnungen je Anfrage (log. Skala)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="543"/>
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
        <location filename="../app/report/Charts.cpp" line="566"/>
        <source>candidates scanned per query (log scale)</source>
        <translation>geprüfte Kandidaten je Anfrage (log.)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="567"/>
        <source>recall@10</source>
        <translation>Recall@10</translation>
    </message>
    <message>
        <source>clusters, largest first</source>
        <translation type="vanished">Cluster, größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="451"/>
        <source>cluster id</source>
        <translation>Cluster-Nr.</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="451"/>
        <source>cluster id, largest first</source>
        <translation>Cluster-Nr., größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="438"/>
        <source>cluster size (rows)</source>
        <translation>Clustergröße (Zeilen)</translation>
    </message>
    <message>
        <source>layer-2 accuracy</source>
        <translation type="vanished">Genauigkeit Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="471"/>
        <source>Recall@%1 against time per query (%2 protocol)</source>
        <translation>Recall@%1 gegen Zeit pro Anfrage (Protokoll %2)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="494"/>
        <source>milliseconds per query, one query per call (log scale)</source>
        <translation>Millisekunden pro Anfrage, eine Anfrage pro Aufruf (log. Skala)</translation>
    </message>
    <message>
        <location filename="../app/report/Charts.cpp" line="495"/>
        <source>recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::AccuracyView</name>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="28"/>
        <source>Accuracy of each layer on the run&apos;s test queries</source>
        <translation>Genauigkeit jeder Schicht auf den Testanfragen des Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="29"/>
        <source>Each cluster&apos;s layer-2 test accuracy against its size</source>
        <translation>Testgenauigkeit von Schicht 2 je Cluster gegen seine Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="30"/>
        <source>Loss and monitored training accuracy per epoch of the chosen model</source>
        <translation>Verlust und überwachte Trainingsgenauigkeit je Epoche des gewählten Modells</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="35"/>
        <source>The model whose training curves are drawn</source>
        <translation>Das Modell, dessen Trainingskurven gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="39"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="44"/>
        <source>cluster size</source>
        <translation>Clustergröße</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="45"/>
        <source>target entropy (bits)</source>
        <translation>Entropie der Ziele (Bit)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="46"/>
        <source>most common target&apos;s share</source>
        <translation>Anteil des häufigsten Ziels</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="47"/>
        <source>What layer-2 test accuracy is plotted against; the line is the fit weighted by each cluster&apos;s test queries</source>
        <translation>Wogegen die Testgenauigkeit von Schicht 2 aufgetragen wird; die Linie ist die nach Testanfragen je Cluster gewichtete Anpassung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="51"/>
        <source>&amp;Against:</source>
        <translation>&amp;Gegen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="59"/>
        <source>Per layer</source>
        <translation>Je Schicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="188"/>
        <source>Fewer than two clusters with test queries: no trend.</source>
        <translation>Weniger als zwei Cluster mit Testanfragen: kein Trend.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="195"/>
        <source>Weighted fit: slope %1, weighted r = %2 over %3 clusters.</source>
        <translation>Gewichtete Anpassung: Steigung %1, gewichtetes r = %2 über %3 Cluster.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="201"/>
        <source>95% bootstrap interval of the slope %1 to %2</source>
        <translation>95-%-Bootstrap-Intervall der Steigung %1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="204"/>
        <source> Too few clusters with test queries to tell.</source>
        <translation> Zu wenige Cluster mit Testanfragen für eine Aussage.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="205"/>
        <source> No clear trend (%1, spanning 0): too few test queries to tell.</source>
        <translation> Kein klarer Trend (%1, schließt 0 ein): zu wenige Testanfragen für eine Aussage.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="206"/>
        <source> Accuracy rises with %1 (%2).</source>
        <translation> Die Genauigkeit steigt mit %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="207"/>
        <source> Accuracy falls with %1 (%2).</source>
        <translation> Die Genauigkeit fällt mit %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="210"/>
        <source>Layer-2 test accuracy against %1</source>
        <translation>Testgenauigkeit Schicht 2 gegen %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="214"/>
        <source>cluster %1 (selected)</source>
        <translation>Cluster %1 (gewählt)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="309"/>
        <source>held-out accuracy
(test rows; not used for stopping)</source>
        <translation>zurückgehaltene Genauigkeit
(Testzeilen; nicht zum Stoppen genutzt)</translation>
    </message>
    <message>
        <source>Layer 2 vs cluster size</source>
        <translation type="vanished">Schicht 2 gegen Clustergröße</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="61"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="289"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="341"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="64"/>
        <source>Every model&apos;s training record</source>
        <translation>Trainingsprotokoll jedes Modells</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="109"/>
        <source>Accuracy per layer (%1 protocol, %2 queries)</source>
        <translation>Genauigkeit je Schicht (Protokoll %1, %2 Anfragen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="113"/>
        <source>layer 1
(k-means cluster)</source>
        <translation>Schicht 1
(k-Means-Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="114"/>
        <source>layer 1
(neighbour&apos;s cluster)</source>
        <translation>Schicht 1
(Cluster des Nachbarn)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="115"/>
        <source>layer 2 top-5
(routed)</source>
        <translation>Schicht 2 Top-5
(geroutet)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="116"/>
        <source>layer 2 top-5
(true cluster)</source>
        <translation>Schicht 2 Top-5
(wahrer Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="117"/>
        <source>recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="125"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="334"/>
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
        <location filename="../app/studio/views/AccuracyView.cpp" line="60"/>
        <source>Layer 2 vs imbalance</source>
        <translation>Schicht 2 gegen Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>augmented</source>
        <translation>augmentiert</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="154"/>
        <source>best epoch</source>
        <translation>beste Epoche</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="155"/>
        <source>best accuracy</source>
        <translation>beste Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="155"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="185"/>
        <source>clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>fewer than two clusters with test queries: no trend</source>
        <translation type="vanished">weniger als zwei Cluster mit Testanfragen: kein Trend</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="191"/>
        <source>weighted fit</source>
        <translation>gewichtete Anpassung</translation>
    </message>
    <message>
        <source>slope %1, weighted r = %2 over %3 clusters</source>
        <translation type="vanished">Steigung %1, gewichtetes r = %2 über %3 Cluster</translation>
    </message>
    <message>
        <source>Layer-2 test accuracy against %1 (%2)</source>
        <translation type="vanished">Testgenauigkeit Schicht 2 gegen %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="219"/>
        <source>layer-2 test accuracy (true cluster given)</source>
        <translation>Testgenauigkeit Schicht 2 (wahrer Cluster gegeben)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="248"/>
        <source>Layer-2 test accuracy against imbalance</source>
        <translation>Testgenauigkeit Schicht 2 gegen Ungleichgewicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="289"/>
        <source>Training curves: %1</source>
        <translation>Trainingskurven: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="293"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="343"/>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="297"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="324"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>held-out accuracy (test rows; a record, not used for stopping)</source>
        <translation type="vanished">zurückgehaltene Genauigkeit (Testzeilen; nur aufgezeichnet, nicht zum Stoppen genutzt)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="321"/>
        <source> memorising from epoch %1</source>
        <translation> lernt auswendig ab Epoche %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="333"/>
        <location filename="../app/studio/views/AccuracyView.cpp" line="342"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="343"/>
        <source>held-out accuracy</source>
        <translation>zurückgehaltene Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/AccuracyView.cpp" line="364"/>
        <source>Training record per model</source>
        <translation>Trainingsprotokoll je Modell</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ChartedTables</name>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="22"/>
        <source>The chosen table drawn in its own units: bars of one unit, or points (cost and multi-probe against time or FLOPs, imbalance with intervals)</source>
        <translation>Die gewählte Tabelle in ihren eigenen Einheiten: Balken einer Einheit oder Punkte (Kosten und Multi-Probe gegen Zeit oder FLOPs, Ungleichgewicht mit Intervallen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="24"/>
        <source>Which table to show</source>
        <translation>Welche Tabelle gezeigt wird</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ChartedTables.cpp" line="30"/>
        <source>Click a column header to sort</source>
        <translation>Zum Sortieren auf einen Spaltenkopf klicken</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ClustersView</name>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="25"/>
        <source>Cluster sizes (bars) and each cluster&apos;s layer-2 test accuracy (dots). Click a bar to inspect the cluster.</source>
        <translation>Clustergrößen (Balken) und Testgenauigkeit von Schicht 2 je Cluster (Punkte). Balken anklicken, um den Cluster zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="26"/>
        <source>&amp;Sort by size</source>
        <translation>Nach Größe &amp;sortieren</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="28"/>
        <source>Order the bars by cluster size instead of cluster id</source>
        <translation>Balken nach Clustergröße statt Cluster-Nr. ordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="30"/>
        <source>The cluster whose members and targets are listed</source>
        <translation>Der Cluster, dessen Mitglieder und Ziele aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="32"/>
        <source>How often layer 2 gave each row as its answer on this cluster&apos;s test queries (true cluster given), beside how often it was their exact nearest neighbour: one long answer bar is a collapse</source>
        <translation>Wie oft Schicht 2 jede Zeile als Antwort auf die Testanfragen dieses Clusters gab (wahrer Cluster vorgegeben), neben der Häufigkeit, mit der sie ihr exakter nächster Nachbar war: ein einzelner langer Antwortbalken ist ein Kollaps</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="40"/>
        <source>Layer-2 imbalance per cluster: size, split, distinct targets, the most common target&apos;s share, entropy, accuracy</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster: Größe, Aufteilung, verschiedene Ziele, Anteil des häufigsten Ziels, Entropie, Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="42"/>
        <source>The chosen cluster&apos;s members and the nearest other member each is trained to predict</source>
        <translation>Die Mitglieder des gewählten Clusters und das nächste andere Mitglied, das jedes vorhersagen soll</translation>
    </message>
    <message>
        <source>The chosen cluster&apos;s test queries: layer 2&apos;s answer with the true cluster given, the exact nearest neighbour, hit or miss, and the distance gap</source>
        <translation type="vanished">Die Testanfragen des gewählten Clusters: die Antwort von Schicht 2 bei gegebenem wahrem Cluster, der exakte nächste Nachbar, Treffer oder nicht, und die Abstandslücke</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="44"/>
        <source>The chosen cluster&apos;s test queries: layer 2&apos;s top answer with the true cluster given, the exact nearest neighbour, the protocol&apos;s hit (scored on layer 2&apos;s top 5) and the top answer&apos;s distance gap</source>
        <translation>Die Testanfragen des gewählten Clusters: die beste Antwort von Schicht 2 bei gegebenem wahren Cluster, der exakte nächste Nachbar, der Treffer des Protokolls (bewertet auf den Top 5 von Schicht 2) und die Abstandslücke der besten Antwort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="50"/>
        <source>&amp;Cluster:</source>
        <translation>Prüf&amp;cluster:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="59"/>
        <source>Test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="60"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="61"/>
        <source>Members and targets</source>
        <translation>Mitglieder und Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="96"/>
        <source>memorising</source>
        <translation>auswendig gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="96"/>
        <source>never trained</source>
        <translation>nie trainiert</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="199"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="199"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>distinct targets</source>
        <translation>verschiedene Ziele</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="98"/>
        <source>top-share</source>
        <translation>Anteil häufigstes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>entropy (bits)</source>
        <translation>Entropie (Bit)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>train acc.</source>
        <translation>Trainingsgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>test queries</source>
        <translation>Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>test acc.</source>
        <translation>Testgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>95% low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="99"/>
        <source>95% high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="vanished">95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="100"/>
        <source>diagnosis</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="119"/>
        <source>Cluster sizes and layer-2 accuracy (%1 clusters)</source>
        <translation>Clustergrößen und Genauigkeit von Schicht 2 (%1 Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="124"/>
        <source>cluster %1 (selected)</source>
        <translation>Cluster %1 (gewählt)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="137"/>
        <source>Cluster sizes of the run in progress (%1 clusters; accuracy when it ends)</source>
        <translation>Clustergrößen des laufenden Laufs (%1 Cluster; Genauigkeit, wenn er endet)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="166"/>
        <source> Layer 2 &lt;b&gt;collapses&lt;/b&gt; onto &apos;%1&apos;: its answer to %2 of %3 test queries (answers: %4).</source>
        <translation> Schicht 2 &lt;b&gt;fällt zusammen&lt;/b&gt; auf „%1“: seine Antwort auf %2 von %3 Testanfragen (Antworten: %4).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="172"/>
        <source> Layer 2&apos;s answers on its %1 test queries: %2.</source>
        <translation> Antworten von Schicht 2 auf seine %1 Testanfragen: %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="174"/>
        <source>layer-2 test accuracy n/a (no test query in this cluster)</source>
        <translation>Testgenauigkeit Schicht 2 n. v. (keine Testanfrage in diesem Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="175"/>
        <source>layer-2 test accuracy %1 (%2 of %3 queries; 95% interval %4–%5)</source>
        <translation>Testgenauigkeit Schicht 2 %1 (%2 von %3 Anfragen; 95-%-Intervall %4–%5)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="179"/>
        <source> &lt;b&gt;Memorising&lt;/b&gt;: training accuracy %1 is far above even the optimistic end of the test interval — the model learned its training rows&apos; targets, not a rule that carries to new queries.</source>
        <translation> &lt;b&gt;Auswendig gelernt&lt;/b&gt;: die Trainingsgenauigkeit %1 liegt weit über selbst dem optimistischen Ende des Testintervalls — das Modell hat die Ziele seiner Trainingszeilen gelernt, keine Regel, die auf neue Anfragen übergeht.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="183"/>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 test), none to train on: its layer-2 model was never trained, so it has no targets to be imbalanced over; %4.</source>
        <translation>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 Mitglieder (%3 Test), keines zum Trainieren: sein Schicht-2-Modell wurde nie trainiert und hat daher keine Ziele, über die es unausgewogen sein könnte; %4.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="187"/>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; %8.</source>
        <translation>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 Mitglieder (%3 Training, %4 Test), %5 verschiedene Ziele von Schicht 2; das häufigste Ziel deckt %6 % der Trainingszeilen ab; Entropie der Ziele %7 Bit; %8.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>layer 2&apos;s top 1</source>
        <translation>Top 1 von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="219"/>
        <source>hit (paper: top-1 position among the 5 stored positions)</source>
        <translation>Treffer (Paper: Position der Top 1 unter den 5 gespeicherten Positionen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="219"/>
        <source>hit (exact nearest in layer 2&apos;s top 5)</source>
        <translation>Treffer (exakter Nächster in den Top 5 von Schicht 2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cluster %1&lt;/b&gt;: %2 members (%3 train, %4 test), %5 distinct layer-2 targets; the most common target covers %6% of the training rows; target entropy %7 bits; layer-2 test accuracy %8 on %9 queries.</source>
        <translation type="vanished">&lt;b&gt;Cluster %1&lt;/b&gt;: %2 Mitglieder (%3 Training, %4 Test), %5 verschiedene Ziele für Schicht 2; das häufigste Ziel deckt %6% der Trainingszeilen ab; Zielentropie %7 Bit; Testgenauigkeit von Schicht 2 %8 auf %9 Anfragen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="204"/>
        <source>layer-2 target</source>
        <translation>Ziel für Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="213"/>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="213"/>
        <source>miss</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>layer 2&apos;s answer</source>
        <translation type="vanished">Antwort von Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="218"/>
        <source>exact nearest</source>
        <translation>exakt nächster</translation>
    </message>
    <message>
        <source>distance gap</source>
        <translation type="vanished">Abstandslücke</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="220"/>
        <source>layer 1 routed to</source>
        <translation>Schicht 1 leitete zu</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="220"/>
        <source>distance gap (top 1)</source>
        <translation>Abstandslücke (Top 1)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="232"/>
        <source>Cluster %1: layer 2&apos;s answers on %2 test queries (the %3 most answered of %4 rows)</source>
        <translation>Cluster %1: Antworten von Schicht 2 auf %2 Testanfragen (die %3 häufigsten von %4 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="233"/>
        <source>Cluster %1: layer 2&apos;s answers on %2 test queries</source>
        <translation>Cluster %1: Antworten von Schicht 2 auf %2 Testanfragen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ClustersView.cpp" line="239"/>
        <source>Layer-2 imbalance per cluster</source>
        <translation>Ungleichgewicht von Schicht 2 je Cluster</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::CompareView</name>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="21"/>
        <source>Run A: every run of this session, in the order they finished</source>
        <translation>Lauf A: jeder Lauf dieser Sitzung, in der Reihenfolge ihres Endes</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="22"/>
        <source>Run B, compared with A (differences are B − A)</source>
        <translation>Lauf B, mit A verglichen (Unterschiede sind B − A)</translation>
    </message>
    <message>
        <source>settings that differ</source>
        <translation type="vanished">abweichende Einstellungen</translation>
    </message>
    <message>
        <source>accuracy per layer</source>
        <translation type="vanished">Genauigkeit pro Schicht</translation>
    </message>
    <message>
        <source>each system&apos;s distance to the truth</source>
        <translation type="vanished">Abstand jedes Systems zur Wahrheit</translation>
    </message>
    <message>
        <source>each system&apos;s recall</source>
        <translation type="vanished">Recall jedes Systems</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="23"/>
        <source>Train two runs (or open a saved one and train another) to compare them.</source>
        <translation>Zwei Läufe trainieren (oder einen gespeicherten öffnen und einen weiteren trainieren), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="28"/>
        <source>Run &amp;A:</source>
        <translation>Lauf &amp;A:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="29"/>
        <source>Run &amp;B:</source>
        <translation>Lauf &amp;B:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="25"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="42"/>
        <source>%1: %2, %3 clusters, %4</source>
        <translation>%1: %2, %3 Cluster, %4</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="86"/>
        <source>A (run %1)</source>
        <translation>A (Lauf %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="86"/>
        <source>B (run %1)</source>
        <translation>B (Lauf %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="96"/>
        <source>Settings that differ</source>
        <translation>Abweichende Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="97"/>
        <source>Accuracy per layer</source>
        <translation>Genauigkeit pro Schicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="98"/>
        <source>Each system&apos;s distance to the true neighbour</source>
        <translation>Abstand jedes Systems zum wahren Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="99"/>
        <source>Each system&apos;s recall@k</source>
        <translation>Recall@k jedes Systems</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="100"/>
        <source>Partitions: candidates and distance-equivalents at the target recall@10</source>
        <translation>Partitionen: Kandidaten und Abstandsäquivalente beim Ziel-Recall@10</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="101"/>
        <source>Partition settings that differ</source>
        <translation>Partitionseinstellungen, die sich unterscheiden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="102"/>
        <source>candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="103"/>
        <source>candidates + router</source>
        <translation>Kandidaten + Router</translation>
    </message>
    <message>
        <source>distance-equivalents (router included)</source>
        <translation type="vanished">Abstandsäquivalente (mit Router)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="114"/>
        <source>Run A and run B are the same run: choose two to see their differences.</source>
        <translation>Lauf A und Lauf B sind derselbe Lauf: zwei wählen, um ihre Unterschiede zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="115"/>
        <source>Run %1 against run %2: differences are B − A.</source>
        <translation>Lauf %1 gegen Lauf %2: Unterschiede sind B − A.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/CompareView.cpp" line="117"/>
        <source>Partitions are compared once both runs have them (Partitions ▸ Build partitions while the run is shown).</source>
        <translation>Partitionen werden verglichen, sobald beide Läufe welche haben (Partitionen ▸ Partitionen erstellen, während der Lauf gezeigt wird).</translation>
    </message>
    <message>
        <source>Partitions are compared once both runs have them (Partitions ▸ Build while the run is shown).</source>
        <translation type="vanished">Partitionen werden verglichen, sobald beide Läufe welche haben (Partitionen ▸ Partitionen erstellen, während der Lauf gezeigt wird).</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::DistancesView</name>
    <message>
        <source>Table 1 as bars: each system&apos;s mean distance from its answer to the true neighbour</source>
        <translation type="vanished">Tabelle 1 als Balken: mittlerer Abstand der Antwort jedes Systems zum wahren Nachbarn</translation>
    </message>
    <message>
        <source>The chosen table as bars: one group per row, one bar per numeric column</source>
        <translation type="vanished">Die gewählte Tabelle als Balken: eine Gruppe je Zeile, ein Balken je Zahlenspalte</translation>
    </message>
    <message>
        <source>The chosen table drawn in its own units: bars of one unit, or points (cost and multi-probe against time or FLOPs, imbalance with intervals)</source>
        <translation type="vanished">Die gewählte Tabelle in ihren eigenen Einheiten: Balken einer Einheit oder Punkte (Kosten und Multi-Probe gegen Zeit oder FLOPs, Ungleichgewicht mit Intervallen)</translation>
    </message>
    <message>
        <source>Which table to show</source>
        <translation type="vanished">Welche Tabelle angezeigt wird</translation>
    </message>
    <message>
        <source>Click a column header to sort</source>
        <translation type="vanished">Zum Sortieren auf einen Spaltenkopf klicken</translation>
    </message>
    <message>
        <location filename="../app/studio/views/DistancesView.cpp" line="11"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::EngineWorker</name>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="32"/>
        <source>%1, model %2 of %3, epoch %4</source>
        <translation>%1, Modell %2 von %3, Epoche %4</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="50"/>
        <source>projecting (PCA)</source>
        <translation>projiziere (PCA)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="93"/>
        <location filename="../app/studio/EngineWorker.cpp" line="129"/>
        <source>loading %1</source>
        <translation>lade %1</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="96"/>
        <source>loaded %1: %2 rows x %3</source>
        <translation>%1 geladen: %2 Zeilen x %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="106"/>
        <source>trained in %1 s: layer-1 accuracy %2, layer-2 accuracy %3</source>
        <translation>in %1 s trainiert: Genauigkeit Schicht 1 %2, Schicht 2 %3</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="111"/>
        <location filename="../app/studio/EngineWorker.cpp" line="137"/>
        <location filename="../app/studio/EngineWorker.cpp" line="168"/>
        <location filename="../app/studio/EngineWorker.cpp" line="195"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="112"/>
        <source>run finished in %1 s</source>
        <translation>Lauf nach %1 s beendet</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="115"/>
        <source>run cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="133"/>
        <source>opened %1 (trained on %2)</source>
        <translation>%1 geöffnet (trainiert auf %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="188"/>
        <source>t-SNE map</source>
        <translation>t-SNE-Karte</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="191"/>
        <source>measuring the map</source>
        <translation>Karte wird bewertet</translation>
    </message>
    <message>
        <location filename="../app/studio/EngineWorker.cpp" line="210"/>
        <source>saved the run to %1</source>
        <translation>Lauf nach %1 gespeichert</translation>
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
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="81"/>
        <source>C&amp;lusters</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="82"/>
        <source>&amp;Accuracy</source>
        <translation>&amp;Genauigkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="83"/>
        <source>&amp;Distances</source>
        <translation>&amp;Abstände</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="84"/>
        <source>&amp;Projection</source>
        <translation>&amp;Projektion</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="85"/>
        <source>&amp;Query</source>
        <translation>A&amp;nfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="86"/>
        <source>Partitio&amp;ns</source>
        <translation>Partitio&amp;nen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="87"/>
        <source>Co&amp;mpare</source>
        <translation>Vergle&amp;ich</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="105"/>
        <source>What the engine did, with times</source>
        <translation>Was die Engine getan hat, mit Zeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="106"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="113"/>
        <source>Ready: press Train to cluster, train and evaluate.</source>
        <translation>Bereit: Trainieren drücken, um zu clustern, zu trainieren und auszuwerten.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="119"/>
        <source>Progress of the whole run</source>
        <translation>Fortschritt des ganzen Laufs</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="132"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="144"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="149"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="161"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="169"/>
        <source>Saved to %1.</source>
        <translation>Nach %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="191"/>
        <source>t-SNE map made in %1 s.</source>
        <translation>t-SNE-Karte in %1 s berechnet.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="199"/>
        <source>Partitions built.</source>
        <translation>Partitionen erstellt.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="226"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="227"/>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="228"/>
        <source>Open a saved run (a model folder)</source>
        <translation>Einen gespeicherten Lauf (Modellordner) öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="233"/>
        <source>Reopen a run saved by the studio or by `nnscope train`, without retraining</source>
        <translation>Einen vom Studio oder von `nnscope train` gespeicherten Lauf ohne neues Training öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="234"/>
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="235"/>
        <source>Save the run as a folder</source>
        <translation>Den Lauf als Ordner speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="240"/>
        <source>Save the trained run (a model folder that `nnscope predict` also reads)</source>
        <translation>Den trainierten Lauf speichern (ein Modellordner, den auch `nnscope predict` liest)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="242"/>
        <source>&amp;Export all…</source>
        <translation>Alles &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="243"/>
        <source>Write a report folder</source>
        <translation>Einen Berichtsordner schreiben</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="247"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="248"/>
        <source>Tables (Markdown, CSV), results.json and charts (PNG, PDF), as `nnscope reproduce` writes them</source>
        <translation>Tabellen (Markdown, CSV), results.json und Diagramme (PNG, PDF), wie `nnscope reproduce` sie schreibt</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="249"/>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="254"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="255"/>
        <source>Save the current view&apos;s chart as PNG, PDF or JPG</source>
        <translation>Das Diagramm der aktuellen Ansicht als PNG, PDF oder JPG speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="256"/>
        <source>Export &amp;table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="261"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="262"/>
        <source>Chart export &amp;options…</source>
        <translation>&amp;Optionen für den Diagrammexport…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="263"/>
        <source>The scale of exported PNG/JPG images and the paper size of exported PDFs</source>
        <translation>Der Maßstab exportierter PNG/JPG-Bilder und das Papierformat exportierter PDFs</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="264"/>
        <source>Save the current view&apos;s table as CSV or Markdown</source>
        <translation>Die Tabelle der aktuellen Ansicht als CSV oder Markdown speichern</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="276"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="277"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="278"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="279"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="282"/>
        <source>&amp;About nnscope studio</source>
        <translation>Ü&amp;ber nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="284"/>
        <source>About nnscope studio</source>
        <translation>Über nnscope studio</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="285"/>
        <source>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Explore learned nearest-neighbour search: the two-layer hierarchy of Siper &amp;amp; Jiang, measured against exact search, ScaNN-style search and FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;nnscope studio %1&lt;/h3&gt;&lt;p&gt;Gelernte Nächste-Nachbarn-Suche erkunden: die zweischichtige Hierarchie von Siper &amp;amp; Jiang, gemessen an exakter Suche, ScaNN-artiger Suche und FAISS.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch %3, FAISS %4, QCustomPlot %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="293"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="322"/>
        <source>The views show the previous run (%1) until this one finishes.</source>
        <translation>Die Ansichten zeigen den vorigen Lauf (%1), bis dieser fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="364"/>
        <source>Training…</source>
        <translation>Training…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="365"/>
        <source>training: %1, %2 clusters, %3 protocol, %4 preset</source>
        <translation>Training: %1, %2 Cluster, Protokoll %3, Voreinstellung %4</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="387"/>
        <source>Building partitions…</source>
        <translation>Erstelle Partitionen…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="388"/>
        <source>partitions: %1 bins on %2</source>
        <translation>Partitionen: %1 Behälter auf %2</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="399"/>
        <source>The t-SNE map waits until the current job ends.</source>
        <translation>Die t-SNE-Karte wartet, bis der laufende Auftrag endet.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="400"/>
        <source>There is no data to map.</source>
        <translation>Es gibt keine Daten für eine Karte.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="410"/>
        <source>Making the t-SNE map…</source>
        <translation>t-SNE-Karte wird berechnet…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="411"/>
        <source>t-SNE map: %1 rows of %2</source>
        <translation>t-SNE-Karte: %1 Zeilen von %2</translation>
    </message>
    <message>
        <source>t-SNE map of %1 (%2 rows)</source>
        <translation type="vanished">t-SNE-Karte von %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="429"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="438"/>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="447"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="486"/>
        <source>wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="487"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="490"/>
        <source>Export all</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="556"/>
        <source>%1: layer-1 accuracy %2, layer-2 accuracy %3 (%4 protocol)</source>
        <translation>%1: Genauigkeit Schicht 1 %2, Schicht 2 %3 (Protokoll %4)</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="578"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="580"/>
        <source>estimating the time left…</source>
        <translation>Restzeit wird geschätzt …</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="592"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="592"/>
        <source>A run is in progress. Stop it and quit? Its results are lost.</source>
        <translation>Ein Lauf ist im Gang. Abbrechen und beenden? Seine Ergebnisse gehen verloren.</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="594"/>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Abbrechen und beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/MainWindow.cpp" line="595"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::PartitionsView</name>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="36"/>
        <source>Bins of every partition</source>
        <translation>Behälter jeder Partition</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="39"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="40"/>
        <source>Build on the first N rows of the chosen data; &apos;all&apos; uses every row (independent of the run&apos;s Words)</source>
        <translation>Auf den ersten N Zeilen der gewählten Daten bauen; „alle“ nutzt jede Zeile (unabhängig von den Wörtern des Laufs)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="41"/>
        <source>&amp;Build partitions</source>
        <translation>Partitionen &amp;erstellen</translation>
    </message>
    <message>
        <source>Build k-means, k-means with SOAR spilling, Neural LSH and a LIRA-style prober on the run&apos;s data, holding out 10% of the rows as queries (on the worker: Cancel stops it)</source>
        <translation type="vanished">k-Means, k-Means mit SOAR-Überlauf, Neural LSH und einen LIRA-artigen Prober auf den Daten des Laufs erstellen, 10 % der Zeilen als Anfragen zurückgehalten (im Hintergrund: Abbrechen stoppt es)</translation>
    </message>
    <message>
        <source>Train or open a run, then build the partitions.</source>
        <translation type="vanished">Einen Lauf trainieren oder öffnen, dann die Partitionen erstellen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="52"/>
        <source>Recall@10 against candidates scanned per query, one point per number of bins probed</source>
        <translation>Recall@10 gegen geprüfte Kandidaten pro Anfrage, ein Punkt je Anzahl abgefragter Behälter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="54"/>
        <source>Each method&apos;s bin sizes, largest first</source>
        <translation>Behältergrößen jeder Methode, größte zuerst</translation>
    </message>
    <message>
        <source>Per method: candidates at recall@10 = 0.9, the same with the router&apos;s arithmetic, balance, cost</source>
        <translation type="vanished">Je Methode: Kandidaten bei Recall@10 = 0,9, dasselbe mit der Arithmetik des Routers, Balance, Kosten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="42"/>
        <source>Build k-means, k-means with SOAR spilling, Neural LSH and a LIRA-style prober on the chosen data, holding out 10% of the rows as queries (on the worker: Cancel stops it); no trained run needed</source>
        <translation>k-Means, k-Means mit SOAR-Überlauf, Neural LSH und einen LIRA-artigen Prober auf den gewählten Daten bauen, 10 % der Zeilen als Anfragen zurückgehalten (im Hintergrund: Abbrechen stoppt es); kein trainierter Lauf nötig</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="46"/>
        <source>recall against candidates</source>
        <translation>Recall gegen Kandidaten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="47"/>
        <source>total cost at the target recall</source>
        <translation>Gesamtkosten beim Ziel-Recall</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="48"/>
        <source>Candidates scanned alone, or with each router&apos;s arithmetic counted in distance computations</source>
        <translation>Nur die geprüften Kandidaten, oder mit der Rechenarbeit jedes Routers in Abstandsberechnungen gezählt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="49"/>
        <source>Choose data in the Run panel, then build the partitions.</source>
        <translation>Daten im Lauf-Bereich wählen, dann die Partitionen erstellen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="57"/>
        <source>Per method: candidates at the target recall@10, the same with the router&apos;s arithmetic, balance, cost</source>
        <translation>Je Methode: Kandidaten beim Ziel-Recall@10, dasselbe mit der Arithmetik des Routers, Balance, Kosten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="59"/>
        <source>The inspected query: the bins each router ranks first, and the bins its 10 nearest neighbours are in</source>
        <translation>Die untersuchte Anfrage: die Behälter, die jeder Router zuerst wählt, und die Behälter ihrer 10 nächsten Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="62"/>
        <source>B&amp;ins:</source>
        <translation>Be&amp;hälter:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="63"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Zeilen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="65"/>
        <source>C&amp;hart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="112"/>
        <source>Build the partitions to compare them on %1.</source>
        <translation>Die Partitionen erstellen, um sie auf %1 zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="139"/>
        <source>no method reaches the target recall</source>
        <translation>keine Methode erreicht den Ziel-Recall</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="140"/>
        <source>lowest total cost: %1 (%2)</source>
        <translation>geringste Gesamtkosten: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="141"/>
        <source>fewest candidates: %1 (%2)</source>
        <translation>wenigste Kandidaten: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="149"/>
        <source>Cost per query at recall@10 = %1: candidates, and with the router counted</source>
        <translation>Kosten pro Anfrage bei Recall@10 = %1: Kandidaten, und mit dem Router gezählt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="217"/>
        <source>Bin sizes, largest first</source>
        <translation>Behältergrößen, größte zuerst</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="211"/>
        <source>bin (by size)</source>
        <translation>Behälter (nach Größe)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="212"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="217"/>
        <source>Bin sizes, largest first
(colours as in the curves)</source>
        <translation>Behältergrößen, größte zuerst
(Farben wie bei den Kurven)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>bins</source>
        <translation>Behälter</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>total @ recall %1</source>
        <translation>gesamt @ Recall %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="234"/>
        <source>ms/query</source>
        <translation>ms/Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
        <source>largest / mean</source>
        <translation>größter / Mittel</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="237"/>
        <source>%1 base rows, %2 held-out queries; candidates at recall@10 = %3 (lower is better).</source>
        <translation>%1 Basiszeilen, %2 zurückgehaltene Anfragen; Kandidaten bei Recall@10 = %3 (weniger ist besser).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="274"/>
        <source>probes for %1 of 10</source>
        <translation>Abfragen für %1 von 10</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="275"/>
        <source>adaptive rule probes</source>
        <translation>Behälter der adaptiven Regel</translation>
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
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
        <source>rows stored</source>
        <translation>gespeicherte Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="235"/>
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
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>bins probed first (score)</source>
        <translation>zuerst abgefragte Behälter (Score)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="273"/>
        <source>bins of the 10 nearest</source>
        <translation>Behälter der 10 nächsten</translation>
    </message>
    <message>
        <source>probes for 9 of 10</source>
        <translation type="vanished">Abfragen für 9 von 10</translation>
    </message>
    <message>
        <location filename="../app/studio/views/PartitionsView.cpp" line="287"/>
        <source>Learned partitions against k-means</source>
        <translation>Gelernte Partitionen gegen k-Means</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::ProjectionView</name>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="60"/>
        <source>Project all rows, or one cluster&apos;s rows on that cluster&apos;s own principal axes</source>
        <translation>Alle Zeilen projizieren, oder die Zeilen eines Clusters auf dessen eigene Hauptachsen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="70"/>
        <source>The two principal components shown, or a neighbour-preserving t-SNE map</source>
        <translation>Die beiden gezeigten Hauptkomponenten oder eine nachbarschaftserhaltende t-SNE-Karte</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="84"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>★ query   ▲ predicted neighbour   ◆ true neighbour   (wheel: zoom, drag: pan)</source>
        <translation type="vanished">★ Anfrage   ▲ vorhergesagter Nachbar   ◆ wahrer Nachbar   (Rad: Zoom, Ziehen: Verschieben)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="209"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="211"/>
        <source>Cluster %1 (%2 rows)</source>
        <translation>Cluster %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>%1 % of a row&apos;s 10 nearest stay its 10 nearest here (%2 rows sampled)</source>
        <translation type="vanished">%1 % der 10 nächsten Zeilen bleiben hier unter den 10 nächsten (an %2 Zeilen gemessen)</translation>
    </message>
    <message>
        <source>%1 % of a row&apos;s 10 nearest stay its 10 nearest here</source>
        <translation type="vanished">%1 % der 10 nächsten Zeilen bleiben hier unter den 10 nächsten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="446"/>
        <source>PCA of %1 (%2 rows)</source>
        <translation>PCA von %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="447"/>
        <source>PCA of cluster %1</source>
        <translation>PCA von Cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="293"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="64"/>
        <location filename="../app/studio/views/ProjectionView.cpp" line="363"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="66"/>
        <source>Colour the points by k-means cluster, by the run&apos;s split, by whether layer 2 found the test query&apos;s neighbour, or by the bins of a partition built in the Partitions view</source>
        <translation>Die Punkte nach k-means-Cluster färben, nach der Aufteilung des Laufs, danach, ob Schicht 2 den Nachbarn der Testanfrage fand, oder nach den Behältern einer in der Ansicht Partitionen gebauten Partition</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="268"/>
        <source>held-out query</source>
        <translation>zurückgehaltene Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="364"/>
        <source>train / test split</source>
        <translation>Trainings-/Testaufteilung</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="365"/>
        <source>layer 2 hit / miss</source>
        <translation>Treffer / Fehlgriff Schicht 2</translation>
    </message>
    <message>
        <source>Colour the points by k-means cluster, by the run&apos;s split, or by whether layer 2 found the test query&apos;s neighbour</source>
        <translation type="vanished">Punkte nach k-Means-Cluster, nach der Aufteilung des Laufs oder danach färben, ob Schicht 2 den Nachbarn der Testanfrage gefunden hat</translation>
    </message>
    <message>
        <source>The two principal components shown</source>
        <translation type="vanished">Die beiden angezeigten Hauptkomponenten</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="73"/>
        <source>PC%1 × PC%2</source>
        <translation>HK%1 × HK%2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="74"/>
        <source>t-SNE map</source>
        <translation>t-SNE-Karte</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="76"/>
        <source>find a word</source>
        <translation>Wort suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="77"/>
        <source>Highlight a word (any case) and centre the view on it; click a point to make it the query</source>
        <translation>Ein Wort hervorheben (Groß-/Kleinschreibung egal) und die Ansicht darauf zentrieren; ein Klick auf einen Punkt macht ihn zur Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="85"/>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="86"/>
        <source>A&amp;xes:</source>
        <translation>A&amp;chsen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="87"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="88"/>
        <source>click: inspect · wheel: zoom · drag: pan · double-click: reset</source>
        <translation>Klick: untersuchen · Rad: zoomen · Ziehen: verschieben · Doppelklick: zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="189"/>
        <source>A neighbour-preserving map of every row (Barnes-Hut t-SNE), made on the worker when first chosen</source>
        <translation>Eine nachbarschaftserhaltende Karte aller Zeilen (Barnes-Hut-t-SNE), im Hintergrund berechnet, wenn sie zum ersten Mal gewählt wird</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="450"/>
        <source>every row drawn, shaded by rows per cell; zoom in for points</source>
        <translation>alle Zeilen gezeichnet, Dichte je Zelle; Zoom zeigt Punkte</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="731"/>
        <source>The t-SNE map is offered for 3 to %L1 rows; this data has %L2</source>
        <translation>Die t-SNE-Karte gibt es für 3 bis %L1 Zeilen; diese Daten haben %L2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="282"/>
        <source>bin %1: probe %2</source>
        <translation>Behälter %1: Abfrage %2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="442"/>
        <source>keeps %1 % of each row&apos;s 10 nearest (%2 rows sampled)</source>
        <translation>behält %1 % der 10 nächsten jeder Zeile (an %2 Zeilen gemessen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="443"/>
        <source>keeps %1 % of each row&apos;s 10 nearest</source>
        <translation>behält %1 % der 10 nächsten jeder Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="452"/>
        <source>%1 probing %2 bins, as chosen on its curve (full colour)</source>
        <translation>%1 fragt %2 Behälter ab, wie auf seiner Kurve gewählt (volle Farbe)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="454"/>
        <source>bins %1 probes for %2 of the 10 nearest: %3 (full colour)</source>
        <translation>von %1 für %2 der 10 nächsten abgefragte Behälter: %3 (volle Farbe)</translation>
    </message>
    <message>
        <source>held-out query (in no bin)</source>
        <translation type="vanished">zurückgehaltene Anfrage (in keinem Fach)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="275"/>
        <source>bin %1</source>
        <translation>Behälter %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="287"/>
        <source>rows (train to see clusters)</source>
        <translation>Zeilen (trainieren, um Cluster zu sehen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="297"/>
        <source>test row</source>
        <translation>Testzeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="297"/>
        <source>training row</source>
        <translation>Trainingszeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>not a scored test query</source>
        <translation>keine bewertete Testanfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>test: layer 2 hit</source>
        <translation>Test: Treffer Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="304"/>
        <source>test: layer 2 miss</source>
        <translation>Test: Fehlgriff Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="371"/>
        <source>bins: %1</source>
        <translation>Behälter: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="440"/>
        <source>t-SNE map of %1 (%2 rows)</source>
        <translation>t-SNE-Karte von %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="440"/>
        <source>t-SNE map: cluster %1</source>
        <translation>t-SNE-Karte: Cluster %1</translation>
    </message>
    <message>
        <source>keeps %1 % of each row&apos;s 10 nearest rows among its 10 nearest on the map (%2 rows measured)</source>
        <translation type="vanished">behält %1 % der 10 nächsten Zeilen jeder Zeile unter ihren 10 nächsten auf der Karte (an %2 Zeilen gemessen)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="445"/>
        <source>PCA of %1 (%2 rows), before training</source>
        <translation>PCA von %1 (%2 Zeilen), vor dem Training</translation>
    </message>
    <message>
        <source>1 row in %1 drawn (%2 points)</source>
        <translation type="vanished">1 von %1 Zeilen gezeichnet (%2 Punkte)</translation>
    </message>
    <message>
        <source>%1: probes for %2 of the query&apos;s 10 nearest: %3 (those bins in full colour)</source>
        <translation type="vanished">%1: Abfragen für %2 der 10 nächsten der Anfrage: %3 (diese Behälter in voller Farbe)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>predicted neighbour</source>
        <translation>vorhergesagter Nachbar</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="520"/>
        <source>true neighbour</source>
        <translation>wahrer Nachbar</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="532"/>
        <source>exact nearest neighbours</source>
        <translation>exakte nächste Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="540"/>
        <source>found word</source>
        <translation>gefundenes Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="543"/>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="543"/>
        <location filename="../app/studio/views/ProjectionView.cpp" line="544"/>
        <source>PC%1 (%2 % of the variance)</source>
        <translation>HK%1 (%2 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="544"/>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation type="vanished">HK%1 (%2 % der Varianz)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="859"/>
        <source>cluster %1 (selected)</source>
        <translation>Cluster %1 (gewählt)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/ProjectionView.cpp" line="870"/>
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
        <location filename="../app/studio/views/QueryInspector.cpp" line="47"/>
        <source>type a word and press Enter</source>
        <translation>Wort eingeben und Enter drücken</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="48"/>
        <source>The query: any word of the dataset (completion offers them)</source>
        <translation>Die Anfrage: ein beliebiges Wort des Datensatzes (die Vervollständigung bietet sie an)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="54"/>
        <source>&amp;Random test query</source>
        <translation>&amp;Zufällige Testanfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="55"/>
        <source>Pick a held-out row at random (Ctrl+T)</source>
        <translation>Eine zurückgehaltene Zeile zufällig wählen (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="56"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="60"/>
        <source>Answers per list: layer 2&apos;s and exact search&apos;s top k (nnscope predict --k)</source>
        <translation>Antworten pro Liste: die Top k von Schicht 2 und der exakten Suche (nnscope predict --k)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="63"/>
        <source>Clusters probed: layer 1&apos;s most probable (nnscope predict --probe); more than one gathers each probed cluster&apos;s layer-2 candidates</source>
        <translation>Geprüfte Cluster: die wahrscheinlichsten von Schicht 1 (nnscope predict --probe); mehr als einer sammelt die Schicht-2-Kandidaten jedes geprüften Clusters</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="65"/>
        <source>re-&amp;rank</source>
        <translation>neu &amp;ordnen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="66"/>
        <source>Order layer 2&apos;s candidates by exact distance (as predict does when probing several clusters)</source>
        <translation>Die Kandidaten von Schicht 2 nach exaktem Abstand ordnen (wie predict beim Prüfen mehrerer Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="70"/>
        <source>A query of the dataset&apos;s own query set (siftsmall&apos;s 100, fashion-mnist&apos;s test images), with its shipped ground truth</source>
        <translation>Eine Anfrage aus dem eigenen Anfragesatz der Daten (die 100 von siftsmall, die Testbilder von fashion-mnist), mit ihrer mitgelieferten Wahrheit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="73"/>
        <source>Train a run, then pick a query.</source>
        <translation>Einen Lauf trainieren, dann eine Anfrage wählen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="78"/>
        <source>&amp;Query:</source>
        <translation>A&amp;nfrage:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="80"/>
        <source>or the data&apos;s own query &amp;no.:</source>
        <translation>oder eigene Anfrage &amp;Nr.:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="81"/>
        <source>&amp;k:</source>
        <translation>&amp;k:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="82"/>
        <source>&amp;probes:</source>
        <translation>Prüf&amp;cluster:</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="85"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="289"/>
        <source>Layer 1: most probable clusters</source>
        <translation>Schicht 1: wahrscheinlichste Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="86"/>
        <source>Layer 1&apos;s top clusters with their probabilities; ✓ marks the query&apos;s own k-means cluster</source>
        <translation>Die besten Cluster von Schicht 1 mit Wahrscheinlichkeiten; ✓ markiert den eigenen k-Means-Cluster der Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="88"/>
        <source>Layer 2: predicted neighbours</source>
        <translation>Schicht 2: vorhergesagte Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="89"/>
        <source>Layer 2&apos;s top 5 in layer 1&apos;s cluster; ✓ marks those among the exact top 5</source>
        <translation>Die Top 5 von Schicht 2 im Cluster von Schicht 1; ✓ markiert die unter den exakten Top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="91"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="290"/>
        <source>Exact search: true neighbours</source>
        <translation>Exakte Suche: wahre Nachbarn</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="92"/>
        <source>The exact top 5; ✓ marks those layer 2 found</source>
        <translation>Die exakten Top 5; ✓ markiert die von Schicht 2 gefundenen</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="121"/>
        <source>Type a word, pick a random test query, or one of the data&apos;s own %1 queries.</source>
        <translation>Ein Wort eingeben, eine zufällige Testanfrage wählen oder eine der %1 eigenen Anfragen der Daten.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="122"/>
        <source>Type a word, or pick a random test query.</source>
        <translation>Ein Wort eingeben oder eine zufällige Testanfrage wählen.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="160"/>
        <source>&apos;%1&apos; is not in %2.</source>
        <translation>&apos;%1&apos; ist nicht in %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="212"/>
        <source>Could not inspect the query: %1</source>
        <translation>Die Anfrage konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="224"/>
        <source>own cluster</source>
        <translation>eigener Cluster</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="229"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="233"/>
        <source>the query itself</source>
        <translation>die Anfrage selbst</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>in exact top 5</source>
        <translation type="vanished">in exakten Top 5</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="243"/>
        <source>found by layer 2</source>
        <translation>von Schicht 2 gefunden</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="264"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (row %2, %3 row, cluster %4): layer 1 chose cluster %5 %6; layer 2&apos;s answer &lt;b&gt;%7&lt;/b&gt; is %8 the true nearest neighbour &lt;b&gt;%9&lt;/b&gt;; distance gap %10 (%11).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Zeile %2, %3-Zeile, Cluster %4): Schicht 1 wählte Cluster %5 %6; die Antwort von Schicht 2, &lt;b&gt;%7&lt;/b&gt;, ist %8 der wahre nächste Nachbar &lt;b&gt;%9&lt;/b&gt;; Abstandslücke %10 (%11).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="267"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="267"/>
        <source>training</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="258"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="268"/>
        <source>(right)</source>
        <translation>(richtig)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="236"/>
        <source>in exact top %1</source>
        <translation>in exakten Top %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="251"/>
        <source> The shipped ground truth says row %1: exact search %2.</source>
        <translation> Die mitgelieferte Wahrheit nennt Zeile %1: die exakte Suche %2.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="253"/>
        <source>agrees</source>
        <translation>stimmt zu</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="253"/>
        <source>finds row %1 instead</source>
        <translation>findet stattdessen Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="255"/>
        <source>&lt;b&gt;Query %1&lt;/b&gt; of the data&apos;s own queries (nearest centroid: cluster %2): layer 1 chose cluster %3 %4; layer 2&apos;s answer is row %5, %6 the exact nearest neighbour, row %7; distance gap %8 (%9).</source>
        <translation>&lt;b&gt;Anfrage %1&lt;/b&gt; der eigenen Anfragen der Daten (nächster Schwerpunkt: Cluster %2): Schicht 1 wählte Cluster %3 %4; die Antwort von Schicht 2 ist Zeile %5, %6 der exakte nächste Nachbar, Zeile %7; Abstandslücke %8 (%9).</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="258"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="268"/>
        <source>(wrong)</source>
        <translation>(falsch)</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="259"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="270"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="259"/>
        <location filename="../app/studio/views/QueryInspector.cpp" line="270"/>
        <source>not</source>
        <translation>nicht</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="274"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: layer 2 has no answer besides the query itself in cluster %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Schicht 2 hat in Cluster %2 keine Antwort außer der Anfrage selbst.</translation>
    </message>
    <message>
        <location filename="../app/studio/views/QueryInspector.cpp" line="297"/>
        <source>Layer-2 neighbours of the query</source>
        <translation>Nachbarn der Anfrage laut Schicht 2</translation>
    </message>
</context>
<context>
    <name>nnscope::studio::RunPanel</name>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="42"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="43"/>
        <source>A built-in dataset, or a file of your own (GloVe text, CSV with a header, or .fvecs)</source>
        <translation>Ein eingebauter Datensatz oder eine eigene Datei (GloVe-Text, CSV mit Kopfzeile oder .fvecs)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="45"/>
        <source>path to a .txt, .csv or .fvecs file</source>
        <translation>Pfad zu einer .txt-, .csv- oder .fvecs-Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="46"/>
        <source>The data file to load when &apos;File…&apos; is chosen</source>
        <translation>Die Datendatei, die bei &apos;Datei…&apos; geladen wird</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="47"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="48"/>
        <source>Choose a data file</source>
        <translation>Eine Datendatei wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="51"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="52"/>
        <source>Keep the first N rows (the paper&apos;s number of words); &apos;all&apos; keeps every row</source>
        <translation>Die ersten N Zeilen behalten (die Wortanzahl des Papers); &apos;alle&apos; behält jede Zeile</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="55"/>
        <source>The metric of targets and truth under the corrected protocol (the paper&apos;s protocol always uses cosine)</source>
        <translation>Die Metrik von Zielen und Wahrheit im korrigierten Protokoll (das Protokoll des Papers nutzt immer Kosinus)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="58"/>
        <source>Number of k-means clusters = number of layer-2 models</source>
        <translation>Anzahl der k-Means-Cluster = Anzahl der Modelle in Schicht 2</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="60"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="61"/>
        <source>paper (authors&apos; quirks)</source>
        <translation>Paper (Eigenheiten der Autoren)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="62"/>
        <source>corrected: stratified split, global exact truth; paper: as the authors&apos; code did it</source>
        <translation>korrigiert: geschichtete Aufteilung, globale exakte Wahrheit; Paper: wie der Code der Autoren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="64"/>
        <source>fast (Adam)</source>
        <translation>schnell (Adam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="65"/>
        <source>paper (SGD, slow)</source>
        <translation>Paper (SGD, langsam)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="66"/>
        <source>fast: Adam, one pass per epoch; paper: SGD lr 0.01, 1024 steps per epoch, up to 500 epochs</source>
        <translation>schnell: Adam, ein Durchlauf pro Epoche; Paper: SGD lr 0.01, 1024 Schritte pro Epoche, bis zu 500 Epochen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="67"/>
        <source>&amp;Augment layer-2 data</source>
        <translation>Daten für Schicht 2 &amp;augmentieren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="68"/>
        <source>Add perturbed copies of members labelled with their nearest member (the paper&apos;s proposed augmentation)</source>
        <translation>Gestörte Kopien von Mitgliedern hinzufügen, beschriftet mit ihrem nächsten Mitglied (die im Paper vorgeschlagene Augmentierung)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="71"/>
        <source>Seed of clustering, split, initialisation and sampling: the same seed repeats a run</source>
        <translation>Startwert für Clustering, Aufteilung, Initialisierung und Stichproben: derselbe Startwert wiederholt einen Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="74"/>
        <source>preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="75"/>
        <source>Cap on epochs per model; &apos;preset&apos; keeps the preset&apos;s</source>
        <translation>Obergrenze der Epochen je Modell; &apos;Voreinstellung&apos; behält die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="79"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="80"/>
        <source>Refuse, before any work, a hierarchy whose weights would need more memory than this</source>
        <translation>Eine Hierarchie, deren Gewichte mehr Speicher bräuchten, vor jeder Arbeit ablehnen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="84"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="85"/>
        <source>Cluster, train and evaluate with these settings (Ctrl+R)</source>
        <translation>Mit diesen Einstellungen clustern, trainieren und auswerten (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="87"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="88"/>
        <source>Stop the run within one training batch (Esc)</source>
        <translation>Den Lauf innerhalb eines Trainingsbatches anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="91"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="93"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="97"/>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="101"/>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="102"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="103"/>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="105"/>
        <source>C&amp;lusters:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="106"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="107"/>
        <source>Pr&amp;eset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="108"/>
        <source>Max &amp;epochs:</source>
        <translation>Max. &amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="110"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="111"/>
        <source>Memory &amp;budget:</source>
        <translation>Speicher&amp;budget:</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="149"/>
        <source>reading…</source>
        <translation>lese…</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="155"/>
        <source>%1 rows × %2</source>
        <translation>%1 Zeilen × %2</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="184"/>
        <source>Open a data file</source>
        <translation>Eine Datendatei öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="185"/>
        <source>Vectors (*.txt *.vec *.glove *.csv *.fvecs);;All files (*)</source>
        <translation>Vektoren (*.txt *.vec *.glove *.csv *.fvecs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="257"/>
        <source>The paper&apos;s protocol always uses cosine (within-cluster cosine targets and truth)</source>
        <translation>Das Protokoll des Papers nutzt immer Kosinus (Kosinus-Ziele und -Wahrheit innerhalb des Clusters)</translation>
    </message>
    <message>
        <location filename="../app/studio/RunPanel.cpp" line="258"/>
        <source>The metric of targets and truth under the corrected protocol</source>
        <translation>Die Metrik von Zielen und Wahrheit im korrigierten Protokoll</translation>
    </message>
</context>
</TS>
