<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message>
        <location filename="../journeymap/ui/canvas/items.py"/>
        <source> (few responses)</source>
        <translation> (wenige Antworten)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/looks.py"/>
        <source>90th percentile: {}</source>
        <translation>90. Perzentil: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Add note here</source>
        <translation>&amp;Notiz hier hinzufügen</translation>
    </message>
    <message>
        <source>Add note here</source>
        <translation type="vanished">Notiz hier hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Add &amp;stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="vanished">Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Add &amp;touchpoint here</source>
        <translation>&amp;Touchpoint hier hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoint here</source>
        <translation type="vanished">Touchpoint hier hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/key_connect.py"/>
        <source>Connecting from ‘{}’ — choose the card and press Enter, Escape cancels</source>
        <translation>Verbinden von ‘{}’ aus — Karte wählen und Eingabetaste drücken, Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Delete stage</source>
        <translation>Phase &amp;löschen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="vanished">Phase löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Delete transition</source>
        <translation>Übergang &amp;löschen</translation>
    </message>
    <message>
        <source>Delete transition</source>
        <translation type="vanished">Übergang löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Duplica&amp;te</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Edit note</source>
        <translation>Notiz &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="vanished">Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Entry point</source>
        <translation>&amp;Einstiegspunkt</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation type="vanished">Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>E&amp;xit point</source>
        <translation>&amp;Ausstiegspunkt</translation>
    </message>
    <message>
        <source>Exit point</source>
        <translation type="vanished">Ausstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/arrow_entry.py"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/arrow_entry.py"/>
        <source>Label of the transition</source>
        <translation>Beschriftung des Übergangs</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/looks.py"/>
        <source>Median time between the contacts: {}</source>
        <translation>Median der Zeit zwischen den Kontakten: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Moment of truth</source>
        <translation>&amp;Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation type="vanished">Moment der Wahrheit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Move stage &amp;left</source>
        <translation>Phase nach li&amp;nks verschieben</translation>
    </message>
    <message>
        <source>Move stage left</source>
        <translation type="vanished">Phase nach links verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Move stage &amp;right</source>
        <translation>Phase nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Move stage right</source>
        <translation type="vanished">Phase nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/scene.py"/>
        <source>Move {} notes</source>
        <translation>{} Notizen verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/scene.py"/>
        <source>Move {} touchpoints</source>
        <translation>{} Touchpoints verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/items.py"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/looks.py"/>
        <source>Observations: {}</source>
        <translation>Beobachtungen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/items.py"/>
        <source>Opportunities: {}</source>
        <translation>Chancen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/items.py"/>
        <source>Pain points and opportunities: {}</source>
        <translation>Pain Points und Chancen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="vanished">Einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">Umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/panel.py"/>
        <source>Re&amp;name stage</source>
        <translation>Phase &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="vanished">Phase umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/arrow_entry.py"/>
        <source>Share of customers, in percent</source>
        <translation>Anteil der Kunden in Prozent</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/arrow_entry.py"/>
        <source>share unknown</source>
        <translation>Anteil unbekannt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/looks.py"/>
        <source>Share: {} of the contacts at the touchpoint it leaves</source>
        <translation>Anteil: {} der Kontakte am Touchpoint davor</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/scene.py"/>
        <source>‘{}’ leads to ‘{}’ already</source>
        <translation>‘{}’ führt schon zu ‘{}’</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Answers of the selection</source>
        <translation>Antworten der Auswahl</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation type="vanished">Ist</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Gap as % of the metric&apos;s scale (negative = short of target)</source>
        <translation>Lücke in % der Skala der Kennzahl (negativ = Ziel verfehlt)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Gaps by touchpoint</source>
        <translation>Lücken je Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Mean emotion</source>
        <translation>Mittlere Emotion</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>Select a touchpoint to see its answers.</source>
        <translation>Wählen Sie einen Touchpoint aus, um seine Antworten zu sehen.</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation type="vanished">Soll</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/charts.py"/>
        <source>“{}” has no survey data yet.</source>
        <translation>Für „{}“ gibt es noch keine Umfragedaten.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>After (to-be)</source>
        <translation>Nachher (Soll)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>Before (as-is)</source>
        <translation>Vorher (Ist)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>Compare journeys</source>
        <translation>Journeys vergleichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>Open now</source>
        <translation>Jetzt geöffnet</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>removed</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>same</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>Status</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/compare_view.py"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>CurveOverlay</name>
    <message>
        <location filename="../journeymap/ui/canvas/curve_overlay.py"/>
        <source>As-is curve</source>
        <translation>Ist-Kurve</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/curve_overlay.py"/>
        <source>To-be curve</source>
        <translation>Soll-Kurve</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/curve_overlay.py"/>
        <source>{} · {}: emotion {} ({})</source>
        <translation>{} · {}: Emotion {} ({})</translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>Customer journeys</source>
        <translation>Customer Journeys</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>Figures: {}</source>
        <translation>Kennzahlen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>For {}</source>
        <translation>Für {}</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>Gap report of {}</source>
        <translation>Lückenbericht vom {}</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>State: {}</source>
        <translation>Status: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>the mean emotion (-2 to +2) of the touchpoints of each stage.</source>
        <translation>die mittlere Emotion (-2 bis +2) der Touchpoints jeder Phase.</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>Traffic lights</source>
        <translation>Ampelfarben</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>value = (customer value + business value) / 2, each 0-100; priority = value / effort (1-5); a tie goes to the one closing the gap of higher priority.</source>
        <translation>Wert = (Kundennutzen + Geschäftswert) / 2, je 0-100; Priorität = Wert / Aufwand (1-5); bei Gleichstand zuerst die Chance, die die Lücke höherer Priorität schließt.</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>{}: gaps and emotion curve</source>
        <translation>{}: Lücken und Emotionskurve</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>{}: gaps by priority</source>
        <translation>{}: Lücken nach Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>{}: the gap of highest priority</source>
        <translation>{}: die Lücke mit der höchsten Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/deck/content.py"/>
        <source>{}: the {} gaps of highest priority</source>
        <translation>{}: die {} Lücken mit der höchsten Priorität</translation>
    </message>
</context>
<context>
    <name>Discover</name>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>(choose a column)</source>
        <translation>(Spalte wählen)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>A contact or ticket log: CSV, Excel or XES</source>
        <translation>Ein Kontakt- oder Ticketprotokoll: CSV, Excel oder XES</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>A dry run: nothing was changed.</source>
        <translation>Ein Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Activities not placed below go into this many stages by where they come</source>
        <translation>Aktivitäten, die unten keiner Phase zugeordnet sind, werden nach ihrer Lage im Fall auf so viele Phasen verteilt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Activities: {}</source>
        <translation>Aktivitäten: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>An update keeps the journey&apos;s measurements: the score column is not read (File ▸ Import ▸ Survey data brings newer answers).</source>
        <translation>Eine Aktualisierung behält die Messwerte der Journey: Die Bewertungsspalte wird nicht gelesen (neuere Antworten kommen über Datei ▸ Importieren ▸ Befragungsdaten).</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Bring a journey discovered earlier up to date: counts, shares, times, volumes and entries and exits change; names, stages, positions, targets, measurements, lanes and opportunities stay</source>
        <translation>Eine früher ermittelte Journey auf den neuesten Stand bringen: Anzahlen, Anteile, Zeiten, Volumen sowie Ein- und Ausstiegspunkte ändern sich; Namen, Phasen, Positionen, Zielwerte, Messwerte, Swimlanes und Chancen bleiben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cannot read {}</source>
        <translation>Nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Case (ticket, customer)</source>
        <translation>Fall (Ticket, Kunde)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cases on the most frequent variant: {}</source>
        <translation>Fälle auf der häufigsten Variante: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cases whose score is not on the metric&apos;s scale: {}</source>
        <translation>Fälle, deren Bewertung nicht auf der Skala der Kennzahl liegt: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cases with a repeat contact (an activity twice): {}</source>
        <translation>Fälle mit Wiederholkontakt (eine Aktivität mehrfach): {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cases with a single contact: {}</source>
        <translation>Fälle mit nur einem Kontakt: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Cases: {}</source>
        <translation>Fälle: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Channel switches (consecutive contacts on two channels): {}</source>
        <translation>Kanalwechsel (aufeinanderfolgende Kontakte auf zwei Kanälen): {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Choose a log, check its columns, then press Dry run to see what it holds.</source>
        <translation>Wählen Sie ein Protokoll, prüfen Sie die Spalten und drücken Sie dann „Probelauf“, um zu sehen, was es enthält.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Contact logs (*.csv *.txt *.tsv *.xlsx *.xes)</source>
        <translation>Kontaktprotokolle (*.csv *.txt *.tsv *.xlsx *.xes)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Discover from contact log</source>
        <translation>Journey aus Kontaktprotokoll ermitteln</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Discovering the journey in {}…</source>
        <translation>Journey wird aus {} ermittelt…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Events from {} to {}</source>
        <translation>Ereignisse vom {} bis {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Events: {}</source>
        <translation>Ereignisse: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Hand-drawn transitions left as drawn: {}</source>
        <translation>Von Hand gezeichnete Übergänge, unverändert: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Leave out transitions taken by less than this share of a touchpoint&apos;s contacts, never a touchpoint&apos;s only way in or out; 0 keeps them all</source>
        <translation>Übergänge weglassen, die weniger als dieser Anteil der Kontakte eines Touchpoints nimmt, nie aber den einzigen Weg zu einem Touchpoint hin oder von ihm weg; 0 behält alle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Line {} of the stage placements, “{}”, is not ACTIVITY=STAGE.</source>
        <translation>Zeile {} der Phasenzuordnung, „{}“, hat nicht die Form AKTIVITÄT=PHASE.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Measurements from the score column: {}</source>
        <translation>Messwerte aus der Bewertungsspalte: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Median case duration: {} hours</source>
        <translation>Falldauer (Median): {} Stunden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Metric of the score</source>
        <translation>Kennzahl der Bewertung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Minimum share</source>
        <translation>Mindestanteil</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Nothing was changed: {}</source>
        <translation>Es wurde nichts geändert: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Observed paths: replaced</source>
        <translation>Beobachtete Pfade: ersetzt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Observed paths: unchanged</source>
        <translation>Beobachtete Pfade: unverändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>One ACTIVITY=STAGE per line (optional), e.g. Report fault=Problem</source>
        <translation>Eine Zuordnung AKTIVITÄT=PHASE je Zeile (optional), z. B. Störung melden=Problem</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Owner (agent)</source>
        <translation>Verantwortlich (Bearbeiter)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Reading {}…</source>
        <translation>{} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Rows without a case or an activity, left out: {}</source>
        <translation>Zeilen ohne Fall oder Aktivität, ausgelassen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Score (CSAT, NPS, CES)</source>
        <translation>Bewertung (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Stage placements</source>
        <translation>Phasenzuordnung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Stages added: {}</source>
        <translation>Hinzugefügte Phasen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Stages: {}</source>
        <translation>Phasen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>The journey has these figures already: nothing was changed.</source>
        <translation>Die Journey hat diese Zahlen schon: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>The metric of the score column</source>
        <translation>Die Kennzahl der Bewertungsspalte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Touchpoints added: {}</source>
        <translation>Hinzugefügte Touchpoints: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Touchpoints matched by name: {}</source>
        <translation>Touchpoints, per Name zugeordnet: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Touchpoints no longer seen (volume 0, no entry or exit): {}</source>
        <translation>Touchpoints, die nicht mehr vorkommen (Volumen 0, kein Ein- oder Ausstiegspunkt): {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Touchpoints on the map: {}</source>
        <translation>Touchpoints auf der Karte: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Transitions added: {}</source>
        <translation>Hinzugefügte Übergänge: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Transitions removed (no longer observed): {}</source>
        <translation>Entfernte Übergänge (nicht mehr beobachtet): {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Transitions with new figures: {}</source>
        <translation>Übergänge mit neuen Zahlen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Transitions: {} kept of {} observed</source>
        <translation>Übergänge: {} von {} beobachteten behalten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Update journey</source>
        <translation>Journey aktualisieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Updating “{}”:</source>
        <translation>Aktualisierung von „{}“:</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>Variants (distinct sequences of activities): {}</source>
        <translation>Varianten (verschiedene Abfolgen von Aktivitäten): {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>YYYY-MM-DD or DD.MM.YYYY (optional)</source>
        <translation>JJJJ-MM-TT oder TT.MM.JJJJ (optional)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/discover_dialog.py"/>
        <source>“{}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>„{}“ ist kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ).</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Auto-layout</source>
        <translation type="vanished">Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Auto-layout of ‘{}’</source>
        <translation>‘{}’ automatisch anordnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Delete {} objects</source>
        <translation>{} Objekte löschen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Duplicate {} touchpoints</source>
        <translation>{} Touchpoints duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Duplicate ‘{}’</source>
        <translation>‘{}’ duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="vanished">Einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Paste {} touchpoints</source>
        <translation>{} Touchpoints einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>Paste ‘{}’</source>
        <translation>‘{}’ einfügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="vanished">Umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/edit_actions.py"/>
        <source>The clipboard holds no touchpoints.</source>
        <translation>Die Zwischenablage enthält keine Touchpoints.</translation>
    </message>
</context>
<context>
    <name>Emotion</name>
    <message>
        <location filename="../journeymap/ui/emotion_words.py"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/emotion_words.py"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/emotion_words.py"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/emotion_words.py"/>
        <source>very negative</source>
        <translation>sehr negativ</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/emotion_words.py"/>
        <source>very positive</source>
        <translation>sehr positiv</translation>
    </message>
</context>
<context>
    <name>EmotionLane</name>
    <message>
        <source>negative</source>
        <translation type="vanished">negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="vanished">neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="vanished">positiv</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation type="vanished">sehr negativ</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation type="vanished">sehr positiv</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/emotion_lane.py"/>
        <source>{}: emotion {} ({})</source>
        <translation>{}: Emotion {} ({})</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>A fill-in sheet holds the counts of all surveys, for all respondents or one named segment. This one is for {}.</source>
        <translation>Ein Erfassungsbogen enthält die Zählungen aller Befragungen, für alle Befragten oder ein benanntes Segment. Dieses ist für: {}.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export fill-in sheet</source>
        <translation>Erfassungsbogen exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export gap report</source>
        <translation>Lückenbericht exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export map as PDF</source>
        <translation>Karte als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export map as PNG</source>
        <translation>Karte als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export map as SVG</source>
        <translation>Karte als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Export slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>&amp;Fill-in sheet for survey figures…</source>
        <translation>&amp;Erfassungsbogen für Umfragewerte…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Gap report as &amp;Excel workbook…</source>
        <translation>Lückenbericht als E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Map as PDF (A&amp;3 landscape)…</source>
        <translation>Karte als PDF (A&amp;3 quer)…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Map as PDF (A&amp;4 landscape)…</source>
        <translation>Karte als PDF (A&amp;4 quer)…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Map as &amp;PNG…</source>
        <translation>Karte als &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Map as &amp;SVG…</source>
        <translation>Karte als &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>PowerPoint-Präsentation (*.pptx)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Resolution (dots per inch):</source>
        <translation>Auflösung (Punkte pro Zoll):</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>S&amp;lides (PowerPoint)…</source>
        <translation>&amp;Folien (PowerPoint)…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Some texts are too long for Excel</source>
        <translation>Einige Texte sind zu lang für Excel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>The fill-in sheet counts every survey</source>
        <translation>Der Erfassungsbogen zählt alle Befragungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>Wrote {}</source>
        <translation>Gespeichert: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>{} – fill-in sheet</source>
        <translation>{} – Erfassungsbogen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>{} – gap report</source>
        <translation>{} – Lückenbericht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/export_menu.py"/>
        <source>{} – slides</source>
        <translation>{} – Folien</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Change “{}” of ‘{}’</source>
        <translation type="vanished">„{}“ von ‘{}’ ändern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/fields.py"/>
        <source>Enter or Tab saves the text; Shift+Enter starts a new line</source>
        <translation>Eingabe oder Tab speichert den Text; Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>(no source name)</source>
        <translation>(ohne Quellenname)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>All respondents</source>
        <translation>Alle Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>All surveys</source>
        <translation>Alle Befragungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>Segment unknown</source>
        <translation>Segment unbekannt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>Segment: {}</source>
        <translation>Segment: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/figure_words.py"/>
        <source>Survey: {}</source>
        <translation>Befragung: {}</translation>
    </message>
</context>
<context>
    <name>GapDock</name>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>All metrics</source>
        <translation>Alle Kennzahlen</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation type="vanished">Alle Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>An effective sample size below 30: low confidence</source>
        <translation>Effektive Stichprobengröße unter 30: geringe Aussagekraft</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Close the {} gap at ‘{}’</source>
        <translation>{}-Lücke bei „{}“ schließen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>&amp;Create opportunity for this gap</source>
        <translation>&amp;Chance für diese Lücke anlegen</translation>
    </message>
    <message>
        <source>Create opportunity for this gap</source>
        <translation type="vanished">Chance für diese Lücke anlegen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Fewer than 30 responses: low confidence</source>
        <translation>Weniger als 30 Antworten: geringe Aussagekraft</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="vanished">Filter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Filter by any text…</source>
        <translation>Nach beliebigem Text filtern…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>From: {}</source>
        <translation>Aus: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Gaps to target</source>
        <translation>Lücken zum Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Margin of error (95 %)</source>
        <translation>Fehlerspanne (95 %)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Measured minus target; negative falls short</source>
        <translation>Gemessen minus Ziel; ein negativer Wert verfehlt das Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>One row per touchpoint and metric, largest priority first; the light says on target, near it, off it or not measured</source>
        <translation>Eine Zeile je Touchpoint und Kennzahl, höchste Priorität zuerst; die Ampel sagt: Ziel erreicht, knapp darunter, weit darunter oder nicht gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Shortfall × importance × volume weight (see docs/metrics.md)</source>
        <translation>Rückstand × Wichtigkeit × Volumengewicht (siehe docs/metrics.md)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Survey</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Weighted survey: {} respondents count like {} unweighted ones (the effective sample size, which the margin uses)</source>
        <translation>Gewichtete Befragung: {} Befragte zählen wie {} ungewichtete (die effektive Stichprobengröße, mit der die Fehlerspanne rechnet)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Which survey: all of them (each respondent counted once) or one of them</source>
        <translation>Welche Befragung: alle (jede befragte Person einmal gezählt) oder eine davon</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>Whose answers: all respondents or one segment</source>
        <translation>Wessen Antworten: alle Befragten oder ein Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>{} rows · {} below target · {} with fewer than 30 responses</source>
        <translation>{} Zeilen · {} unter dem Ziel · {} mit weniger als 30 Antworten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>{} surveys pooled, each respondent counted once</source>
        <translation>{} Befragungen zusammengefasst, jede befragte Person einmal gezählt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/gap_dock.py"/>
        <source>±</source>
        <translation>±</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>A CSV or Excel export of the survey</source>
        <translation>Ein CSV- oder Excel-Export der Befragung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Add beside this source&apos;s earlier figures (more respondents of the same survey)</source>
        <translation>Neben die früheren Zahlen dieser Quelle stellen (weitere Befragte derselben Befragung)</translation>
    </message>
    <message>
        <source>Add to the figures already there</source>
        <translation type="vanished">Zu den vorhandenen Zahlen hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Answers that mean &apos;not applicable&apos;, separated by commas; blank cells are always skipped</source>
        <translation>Antworten, die „trifft nicht zu“ bedeuten, durch Kommas getrennt; leere Zellen werden immer übersprungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Cannot read {}</source>
        <translation>Nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Check the file to see what would be imported.</source>
        <translation>Prüfen Sie die Datei, um zu sehen, was importiert würde.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Each respondent&apos;s survey weight; answers count with it, n stays the number of respondents</source>
        <translation>Das Gewicht jedes Befragten; seine Antworten zählen mit diesem Gewicht, n bleibt die Zahl der Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>from a metric column (long files)</source>
        <translation>aus einer Kennzahl-Spalte (lange Dateien)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Import survey data</source>
        <translation>Befragungsdaten importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Import the filled-in sheet</source>
        <translation>Ausgefüllten Erfassungsbogen importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Imported as one step (Edit ▸ Undo takes it back).</source>
        <translation>Als ein Schritt importiert (Bearbeiten ▸ Rückgängig nimmt ihn zurück).</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Not-applicable codes</source>
        <translation>Codes für „trifft nicht zu“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Nothing can be imported until these cells are corrected:</source>
        <translation>Nichts kann importiert werden, bis diese Zellen korrigiert sind:</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Reading {}…</source>
        <translation>{} wird gelesen…</translation>
    </message>
    <message>
        <source>Replace the figures of the same touchpoint, metric and segment</source>
        <translation type="vanished">Zahlen desselben Touchpoints, derselben Kennzahl und desselben Segments ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Replace this source&apos;s earlier figures of the metric</source>
        <translation>Frühere Zahlen dieser Quelle für die Kennzahl ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Segment column</source>
        <translation>Segment-Spalte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Survey data (*.csv *.txt *.xlsx)</source>
        <translation>Befragungsdaten (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>The fill-in sheet, filled in (.xlsx)</source>
        <translation>Der ausgefüllte Erfassungsbogen (.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>The name of the survey source; importing the same source again replaces its figures, another source is kept beside and pooled</source>
        <translation>Der Name der Befragungsquelle; ein erneuter Import derselben Quelle ersetzt ihre Zahlen, eine andere Quelle bleibt daneben erhalten und wird zusammengefasst</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>Weight column</source>
        <translation>Gewichtungsspalte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>{} rows read…</source>
        <translation>{} Zeilen gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/import_dialogs.py"/>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source> (low confidence)</source>
        <translation> (geringe Aussagekraft)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source> / month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>(no source name)</source>
        <translation>(ohne Quellenname)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>, weighted (effective n = {})</source>
        <translation>, gewichtet (effektives n = {})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>, {} surveys</source>
        <translation>, {} Befragungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Add opportunity</source>
        <translation>Chance hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Add pain point</source>
        <translation>Pain Point hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Add, rename, describe or delete the personas</source>
        <translation>Personas anlegen, umbenennen, beschreiben oder löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>All respondents</source>
        <translation>Alle Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Customer goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Delete opportunity</source>
        <translation>Chance löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Delete pain point</source>
        <translation>Pain Point löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Edit personas…</source>
        <translation>Personas bearbeiten…</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation type="vanished">Zielwert ändern</translation>
    </message>
    <message>
        <source>Edit {}</source>
        <translation type="vanished">{} ändern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Exit point</source>
        <translation>Ausstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Expectation</source>
        <translation>Kundenerwartung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Lane</source>
        <translation>Swimlane</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Lanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Measured</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>n = {}</source>
        <translation>n = {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="vanished">negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="vanished">neutral</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>No survey data yet.</source>
        <translation>Noch keine Umfragedaten.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Not in the overall figure: the same survey holds these respondents unsplit</source>
        <translation>Nicht im Gesamtwert: dieselbe Befragung enthält diese Befragten auch ungeteilt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Other channel</source>
        <translation>Anderer Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="vanished">positiv</translation>
    </message>
    <message>
        <source>Select a card, an arrow or a stage to see its details.</source>
        <translation type="vanished">Wählen Sie eine Karte, einen Pfeil oder eine Phase aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Select a card, an arrow, a note or a stage to see its details.</source>
        <translation>Wählen Sie eine Karte, einen Pfeil, eine Notiz oder eine Phase aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Target {}</source>
        <translation>Zielwert {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>The company reaches out proactively</source>
        <translation>Das Unternehmen meldet sich proaktiv</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>The share of customers who take this step, in percent</source>
        <translation>Anteil der Kunden, die diesen Schritt gehen, in Prozent</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Tick the touchpoints this note is about</source>
        <translation>Haken Sie die Touchpoints an, um die es in dieser Notiz geht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Type to add a new owner</source>
        <translation>Neue verantwortliche Abteilung eintippen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation type="vanished">sehr negativ</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation type="vanished">sehr positiv</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/inspector.py"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
</context>
<context>
    <name>Journeys</name>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>(copy)</source>
        <translation>(Kopie)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>(to-be)</source>
        <translation>(Soll)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Add a new journey</source>
        <translation>Eine neue Journey hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Click a journey to show it; F2 renames it</source>
        <translation>Klicken Sie auf eine Journey, um sie zu zeigen; F2 benennt sie um</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Copy the journey; an as-is journey becomes a to-be copy</source>
        <translation>Journey kopieren; aus einer Ist-Journey wird eine Soll-Kopie</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Delete the journey (undo brings it back)</source>
        <translation>Journey löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Rename journey</source>
        <translation type="vanished">Journey umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/journeys.py"/>
        <source>{} journey · double-click to rename</source>
        <translation>{}-Journey · Doppelklick zum Umbenennen</translation>
    </message>
</context>
<context>
    <name>LaneList</name>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Add a lane at the bottom of the map</source>
        <translation>Swimlane unten an die Map anfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Add a lane below this one</source>
        <translation>Swimlane unter dieser einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Add lane</source>
        <translation>Swimlane hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Delete the lane and its notes</source>
        <translation>Swimlane mit ihren Notizen löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Lane name</source>
        <translation>Name der Swimlane</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Move the lane down</source>
        <translation>Swimlane nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Move the lane up</source>
        <translation>Swimlane nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Show lane</source>
        <translation>Swimlane anzeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Show this lane on the map</source>
        <translation>Diese Swimlane auf der Map anzeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>The lane&apos;s name; Enter saves it</source>
        <translation>Name der Swimlane; Enter speichert ihn</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/lane_list.py"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
</context>
<context>
    <name>LaneMenu</name>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>&amp;Add lane below</source>
        <translation>Swimlane &amp;darunter hinzufügen</translation>
    </message>
    <message>
        <source>Add lane below</source>
        <translation type="vanished">Swimlane darunter hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>&amp;Delete lane</source>
        <translation>Swimlane &amp;löschen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation type="vanished">Swimlane löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>&amp;Hide lane</source>
        <translation>Swimlane &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide lane</source>
        <translation type="vanished">Swimlane ausblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="vanished">Umbenennen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/lane_menu.py"/>
        <source>&amp;Show hidden lanes</source>
        <translation>Ausgeblendete Swimlanes an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show hidden lanes</source>
        <translation type="vanished">Ausgeblendete Swimlanes anzeigen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../journeymap/ui/i18n.py"/>
        <source>journeymap is shown in {}.</source>
        <translation>Die Sprache {} ist bereits eingestellt.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/i18n.py"/>
        <source>journeymap will be shown in {} at the next start.</source>
        <translation>Die Sprache {} gilt ab dem nächsten Start von journeymap.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/i18n.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/i18n.py"/>
        <source>Show journeymap in {} from the next start</source>
        <translation>journeymap ab dem nächsten Start in der Sprache {} anzeigen</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Badge: gap to target</source>
        <translation>Badge: Lücke zum Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Below target</source>
        <translation>Unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Card colour: {} level</source>
        <translation>Kartenfarbe: {}-Wert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Channel breaks</source>
        <translation>Medienbrüche</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Faded: not part of it</source>
        <translation>Blass: nicht betroffen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Far below target (by over {} % of the scale)</source>
        <translation>Weit unter dem Ziel (um mehr als {} % der Skala)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>For {}</source>
        <translation>Für {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>from {} (red) to {} (blue)</source>
        <translation>von {} (rot) bis {} (blau)</translation>
    </message>
    <message>
        <source>from {} (red) to {} (green)</source>
        <translation type="vanished">von {} (rot) bis {} (grün)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Handoffs between owners</source>
        <translation>Übergaben zwischen Abteilungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Highlight: {}</source>
        <translation>Hervorgehoben: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Loops (repeat contacts)</source>
        <translation>Schleifen (Wiederholungskontakte)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>No target or no data</source>
        <translation>Kein Ziel oder keine Daten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Part of it</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/legend.py"/>
        <source>Worst path</source>
        <translation>Schlechtester Pfad</translation>
    </message>
</context>
<context>
    <name>LibraryBanner</name>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>A newer revision {} of “{}” was saved by {} at {}.</source>
        <translation>Eine neuere Version {} von „{}“ wurde von {} um {} gespeichert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Cannot read from the library</source>
        <translation>Aus der Bibliothek kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Changes not in the library</source>
        <translation>Änderungen nicht in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Compare first</source>
        <translation>Erst vergleichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Compare the newer revision with your version first, or discard your changes.</source>
        <translation>Vergleichen Sie zuerst die neuere Version mit Ihrer Fassung, oder verwerfen Sie Ihre Änderungen.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Discard your changes and reload</source>
        <translation>Änderungen verwerfen und neu laden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Hide this message until another revision comes</source>
        <translation>Diesen Hinweis bis zur nächsten Version ausblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Reading “{}” from the library…</source>
        <translation>„{}“ wird aus der Bibliothek gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Reloading “{}” replaces the changes you saved to its file but not to the library.</source>
        <translation>Neu laden ersetzt bei „{}“ die Änderungen, die Sie in der Datei, aber nicht in der Bibliothek gespeichert haben.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Reloading “{}” replaces your unsaved changes.</source>
        <translation>Neu laden ersetzt Ihre ungespeicherten Änderungen an „{}“.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Replace the open document with the newest revision</source>
        <translation>Das geöffnete Dokument durch die neueste Version ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Revision {} by {}</source>
        <translation>Version {} von {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>The open document beside the newer revision</source>
        <translation>Das geöffnete Dokument neben der neueren Version</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_banner.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>LibraryDetails</name>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>a person or a department</source>
        <translation>eine Person oder eine Abteilung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>Details make no revision: the history is the content&apos;s.</source>
        <translation>Details ergeben keine neue Version: Die Historie ist die des Inhalts.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>Details of “{}”</source>
        <translation>Details zu „{}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>onboarding, B2B, workshop 2026 (separated by commas)</source>
        <translation>Onboarding, B2B, Workshop 2026 (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_details.py"/>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Cannot change the details</source>
        <translation>Die Details können nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Connecting to {}…</source>
        <translation>Verbindung zu {} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Documents: {}</source>
        <translation>Dokumente: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>History…</source>
        <translation>Versionen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Open a team library</source>
        <translation>Teambibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Owner, review-by date and tags</source>
        <translation>Verantwortlich, Prüftermin und Schlagwörter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Saving the details of “{}”…</source>
        <translation>Die Details zu „{}“ werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Search by name, owner or tag</source>
        <translation>Nach Name, Verantwortlichem oder Schlagwort suchen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Team library</source>
        <translation>Teambibliothek</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>Team library (*.jmaplib);;All files (*)</source>
        <translation>Teambibliothek (*.jmaplib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>team.jmaplib or postgresql+psycopg://user@host/database</source>
        <translation>team.jmaplib oder postgresql+psycopg://benutzer@server/datenbank</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_dialog.py"/>
        <source>{} (read-only)</source>
        <translation>{} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>{} documents</source>
        <translation type="vanished">{} Dokumente</translation>
    </message>
</context>
<context>
    <name>LibraryHistory</name>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Cannot read the history</source>
        <translation>Die Versionen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Cannot restore the revision</source>
        <translation>Die Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Compare with the open document</source>
        <translation>Mit dem geöffneten Dokument vergleichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>History of “{}”</source>
        <translation>Versionen von „{}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Message</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Open this revision</source>
        <translation>Diese Version öffnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Reading the history of “{}”…</source>
        <translation>Die Versionen von „{}“ werden gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Restore revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Restoring revision {}…</source>
        <translation>Version {} wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Save revision {} of “{}” again as its newest revision? Every revision stays in the history.</source>
        <translation>Version {} von „{}“ erneut als neueste Version speichern? Alle Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_history.py"/>
        <source>“{}” in {}</source>
        <translation>„{}“ in {}</translation>
    </message>
</context>
<context>
    <name>LibraryTasks</name>
    <message>
        <location filename="../journeymap/ui/library_tasks.py"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_tasks.py"/>
        <source>Team library</source>
        <translation>Teambibliothek</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_tasks.py"/>
        <source>{}

The password for {} (kept until journeymap closes, never saved):</source>
        <translation>{}

Das Passwort für {} (bleibt nur bis zum Beenden von journeymap im Speicher und wird nie gespeichert):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>&lt;h3&gt;journeymap {}&lt;/h3&gt;&lt;p&gt;Offline customer-journey mapping for CX teams.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;journeymap {}&lt;/h3&gt;&lt;p&gt;Customer-Journey-Mapping für CX-Teams, ganz ohne Internetverbindung.&lt;/p&gt;&lt;p&gt;MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>A to-be copy of the journey with the chosen solutions realised in it</source>
        <translation>Eine Soll-Kopie der Journey, in der die gewählten Lösungen umgesetzt sind</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;About journeymap</source>
        <translation>&amp;Über journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>About journeymap</source>
        <translation>Über journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Add a card in a stage</source>
        <translation>Eine Karte in einer Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a lane per owner department</source>
        <translation type="vanished">Eine Swimlane je verantwortlicher Abteilung anzeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Add a stage after the selected one</source>
        <translation>Eine Phase nach der ausgewählten einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Add a touchpoint to the selected stage</source>
        <translation>Einen Touchpoint zur ausgewählten Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Add &amp;stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Add the blueprint lanes the journey lacks: the lines of interaction and visibility, frontstage, a backstage lane per owner and support processes</source>
        <translation>Die fehlenden Blueprint-Swimlanes ergänzen: Interaktions- und Sichtbarkeitslinie, Frontstage, eine Backstage-Swimlane je Verantwortlichem und Unterstützungsprozesse</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Add &amp;touchpoint</source>
        <translation>&amp;Touchpoint hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Alt+Right / Alt+Left</source>
        <translation>Alt+Pfeil rechts / Alt+Pfeil links</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Arrow keys, Tab, Shift+Tab</source>
        <translation>Pfeiltasten, Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Auto-layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Back from an arrow to its card, or cancel a connection</source>
        <translation>Vom Pfeil zurück zu seiner Karte oder eine Verbindung abbrechen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Cannot open from the library</source>
        <translation>Das Dokument kann nicht aus der Bibliothek geöffnet werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Cannot read the revision</source>
        <translation>Die Version kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Cannot save the file</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Cannot save to the library</source>
        <translation>Das Dokument kann nicht in der Bibliothek gespeichert werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>CE&amp;S level</source>
        <translation>CE&amp;S-Wert</translation>
    </message>
    <message>
        <source>CES level</source>
        <translation type="vanished">CES-Wert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Channel breaks</source>
        <translation>&amp;Medienbrüche</translation>
    </message>
    <message>
        <source>Channel breaks</source>
        <translation type="vanished">Medienbrüche</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Cha&amp;rts</source>
        <translation>Diag&amp;ramme</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Choose the card with the arrow keys or Tab and press Enter; Escape cancels</source>
        <translation>Die Karte mit den Pfeiltasten oder Tab wählen und die Eingabetaste drücken; Esc bricht ab</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Click a note to give it a vote, right-click to take one back</source>
        <translation>Klicken Sie auf eine Notiz, um ihr eine Stimme zu geben, Rechtsklick nimmt eine zurück</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Colour cards by</source>
        <translation>Karten &amp;einfärben nach</translation>
    </message>
    <message>
        <source>&amp;Compare as-is and to-be…</source>
        <translation type="vanished">Ist und Soll &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>C&amp;ompare as-is and to-be…</source>
        <translation>Ist und Soll &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Connect to a team library, find a document, open it or see its history</source>
        <translation>Mit einer Teambibliothek verbinden, ein Dokument suchen, öffnen oder seine Versionen ansehen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>C&amp;onnect to another card</source>
        <translation>Mi&amp;t einer anderen Karte verbinden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Connect two cards</source>
        <translation>Zwei Karten verbinden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Create to-be from selected solutions…</source>
        <translation>&amp;Soll-Journey aus gewählten Lösungen erstellen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>CS&amp;AT level</source>
        <translation>CS&amp;AT-Wert</translation>
    </message>
    <message>
        <source>CSAT level</source>
        <translation type="vanished">CSAT-Wert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Strg + Mausrad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Discover from contact log…</source>
        <translation>Journey aus &amp;Kontaktprotokoll ermitteln…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Dot &amp;voting</source>
        <translation>&amp;Dot-Voting</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Dot voting: click a note to give it a vote, right-click to take one back</source>
        <translation>Dot-Voting: Klicken Sie auf eine Notiz, um ihr eine Stimme zu geben, Rechtsklick nimmt eine zurück</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Double-click in the stage&apos;s column</source>
        <translation>Doppelklick in die Spalte der Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Drag a frame around them</source>
        <translation>Einen Rahmen um sie ziehen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Drag from a card&apos;s round handle to the other card</source>
        <translation>Vom runden Griff einer Karte zur anderen Karte ziehen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Draw the journey as it really happens from a contact or ticket log</source>
        <translation>Die Journey, wie sie wirklich abläuft, aus einem Kontakt- oder Ticketprotokoll ermitteln</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="vanished">&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Duplica&amp;te</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Edit the selected card, note or arrow</source>
        <translation>Gewählte Karte, Notiz oder gewählten Pfeil bearbeiten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Escape, then arrow keys, Enter</source>
        <translation>Esc, dann Pfeiltasten, Eingabetaste</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Filled-in sheet…</source>
        <translation>&amp;Ausgefüllten Erfassungsbogen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Fit to window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Follow the selected arrow to its source / target</source>
        <translation>Dem gewählten Pfeil zu seinem Anfang / Ziel folgen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>From a note to its lane cell, to the next cell, write a note there</source>
        <translation>Von einer Notiz zu ihrer Swimlane-Zelle, zur nächsten Zelle, dort eine Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Full screen, larger text; the arrow keys step through the stages</source>
        <translation>Vollbild mit größerer Schrift; die Pfeiltasten blättern durch die Phasen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Gap r&amp;eport</source>
        <translation>Lücken&amp;bericht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Gap report</source>
        <translation>Lückenbericht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Gap to target</source>
        <translation>&amp;Lücke zum Ziel</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation type="vanished">Lücke zum Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Go to the card&apos;s outgoing / incoming arrows</source>
        <translation>Zu den ausgehenden / eingehenden Pfeilen der Karte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Handoffs between owners</source>
        <translation>Übergaben zwischen &amp;Abteilungen</translation>
    </message>
    <message>
        <source>Handoffs between owners</source>
        <translation type="vanished">Übergaben zwischen Abteilungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Hide every panel and fit the map to the window; again to bring them back</source>
        <translation>Alle Bereiche ausblenden und die Karte ins Fenster einpassen; noch einmal, um sie zurückzuholen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Hide pa&amp;nels</source>
        <translation>Bereiche a&amp;usblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>In&amp;spector</source>
        <translation>Eige&amp;nschaften</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>journeymap (*.jmap);;JSON interchange (*.json)</source>
        <translation>journeymap (*.jmap);;JSON-Austauschformat (*.json)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Journeys</source>
        <translation>&amp;Journeys</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Keep your changes to a read-only library document in a .jmap or .json file</source>
        <translation>Ihre Änderungen an einem schreibgeschützten Bibliotheksdokument in einer .jmap- oder .json-Datei behalten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Lay the emotion curve of the journey&apos;s to-be (or as-is) counterpart over its own, dashed</source>
        <translation>Die Emotionskurve der zugehörigen Soll-Journey (oder Ist-Journey) gestrichelt über die eigene legen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Leave the map for the next / previous panel</source>
        <translation>Die Karte zum nächsten / vorigen Bereich verlassen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Left / Right</source>
        <translation>Pfeil links / Pfeil rechts</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Le&amp;gend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Library (a .jmaplib file or a postgresql+psycopg:// URL):</source>
        <translation>Bibliothek (eine .jmaplib-Datei oder eine postgresql+psycopg://-URL):</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Loops (repeat contacts)</source>
        <translation>&amp;Schleifen (Wiederholungskontakte)</translation>
    </message>
    <message>
        <source>Loops (repeat contacts)</source>
        <translation type="vanished">Schleifen (Wiederholungskontakte)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Make service &amp;blueprint</source>
        <translation>Zum Service-&amp;Blueprint machen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Most voted notes…</source>
        <translation>Notizen mit den &amp;meisten Stimmen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Move between cards, notes and arrows</source>
        <translation>Zwischen Karten, Notizen und Pfeilen wechseln</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Name of the document in the library:</source>
        <translation>Name des Dokuments in der Bibliothek:</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Next / previous stage (presentation)</source>
        <translation>Nächste / vorige Phase (Präsentation)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;No recent files</source>
        <translation>&amp;Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="vanished">Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Nothing</source>
        <translation>&amp;Nichts</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="vanished">Nichts</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;NPS level</source>
        <translation>&amp;NPS-Wert</translation>
    </message>
    <message>
        <source>NPS level</source>
        <translation type="vanished">NPS-Wert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Open journey</source>
        <translation>Journey öffnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Opening “{}”…</source>
        <translation>„{}“ wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Opport&amp;unities</source>
        <translation>&amp;Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>O&amp;verlay the to-be / as-is curve</source>
        <translation>&amp;Ist-/Soll-Kurve überlagern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>P&amp;aths</source>
        <translation>Pfa&amp;de</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Print map…</source>
        <translation>Karte &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Read targets and figures back from the fill-in sheet</source>
        <translation>Zielwerte und Zahlen aus dem Erfassungsbogen zurücklesen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Read-only: you may not save to this library; File ▸ Save as a local copy… keeps your changes in a file.</source>
        <translation>Schreibgeschützt: Sie dürfen in dieser Bibliothek nicht speichern; Datei ▸ Als lokale Kopie speichern… behält Ihre Änderungen in einer Datei.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Reading revision {} of “{}”…</source>
        <translation>Version {} von „{}“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Reading the latest revision of “{}”…</source>
        <translation>Die neueste Version von „{}“ wird gelesen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Restored as revision {} of “{}”</source>
        <translation>Als Version {} von „{}“ wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Revision {}</source>
        <translation>Version {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Revision {} by {}</source>
        <translation>Version {} von {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Save as a copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Save as a &amp;local copy…</source>
        <translation>Als &amp;lokale Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Save journey</source>
        <translation>Journey speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Save the changes to “{}” before closing it?</source>
        <translation>Sollen die Änderungen an „{}“ vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Save the document as a new revision in its team library</source>
        <translation>Das Dokument als neue Version in seiner Teambibliothek speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Save the document under a new name in a team library</source>
        <translation>Das Dokument unter einem neuen Namen in einer Teambibliothek speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Save to li&amp;brary</source>
        <translation>In Bibliot&amp;hek speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Save to library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Sa&amp;ve to library as…</source>
        <translation>In Bibliothek speichern unte&amp;r…</translation>
    </message>
    <message>
        <source>Save to library as…</source>
        <translation type="vanished">In Bibliothek speichern unter…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Saved {}</source>
        <translation>Gespeichert: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Saved “{}” as revision {}</source>
        <translation>„{}“ als Version {} gespeichert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>Saving “{}” to {}…</source>
        <translation>„{}“ wird in {} gespeichert…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Select several cards</source>
        <translation>Mehrere Karten auswählen</translation>
    </message>
    <message>
        <source>Service &amp;blueprint</source>
        <translation type="vanished">Service-&amp;Blueprint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Show or hide the legend in the corner of the map</source>
        <translation>Die Legende in der Ecke der Karte zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Show the undo history</source>
        <translation>Den Verlauf der Bearbeitungsschritte anzeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Space + drag, or the middle mouse button</source>
        <translation>Leertaste + Ziehen oder mittlere Maustaste</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Stack the cards neatly, stage by stage</source>
        <translation>Die Karten Phase für Phase ordentlich anordnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Su&amp;ggest opportunities…</source>
        <translation>Chancen vorschla&amp;gen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Survey data (CSV or Excel)…</source>
        <translation>&amp;Befragungsdaten (CSV oder Excel)…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Team library…</source>
        <translation>&amp;Teambibliothek…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>The opportunities by value and effort; drag a dot to rescore it</source>
        <translation>Die Chancen nach Wert und Aufwand; ziehen Sie einen Punkt, um sie neu zu bewerten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>The voted notes, most votes first</source>
        <translation>Die bewerteten Notizen, die meisten Stimmen zuerst</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Turn a survey export into measurements, as one undo step</source>
        <translation>Einen Befragungsexport in Messwerte verwandeln, als ein rückgängig machbarer Schritt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Two journeys side by side, with what changed per touchpoint</source>
        <translation>Zwei Journeys nebeneinander, mit den Änderungen je Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Undo history</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Value-effort &amp;matrix</source>
        <translation>Wert-Aufwand-&amp;Matrix</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Value-effort matrix</source>
        <translation>Wert-Aufwand-Matrix</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>What changed (the revision&apos;s message, may stay empty):</source>
        <translation>Was hat sich geändert? (Beschreibung der Version, darf leer bleiben):</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>What the journey&apos;s figures suggest the team could change: accept or dismiss</source>
        <translation>Was das Team laut den Kennzahlen der Journey ändern könnte: übernehmen oder verwerfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>&amp;Worst path</source>
        <translation>Schlechtester &amp;Pfad</translation>
    </message>
    <message>
        <source>Worst path</source>
        <translation type="vanished">Schlechtester Pfad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/help_dialogs.py"/>
        <source>Zoom at the mouse</source>
        <translation>An der Mausposition zoomen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_documents.py"/>
        <source>{} (copy)</source>
        <translation>{} (Kopie)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>{} (read-only)</source>
        <translation>{} (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>{} (sample copy)</source>
        <translation>{} (Kopie des Beispiels)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>{} (“{}”, revision {})</source>
        <translation>{} („{}“, Version {})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/documents.py"/>
        <source>{} was made by an older journeymap; saving writes it in the current format.</source>
        <translation>{} stammt aus einer älteren journeymap-Version; beim Speichern wird die Datei im aktuellen Format geschrieben.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_format.py"/>
        <source>{} — {} (revision {})</source>
        <translation>{} — {} (Version {})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/main_window.py"/>
        <source>“{}” is a service blueprint already: it has every blueprint lane</source>
        <translation>„{}“ ist bereits ein Service Blueprint: alle Blueprint-Swimlanes sind vorhanden</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../journeymap/ui/map_pictures.py"/>
        <source>Customer-journey map made with journeymap</source>
        <translation>Customer-Journey-Map, erstellt mit journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/map_pictures.py"/>
        <source>Page {} of {}</source>
        <translation>Seite {} von {}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add journey ‘{name}’</source>
        <translation>Journey ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add lane ‘{name}’</source>
        <translation>Swimlane ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add measurement</source>
        <translation>Messung hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add note ‘{name}’</source>
        <translation>Notiz ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add observed path ‘{name}’</source>
        <translation>Beobachteten Pfad ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add opportunity ‘{name}’</source>
        <translation>Chance ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add persona ‘{name}’</source>
        <translation>Persona ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add solution ‘{name}’</source>
        <translation>Lösung ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add stage ‘{name}’</source>
        <translation>Phase ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Add touchpoint ‘{name}’</source>
        <translation>Touchpoint ‘{name}’ hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answers left out for a weight of 0: {count}</source>
        <translation>Ausgelassene Antworten mit dem Gewicht 0: {count}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answers not counted for a blank, negative or non-numeric weight: {count} (e.g. {examples}) in row {rows}</source>
        <translation>Nicht gezählte Antworten wegen eines leeren, negativen oder nicht numerischen Gewichts: {count} (z. B. {examples}) in Zeile {rows}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answers not counted for a blank, negative or non-numeric weight: {count} (e.g. {examples}) in rows {rows}</source>
        <translation>Nicht gezählte Antworten wegen eines leeren, negativen oder nicht numerischen Gewichts: {count} (z. B. {examples}) in den Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answers of unknown segment (blank segment cell): {count}</source>
        <translation>Antworten mit unbekanntem Segment (leere Segment-Zelle): {count}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Answers used: {count}</source>
        <translation>Verwendete Antworten: {count}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Cannot add to source “{source}”: its earlier {metric} answers of “{touchpoint}” are not split by segment and these are, so no figure would count each respondent once; import them as another source, or replace the earlier ones</source>
        <translation>Zur Quelle „{source}“ kann nichts hinzugefügt werden: Die früheren {metric}-Antworten dieser Quelle zu „{touchpoint}“ sind nicht nach Segmenten aufgeteilt, diese aber schon; so würde keine Zahl jeden Befragten genau einmal zählen. Importieren Sie sie als andere Quelle oder ersetzen Sie die früheren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Cannot add to source “{source}”: its earlier {metric} answers of “{touchpoint}” are split by segment and these are not, so no figure would count each respondent once; import them as another source, or replace the earlier ones</source>
        <translation>Zur Quelle „{source}“ kann nichts hinzugefügt werden: Die früheren {metric}-Antworten dieser Quelle zu „{touchpoint}“ sind nach Segmenten aufgeteilt, diese aber nicht; so würde keine Zahl jeden Befragten genau einmal zählen. Importieren Sie sie als andere Quelle oder ersetzen Sie die früheren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the business value of ‘{name}’</source>
        <translation>Änderung des Geschäftswerts von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the channel of ‘{name}’</source>
        <translation>Änderung des Kanals von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the colour of ‘{name}’</source>
        <translation>Änderung der Farbe von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the customer goal of ‘{name}’</source>
        <translation>Änderung des Kundenziels von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the customer value of ‘{name}’</source>
        <translation>Änderung des Kundennutzens von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the description of ‘{name}’</source>
        <translation>Änderung der Beschreibung von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the due date of ‘{name}’</source>
        <translation>Änderung des Fälligkeitsdatums von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the effort of ‘{name}’</source>
        <translation>Änderung des Aufwands von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the emotion of ‘{name}’</source>
        <translation>Änderung der Emotion von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the expectation of ‘{name}’</source>
        <translation>Änderung der Kundenerwartung von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the expected effects of ‘{name}’</source>
        <translation>Änderung der erwarteten Wirkung von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the frustrations of ‘{name}’</source>
        <translation>Änderung der Frustrationen von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the goals of ‘{name}’</source>
        <translation>Änderung der Ziele von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the importance of ‘{name}’</source>
        <translation>Änderung der Wichtigkeit von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the journey ‘{name}’ is realised in</source>
        <translation>Änderung der Journey, in der ‘{name}’ umgesetzt wird</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the kind of lane ‘{name}’</source>
        <translation>Änderung der Art der Swimlane ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the label of ‘{name}’</source>
        <translation>Änderung der Beschriftung von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the language of ‘{name}’</source>
        <translation>Änderung der Sprache von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the needs of ‘{name}’</source>
        <translation>Änderung der Bedürfnisse von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the note ‘{name}’</source>
        <translation>Änderung der Notiz ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the notes of ‘{name}’</source>
        <translation>Änderung der Notizen zu ‘{name}’</translation>
    </message>
    <message>
        <source>Change the opportunities of ‘{name}’</source>
        <translation type="vanished">Änderung der Chancen von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the other channel of ‘{name}’</source>
        <translation>Änderung des anderen Kanals von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the owner of ‘{name}’</source>
        <translation>Änderung der Zuständigkeit für ‘{name}’</translation>
    </message>
    <message>
        <source>Change the pain points of ‘{name}’</source>
        <translation type="vanished">Änderung der Pain Points von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the persona of ‘{name}’</source>
        <translation>Änderung der Persona von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the picture of ‘{name}’</source>
        <translation>Änderung des Bildes von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the quote of ‘{name}’</source>
        <translation>Änderung des Zitats von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the responses of ‘{name}’</source>
        <translation>Änderung der Antworten von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the share of ‘{name}’</source>
        <translation>Änderung des Anteils von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the state of ‘{name}’</source>
        <translation>Änderung des Status von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the status of ‘{name}’</source>
        <translation>Änderung des Status von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the targets of ‘{name}’</source>
        <translation>Änderung der Zielwerte von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the title of ‘{name}’</source>
        <translation>Änderung des Titels von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the touchpoints ‘{name}’ is about</source>
        <translation>Änderung der Touchpoints, um die es in ‘{name}’ geht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the volume of ‘{name}’</source>
        <translation>Änderung des Volumens von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change the votes for ‘{name}’</source>
        <translation>Änderung der Stimmen für ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change what ‘{name}’ addresses</source>
        <translation>Änderung dessen, worauf ‘{name}’ zielt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change where ‘{name}’ leads</source>
        <translation>Änderung des Ziels von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change where ‘{name}’ starts</source>
        <translation>Änderung des Ausgangspunkts von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Change ‘{name}’</source>
        <translation>Änderung von ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>clipboard: holds no journeymap touchpoints</source>
        <translation>Zwischenablage: enthält keine Touchpoints aus journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>clipboard: the journey has no stage to paste into</source>
        <translation>Zwischenablage: Die Journey hat keine Phase, in die eingefügt werden kann</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Connect ‘{source}’ to ‘{target}’</source>
        <translation>‘{source}’ mit ‘{target}’ verbinden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Counted beside the answers of {others} as other respondents; if “{source}” is one of those surveys again, import it under that source name to replace it instead</source>
        <translation>Neben den Antworten von {others} als weitere Befragte gezählt; ist „{source}“ noch einmal eine dieser Befragungen, importieren Sie sie unter deren Quellennamen, um sie zu ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>CSV, {encoding}, delimiter {delimiter}</source>
        <translation>CSV, {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Customer goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete journey ‘{name}’</source>
        <translation>Journey ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete lane ‘{name}’</source>
        <translation>Swimlane ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete measurement</source>
        <translation>Messung löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete note ‘{name}’</source>
        <translation>Notiz ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete observed path ‘{name}’</source>
        <translation>Beobachteten Pfad ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete opportunity ‘{name}’</source>
        <translation>Chance ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete persona ‘{name}’</source>
        <translation>Persona ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete solution ‘{name}’</source>
        <translation>Lösung ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete stage ‘{name}’</source>
        <translation>Phase ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete the transition from ‘{source}’ to ‘{target}’</source>
        <translation>Übergang von ‘{source}’ nach ‘{target}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Delete touchpoint ‘{name}’</source>
        <translation>Touchpoint ‘{name}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Excel, sheet “{sheet}”</source>
        <translation>Excel, Tabellenblatt „{sheet}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Exit point</source>
        <translation>Ausstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Expectation</source>
        <translation>Kundenerwartung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Hide lane ‘{name}’</source>
        <translation>Swimlane ‘{name}’ ausblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>holds a formula without a computed value ({formula}); type the value instead</source>
        <translation>enthält eine Formel ohne berechneten Wert ({formula}); tragen Sie den Wert ein</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>id: {value} is already in the document</source>
        <translation>ID: {value} ist bereits im Dokument vorhanden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>ignored by the mapping</source>
        <translation>laut Zuordnung übergangen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Import measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Import survey {file}</source>
        <translation>Umfrage {file} importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>index: {value} is out of 0-{high}</source>
        <translation>Position: {value} liegt außerhalb von 0 bis {high}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>lane ‘{name}’: the journey&apos;s only touchpoint lane holds the touchpoint map, so it cannot be deleted</source>
        <translation>Swimlane ‘{name}’: Die einzige Touchpoint-Swimlane der Journey enthält die Touchpoint-Map und kann daher nicht gelöscht werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>lane ‘{name}’: the journey&apos;s only touchpoint lane holds the touchpoint map, so it stays visible</source>
        <translation>Swimlane ‘{name}’: Die einzige Touchpoint-Swimlane der Journey enthält die Touchpoint-Map und bleibt daher sichtbar</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Make ‘{name}’ a service blueprint</source>
        <translation>‘{name}’ zum Service Blueprint machen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Mark ‘{name}’ as a moment of truth</source>
        <translation>‘{name}’ als Moment der Wahrheit markieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Mark ‘{name}’ as an entry point</source>
        <translation>‘{name}’ als Einstiegspunkt markieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Mark ‘{name}’ as an exit point</source>
        <translation>‘{name}’ als Ausstiegspunkt markieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Mark ‘{name}’ as proactive</source>
        <translation>‘{name}’ als proaktiv markieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Matched columns: none</source>
        <translation>Zugeordnete Spalten: keine</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Matched columns: {matched}</source>
        <translation>Zugeordnete Spalten: {matched}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Matched touchpoints: none</source>
        <translation>Zugeordnete Touchpoints: keine</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Matched touchpoints: {matched}</source>
        <translation>Zugeordnete Touchpoints: {matched}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>matches {count} touchpoints (map it to one by its id)</source>
        <translation>passt zu {count} Touchpoints (ordnen Sie es über die ID einem zu)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>merged cells: only the first keeps its value, unmerge them</source>
        <translation>verbundene Zellen: nur die erste behält ihren Wert, heben Sie die Verbindung auf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>metric “{column}”</source>
        <translation>Kennzahl „{column}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Move ‘{name}’</source>
        <translation>‘{name}’ verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Move ‘{name}’ to another lane</source>
        <translation>‘{name}’ in eine andere Swimlane verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Move ‘{name}’ to another stage</source>
        <translation>‘{name}’ in eine andere Phase verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Move ‘{name}’ to position {position}</source>
        <translation>‘{name}’ an Position {position} verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>no lane id: rows cannot be added here, add lanes in journeymap</source>
        <translation>keine Swimlane-ID: Hier lassen sich keine Zeilen hinzufügen, legen Sie Swimlanes in journeymap an</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>no opportunity id: rows cannot be added here, add opportunities in journeymap</source>
        <translation>keine Chancen-ID: Hier lassen sich keine Zeilen hinzufügen, legen Sie Chancen in journeymap an</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>no touchpoint id: rows cannot be added here, add touchpoints in journeymap</source>
        <translation>keine Touchpoint-ID: Hier lassen sich keine Zeilen hinzufügen, legen Sie Touchpoints in journeymap an</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>no touchpoint {name}</source>
        <translation>kein Touchpoint {name}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="vanished">Chancen</translation>
    </message>
    <message>
        <source>Opportunities: ‘{name}’: {field} {old} → {new}</source>
        <translation type="vanished">Chancen: ‘{name}’: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Opportunities: “{name}”: {field}: {old} → {new}</source>
        <translation>Chancen: „{name}“: {field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Other channel</source>
        <translation>Anderer Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="vanished">Pain Points</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Refresh ‘{name}’ from {file}</source>
        <translation>‘{name}’ aus {file} aktualisieren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Rejected: 0</source>
        <translation>Abgelehnt: 0</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Rejected: {count} not on the scale (e.g. {examples}) in row {rows}</source>
        <translation>Abgelehnt: {count} außerhalb der Skala (z. B. {examples}) in Zeile {rows}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Rejected: {count} not on the scale (e.g. {examples}) in rows {rows}</source>
        <translation>Abgelehnt: {count} außerhalb der Skala (z. B. {examples}) in den Zeilen {rows}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Rename ‘{old}’ to ‘{new}’</source>
        <translation>‘{old}’ in ‘{new}’ umbenennen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>review was due {date}</source>
        <translation>Prüfung war fällig am {date}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>review-by “{value}” is no date</source>
        <translation>„Prüfen bis“ ist kein Datum: „{value}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Rows read: {count}</source>
        <translation>Gelesene Zeilen: {count}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>score “{column}”</source>
        <translation>Wert „{column}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Segments from column “{column}”</source>
        <translation>Segmente aus der Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Show lane ‘{name}’</source>
        <translation>Swimlane ‘{name}’ einblenden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Skipped: {blank} blank, {not_applicable} not applicable</source>
        <translation>Übersprungen: {blank} leer, {not_applicable} nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Skipped: {blank} blank, {not_applicable} not applicable, {other} of another metric</source>
        <translation>Übersprungen: {blank} leer, {not_applicable} nicht zutreffend, {other} einer anderen Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>stage: {old} → {new}</source>
        <translation>Phase: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Survey source: “{source}”</source>
        <translation>Befragungsquelle: „{source}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Take back a vote for ‘{name}’</source>
        <translation>Stimme für ‘{name}’ zurücknehmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>target {metric}: {old} → {new}</source>
        <translation>Zielwert {metric}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Target {}</source>
        <translation>Zielwert {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>the hidden id is that of “{name}”, but the row is “{shown}” (was column A changed?)</source>
        <translation>die verborgene ID gehört zu „{name}“, die Zeile ist aber „{shown}“ (wurde Spalte A geändert?)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>the hidden key row holds “{value}” beyond the template&apos;s columns; export a new template</source>
        <translation>die verborgene Schlüsselzeile enthält „{value}“ jenseits der Spalten der Vorlage; exportieren Sie eine neue Vorlage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>the hidden key “{key}” was changed to “{value}”; export a new template</source>
        <translation>der verborgene Schlüssel „{key}“ wurde in „{value}“ geändert; exportieren Sie eine neue Vorlage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>the hidden key “{key}” was deleted; export a new template</source>
        <translation>der verborgene Schlüssel „{key}“ wurde gelöscht; exportieren Sie eine neue Vorlage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>the {metric} answers of “{name}” are held unsplit, with no segment {segment}: counts for the segment would count the same respondents twice; enter them in a fill-in sheet for all respondents, or import the survey with its segment column</source>
        <translation>die {metric}-Antworten von „{name}“ liegen ungeteilt vor, ohne Segment {segment}: Zählungen für das Segment würden dieselben Befragten doppelt zählen; tragen Sie sie in einen Erfassungsbogen für alle Befragten ein oder importieren Sie die Befragung mit ihrer Segmentspalte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>touchpoint “{column}”</source>
        <translation>Touchpoint „{column}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>unchanged for {days} days</source>
        <translation>seit {days} Tagen unverändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>unknown lane id “{value}” (from another journey file?)</source>
        <translation>unbekannte Swimlane-ID „{value}“ (aus einer anderen Journey-Datei?)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>unknown opportunity id “{value}” (from another journey file?)</source>
        <translation>unbekannte Chancen-ID „{value}“ (aus einer anderen Journey-Datei?)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>unknown stage id “{value}” (or a stage of another journey)</source>
        <translation>unbekannte Phasen-ID „{value}“ (oder eine Phase einer anderen Journey)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>unknown touchpoint id “{value}” (from another journey file?)</source>
        <translation>unbekannte Touchpoint-ID „{value}“ (aus einer anderen Journey-Datei?)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmark ‘{name}’ as a moment of truth</source>
        <translation>Markierung von ‘{name}’ als Moment der Wahrheit aufheben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmark ‘{name}’ as an entry point</source>
        <translation>Markierung von ‘{name}’ als Einstiegspunkt aufheben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmark ‘{name}’ as an exit point</source>
        <translation>Markierung von ‘{name}’ als Ausstiegspunkt aufheben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmark ‘{name}’ as proactive</source>
        <translation>Markierung von ‘{name}’ als proaktiv aufheben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmatched columns (not imported): {unmatched}</source>
        <translation>Nicht zugeordnete Spalten (nicht importiert): {unmatched}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Unmatched touchpoints (not imported): {unmatched}</source>
        <translation>Nicht zugeordnete Touchpoints (nicht importiert): {unmatched}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Vote for ‘{name}’</source>
        <translation>Stimme für ‘{name}’</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>Weights from column “{column}”</source>
        <translation>Gewichte aus der Spalte „{column}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{base}; {roles}</source>
        <translation>{base}; {roles}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{cell}: “{column}” of “{name}” has {length} characters; Excel keeps only {limit}, so edit it in journeymap, not in this sheet</source>
        <translation>{cell}: „{column}“ von „{name}“ hat {length} Zeichen; Excel behält nur {limit}, bearbeiten Sie den Text daher in journeymap, nicht in diesem Blatt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: {value} is not a date; enter one such as 2026-12-31</source>
        <translation>{column}: {value} ist kein Datum; geben Sie eines wie 31.12.2026 ein</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: {value} is not a number</source>
        <translation>{column}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: {value} is not a whole number of responses, 0 or more</source>
        <translation>{column}: {value} ist keine ganze Zahl von Antworten (0 oder mehr)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: {value} is not a whole number: weighted counts come from the survey import and can only be replaced by whole numbers of responses</source>
        <translation>{column}: {value} ist keine ganze Zahl: Gewichtete Anzahlen stammen aus dem Befragungsimport und lassen sich nur durch ganze Antwortzahlen ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: {value} is too large (at most {limit})</source>
        <translation>{column}: {value} ist zu groß (höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: “{value}” is not a status; choose one of {choices}</source>
        <translation>{column}: „{value}“ ist kein Status; wählen Sie einen von {choices}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: “{value}” is not yes or no</source>
        <translation>{column}: „{value}“ ist weder ja noch nein</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{column}: “{value}” is text, not a number</source>
        <translation>{column}: „{value}“ ist Text, keine Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} cell</source>
        <translation>{count} Zelle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} cells</source>
        <translation>{count} Zellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} measurement</source>
        <translation>{count} Messung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} measurements</source>
        <translation>{count} Messungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} new note</source>
        <translation>{count} neue Notiz</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} new notes</source>
        <translation>{count} neue Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} opportunities</source>
        <translation>{count} Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} opportunity</source>
        <translation>{count} Chance</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} touchpoint</source>
        <translation>{count} Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} touchpoint row</source>
        <translation>{count} Touchpoint-Zeile</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} touchpoint rows</source>
        <translation>{count} Touchpoint-Zeilen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{count} touchpoints</source>
        <translation>{count} Touchpoints</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: a gap link names its metric (csat, nps or ces)</source>
        <translation>{field}: Ein Verweis auf eine Lücke nennt ihre Kennzahl (csat, nps oder ces)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: a picture of {size} bytes is larger than the {limit} bytes allowed</source>
        <translation>{field}: ein Bild mit {size} Bytes ist größer als die erlaubten {limit} Bytes</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: a text of {length} characters is longer than the {limit} allowed</source>
        <translation>{field}: Ein Text mit {length} Zeichen ist länger als die erlaubten {limit}</translation>
    </message>
    <message>
        <source>{field}: an effective sample size of {value} is not above 0 and at most the {respondents} respondents</source>
        <translation type="vanished">{field}: eine effektive Stichprobengröße von {value} ist nicht größer als 0 und höchstens die {respondents} Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: an effective sample size of {value} is not from 1 to the {respondents} respondents</source>
        <translation>{field}: eine effektive Stichprobengröße von {value} liegt nicht zwischen 1 und den {respondents} Befragten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: is not a PNG or JPEG picture</source>
        <translation>{field}: ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: names the same object twice</source>
        <translation>{field}: nennt dasselbe Objekt zweimal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: names the same thing twice</source>
        <translation>{field}: nennt dasselbe zweimal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: no {kind} {value} in this journey</source>
        <translation>{field}: {kind} {value} gibt es in dieser Journey nicht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {kind} has no editable field {name}</source>
        <translation>{field}: {kind} hat kein bearbeitbares Feld {name}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {respondents} respondents do not match the responses counted</source>
        <translation>{field}: {respondents} Befragte passen nicht zu den gezählten Antworten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} holds an invalid character</source>
        <translation>{field}: {value} enthält ein ungültiges Zeichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is larger than {limit}, the limit</source>
        <translation>{field}: {value} ist größer als die Grenze von {limit}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a colour such as #ffd54f</source>
        <translation>{field}: {value} ist keine Farbe wie #ffd54f</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{field}: {value} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a list of effects (touchpoint_id, metric, target)</source>
        <translation>{field}: {value} ist keine Liste von Wirkungen (touchpoint_id, metric, target)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a list of ids</source>
        <translation>{field}: {value} ist keine Liste von IDs</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a list of links (kind, id, metric)</source>
        <translation>{field}: {value} ist keine Liste von Verweisen (kind, id, metric)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a mapping of answer to count</source>
        <translation>{field}: {value} ist keine Zuordnung von Antwort zu Anzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a mapping of metric to target</source>
        <translation>{field}: {value} ist keine Zuordnung von Kennzahl zu Zielwert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a number</source>
        <translation>{field}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not a whole number</source>
        <translation>{field}: {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not one of {choices}</source>
        <translation>{field}: {value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not text</source>
        <translation>{field}: {value} ist kein Text</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is not true or false</source>
        <translation>{field}: {value} ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is out of at least {low}</source>
        <translation>{field}: {value} ist kleiner als {low}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{field}: {value} is out of {low}-{high}</source>
        <translation>{field}: {value} liegt außerhalb von {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: long layout (one row per answer); {description}</source>
        <translation>{file}: langes Format (eine Zeile je Antwort); {description}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: wide layout (one row per respondent); {description}</source>
        <translation>{file}: breites Format (eine Zeile je befragter Person); {description}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: {rows} read</source>
        <translation>{file}: {rows} gelesen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: {rows} read; nothing to change</source>
        <translation>{file}: {rows} gelesen; nichts zu ändern</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: {rows} read; {cells} changed on {touchpoints}; {added} added ({replaced} replaced)</source>
        <translation>{file}: {rows} gelesen; {cells} geändert bei {touchpoints}; {added} hinzugefügt ({replaced} ersetzt)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{file}: {rows} read; {notes} added</source>
        <translation>{file}: {rows} gelesen; {notes} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{label} ({count} row)</source>
        <translation>{label} ({count} Zeile)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{label} ({count} rows)</source>
        <translation>{label} ({count} Zeilen)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{lane}, {stage}: new note “{text}”</source>
        <translation>{lane}, {stage}: neue Notiz „{text}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{metric}: {old} → {new}</source>
        <translation>{metric}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{name} ({note})</source>
        <translation>{name} ({note})</translation>
    </message>
    <message>
        <source>{name}: targets {old} → {new}</source>
        <translation type="vanished">{name}: Zielwerte {old} → {new}</translation>
    </message>
    <message>
        <source>{name}: {field} {old} → {new}</source>
        <translation type="vanished">{name}: {field} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{name}: {field}: {old} → {new}</source>
        <translation>{name}: {field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{name}: {metric} responses n={old} → n={new}</source>
        <translation>{name}: {metric}-Antworten n={old} → n={new}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{summary}; {notes} added</source>
        <translation>{summary}; {notes} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>{summary}; {opportunities} changed</source>
        <translation>{summary}; {opportunities} geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>“{name}” appears twice (first in row {row})</source>
        <translation>„{name}“ kommt zweimal vor (zuerst in Zeile {row})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/messages.py"/>
        <source>“{name}” is not a lane of notes; type notes into a notes lane</source>
        <translation>„{name}“ ist keine Swimlane für Notizen; tragen Sie Notizen in eine Notiz-Swimlane ein</translation>
    </message>
</context>
<context>
    <name>MetricsLane</name>
    <message>
        <location filename="../journeymap/ui/canvas/metrics_lane.py"/>
        <source>n = {} · gap {}</source>
        <translation>n = {} · Lücke {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/metrics_lane.py"/>
        <source>n = {} · no target</source>
        <translation>n = {} · kein Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/metrics_lane.py"/>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/metrics_lane.py"/>
        <source>The stage&apos;s figures, each touchpoint weighted by its volume</source>
        <translation>Kennzahlen der Phase, jeder Touchpoint nach seinem Volumen gewichtet</translation>
    </message>
</context>
<context>
    <name>MostVoted</name>
    <message>
        <location filename="../journeymap/ui/most_voted.py"/>
        <source>Lane</source>
        <translation>Swimlane</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/most_voted.py"/>
        <source>Most voted notes</source>
        <translation>Notizen mit den meisten Stimmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/most_voted.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/most_voted.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/most_voted.py"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
</context>
<context>
    <name>NewJourney</name>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Classic journey map</source>
        <translation>Klassische Journey Map</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Customer lifecycle</source>
        <translation>Kundenlebenszyklus</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Empty (no stages)</source>
        <translation>Leer (ohne Phasen)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Lanes</source>
        <translation>Swimlanes</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Minimal (touchpoints and emotion curve)</source>
        <translation>Minimal (Touchpoints und Emotionskurve)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>No stages: add them with Journey ▸ Add stage.</source>
        <translation>Noch keine Phasen: Fügen Sie sie über Journey ▸ Phase hinzufügen ein.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Onboarding a new customer</source>
        <translation>Onboarding eines Neukunden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Service case</source>
        <translation>Servicefall</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/new_journey.py"/>
        <source>Which stages should the new journey start with?</source>
        <translation>Mit welchen Phasen soll die neue Journey beginnen?</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../journeymap/ui/numbers.py"/>
        <source>{} days</source>
        <translation>{} Tage</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/numbers.py"/>
        <source>{} h</source>
        <translation>{} Std.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/numbers.py"/>
        <source>{} min</source>
        <translation>{} Min.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/numbers.py"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
</context>
<context>
    <name>OpportunitiesDock</name>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>(no longer in the document)</source>
        <translation>(nicht mehr im Dokument)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Add an opportunity: a new idea, owned by nobody yet</source>
        <translation>Eine Chance hinzufügen: eine neue Idee, noch ohne Verantwortliche</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Customer value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Delete the selected opportunity and its solutions</source>
        <translation>Die ausgewählte Chance samt ihren Lösungen löschen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="vanished">Verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Erledigt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="vanished">Filter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Filter by any text…</source>
        <translation>Nach beliebigem Text filtern…</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="vanished">Idee</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">In Arbeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Mean of customer and business value per point of effort (see docs/metrics.md)</source>
        <translation>Mittel aus Kundennutzen und Geschäftswert je Aufwandspunkt (siehe docs/metrics.md)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>New opportunity</source>
        <translation>Neue Chance</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>note ‘{}’</source>
        <translation>Notiz „{}“</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Open: neither done nor dismissed</source>
        <translation>Offen: weder erledigt noch verworfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Geplant</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>The date it is due, YYYY-MM-DD</source>
        <translation>Fälligkeitsdatum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>The touchpoints, transitions, notes and gaps it is about</source>
        <translation>Die Touchpoints, Übergänge, Notizen und Lücken, um die es geht</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>What it costs, from 1 (little) to 5 (a lot)</source>
        <translation>Was es kostet, von 1 (wenig) bis 5 (viel)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>What it is worth to the business, 0-100</source>
        <translation>Was es dem Unternehmen bringt, 0-100</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>What it is worth to the customer, 0-100</source>
        <translation>Was es den Kunden bringt, 0-100</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>{} opportunities · {} open</source>
        <translation>{} Chancen · {} offen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunities_dock.py"/>
        <source>{}: {} gap</source>
        <translation>{}: {}-Lücke</translation>
    </message>
</context>
<context>
    <name>OpportunityMatrix</name>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Addresses no gap</source>
        <translation>Betrifft keine Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="vanished">Verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="vanished">Erledigt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Dot colour: the opportunity&apos;s status</source>
        <translation>Farbe des Punkts: der Status der Chance</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Dot size: largest gap priority addressed</source>
        <translation>Punktgröße: höchste Priorität der betroffenen Lücken</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Effort {} of 5</source>
        <translation>Aufwand {} von 5</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Fill-ins</source>
        <translation>Kleinaufgaben</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="vanished">Idee</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="vanished">In Arbeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Largest gap priority addressed: {}</source>
        <translation>Höchste Priorität der betroffenen Lücken: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Money pits</source>
        <translation>Geldgräber</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Move ‘{}’ on the value-effort matrix</source>
        <translation>‘{}’ in der Wert-Aufwand-Matrix verschieben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>No opportunities yet</source>
        <translation>Noch keine Chancen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Geplant</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Priority {}</source>
        <translation>Priorität {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Quick wins</source>
        <translation>Quick Wins</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Show dismissed</source>
        <translation>Verworfene zeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Show the opportunities the team dismissed, greyed</source>
        <translation>Die Chancen, die das Team verworfen hat, ausgegraut zeigen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Status: {}</source>
        <translation>Stand: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Value {} (customer {}, business {})</source>
        <translation>Wert {} (Kunde {}, Unternehmen {})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Value {} · effort {}</source>
        <translation>Wert {} · Aufwand {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Value →</source>
        <translation>Wert →</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_matrix.py"/>
        <source>Value-effort matrix</source>
        <translation>Wert-Aufwand-Matrix</translation>
    </message>
</context>
<context>
    <name>OpportunityWords</name>
    <message>
        <location filename="../journeymap/ui/opportunity_words.py"/>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_words.py"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_words.py"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_words.py"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/opportunity_words.py"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>PathsDock</name>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>No contact log behind this journey</source>
        <translation>Hinter dieser Journey steht kein Kontaktprotokoll</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>No path leads from an entry to an exit.</source>
        <translation>Kein Pfad führt von einem Einstiegs- zu einem Ausstiegspunkt.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Observed in the log</source>
        <translation>Im Protokoll beobachtet</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Predicted by the graph</source>
        <translation>Vom Graphen vorhergesagt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>Share of cases</source>
        <translation>Anteil der Fälle</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/paths_dock.py"/>
        <source>The path search stopped at its cap: less likely paths are not listed.</source>
        <translation>Die Pfadsuche hat an ihrer Obergrenze angehalten: weniger wahrscheinliche Pfade fehlen in der Liste.</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Add</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Add persona ‘{}’</source>
        <translation>Persona ‘{}’ anlegen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Cannot use this picture</source>
        <translation>Dieses Bild kann nicht verwendet werden</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Choose a picture</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Choose picture…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Delete persona ‘{}’</source>
        <translation>Persona ‘{}’ löschen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Name of a new persona, then Enter</source>
        <translation>Name einer neuen Persona, dann Eingabe</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Personas</source>
        <translation>Personas bearbeiten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>What they would say, in their words</source>
        <translation>Was die Persona sagen würde, in ihren Worten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>“{}” cannot be read: {}</source>
        <translation>„{}“ kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>“{}” is not a PNG or JPEG picture.</source>
        <translation>„{}“ ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/persona_editor.py"/>
        <source>“{}” is {} bytes; a persona&apos;s picture may be at most {} bytes ({} MB).</source>
        <translation>„{}“ ist {} Bytes groß; ein Persona-Bild darf höchstens {} Bytes ({} MB) groß sein.</translation>
    </message>
    <message>
        <source>“{}” is {} MB; a persona&apos;s picture may be at most {} MB.</source>
        <translation type="vanished">„{}“ ist {} MB groß; ein Persona-Bild darf höchstens {} MB groß sein.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../journeymap/discovery/columns.py"/>
        <location filename="../journeymap/discovery/event_table.py"/>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>a document name cannot hold a line break, a tab or another control character</source>
        <translation>ein Dokumentname darf keinen Zeilenumbruch, keinen Tabulator und kein anderes Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>a document name of {length} characters is longer than the {limit} allowed</source>
        <translation>ein Dokumentname mit {length} Zeichen ist länger als die erlaubten {limit}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>a document needs a name</source>
        <translation>ein Dokument braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>a part of it is missing ({part})</source>
        <translation>ein Teil davon fehlt ({part})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/plan.py"/>
        <source>a survey scale needs a metric to check it against</source>
        <translation>eine Umfrageskala braucht eine Kennzahl, an der sie geprüft wird</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/details.py"/>
        <source>a tag</source>
        <translation>ein Schlagwort</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/details.py"/>
        <source>an owner</source>
        <translation>eine verantwortliche Person</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>asks for a password: {problem}</source>
        <translation>verlangt ein Passwort: {problem}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>cannot be read as an Excel workbook: {reason}</source>
        <translation>kann nicht als Excel-Arbeitsmappe gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <location filename="../journeymap/storage/ondisk.py"/>
        <location filename="../journeymap/survey/readers.py"/>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/atomic.py"/>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/watch.py"/>
        <source>cannot listen: {reason}</source>
        <translation>kann nicht auf Änderungen warten: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/stale.py"/>
        <source>cannot look for maps unchanged for {days} days (give 0 or more)</source>
        <translation>kann nicht nach Maps suchen, die seit {days} Tagen unverändert sind (geben Sie 0 oder mehr an)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>columns {first} and {second} both match touchpoint “{touchpoint}”; map one of them to nothing (“{name}=”) to leave it out</source>
        <translation>die Spalten {first} und {second} passen beide zum Touchpoint „{touchpoint}“; ordnen Sie eine davon nichts zu („{name}=“), um sie auszulassen</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>contains NUL bytes: it is binary data, not CSV text</source>
        <translation>enthält NUL-Bytes: Das sind Binärdaten, kein CSV-Text</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>could not be opened ({reason})</source>
        <translation>konnte nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>could not be read ({reason})</source>
        <translation>konnte nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>could not be read as an Excel workbook ({reason})</source>
        <translation>konnte nicht als Excel-Arbeitsmappe gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/reading.py"/>
        <source>could not be read as CSV ({reason})</source>
        <translation>konnte nicht als CSV gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>could not be read: the {reader} {what}</source>
        <translation>konnte nicht gelesen werden: Der {reader} {what}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/atomic.py"/>
        <source>could not be saved: {problem}</source>
        <translation>konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>could not be written: {reason}</source>
        <translation>konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>could not connect: {problem}</source>
        <translation>keine Verbindung möglich: {problem}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>crashed (exit status {status})</source>
        <translation>ist abgestürzt (Exit-Status {status})</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>crashed ({name})</source>
        <translation>ist abgestürzt ({name})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/log_files.py"/>
        <location filename="../journeymap/survey/plan.py"/>
        <source>CSV reader</source>
        <translation>CSV-Leser</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/xes.py"/>
        <source>declares a DTD or entities, which an event log never needs; it is refused</source>
        <translation>deklariert eine DTD oder Entitäten, die ein Ereignisprotokoll nie braucht; es wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>declares the encoding {name}, refused for safety (Excel writes UTF-8)</source>
        <translation>deklariert die Kodierung {name}, aus Sicherheitsgründen abgelehnt (Excel schreibt UTF-8)</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>declares XML entities, refused for safety (an XML bomb?)</source>
        <translation>deklariert XML-Entitäten, aus Sicherheitsgründen abgelehnt (eine XML-Bombe?)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/log_files.py"/>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <location filename="../journeymap/safety/archive.py"/>
        <location filename="../journeymap/storage/ondisk.py"/>
        <location filename="../journeymap/survey/readers.py"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>does not exist (create it with `journeymap library init`)</source>
        <translation>existiert nicht (legen Sie sie mit `journeymap library init` an)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <location filename="../journeymap/storage/library/watch.py"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>failed ({reason})</source>
        <translation>ist fehlgeschlagen ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/library_tasks.py"/>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has a generated column {column}</source>
        <translation>hat eine berechnete Spalte {column}</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/plan.py"/>
        <source>has a header but no data rows</source>
        <translation>hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>has a sheet of {count} rows, more than the {limit} of Excel&apos;s limit that journeymap reads; save it as CSV</source>
        <translation>hat ein Blatt mit {count} Zeilen, mehr als die {limit} der Excel-Grenze, die journeymap liest; speichern Sie es als CSV</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>has a sheet part “{part}” that journeymap cannot check (missing, or not XML: an .xlsb sheet?); save the workbook as .xlsx or CSV</source>
        <translation>hat einen Blattteil „{part}“, den journeymap nicht prüfen kann (fehlt oder ist kein XML: ein .xlsb-Blatt?); speichern Sie die Arbeitsmappe als .xlsx oder CSV</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>has a sheet spanning up to {rows} rows x {columns} columns, more than the {limit} cells journeymap reads; keep only the answers, or save as CSV</source>
        <translation>hat ein Blatt mit bis zu {rows} Zeilen × {columns} Spalten, mehr als die {limit} Zellen, die journeymap liest; behalten Sie nur die Antworten, oder speichern Sie als CSV</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/event_table.py"/>
        <source>has a timestamp in “{column}” that is empty or neither ISO 8601 nor DD.MM.YYYY HH:MM (row {rows})</source>
        <translation>hat in „{column}“ einen Zeitstempel, der leer oder weder ISO 8601 noch TT.MM.JJJJ HH:MM ist (Zeile {rows})</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has a virtual table {name}</source>
        <translation>hat eine virtuelle Tabelle {name}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has a {kind} {name}</source>
        <translation>hat ein Objekt der Art {kind} {name}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>has an oversized {part}</source>
        <translation>hat einen übergroßen Teil {part}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has an unexpected column {column}</source>
        <translation>hat eine unerwartete Spalte {column}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has an unexpected table {name}</source>
        <translation>hat eine unerwartete Tabelle {name}</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>has an unknown file type (use .csv or .xlsx)</source>
        <translation>hat einen unbekannten Dateityp (verwenden Sie .csv oder .xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/__init__.py"/>
        <source>has an unknown file type (use .jmap or .json)</source>
        <translation>hat einen unbekannten Dateityp (verwenden Sie .jmap oder .json)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <source>has its times in “{column}” as {type}; they should be timestamps or ISO 8601 text</source>
        <translation>hat seine Zeiten in „{column}“ als {type}; es sollten Zeitstempel oder ISO-8601-Text sein</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>has more than {size} KB before its first element, refused</source>
        <translation>hat mehr als {size} KB vor seinem ersten Element, abgelehnt</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/build.py"/>
        <source>has no activity “{activity}” (named by --stage {placement})</source>
        <translation>hat keine Aktivität „{activity}“ (genannt von --stage {placement})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/columns.py"/>
        <source>has no column {missing}; its columns are {shown}{more}</source>
        <translation>hat keine Spalte {missing}; seine Spalten sind {shown}{more}</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <source>has no column “{order}” (--order); its columns are {columns}</source>
        <translation>hat keine Spalte „{order}“ (--order); seine Spalten sind {columns}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/deletion.py"/>
        <location filename="../journeymap/storage/library/documents.py"/>
        <source>has no document “{name}”</source>
        <translation>hat kein Dokument „{name}“</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>has no document “{name}” any more (save it under a name to make it anew)</source>
        <translation>hat kein Dokument „{name}“ mehr (speichern Sie es unter einem Namen, um es neu anzulegen)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>has no line break in its first 64 KB: not a survey export (CSV)</source>
        <translation>hat in den ersten 64 KB keinen Zeilenumbruch: kein Umfrage-Export (CSV)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <source>has no single-column primary key to number its rows by (events of the same time keep the rows&apos; order); name a column that orders them with --order COL</source>
        <translation>hat keinen einspaltigen Primärschlüssel, nach dem seine Zeilen nummeriert werden können (Ereignisse gleicher Zeit behalten die Reihenfolge der Zeilen); nennen Sie mit --order SPALTE eine Spalte, die sie ordnet</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <source>has no table “{name}”; it has no tables</source>
        <translation>hat keine Tabelle „{name}“; sie hat keine Tabellen</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <source>has no table “{name}”; its tables are {tables}</source>
        <translation>hat keine Tabelle „{name}“; ihre Tabellen sind {tables}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has no valid schema version ({version})</source>
        <translation>hat keine gültige Schemaversion ({version})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>has no {role} column “{name}” (columns: {columns})</source>
        <translation>hat keine Spalte „{name}“ für: {role} (Spalten: {columns})</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>has no “{sheet}” sheet: it is not a journeymap fill-in template</source>
        <translation>hat kein Blatt „{sheet}“: Es ist keine journeymap-Erfassungsvorlage</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has unexpected indexes on table {table}</source>
        <translation>hat unerwartete Indizes auf der Tabelle {table}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/sqlitefile.py"/>
        <source>has unfinished changes in {side} beside it (another program is writing it, or crashed while writing); open it in that program first</source>
        <translation>hat unfertige Änderungen in {side} daneben (ein anderes Programm schreibt sie oder ist beim Schreiben abgestürzt); öffnen Sie sie zuerst in diesem Programm</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>has views</source>
        <translation>hat Sichten (Views)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>has {count} columns; no survey export has that many</source>
        <translation>hat {count} Spalten; so viele hat kein Umfrage-Export</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/event_table.py"/>
        <source>has {count} timestamps in “{column}” that are empty or neither ISO 8601 nor DD.MM.YYYY HH:MM (rows {rows}{more})</source>
        <translation>hat in „{column}“ {count} Zeitstempel, die leer oder weder ISO 8601 noch TT.MM.JJJJ HH:MM sind (Zeilen {rows}{more})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>has {count} timestamps in “{column}” that are not ISO 8601 (rows with {order} {rows}{more})</source>
        <translation>hat in „{column}“ {count} Zeitstempel, die nicht ISO 8601 sind (Zeilen mit {order} {rows}{more})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/limits.py"/>
        <source>has {found} distinct activities; a journey may hold at most {limit} touchpoints (is --activity the right column?)</source>
        <translation>hat {found} verschiedene Aktivitäten; eine Journey darf höchstens {limit} Touchpoints enthalten (ist --activity die richtige Spalte?)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>holds a number of more than {digits} digits</source>
        <translation>enthält eine Zahl mit mehr als {digits} Ziffern</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>holds a value far longer than a journeymap document allows</source>
        <translation>enthält einen Wert, der weit länger ist, als ein journeymap-Dokument erlaubt</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>holds a value that cannot be read: {reason}</source>
        <translation>enthält einen Wert, der nicht gelesen werden kann: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>holds an invalid library origin: {error}</source>
        <translation>enthält eine ungültige Bibliotheksherkunft: {error}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>holds an invalid value: {error}</source>
        <translation>enthält einen ungültigen Wert: {error}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>holds an invalid value: {place}: {what}</source>
        <translation>enthält einen ungültigen Wert: {place}: {what}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>holds more than {limit} cells ({held} so far), more than journeymap reads from a workbook; keep only the answers, or save as CSV</source>
        <translation>enthält mehr als {limit} Zellen (bisher {held}), mehr als journeymap aus einer Arbeitsmappe liest; behalten Sie nur die Antworten, oder speichern Sie als CSV</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/event_table.py"/>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>holds no events (no row with a case and an activity)</source>
        <translation>enthält keine Ereignisse (keine Zeile mit Fall und Aktivität)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/event_table.py"/>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>holds no events in the period chosen (--from/--to)</source>
        <translation>enthält keine Ereignisse im gewählten Zeitraum (--from/--to)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>holds other tables already ({tables}); a library needs an empty database or schema</source>
        <translation>enthält bereits andere Tabellen ({tables}); eine Bibliothek braucht eine leere Datenbank oder ein leeres Schema</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>holds text that is not valid UTF-8, so it is damaged</source>
        <translation>enthält Text, der kein gültiges UTF-8 ist, und ist daher beschädigt</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>holds {count} parts; no workbook needs that many</source>
        <translation>enthält {count} Teile; so viele braucht keine Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/limits.py"/>
        <source>holds {count} {kind}; a document may hold at most {limit}</source>
        <translation>enthält {count} {kind}; ein Dokument darf höchstens {limit} enthalten</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/extent.py"/>
        <source>is a damaged workbook ({reason})</source>
        <translation>ist eine beschädigte Arbeitsmappe ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>is a database, but not a journeymap document</source>
        <translation>ist eine Datenbank, aber kein journeymap-Dokument</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>is a library of schema version {version}; run `journeymap library upgrade {url}` to bring it to version {readable}</source>
        <translation>ist eine Bibliothek der Schemaversion {version}; führen Sie `journeymap library upgrade {url}` aus, um sie auf Version {readable} zu bringen</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>is a library of schema version {version}; this journeymap reads version {readable}: please update journeymap</source>
        <translation>ist eine Bibliothek der Schemaversion {version}; dieses journeymap liest Version {readable}: Bitte aktualisieren Sie journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>is a zip archive (an Excel workbook?), not CSV text; name it .xlsx</source>
        <translation>ist ein Zip-Archiv (eine Excel-Arbeitsmappe?), kein CSV-Text; benennen Sie es in .xlsx um</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>is a zip archive, but not an Excel workbook (.xlsx)</source>
        <translation>ist ein Zip-Archiv, aber keine Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>is a {backend} database; a library is SQLite or PostgreSQL</source>
        <translation>ist eine {backend}-Datenbank; eine Bibliothek ist SQLite oder PostgreSQL</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <source>is a {backend} database; journeymap reads log tables from SQLite and PostgreSQL</source>
        <translation>ist eine {backend}-Datenbank; journeymap liest Protokolltabellen aus SQLite und PostgreSQL</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>is already a journeymap library</source>
        <translation>ist bereits eine journeymap-Bibliothek</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is an old Excel 97-2003 file; save it as .xlsx or CSV</source>
        <translation>ist eine alte Excel-97–2003-Datei; speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/ondisk.py"/>
        <source>is being changed by another journeymap command; waited {seconds} s, nothing was changed. Try again when it has finished</source>
        <translation>wird von einem anderen journeymap-Befehl geändert; nach {seconds} s Warten wurde nichts geändert. Versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>is binary data, not CSV text</source>
        <translation>sind Binärdaten, kein CSV-Text</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <location filename="../journeymap/storage/sqlitefile.py"/>
        <source>is damaged (truncated or corrupted)</source>
        <translation>ist beschädigt (abgeschnitten oder verfälscht)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>is damaged: column {column} has type or key {found}, expected {wanted}</source>
        <translation>ist beschädigt: Die Spalte {column} hat Typ oder Schlüssel {found}, erwartet {wanted}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>is damaged: column {column} is missing</source>
        <translation>ist beschädigt: Die Spalte {column} fehlt</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>is damaged: its meta table is far too long</source>
        <translation>ist beschädigt: Seine Meta-Tabelle ist viel zu lang</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is damaged: note {note} belongs to lane {lane}, which is not in its journey</source>
        <translation>ist beschädigt: Die Notiz {note} gehört zur Bahn {lane}, die nicht in ihrer Journey ist</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>is damaged: table {table} is missing</source>
        <translation>ist beschädigt: Die Tabelle {table} fehlt</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is damaged: the same {key} appears twice</source>
        <translation>ist beschädigt: Dieselbe {key} kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is damaged: {table} row {row} belongs to {owner} {parent}, which is not in the file</source>
        <translation>ist beschädigt: Die Zeile {row} von {table} gehört zu {owner} {parent}, das nicht in der Datei ist</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_facts.py"/>
        <source>is empty (it has no rows)</source>
        <translation>ist leer (sie hat keine Zeilen)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is missing (NULL)</source>
        <translation>fehlt (NULL)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/sniff.py"/>
        <source>is neither UTF-8 nor Windows-1252 text</source>
        <translation>ist weder UTF-8- noch Windows-1252-Text</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>is nested far too deeply to be a journeymap file</source>
        <translation>ist viel zu tief verschachtelt für eine journeymap-Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>is no file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>is no journeymap library (create it with `journeymap library init`)</source>
        <translation>ist keine journeymap-Bibliothek (legen Sie sie mit `journeymap library init` an)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/schema.py"/>
        <source>is no journeymap library (it has no schema version)</source>
        <translation>ist keine journeymap-Bibliothek (sie hat keine Schemaversion)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <source>is not a database URL (e.g. sqlite:///log.db or postgresql://host/db)</source>
        <translation>ist keine Datenbank-URL (z. B. sqlite:///log.db oder postgresql://host/db)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/log_files.py"/>
        <location filename="../journeymap/storage/ondisk.py"/>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not a journeymap document</source>
        <translation>ist kein journeymap-Dokument</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>is not a journeymap fill-in template (row {row} of “{sheet}” was changed)</source>
        <translation>ist keine journeymap-Erfassungsvorlage (Zeile {row} von „{sheet}“ wurde geändert)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>is not a library URL (e.g. team.jmaplib, sqlite:///team.jmaplib or postgresql+psycopg://host/db)</source>
        <translation>ist keine Bibliotheks-URL (z. B. team.jmaplib, sqlite:///team.jmaplib oder postgresql+psycopg://host/db)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/atomic.py"/>
        <source>is not a regular file, so it cannot be saved over</source>
        <translation>ist keine gewöhnliche Datei und kann daher nicht überschrieben werden</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not a valid database URL</source>
        <translation>ist keine gültige Datenbank-URL</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>is not a valid journeymap file: {reason}</source>
        <translation>ist keine gültige journeymap-Datei: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>is not an Excel workbook (.xlsx), or it is damaged</source>
        <translation>ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is not an Excel workbook (.xlsx), or it is damaged ({reason})</source>
        <translation>ist keine Excel-Arbeitsmappe (.xlsx) oder beschädigt ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not binary data</source>
        <translation>sind keine Binärdaten</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/reading.py"/>
        <source>is not readable as {encoding} text (byte {byte} of a piece)</source>
        <translation>ist nicht als {encoding}-Text lesbar (Byte {byte} eines Stücks)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>is not true or false (0 or 1)</source>
        <translation>ist nicht wahr oder falsch (0 oder 1)</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>is not UTF-8 text, refused for safety (Excel writes only UTF-8)</source>
        <translation>ist kein UTF-8-Text, aus Sicherheitsgründen abgelehnt (Excel schreibt nur UTF-8)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>is not UTF-8 text, so not a journeymap JSON file</source>
        <translation>ist kein UTF-8-Text, also keine journeymap-JSON-Datei</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is not valid CSV at line {line} ({error})</source>
        <translation>ist in Zeile {line} kein gültiges CSV ({error})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is not valid CSV at line {line} ({error}: a quote is never closed)</source>
        <translation>ist in Zeile {line} kein gültiges CSV ({error}: Ein Anführungszeichen wird nie geschlossen)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>is not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/xes.py"/>
        <source>is not valid XML ({reason})</source>
        <translation>ist kein gültiges XML ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>is not valid {encoding} text at line {line}</source>
        <translation>ist in Zeile {line} kein gültiger {encoding}-Text</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/limits.py"/>
        <source>is too large to be a journeymap document ({size} bytes; at most {limit})</source>
        <translation>ist zu groß für ein journeymap-Dokument ({size} Byte; höchstens {limit})</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>it declares XML entities, refused for safety (an XML bomb?)</source>
        <translation>sie deklariert XML-Entitäten, aus Sicherheitsgründen abgelehnt (eine XML-Bombe?)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin_sheet.py"/>
        <source>it is damaged ({reason})</source>
        <translation>sie ist beschädigt ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>lost the connection to the database ({reason})</source>
        <translation>hat die Verbindung zur Datenbank verloren ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>mapping {mapping}: {problem} in journey “{journey}”</source>
        <translation>Zuordnung {mapping}: {problem} in der Journey „{journey}“</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <source>names no database file (sqlite:///PATH)</source>
        <translation>nennt keine Datenbankdatei (sqlite:///PFAD)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>names no library file (sqlite:///PATH)</source>
        <translation>nennt keine Bibliotheksdatei (sqlite:///PFAD)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/plan.py"/>
        <source>names no metric: say which metric the answers are (csat, nps or ces)</source>
        <translation>nennt keine Kennzahl: Geben Sie an, welche Kennzahl die Antworten sind (csat, nps oder ces)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/plan.py"/>
        <source>names no metric: say which metric the answers are (csat, nps or ces), or add a metric column</source>
        <translation>nennt keine Kennzahl: Geben Sie an, welche Kennzahl die Antworten sind (csat, nps oder ces), oder fügen Sie eine Kennzahl-Spalte hinzu</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>needed more than {size} of memory</source>
        <translation>brauchte mehr als {size} Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_dialects.py"/>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>needs the database driver “{driver}”, which is not installed ({error})</source>
        <translation>braucht den Datenbanktreiber „{driver}“, der nicht installiert ist ({error})</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>no column matches a touchpoint of journey “{journey}” (columns: {columns}; touchpoints: {touchpoints}); name the columns after the touchpoints, map them, or give a long file with touchpoint and score columns</source>
        <translation>keine Spalte passt zu einem Touchpoint der Journey „{journey}“ (Spalten: {columns}; Touchpoints: {touchpoints}); benennen Sie die Spalten nach den Touchpoints, ordnen Sie sie zu, oder geben Sie eine lange Datei mit Touchpoint- und Wert-Spalten an</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>over {count}</source>
        <translation>über {count}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>part {part} {problem}</source>
        <translation>Teil {part} {problem}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/deletion.py"/>
        <source>purge (delete it first)</source>
        <translation>endgültig zu löschen (löschen Sie es zuerst)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/readers.py"/>
        <source>row {row} has {cells} cells, but the header only {width}; is the delimiter right, and are cells that contain it quoted?</source>
        <translation>Zeile {row} hat {cells} Zellen, die Kopfzeile aber nur {width}; stimmt das Trennzeichen, und sind Zellen, die es enthalten, in Anführungszeichen?</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>sent back unexpected data ({reason})</source>
        <translation>hat unerwartete Daten zurückgeschickt ({reason})</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>sent more than {size}</source>
        <translation>hat mehr als {size} geschickt</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/log_files.py"/>
        <location filename="../journeymap/safety/sandbox.py"/>
        <location filename="../journeymap/survey/plan.py"/>
        <source>spreadsheet reader</source>
        <translation>Tabellenleser</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>the column {column} cannot be both the segment and the weight column</source>
        <translation>die Spalte {column} kann nicht zugleich Segment- und Gewichtungsspalte sein</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>the database refused: {reason}</source>
        <translation>die Datenbank hat abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>the database refused: {reason} (this user may not read this library)</source>
        <translation>die Datenbank hat abgelehnt: {reason} (dieser Benutzer darf diese Bibliothek nicht lesen)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/connection.py"/>
        <source>the database refused: {reason} (this user may only read this library; nothing was written)</source>
        <translation>die Datenbank hat abgelehnt: {reason} (dieser Benutzer darf diese Bibliothek nur lesen; es wurde nichts geschrieben)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>the disk is full or cannot be written</source>
        <translation>der Datenträger ist voll oder nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/details.py"/>
        <source>the review-by date “{text}” is no date (give YYYY-MM-DD, e.g. 2026-10-01, or none)</source>
        <translation>das Prüfdatum „{text}“ ist kein Datum (geben Sie JJJJ-MM-TT an, z. B. 2026-10-01, oder none)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/tally.py"/>
        <source>the segment column has more than {limit} different values; choose a column such as the customer type</source>
        <translation>die Segment-Spalte hat mehr als {limit} verschiedene Werte; wählen Sie eine Spalte wie den Kundentyp</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/plan.py"/>
        <source>the survey&apos;s scale {scale} is not the {metric} scale {expected}; journeymap does not rescale answers (a {scale} answer has no exact equivalent); export the answers on the metric&apos;s scale</source>
        <translation>die Skala {scale} der Umfrage ist nicht die {metric}-Skala {expected}; journeymap rechnet Antworten nicht um (eine Antwort auf der Skala {scale} hat keine genaue Entsprechung); exportieren Sie die Antworten auf der Skala der Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/details.py"/>
        <source>the tag “{tag}…” is longer than {limit} characters</source>
        <translation>das Schlagwort „{tag}…“ ist länger als {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>the weight column {column} is the answers of touchpoint “{touchpoint}”; choose the column of the weights, or map this one to nothing (“{name}=”)</source>
        <translation>die Gewichtungsspalte {column} enthält die Antworten zum Touchpoint „{touchpoint}“; wählen Sie die Spalte der Gewichte, oder ordnen Sie diese nichts zu („{name}=“)</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>the weight column {column} is the long file&apos;s touchpoint, score or metric column; choose the column of the weights</source>
        <translation>die Gewichtungsspalte {column} ist die Touchpoint-, Wert- oder Kennzahl-Spalte der langen Datei; wählen Sie die Spalte der Gewichte</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>this document did not come from it</source>
        <translation>dieses Dokument stammt nicht aus ihr</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>this one came from an earlier document of that name, deleted since</source>
        <translation>dieses stammt aus einem früheren, inzwischen gelöschten Dokument gleichen Namens</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>this one is based on revision {base}</source>
        <translation>dieses beruht auf Version {base}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>took more than {seconds} s</source>
        <translation>brauchte mehr als {seconds} s</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>took too long to read; it is refused</source>
        <translation>brauchte zu lange zum Lesen; es wird abgelehnt</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/deletion.py"/>
        <source>undelete</source>
        <translation>wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/ondisk.py"/>
        <source>was changed by another program</source>
        <translation>wurde von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/ondisk.py"/>
        <source>was deleted or moved</source>
        <translation>wurde gelöscht oder verschoben</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>was written by a newer journeymap (file format version {version}; this one reads up to {readable}). Please update journeymap to open it.</source>
        <translation>wurde von einem neueren journeymap geschrieben (Dateiformat-Version {version}; dieses liest bis {readable}). Bitte aktualisieren Sie journeymap, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../journeymap/survey/layout.py"/>
        <source>weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/archive.py"/>
        <source>would unpack to {size} MB, more than the {limit} MB limit (a zip bomb?)</source>
        <translation>würde entpackt {size} MB groß, mehr als die Grenze von {limit} MB (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/log_files.py"/>
        <source>XES reader</source>
        <translation>XES-Leser</translation>
    </message>
    <message>
        <location filename="../journeymap/discovery/sql_table.py"/>
        <location filename="../journeymap/survey/layout.py"/>
        <source>{names} and {more} more</source>
        <translation>{names} und {more} weitere</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/schemacheck.py"/>
        <source>{problem}, which a journeymap document never holds; it was not opened</source>
        <translation>{problem}, was ein journeymap-Dokument nie enthält; es wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jsonfile.py"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <location filename="../journeymap/safety/sandbox.py"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/jmap.py"/>
        <source>{value} {problem}</source>
        <translation>{value} {problem}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/details.py"/>
        <source>{what} cannot hold a NUL character</source>
        <translation>{what} darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/ondisk.py"/>
        <source>{what} since it was read; nothing was saved, so that change is not lost (open it again, or save under another name)</source>
        <translation>{what}, seit sie gelesen wurde; es wurde nichts gespeichert, damit diese Änderung nicht verloren geht (öffnen Sie sie erneut, oder speichern Sie unter einem anderen Namen)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>“{name}” has no revision {revision}</source>
        <translation>„{name}“ hat keine Version {revision}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>“{name}” has revision {latest}, saved by {author} at {time}; {based}, so nothing was written (pull revision {latest}, bring your changes in and save again, or save under another name)</source>
        <translation>„{name}“ hat Version {latest}, gespeichert von {author} um {time}; {based}, daher wurde nichts geschrieben (holen Sie Version {latest}, übernehmen Sie Ihre Änderungen und speichern Sie erneut, oder speichern Sie unter einem anderen Namen)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/documents.py"/>
        <source>“{name}” is deleted (bring it back with `journeymap library undelete {words}`)</source>
        <translation>„{name}“ ist gelöscht (holen Sie es mit `journeymap library undelete {words}` zurück)</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/documents.py"/>
        <source>“{name}” is deleted, so nothing was written: undelete it to save to it (`journeymap library undelete {words}`) or purge it to make a new document of that name (`journeymap library purge {words} --yes`); names are unique</source>
        <translation>„{name}“ ist gelöscht, daher wurde nichts geschrieben: Stellen Sie es wieder her, um darin zu speichern (`journeymap library undelete {words}`), oder löschen Sie es endgültig, um ein neues Dokument dieses Namens anzulegen (`journeymap library purge {words} --yes`); Namen sind eindeutig</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/deletion.py"/>
        <source>“{name}” is not deleted, so there is nothing to {action}</source>
        <translation>„{name}“ ist nicht gelöscht, also gibt es nichts {action}</translation>
    </message>
    <message>
        <location filename="../journeymap/storage/library/revisions.py"/>
        <source>“{name}”: a document name cannot begin or end with a space</source>
        <translation>„{name}“: Ein Dokumentname darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
</context>
<context>
    <name>ReadingMenu</name>
    <message>
        <location filename="../journeymap/ui/canvas/reading_menu.py"/>
        <source>Black on white with thick borders and no pastel fills, for projectors</source>
        <translation>Schwarz auf Weiß mit kräftigen Rändern und ohne Pastellfarben, für Beamer</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/reading_menu.py"/>
        <source>High con&amp;trast</source>
        <translation>Hoher Kontr&amp;ast</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/reading_menu.py"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Textgröße</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>File: {}</source>
        <translation>Datei: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>journeymap did not close properly. Unsaved changes to “{}” were kept.</source>
        <translation>journeymap wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an „{}“ wurden aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>Last copied: {}</source>
        <translation>Zuletzt gesichert: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>Recovered work is damaged</source>
        <translation>Die wiederhergestellte Arbeit ist beschädigt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>Restore opens them as unsaved changes; Discard deletes them; Later asks again at the next start.</source>
        <translation>„Wiederherstellen“ öffnet sie als ungespeicherte Änderungen, „Verwerfen“ löscht sie, „Später“ fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/dialog.py"/>
        <source>Unsaved changes to “{}” were kept when journeymap did not close properly, but that copy cannot be opened ({}).

It was set aside as {} and will not be offered again.</source>
        <translation>Ungespeicherte Änderungen an „{}“ wurden aufbewahrt, als journeymap nicht ordnungsgemäß beendet wurde, doch diese Kopie lässt sich nicht öffnen ({}).

Sie wurde als {} beiseitegelegt und wird nicht erneut angeboten.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/guard.py"/>
        <source>Unsaved work could not be copied for crash recovery: {}</source>
        <translation>Ungespeicherte Arbeit konnte nicht für die Wiederherstellung nach einem Absturz gesichert werden: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/recovery/store.py"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Compare with the file on disk</source>
        <translation>Mit der Datei auf der Festplatte vergleichen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Nothing was written. Save your version as a copy under another name, or open theirs side by side with yours to bring your changes in.</source>
        <translation>Es wurde nichts geschrieben. Speichern Sie Ihre Fassung als Kopie unter einem anderen Namen, oder öffnen Sie die andere neben Ihrer, um Ihre Änderungen einzuarbeiten.</translation>
    </message>
    <message>
        <source>Nothing was written. Save your version as a copy under another name, or open theirs side by side with yours to bring your changes in.

{}</source>
        <translation type="vanished">Es wurde nichts gespeichert. Speichern Sie Ihre Fassung als Kopie unter einem anderen Namen, oder öffnen Sie die andere Fassung neben Ihrer, um Ihre Änderungen zu übernehmen.

{}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Open theirs side by side</source>
        <translation>Andere Fassung daneben öffnen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Replace the file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Save as a copy…</source>
        <translation>Als Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Saving now would overwrite those changes. Save your version as a copy, compare the two first, or replace the file on disk with your version.</source>
        <translation>Wenn Sie jetzt speichern, gehen diese Änderungen verloren. Speichern Sie Ihre Fassung als Kopie, vergleichen Sie zuerst beide Fassungen, oder ersetzen Sie die Datei auf der Festplatte durch Ihre Fassung.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>Someone saved a newer revision</source>
        <translation>Jemand hat eine neuere Version gespeichert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>{} saved “{}” to the library at {} (revision {}) since you opened it.</source>
        <translation>{} hat „{}“ um {} in der Bibliothek gespeichert (Version {}), seit Sie das Dokument geöffnet haben.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/save_conflict.py"/>
        <source>“{}” was changed by another program since you opened it.</source>
        <translation>„{}“ wurde von einem anderen Programm geändert, seit Sie die Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>“{}” was saved to the library by someone else since you opened it.</source>
        <translation type="vanished">„{}“ wurde von jemand anderem in der Bibliothek gespeichert, seit Sie das Dokument geöffnet haben.</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source> (few responses)</source>
        <translation> (wenige Antworten)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>About touchpoints: {}</source>
        <translation>Zu Touchpoints: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Arrow from {} to {}</source>
        <translation>Pfeil von {} zu {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Enter edits its label and share, Delete removes it, Escape goes back to the card</source>
        <translation>Eingabetaste bearbeitet Beschriftung und Anteil, Entf löscht ihn, Esc geht zurück zur Karte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Exit point</source>
        <translation>Ausstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Lane {}, stage {}: {}</source>
        <translation>Swimlane {}, Phase {}: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Lane: {}</source>
        <translation>Swimlane: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Lanes: {}</source>
        <translation>Swimlanes: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Leads back (a repeat contact)</source>
        <translation>Führt zurück (ein wiederholter Kontakt)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>No notes yet</source>
        <translation>Noch keine Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Note: {}</source>
        <translation>Notiz: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Notes: {}</source>
        <translation>Notizen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Pain points and opportunities: {}</source>
        <translation>Pain Points und Chancen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Stage {}: {}</source>
        <translation>Phase {}: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Stages: {}</source>
        <translation>Phasen: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Touchpoint: {}</source>
        <translation>Touchpoint: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Touchpoints: {}</source>
        <translation>Touchpoints: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Type to write a note here</source>
        <translation>Tippen, um hier eine Notiz zu schreiben</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/canvas/spoken.py"/>
        <source>Votes: {}</source>
        <translation>Stimmen: {}</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Accept the suggestion ‘{}’</source>
        <translation>Vorschlag „{}“ übernehmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Accept {} suggestions</source>
        <translation>{} Vorschläge übernehmen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Below target at high volume</source>
        <translation>Unter Ziel bei hohem Volumen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Channel break on the worst path</source>
        <translation>Medienbruch auf dem schlechtesten Pfad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Customer value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Detractors</source>
        <translation>Detraktoren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Detractors (%)</source>
        <translation>Detraktoren (%)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Dismiss the suggestion ‘{}’</source>
        <translation>Vorschlag „{}“ verwerfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Dismiss {} suggestions</source>
        <translation>{} Vorschläge verwerfen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Expectation</source>
        <translation>Kundenerwartung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Expectation management</source>
        <translation>Erwartungsmanagement</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>From channel</source>
        <translation>Von Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>From owner</source>
        <translation>Von Abteilung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Handoff between owners</source>
        <translation>Übergabe zwischen Abteilungen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Largest gap</source>
        <translation>Größte Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Low confidence</source>
        <translation>Geringe Aussagekraft</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Many detractors</source>
        <translation>Viele Detraktoren</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Nothing to suggest: the journey&apos;s figures show no large gap, loop, silo, channel break, broken promise or crowd of detractors that the team has not taken up or dismissed already.</source>
        <translation>Keine Vorschläge: Die Kennzahlen der Journey zeigen keine große Lücke, keine Schleife, kein Silo, keinen Medienbruch, kein gebrochenes Versprechen und keine Häufung von Detraktoren, die das Team nicht schon übernommen oder verworfen hat.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Repeat contacts</source>
        <translation>Wiederholungskontakte</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Satisfaction after</source>
        <translation>Zufriedenheit danach</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Satisfaction before</source>
        <translation>Zufriedenheit davor</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Share in the loop</source>
        <translation>Anteil in der Schleife</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Share taking the worst path</source>
        <translation>Anteil auf dem schlechtesten Pfad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Suggested opportunities</source>
        <translation>Vorgeschlagene Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>The chosen suggestions are remembered as dismissed and not suggested again</source>
        <translation>Die gewählten Vorschläge werden als verworfen vermerkt und nicht wieder vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>The chosen suggestions become ideas</source>
        <translation>Die gewählten Vorschläge werden zu Ideen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>To channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>To owner</source>
        <translation>An Abteilung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Touchpoints in the loop</source>
        <translation>Touchpoints in der Schleife</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>What the figures of “{}” suggest, strongest first. Accept the ones the team takes up (they become ideas) or dismiss them (they are not suggested again).</source>
        <translation>Was die Kennzahlen von „{}“ nahelegen, die stärksten zuerst. Übernehmen Sie, was das Team angeht (es wird zur Idee), oder verwerfen Sie es (es wird nicht wieder vorgeschlagen).</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Worst path&apos;s satisfaction</source>
        <translation>Zufriedenheit auf dem schlechtesten Pfad</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>Worst path&apos;s steps</source>
        <translation>Schritte des schlechtesten Pfads</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/suggest_dialog.py"/>
        <source>±</source>
        <translation>±</translation>
    </message>
</context>
<context>
    <name>ToBeDialog</name>
    <message>
        <location filename="../journeymap/ui/to_be_dialog.py"/>
        <source>Create to-be from selected solutions</source>
        <translation>Soll-Journey aus gewählten Lösungen erstellen</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/to_be_dialog.py"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/to_be_dialog.py"/>
        <source>Realised in</source>
        <translation>Umgesetzt in</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/to_be_dialog.py"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/to_be_dialog.py"/>
        <source>“{}” is copied as a to-be journey. The touchpoints of the ticked solutions take their opportunity&apos;s expected effects as targets; a solution without touchpoints becomes a new touchpoint. Survey figures stay with the as-is journey.</source>
        <translation>„{}“ wird als Soll-Journey kopiert. Die Touchpoints der angehakten Lösungen übernehmen die erwartete Wirkung ihrer Chance als Zielwerte; eine Lösung ohne Touchpoints wird zu einem neuen Touchpoint. Die Umfragedaten bleiben bei der Ist-Journey.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add journey</source>
        <translation type="vanished">Journey hinzufügen</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation type="vanished">Messung hinzufügen</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation type="vanished">Persona hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="vanished">Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation type="vanished">Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Add transition</source>
        <translation type="vanished">Übergang hinzufügen</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="vanished">Journey löschen</translation>
    </message>
    <message>
        <source>Delete measurement</source>
        <translation type="vanished">Messung löschen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="vanished">Persona löschen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="vanished">Phase löschen</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation type="vanished">Touchpoint löschen</translation>
    </message>
    <message>
        <source>Delete transition</source>
        <translation type="vanished">Übergang löschen</translation>
    </message>
    <message>
        <source>Import measurements</source>
        <translation type="vanished">Messwerte importieren</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation type="vanished">Touchpoint verschieben</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation type="vanished">Reihenfolge ändern</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Asking the recent team libraries…</source>
        <translation>Die zuletzt genutzten Teambibliotheken werden gefragt…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Beispiel-Journeys (Deutsch)</source>
        <translation>Beispiel-Journeys (Deutsch)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>journeymap</source>
        <translation>journeymap</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Map your customers&apos; journeys, put the survey figures beside each touchpoint, and leave the workshop with a ranked gap report.</source>
        <translation>Bilden Sie die Journeys Ihrer Kundinnen und Kunden ab, stellen Sie die Umfragewerte neben jeden Touchpoint und gehen Sie mit einem priorisierten Lückenbericht aus dem Workshop.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Maps to review</source>
        <translation>Zu überprüfende Karten</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>No recent files yet</source>
        <translation>Noch keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Nothing to review in the recent team libraries</source>
        <translation>In den zuletzt genutzten Teambibliotheken ist nichts zu überprüfen</translation>
    </message>
    <message>
        <source>Opens a copy; the sample itself stays as it is.</source>
        <translation type="vanished">Öffnet eine Kopie; das Beispiel selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>Sample journeys (English)</source>
        <translation>Beispiel-Journeys (Englisch)</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>{}
Opens a copy; the sample itself stays as it is.</source>
        <translation>{}
Öffnet eine Kopie; das Beispiel selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>{}
Owner: {}
Opens the latest revision from {}</source>
        <translation>{}
Verantwortlich: {}
Öffnet die neueste Version aus {}</translation>
    </message>
    <message>
        <location filename="../journeymap/ui/welcome.py"/>
        <source>{} — {} ({})</source>
        <translation>{} – {} ({})</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source> (weighted)</source>
        <translation> (gewichtet)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 scale; margin of error: 1.96 x sqrt((p + d - (p - d)²) / effective n) x 100.</source>
        <translation>% Promotoren (9-10) - % Detraktoren (0-6) auf der Skala 0-10; Fehlerspanne: 1,96 × Wurzel((p + d - (p - d)²) / effektives n) × 100.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>(a {} no longer in the document)</source>
        <translation>({} nicht mehr im Dokument)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>(empty = all respondents). Read the Instructions sheet first.</source>
        <translation>(leer = alle Befragten). Zuerst das Blatt „Anleitung“ lesen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>(no source name)</source>
        <translation>(ohne Quellenname)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin.py"/>
        <source>1 cell cannot be imported; nothing was changed</source>
        <translation>1 Zelle kann nicht importiert werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/maplanes.py"/>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>About the touchpoint</source>
        <translation>Zum Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>all respondents</source>
        <translation>alle Befragten</translation>
    </message>
    <message>
        <source>amber</source>
        <translation type="vanished">gelb</translation>
    </message>
    <message>
        <source>amber: gap &lt; 0</source>
        <translation type="vanished">gelb: Lücke &lt; 0</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>an effective n below {}: the figure is shown, but flagged as low confidence.</source>
        <translation>ein effektives n unter {}: Die Kennzahl wird gezeigt, aber als wenig belastbar markiert.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>An empty target or expectation removes it. Importance, emotion, volume, proactive and moment of truth always have a value: leave them empty to keep the current one. If all answer cells of a metric are empty (or 0), the responses the journey holds for it stay as they are; otherwise the counts you enter replace them (empty answer cells count as 0).</source>
        <translation>Ein leerer Zielwert oder eine leere Kundenerwartung entfernt sie. Wichtigkeit, Emotion, Volumen, Proaktiv und Moment der Wahrheit haben immer einen Wert: Leer gelassen, bleibt der bisherige. Sind alle Antwortzellen einer Kennzahl leer (oder 0), bleiben die Antworten der Journey dazu unverändert; sonst ersetzen die eingetragenen Anzahlen sie (leere Antwortzellen zählen als 0).</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Answers counted</source>
        <translation>Gezählte Antworten</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>at or above the target</source>
        <translation>Ziel erreicht oder übertroffen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>below target</source>
        <translation>unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>below target: gap &lt; 0</source>
        <translation>unter dem Ziel: Lücke &lt; 0</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Business value 0-100</source>
        <translation>Geschäftswert 0-100</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>Card colours</source>
        <translation>Kartenfarben</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>CES responses per answer: 1 = very difficult … 7 = very easy to get the issue handled</source>
        <translation>CES-Antworten je Antwortwert: 1 = sehr schwierig … 7 = sehr einfach, das Anliegen zu erledigen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Channel break</source>
        <translation>Medienbruch</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Channel breaks</source>
        <translation>Medienbrüche</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Choose one of: {}.</source>
        <translation>Einen dieser Werte wählen: {}.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notesheet.py"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Colours of the map cards and the gaps</source>
        <translation>Farben der Karten und der Lücken</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>CSAT responses per answer: 1 = very dissatisfied … 5 = very satisfied</source>
        <translation>CSAT-Antworten je Antwortwert: 1 = sehr unzufrieden … 5 = sehr zufrieden</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Customer expectation</source>
        <translation>Kundenerwartung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Customer goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Customer value</source>
        <translation>Kundennutzen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Customer value 0-100</source>
        <translation>Kundennutzen 0-100</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>dead end</source>
        <translation>Sackgasse</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Do not</source>
        <translation>Bitte nicht</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Do not add, delete or move rows, and do not change the hidden column A or row 1: they tell journeymap which touchpoint each row is.</source>
        <translation>Keine Zeilen einfügen, löschen oder verschieben und die ausgeblendete Spalte A und Zeile 1 nicht ändern: Sie sagen journeymap, welcher Touchpoint in welcher Zeile steht.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin.py"/>
        <source>Dry run: {} was not changed</source>
        <translation>Probelauf: {} wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Due (date)</source>
        <translation>Fällig (Datum)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Each row of the Fill-in sheet is one touchpoint. Type into the yellow cells only: the titles and the touchpoint columns are locked (Review &gt; Unprotect sheet, no password, if you really must), and each yellow column accepts only its values.</source>
        <translation>Jede Zeile des Blatts „Ausfüllen“ ist ein Touchpoint. Nur in die gelben Zellen schreiben: Die Überschriften und die Touchpoint-Spalten sind gesperrt (Überprüfen &gt; Blattschutz aufheben, ohne Kennwort, falls es wirklich sein muss), und jede gelbe Spalte nimmt nur ihre Werte an.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Effective n</source>
        <translation>Effektives n</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Effort 1-5</source>
        <translation>Aufwand 1-5</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>Emotion (-2..+2)</source>
        <translation>Emotion (-2..+2)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Emotion -2..+2</source>
        <translation>Emotion -2..+2</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Emotion curve: mean emotion per stage</source>
        <translation>Emotionskurve: mittlere Emotion je Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Empty cells</source>
        <translation>Leere Zellen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Enter a date, e.g. 2026-12-31.</source>
        <translation>Geben Sie ein Datum ein, z. B. 31.12.2026.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Enter a number from {} to {}.</source>
        <translation>Geben Sie eine Zahl von {} bis {} ein.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Enter a whole number from {} to {}.</source>
        <translation>Geben Sie eine ganze Zahl von {} bis {} ein.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Enter a whole number of responses, 0 or more.</source>
        <translation>Geben Sie eine ganze Zahl an Antworten ein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Geben Sie eine ganze Zahl ein, 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Enter yes or no.</source>
        <translation>Geben Sie ja oder nein ein.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Entry</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>every attribute of every touchpoint, with its targets, its measured values and whose answers they count; a filterable table.</source>
        <translation>alle Merkmale jedes Touchpoints mit Zielwerten, Messwerten und wessen Antworten sie zählen; eine filterbare Tabelle.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>every note of the lanes (pain points, ideas, …), lane by lane and stage by stage, the most voted first; a filterable table.</source>
        <translation>alle Notizen der Swimlanes (Pain Points, Ideen, …), Swimlane für Swimlane und Phase für Phase, die mit den meisten Stimmen zuerst; eine filterbare Tabelle.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>every opportunity, highest priority first, with its status, owner, due date and what it addresses, and the value-effort matrix.</source>
        <translation>alle Chancen, die mit der höchsten Priorität zuerst, mit Status, Verantwortlichen, Fälligkeitsdatum und dem, was sie betreffen, dazu die Wert-Aufwand-Matrix.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Exit</source>
        <translation>Ausstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Expectation</source>
        <translation>Kundenerwartung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Expectation (in words)</source>
        <translation>Kundenerwartung (in Worten)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Expected effects</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>far below target</source>
        <translation>weit unter dem Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>far below target: gap &lt; -10 % of scale</source>
        <translation>weit unter dem Ziel: Lücke &lt; -10 % der Skala</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Fill-in</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Fill-ins</source>
        <translation>Kleinaufgaben</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>From (owner / channel)</source>
        <translation>Von (Verantwortlich / Kanal)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>From touchpoint</source>
        <translation>Von Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Gap % of scale</source>
        <translation>Lücke in % der Skala</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Gap (% of scale)</source>
        <translation>Lücke (% der Skala)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>gap below -10 % of the metric&apos;s scale (CSAT -10 points, NPS -20, CES -0.6)</source>
        <translation>Lücke unter -10 % der Skala der Kennzahl (CSAT -10 Punkte, NPS -20, CES -0,6)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>gap below 0: short of the target, but by less than that</source>
        <translation>Lücke unter 0: das Ziel knapp verfehlt, um weniger als das</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Gap per touchpoint (worst metric)</source>
        <translation>Lücke je Touchpoint (schlechteste Kennzahl)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Gap per touchpoint (worst metric): the {} largest of {}</source>
        <translation>Lücke je Touchpoint (schlechteste Kennzahl): die {} größten von {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Gap priority (breaks ties)</source>
        <translation>Lückenpriorität (bei Gleichstand)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Gap report</source>
        <translation>Lückenbericht</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/maplanes.py"/>
        <source>gap {}</source>
        <translation>Lücke {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Gap, % of the metric&apos;s scale</source>
        <translation>Lücke, % der Skala der Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Graph problems</source>
        <translation>Probleme im Graphen</translation>
    </message>
    <message>
        <source>green</source>
        <translation type="vanished">grün</translation>
    </message>
    <message>
        <source>green: target met</source>
        <translation type="vanished">grün: Ziel erreicht</translation>
    </message>
    <message>
        <source>grey</source>
        <translation type="vanished">grau</translation>
    </message>
    <message>
        <source>grey: no target or no data</source>
        <translation type="vanished">grau: ohne Ziel/Daten</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Handoffs &amp; channel breaks</source>
        <translation>Übergaben &amp; Medienbrüche</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>How the figures are made</source>
        <translation>Wie die Kennzahlen entstehen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>How to fill in this workbook</source>
        <translation>So wird diese Arbeitsmappe ausgefüllt</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Importance 1-5</source>
        <translation>Wichtigkeit 1-5</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Importance: 1 (unimportant) to 5 (very important) to the customer. Emotion: -2 very negative to +2 very positive. Volume: contacts per month, a whole number, 0 or more. Proactive: yes if the company reaches out, no if the customer has to ask. Moment of truth: yes or no. Expectation: what the customer expects here, in words.</source>
        <translation>Wichtigkeit: 1 (unwichtig) bis 5 (sehr wichtig) für die Kundschaft. Emotion: -2 sehr negativ bis +2 sehr positiv. Volumen: Kontakte pro Monat, eine ganze Zahl, 0 oder mehr. Proaktiv: ja, wenn das Unternehmen auf die Kundschaft zugeht, nein, wenn sie nachfragen muss. Moment der Wahrheit: ja oder nein. Kundenerwartung: was die Kundschaft hier erwartet, in Worten.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/notes_template.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>journeymap import-xlsx JOURNEY.jmap THIS-FILE.xlsx --dry-run lists every cell it cannot accept, e.g. “Fill-in!F7: Importance 1-5: 7 is out of 1-5”, and applies nothing until all are fixed. Without --dry-run it saves the changes as one step. Imported responses are recorded with this file&apos;s name as their source and the import date.</source>
        <translation type="vanished">journeymap import-xlsx JOURNEY.jmap DIESE-DATEI.xlsx --dry-run listet jede Zelle, die es nicht annehmen kann, z. B. „Ausfüllen!F7: Wichtigkeit 1-5: 7 liegt außerhalb von 1 bis 5“, und übernimmt nichts, bis alle korrigiert sind. Ohne --dry-run speichert es die Änderungen als einen Schritt. Importierte Antworten werden mit dem Namen dieser Datei als Quelle und dem Importdatum erfasst.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>journeymap import-xlsx JOURNEY.jmap THIS-FILE.xlsx --dry-run lists every cell it cannot accept, e.g. “Fill-in!G7: Importance 1-5: 7 is out of 1-5”, and applies nothing until all are fixed. Without --dry-run it saves the changes as one step. Imported responses are recorded with this file&apos;s name as their source and the import date.</source>
        <translation>journeymap import-xlsx JOURNEY.jmap DIESE-DATEI.xlsx --dry-run listet jede Zelle, die es nicht annehmen kann, z. B. „Ausfüllen!G7: Wichtigkeit 1-5: 7 liegt außerhalb von 1 bis 5“, und übernimmt nichts, bis alle korrigiert sind. Ohne --dry-run speichert es die Änderungen als einen Schritt. Importierte Antworten werden mit dem Namen dieser Datei als Quelle und dem Importdatum erfasst.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notes_template.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <source>Lane</source>
        <translation>Swimlane</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>line at effort {}</source>
        <translation>Linie bei Aufwand {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>line at value {}</source>
        <translation>Linie bei Wert {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Loop (repeat contact)</source>
        <translation>Schleife (Wiederholungskontakt)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Loops</source>
        <translation>Schleifen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Low n</source>
        <translation>Kleines n</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Low n (&lt;30)</source>
        <translation>Kleines n (&lt;30)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Low-confidence figures (effective n &lt; {})</source>
        <translation>Wenig belastbar (eff. n &lt; {})</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Margin of error</source>
        <translation>Fehlerspanne</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>mean answer on the 1-7 scale (higher = less effort); margin of error: 1.96 x standard deviation / sqrt(effective n).</source>
        <translation>mittlere Antwort auf der Skala 1-7 (höher = weniger Aufwand); Fehlerspanne: 1,96 × Standardabweichung / Wurzel(effektives n).</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>Mean emotion</source>
        <translation>Mittlere Emotion</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Mean satisfaction</source>
        <translation>Mittlere Zufriedenheit</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Mean {}</source>
        <translation>Mittelwert {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Means</source>
        <translation>Mittelwerte</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>measured - target, in the metric&apos;s unit: points of CSAT % (pp), NPS points, CES points. Negative = the touchpoint falls short of what customers expect.</source>
        <translation>Messwert - Zielwert, in der Einheit der Kennzahl: Prozentpunkte bei CSAT % (Pp.), NPS-Punkte, CES-Punkte. Negativ = der Touchpoint bleibt hinter der Kundenerwartung zurück.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Measured CES</source>
        <translation>Gemessen CES</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Measured CSAT</source>
        <translation>Gemessen CSAT</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Measured NPS</source>
        <translation>Gemessen NPS</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Measured touchpoints</source>
        <translation>Gemessene Touchpoints</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Moment of truth yes/no</source>
        <translation>Moment der Wahrheit ja/nein</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Money pits</source>
        <translation>Geldgräber</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>More paths</source>
        <translation>Weitere Pfade</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>n is the number of respondents behind a figure. A weighted survey counts each answer with its respondent&apos;s weight (shares, means and NPS are weighted); its effective n = (Σw)² / Σw² (Kish) is what the margins of error and the low-n flag use. Unweighted, effective n = n.</source>
        <translation>n ist die Zahl der Befragten hinter einer Kennzahl. Eine gewichtete Befragung zählt jede Antwort mit dem Gewicht der befragten Person (Anteile, Mittelwerte und NPS sind gewichtet); ihr effektives n = (Σw)² / Σw² (Kish) bestimmt die Fehlerspannen und die Markierung für kleines n. Ungewichtet ist das effektive n = n.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>n, effective n</source>
        <translation>n, effektives n</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Negative gaps</source>
        <translation>Negative Lücken</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notes_template.py"/>
        <source>New notes (one per line)</source>
        <translation>Neue Notizen (eine je Zeile)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>New notes (the Notes sheet)</source>
        <translation>Neue Notizen (das Blatt „Notizen“)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/language.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <location filename="../journeymap/excel/maplanes.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>no data: no target or no measurement</source>
        <translation>keine Daten: kein Ziel oder keine Messung</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>no entry</source>
        <translation>kein Einstiegspunkt</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/maplanes.py"/>
        <source>no figures yet</source>
        <translation>noch keine Kennzahlen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>No gaps yet: set targets and add measurements.</source>
        <translation>Noch keine Lücken: Zielwerte setzen und Messwerte erfassen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>No journey to draw.</source>
        <translation>Keine Journey zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/maplanes.py"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>no target or no data</source>
        <translation>ohne Ziel oder ohne Daten</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>No touchpoint is an entry: mark where the journey starts.</source>
        <translation>Kein Touchpoint ist ein Einstiegspunkt: Markieren, wo die Journey beginnt.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>none: every answer counts once</source>
        <translation>keine: jede Antwort zählt einmal</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notesheet.py"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>note ‘{}’</source>
        <translation>Notiz „{}“</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/notes_template.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notes_template.py"/>
        <source>Notes so far</source>
        <translation>Bisherige Notizen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>NPS responses per answer: 0 = not at all likely … 10 = extremely likely to recommend</source>
        <translation>NPS-Antworten je Antwortwert: 0 = sehr unwahrscheinlich … 10 = äußerst wahrscheinlich, dass ich es weiterempfehle</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Observed path {}</source>
        <translation>Beobachteter Pfad {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>one row per touchpoint and metric, ranked by priority, with n and the effective n. Gap and priority are formulas: edit a measured value and they follow.</source>
        <translation>eine Zeile je Touchpoint und Kennzahl, nach Priorität geordnet, mit n und effektivem n. Lücke und Priorität sind Formeln: Wer einen Messwert ändert, sieht sie mitgehen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Opportunities (the Opportunities sheet)</source>
        <translation>Chancen (das Blatt „Chancen“)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>over the touchpoints that have a measurement; each touchpoint counts once.</source>
        <translation>über die Touchpoints mit Messung; jeder Touchpoint zählt einmal.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Path {}</source>
        <translation>Pfad {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Priority (value / effort)</source>
        <translation>Priorität (Wert / Aufwand)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Proactive</source>
        <translation>Proaktiv</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Proactive yes/no</source>
        <translation>Proaktiv ja/nein</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Problem: {}</source>
        <translation>Problem: {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Quadrants (split at value {} and effort {}): quick wins top left (high value, little effort), big bets top right, fill-ins bottom left, money pits bottom right. An opportunity on a line sits between two.</source>
        <translation>Quadranten (geteilt bei Wert {} und Aufwand {}): Quick Wins oben links (hoher Wert, wenig Aufwand), große Vorhaben oben rechts, Kleinaufgaben unten links, Geldgräber unten rechts. Eine Chance auf einer Linie liegt zwischen zweien.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Quick wins</source>
        <translation>Quick Wins</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Reading it back</source>
        <translation>Zurücklesen</translation>
    </message>
    <message>
        <source>red</source>
        <translation type="vanished">rot</translation>
    </message>
    <message>
        <source>red: gap &lt; -10 % of scale</source>
        <translation type="vanished">rot: Lücke &lt; -10 % der Skala</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Responses per answer: how many respondents gave each answer, e.g. under CSAT 4 the number who answered 4. CSAT is asked on 1-5, NPS on 0-10, CES on 1-7. journeymap derives CSAT %, NPS and CES, their margins of error and the gaps from these counts. The grey n after each metric&apos;s answers is the number of respondents behind them; it is for reading only.</source>
        <translation>Antworten je Antwortwert: wie viele Befragte welche Antwort gaben, z. B. unter CSAT 4 die Zahl derer, die 4 antworteten. CSAT wird auf 1-5 erfragt, NPS auf 0-10, CES auf 1-7. journeymap berechnet daraus CSAT %, NPS und CES, ihre Fehlerspannen und die Lücken. Das graue n nach den Antworten jeder Kennzahl ist die Zahl der Befragten dahinter; es ist nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>Satisfaction (mean)</source>
        <translation>Zufriedenheit (Mittel)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <source>segment unknown</source>
        <translation>Segment unbekannt</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>share of answers 4 or 5 on the 1-5 scale x 100; margin of error: half the 95 % Wilson interval.</source>
        <translation>Anteil der Antworten 4 oder 5 auf der Skala 1-5 × 100; Fehlerspanne: das halbe 95-%-Wilson-Intervall.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>share overflow</source>
        <translation>Anteile über 100 %</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Sheets</source>
        <translation>Tabellenblätter</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>shortfall x importance x volume weight. Shortfall = max(0, -gap) as % of the metric&apos;s scale (CSAT 100, NPS 200, CES 6); importance 1-5; volume weight = the touchpoint&apos;s monthly volume / the mean volume of its journey (1 without volumes). Example: 10 points short on CSAT at an average-volume touchpoint of importance 5 = 50.</source>
        <translation>Fehlbetrag × Wichtigkeit × Volumengewicht. Fehlbetrag = max(0, -Lücke) in % der Skala der Kennzahl (CSAT 100, NPS 200, CES 6); Wichtigkeit 1-5; Volumengewicht = Monatsvolumen des Touchpoints / mittleres Volumen seiner Journey (1 ohne Volumen). Beispiel: 10 Punkte unter dem CSAT-Ziel an einem Touchpoint mit durchschnittlichem Volumen und Wichtigkeit 5 = 50.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/notes_template.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>stages as columns, each touchpoint a card coloured by its worst gap; the emotion and satisfaction rows beneath. Prints landscape, one page wide.</source>
        <translation>Phasen als Spalten, jeder Touchpoint eine Karte in der Farbe seiner schlechtesten Lücke; darunter die Zeilen für Emotion und Zufriedenheit. Druck im Querformat, eine Seite breit.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Survey sources</source>
        <translation>Befragungsquellen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Survey weights</source>
        <translation>Befragungsgewichte</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Target CES</source>
        <translation>Zielwert CES</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Target CSAT</source>
        <translation>Zielwert CSAT</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Target CSAT %</source>
        <translation>Zielwert CSAT %</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/formats.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>target met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Target NPS</source>
        <translation>Zielwert NPS</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Targets</source>
        <translation>Zielwerte</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Targets: the level customers expect. CSAT %: 0 to 100 (share of answers 4 or 5); NPS: -100 to 100; CES: 1 to 7 (mean answer).</source>
        <translation>Zielwerte: das Niveau, das die Kundschaft erwartet. CSAT %: 0 bis 100 (Anteil der Antworten 4 oder 5); NPS: -100 bis 100; CES: 1 bis 7 (mittlere Antwort).</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>The counts belong to the segment named in C2 of the Fill-in sheet (empty = all respondents). Ask for one template per segment.</source>
        <translation>Die Anzahlen gehören zu dem Segment, das in C2 des Blatts „Ausfüllen“ steht (leer = alle Befragten). Für jedes Segment eine eigene Vorlage anfordern.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>the gap per touchpoint and the emotion curve across the stages.</source>
        <translation>die Lücke je Touchpoint und die Emotionskurve über die Phasen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>The Notes sheet has a row per lane and stage, e.g. the pain points of the booking stage, with the notes it holds so far. Type new notes into the yellow cell, one note per line (Alt+Enter starts a new line in Excel). They are added to that lane and stage; notes already there are changed in journeymap, not here.</source>
        <translation>Das Blatt „Notizen“ hat eine Zeile je Swimlane und Phase, z. B. die Pain Points der Buchungsphase, mit den bisherigen Notizen. Neue Notizen in die gelbe Zelle schreiben, eine je Zeile (Alt+Eingabe beginnt in Excel eine neue Zeile). Sie kommen in diese Swimlane und Phase; vorhandene Notizen werden in journeymap geändert, nicht hier.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>The Opportunities sheet has a row per opportunity, the highest priority first (priority = value / effort, value = the mean of customer and business value). Update its customer and business value (whole numbers from 0 to 100), its effort (1 = little to 5 = a lot), its owner, its status (idea, planned, in progress, done or dismissed; in German Idee, geplant, in Arbeit, erledigt or verworfen) and its due date (a date cell, e.g. 2026-12-31). An empty due date removes it; the other cells, left empty, keep what journeymap has. Rows cannot be added here: add opportunities in journeymap.</source>
        <translation>Das Blatt „Chancen“ hat eine Zeile je Chance, die höchste Priorität zuerst (Priorität = Wert / Aufwand, Wert = Mittel aus Kundennutzen und Geschäftswert). Kundennutzen und Geschäftswert (ganze Zahlen von 0 bis 100), Aufwand (1 = gering bis 5 = hoch), Verantwortlich, Status (Idee, geplant, in Arbeit, erledigt oder verworfen; englisch idea, planned, in progress, done oder dismissed) und Fälligkeitsdatum (eine Datumszelle, z. B. 31.12.2026) aktualisieren. Ein leeres Fälligkeitsdatum entfernt es; die anderen Zellen behalten leer gelassen, was journeymap hat. Zeilen lassen sich hier nicht hinzufügen: Chancen in journeymap anlegen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>The path search stopped at its cap: less likely paths are not listed.</source>
        <translation>Die Pfadsuche hat ihre Obergrenze erreicht: Weniger wahrscheinliche Pfade fehlen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>The shares leaving “{}” add up to {}, more than 100 %.</source>
        <translation>Die Anteile, die „{}“ verlassen, ergeben zusammen {}, mehr als 100 %.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>The threshold is 10 % of the metric&apos;s scale, so one rule fits CSAT %, NPS and CES. A touchpoint takes the colour of its worst metric.</source>
        <translation>Die Schwelle liegt bei 10 % der Skala der Kennzahl, so passt eine Regel für CSAT %, NPS und CES. Ein Touchpoint trägt die Farbe seiner schlechtesten Kennzahl.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>the worst path, the most probable paths, loops (repeat contacts) and problems of the journey&apos;s graph.</source>
        <translation>der schlechteste Pfad, die wahrscheinlichsten Pfade, Schleifen (Wiederholungskontakte) und Probleme im Graphen der Journey.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>To (owner / channel)</source>
        <translation>Nach (Verantwortlich / Kanal)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>To touchpoint</source>
        <translation>Nach Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Total priority</source>
        <translation>Gesamtpriorität</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <location filename="../journeymap/excel/notesheet.py"/>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Touchpoints / details</source>
        <translation>Touchpoints / Details</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Touchpoints {}</source>
        <translation>Touchpoints {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>transitions where the owner (handoff) or the channel (channel break) changes, least satisfying first.</source>
        <translation>Übergänge, an denen die Verantwortung (Übergabe) oder der Kanal (Medienbruch) wechselt, die unzufriedensten zuerst.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notes_template.py"/>
        <source>Type new notes into the yellow cells, one note per line. Read the Instructions.</source>
        <translation>Neue Notizen in die gelben Zellen schreiben, eine je Zeile. Bitte die Anleitung lesen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunities_template.py"/>
        <source>Update the yellow cells: scores, owner, status (choose from the list) and due date. Read the Instructions.</source>
        <translation>Die gelben Zellen aktualisieren: Bewertungen, Verantwortlich, Status (aus der Liste wählen) und Fälligkeitsdatum. Bitte die Anleitung lesen.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Value 0-100</source>
        <translation>Wert 0-100</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunitysheet.py"/>
        <source>Value-effort matrix</source>
        <translation>Wert-Aufwand-Matrix</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>Volume / month</source>
        <translation>Volumen / Monat</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <source>Volume weight</source>
        <translation>Volumengewicht</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/notesheet.py"/>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>Weighted surveys: where the figures come from a weighted survey, the counts are sums of the respondents&apos; weights, shown with two decimals (the cell holds the exact value), and n can differ from their total. Leave such a row as it is to keep it. To replace it, type whole numbers of responses into every answer cell of that metric: they replace the weighted counts as an unweighted measurement from this file. A changed row with decimals is refused, because weighted counts come only from the survey import.</source>
        <translation>Gewichtete Befragungen: Stammen die Kennzahlen aus einer gewichteten Befragung, sind die Anzahlen Summen der Gewichte der Befragten, mit zwei Nachkommastellen gezeigt (die Zelle enthält den genauen Wert), und n kann von ihrer Summe abweichen. Eine solche Zeile unverändert lassen, um sie zu behalten. Um sie zu ersetzen, in jede Antwortzelle dieser Kennzahl ganze Anzahlen eintragen: Sie ersetzen die gewichteten Anzahlen als ungewichtete Messung aus dieser Datei. Eine geänderte Zeile mit Nachkommastellen wird abgelehnt, denn gewichtete Anzahlen kommen nur aus dem Befragungsimport.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>Worst path (lowest mean satisfaction)</source>
        <translation>Schlechtester Pfad (geringste mittlere Zufriedenheit)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>Written by journeymap on {}.</source>
        <translation>Erstellt mit journeymap am {}.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/gapsheet.py"/>
        <location filename="../journeymap/excel/language.py"/>
        <location filename="../journeymap/excel/listsheets.py"/>
        <location filename="../journeymap/excel/template.py"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>{} (no target)</source>
        <translation>{} (kein Ziel)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/mapsheet.py"/>
        <source>{} ({})</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/template.py"/>
        <source>{} answer {}</source>
        <translation>{}-Antwort {}</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/fillin.py"/>
        <source>{} cells cannot be imported; nothing was changed</source>
        <translation>{} Zellen können nicht importiert werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/overview.py"/>
        <source>{} of {} figures weighted (margins on the effective n)</source>
        <translation>{} von {} Kennzahlen gewichtet (Fehlerspannen mit effektivem n)</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/maplanes.py"/>
        <source>{} votes</source>
        <translation>{} Stimmen</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>{}%</source>
        <translation>{} %</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/charts.py"/>
        <source>{}: charts</source>
        <translation>{}: Diagramme</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/opportunity_cells.py"/>
        <source>{}: {} gap</source>
        <translation>{}: {}-Lücke</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>“{}” cannot be reached from any entry.</source>
        <translation>„{}“ ist von keinem Einstiegspunkt aus erreichbar.</translation>
    </message>
    <message>
        <location filename="../journeymap/excel/listsheets.py"/>
        <source>“{}” is a dead end: no transition leaves it and it is not marked as an exit.</source>
        <translation>„{}“ ist eine Sackgasse: Kein Übergang führt hinaus, und der Touchpoint ist nicht als Ausstiegspunkt markiert.</translation>
    </message>
</context>
</TS>
