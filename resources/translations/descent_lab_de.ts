<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Neuer zufälliger Startwert</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Steps per press of Step</source>
        <translation>Schritte pro Druck auf Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>N, batch size</source>
        <translation>N, Stapelgröße</translation>
    </message>
    <message>
        <source>D_in, input dimension</source>
        <translation>D_in, Eingabedimension</translation>
    </message>
    <message>
        <source>H, hidden dimension</source>
        <translation>H, verborgene Dimension</translation>
    </message>
    <message>
        <source>D_out, output dimension</source>
        <translation>D_out, Ausgabedimension</translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation>Verlust bei jedem Schritt</translation>
    </message>
    <message>
        <source>Settings and run controls</source>
        <translation>Einstellungen und Steuerung des Laufs</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Zurückspulen</translation>
    </message>
    <message>
        <source>Weights and code</source>
        <translation>Gewichte und Code</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Weights of a layer</source>
        <translation>Gewichte einer Schicht</translation>
    </message>
    <message>
        <source>Depth DynamicNet chose at each step</source>
        <translation>Tiefe, die DynamicNet bei jedem Schritt gewählt hat</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Gradientenprüfung</translation>
    </message>
    <message>
        <source>Rewind to step</source>
        <translation>Zu Schritt zurückspulen</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Gezeigter Schritt</translation>
    </message>
    <message>
        <source>Code that runs</source>
        <translation>Code, der läuft</translation>
    </message>
    <message>
        <source>Notebook section</source>
        <translation>Abschnitt des Notebooks</translation>
    </message>
    <message>
        <source>What this code does</source>
        <translation>Was dieser Code tut</translation>
    </message>
    <message>
        <source>Note on the code</source>
        <translation>Hinweis zum Code</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Code-Editor</translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation>Im Code suchen</translation>
    </message>
    <message>
        <source>Error in the code</source>
        <translation>Fehler im Code</translation>
    </message>
    <message>
        <source>Code state</source>
        <translation>Zustand des Codes</translation>
    </message>
    <message>
        <source>The variant&apos;s whole module, to edit. Tab inserts four spaces and Shift+Tab removes them; Ctrl+Tab moves to the next control and Ctrl+Shift+Tab to the previous one. Ctrl+F finds, Ctrl+Z undoes. Start runs the edit.</source>
        <translation>Das ganze Modul der Variante, zum Bearbeiten. Tab fügt vier Leerzeichen ein und Umschalt+Tab entfernt sie; Strg+Tab springt zum nächsten Bedienelement und Strg+Umschalt+Tab zum vorigen. Strg+F sucht, Strg+Z macht rückgängig. Start führt die Bearbeitung aus.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation>Aktion des Hinweises</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Waagrechte Bildlaufleiste</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Senkrechte Bildlaufleiste</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this note</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>step {t}&apos;s tensors could not be read: {kind}: {error}</source>
        <translation>Die Tensoren von Schritt {t} ließen sich nicht lesen: {kind}: {error}</translation>
    </message>
    <message>
        <source>this step&apos;s graph has more than {MAX_NODES} nodes, too many to draw; its tensors the code names are listed</source>
        <translation>Der Graph dieses Schritts hat mehr als {MAX_NODES} Knoten, zu viele zum Zeichnen; die Tensoren, die der Code benennt, sind aufgelistet</translation>
    </message>
    <message>
        <source>this step&apos;s loss has no grad_fn: autograd recorded no graph for it, and the {variant} variant writes no backward pass by hand</source>
        <translation>Der Verlust dieses Schritts hat keine grad_fn: autograd hat keinen Graphen für ihn aufgezeichnet, und die Variante {variant} schreibt keinen Rückwärtsdurchlauf von Hand</translation>
    </message>
</context>
<context>
    <name>CodeFiles</name>
    <message>
        <source>There is no run to export yet</source>
        <translation>Es gibt noch keinen Lauf zum Exportieren</translation>
    </message>
    <message>
        <source>A race is not exported as a notebook, as its lanes share one problem: run one variant, then export it</source>
        <translation>Ein Wettrennen wird nicht als Notebook exportiert, da seine Bahnen ein Problem teilen: starte eine Variante allein und exportiere dann sie</translation>
    </message>
    <message>
        <source>Open code</source>
        <translation>Code öffnen</translation>
    </message>
    <message>
        <source>Python module or exported notebook (*.py *.ipynb);;All files (*)</source>
        <translation>Python-Modul oder exportiertes Notebook (*.py *.ipynb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebook not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be exported somewhere else.</source>
        <translation>&lt;b&gt;Notebook nicht gespeichert.&lt;/b&gt; {why}. Nichts ist verloren: Der Lauf ist noch da und kann woanders exportiert werden.</translation>
    </message>
    <message>
        <source>Saved {path}: run it in Jupyter, and it prints what this run printed</source>
        <translation>{path} gespeichert: Führe es in Jupyter aus, und es gibt aus, was dieser Lauf ausgegeben hat</translation>
    </message>
    <message>
        <source>{path} holds the {variant} variant&apos;s module: stop the run (Esc) before opening it</source>
        <translation>{path} enthält das Modul der Variante {variant}: Halte den Lauf an (Esc), bevor du es öffnest</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the code:&lt;/b&gt; {why}. The editor is unchanged.</source>
        <translation>&lt;b&gt;Der Code lässt sich nicht öffnen:&lt;/b&gt; {why}. Der Editor bleibt unverändert.</translation>
    </message>
    <message>
        <source>Opened {file} as the {variant} variant&apos;s code: it runs when you press Start</source>
        <translation>{file} als Code der Variante {variant} geöffnet: Er läuft, wenn du Start drückst</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>Als Notebook exportieren</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter-Notebook (*.ipynb)</translation>
    </message>
    <message>
        <source>{file}&apos;s code {fault}</source>
        <translation>Der Code von {file} {fault}</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text ({reason} at byte {start})</source>
        <translation>{value} ist kein UTF-8-Text ({reason} bei Byte {start})</translation>
    </message>
    <message>
        <source>{value} holds the {variant} variant&apos;s module ({module}), not the {variant2} variant&apos;s: run it as {variant}</source>
        <translation>{value} enthält das Modul der Variante {variant} ({module}), nicht das der Variante {variant2}: Führe es als {variant} aus</translation>
    </message>
    <message>
        <source>{module} (cell {cell} of {notebook})</source>
        <translation>{module} (Zelle {cell} von {notebook})</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The code that runs, read from models/ as the app starts the run</source>
        <translation>Der Code, der läuft, aus models/ gelesen, wenn die App den Lauf startet</translation>
    </message>
    <message>
        <source>{lines} and {more} more</source>
        <translation>{lines} und {more} weitere</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {lines}:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Zeile {lines}:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines {lines}:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Zeilen {lines}:&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{field} = {value} is not allowed: {allowed}</source>
        <translation>{field} = {value} ist nicht erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>the {variant} variant runs on the CPU only (cpu)</source>
        <translation>Die Variante {variant} läuft nur auf der CPU (cpu)</translation>
    </message>
    <message>
        <source>the {variant} variant computes in {dtype} only</source>
        <translation>Die Variante {variant} rechnet nur in {dtype}</translation>
    </message>
    <message>
        <source>a JSON object of settings</source>
        <translation>ein JSON-Objekt mit Einstellungen</translation>
    </message>
    <message>
        <source>known settings are {names}</source>
        <translation>bekannte Einstellungen sind {names}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation>eine Zahl &gt; 0 und &lt;= {high}</translation>
    </message>
    <message>
        <source>a number &gt;= 0 and &lt; 1</source>
        <translation>eine Zahl &gt;= 0 und &lt; 1</translation>
    </message>
    <message>
        <source>choose from {choices}</source>
        <translation>wähle aus {choices}</translation>
    </message>
    <message>
        <source>they need about {need} but {free} is free on {device}; make N, D_in, H, D_out or steps smaller</source>
        <translation>sie brauchen etwa {need}, aber auf {device} sind nur {free} frei; verkleinere N, D_in, H, D_out oder steps</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The notebook section to run (keys 1 to 7)</source>
        <translation>Der Abschnitt des Notebooks, der laufen soll (Tasten 1 bis 7)</translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation>Werte des Notebooks</translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s own values for this variant</source>
        <translation>Die eigenen Werte des Notebooks für diese Variante zurückholen</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>N: batch size, the number of examples</source>
        <translation>N: Stapelgröße, die Zahl der Beispiele</translation>
    </message>
    <message>
        <source>D_in: input dimension</source>
        <translation>D_in: Eingabedimension</translation>
    </message>
    <message>
        <source>H: hidden dimension</source>
        <translation>H: verborgene Dimension</translation>
    </message>
    <message>
        <source>D_out: output dimension</source>
        <translation>D_out: Ausgabedimension</translation>
    </message>
    <message>
        <source>Seeds numpy.random, torch and random: the same seed, the same run</source>
        <translation>Setzt den Startwert von numpy.random, torch und random: gleicher Startwert, gleicher Lauf</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A fresh random seed</source>
        <translation>Ein frischer zufälliger Startwert</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Learning rate: type 1e-6 or 0.0001; the arrows step by a factor of ten</source>
        <translation>Lernrate: Tippe 1e-6 oder 0.0001; die Pfeile ändern sie um den Faktor zehn</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How many training steps the run takes</source>
        <translation>Wie viele Trainingsschritte der Lauf macht</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>SGD momentum for DynamicNet (the notebook uses 0.9)</source>
        <translation>SGD-Momentum für DynamicNet (das Notebook nimmt 0.9)</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>notebook (changes nothing)</source>
        <translation>Notebook (ändert nichts)</translation>
    </message>
    <message>
        <source>in-place (learns)</source>
        <translation>direkt (lernt)</translation>
    </message>
    <message>
        <source>The notebook&apos;s &apos;param = param - lr * grad&apos; only rebinds a name; in-place updates the model</source>
        <translation>Das „param = param - lr * grad“ des Notebooks bindet nur einen Namen neu; direkt aktualisiert das Modell</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Where the tensors live: only devices this machine has are listed</source>
        <translation>Wo die Tensoren liegen: Nur Geräte, die dieser Rechner hat, stehen in der Liste</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Floating-point precision of the tensors</source>
        <translation>Gleitkomma-Genauigkeit der Tensoren</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>How fast the run plays, from 1 step/s to max (as fast as it goes)</source>
        <translation>Wie schnell der Lauf abläuft, von 1 Schritt/s bis max (so schnell es geht)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start a run (Space)</source>
        <translation>Einen Lauf starten (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run (Space)</source>
        <translation>Den Lauf anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Run exactly this many steps, then pause (Right or S)</source>
        <translation>Genau so viele Schritte ausführen, dann anhalten (Rechts oder S)</translation>
    </message>
    <message>
        <source>How many steps one press of Step runs</source>
        <translation>Wie viele Schritte ein Druck auf Schritt ausführt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the run; its curve stays (Esc)</source>
        <translation>Den Lauf beenden; seine Kurve bleibt (Esc)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation>Beenden und die Ansichten leeren (R)</translation>
    </message>
    <message>
        <source>Steps done out of the run&apos;s total</source>
        <translation>Erledigte Schritte von allen Schritten des Laufs</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>Schritt {done} von {total}</translation>
    </message>
    <message>
        <source>Settings are locked while a run is active: Stop (Esc) or Reset (R) to change them.</source>
        <translation>Die Einstellungen sind gesperrt, solange ein Lauf aktiv ist: Stopp (Esc) oder Zurücksetzen (R), um sie zu ändern.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>{pace} steps/s</source>
        <translation>{pace} Schritte/s</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>DepthTrace</name>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>{name}, no steps yet, {total} to run</source>
        <translation>{name}, noch keine Schritte, {total} geplant</translation>
    </message>
    <message>
        <source>{name}, step 1 of {total}, loss {loss}</source>
        <translation>{name}, Schritt 1 von {total}, Verlust {loss}</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down {change}% over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, um {change} % gesunken in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up {change}% over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, um {change} % gestiegen in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down by a factor of {change} over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, um den Faktor {change} gesunken in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up by a factor of {change} over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, um den Faktor {change} gestiegen in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, unchanged over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, unverändert in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, gesunken in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up over the last {span} steps</source>
        <translation>{name}, Schritt {step} von {total}, Verlust {loss}, gestiegen in den letzten {span} Schritten</translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}; the last finite loss was {loss}</source>
        <translation>{name}, divergiert bei Schritt {step} von {total}: Der Verlust ist {what}; der letzte endliche Verlust war {loss}</translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}</source>
        <translation>{name}, divergiert bei Schritt {step} von {total}: Der Verlust ist {what}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <source>past run {label}: {steps} steps, loss from {first} to {last}</source>
        <translation>früherer Lauf {label}: {steps} Schritte, Verlust von {first} bis {last}</translation>
    </message>
    <message>
        <source>past run {label}, hidden: {steps} steps, loss from {first} to {last}</source>
        <translation>früherer Lauf {label}, ausgeblendet: {steps} Schritte, Verlust von {first} bis {last}</translation>
    </message>
    <message>
        <source>past run {label}: no finite loss</source>
        <translation>früherer Lauf {label}: kein endlicher Verlust</translation>
    </message>
    <message>
        <source>{name}: {steps} steps, largest relative difference {largest}, latest {latest}</source>
        <translation>{name}: {steps} Schritte, größter relativer Unterschied {largest}, zuletzt {latest}</translation>
    </message>
    <message>
        <source>{name}: no steps yet</source>
        <translation>{name}: noch keine Schritte</translation>
    </message>
    <message>
        <source>No run yet: press Start (Space)</source>
        <translation>Noch kein Lauf: Drücke Start (Leertaste)</translation>
    </message>
    <message>
        <source>Rewound to step {step}: loss {loss}</source>
        <translation>Zurückgespult zu Schritt {step}: Verlust {loss}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; values from {low} to {high}</source>
        <translation>{title}: {rows} mal {cols}, {view}; Werte von {low} bis {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, shown {shown_rows} by {shown_cols}, {view}; values from {low} to {high}</source>
        <translation>{title}: {rows} mal {cols}, gezeigt als {shown_rows} mal {shown_cols}, {view}; Werte von {low} bis {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; {holes} values are not finite; the others from {low} to {high}</source>
        <translation>{title}: {rows} mal {cols}, {view}; {holes} Werte sind nicht endlich; die übrigen von {low} bis {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; nothing drawn yet</source>
        <translation>{title}: {rows} mal {cols}, {view}; noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>{title}: nothing drawn yet</source>
        <translation>{title}: noch nichts gezeichnet</translation>
    </message>
    <message>
        <source>Depth of each step, {steps} steps: {counts}</source>
        <translation>Tiefe jedes Schritts, {steps} Schritte: {counts}</translation>
    </message>
    <message>
        <source>depth {depth}: {count}</source>
        <translation>Tiefe {depth}: {count}</translation>
    </message>
    <message>
        <source>Depth of each step: no steps yet</source>
        <translation>Tiefe jedes Schritts: noch keine Schritte</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>no desktop entry was installed</source>
        <translation>Es wurde kein Desktop-Eintrag installiert</translation>
    </message>
</context>
<context>
    <name>Edited</name>
    <message>
        <source>the module must define a generator function train(config, problem) that yields a Step for each training step, as the {name} variant&apos;s does</source>
        <translation>Das Modul muss eine Generatorfunktion train(config, problem) definieren, die für jeden Trainingsschritt einen Step liefert, wie es die der Variante {name} tut</translation>
    </message>
    <message>
        <source>ending after its last step</source>
        <translation>das Ende nach ihrem letzten Schritt</translation>
    </message>
    <message>
        <source>ending when closed</source>
        <translation>das Ende beim Schließen</translation>
    </message>
    <message>
        <source>stopped after {limit} s without {waiting_for}</source>
        <translation>nach {limit} s ohne {waiting_for} angehalten</translation>
    </message>
    <message>
        <source>yielding a step</source>
        <translation>einen Schritt zu liefern</translation>
    </message>
    <message>
        <source>the edit&apos;s train stopped after {index} of {steps} steps</source>
        <translation>Das train der Bearbeitung endete nach {index} von {steps} Schritten</translation>
    </message>
    <message>
        <source>the edit&apos;s train yielded more than the {steps} steps asked for; a variant yields one Step per step of config.steps</source>
        <translation>Das train der Bearbeitung lieferte mehr als die {steps} verlangten Schritte; eine Variante liefert einen Step pro Schritt von config.steps</translation>
    </message>
    <message>
        <source>train yielded {value}; it must yield a Step (from .step import Step) for each training step, as the original does</source>
        <translation>train lieferte {value}; es muss für jeden Trainingsschritt einen Step liefern (from .step import Step), wie das Original</translation>
    </message>
    <message>
        <source>step {index} was yielded as Step(t={t}, …); t must count the steps from 0, as the loop&apos;s t does</source>
        <translation>Schritt {index} wurde als Step(t={t}, …) geliefert; t muss die Schritte ab 0 zählen, wie das t der Schleife</translation>
    </message>
    <message>
        <source>step {index}&apos;s depth is {depth}; the {name} variant draws a depth of 0, 1, 2 or 3 at each step, as random.randint(0, 3) does</source>
        <translation>Die Tiefe von Schritt {index} ist {depth}; die Variante {name} zieht bei jedem Schritt eine Tiefe von 0, 1, 2 oder 3, wie random.randint(0, 3)</translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {value}; it must be one real number, a 0-d tensor such as criterion(y_pred, y) returns</source>
        <translation>Der Verlust von Schritt {t} ist {value}; er muss eine reelle Zahl sein, ein 0-d-Tensor, wie ihn criterion(y_pred, y) zurückgibt</translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {now} where step 0&apos;s was {first}; every step&apos;s loss is one number of the same kind</source>
        <translation>Der Verlust von Schritt {t} ist {now}, der von Schritt 0 war {first}; der Verlust jedes Schritts ist eine Zahl derselben Art</translation>
    </message>
    <message>
        <source>step {t}&apos;s weights are {value}; a Step carries its weight matrices as a dict, name: matrix</source>
        <translation>Die Gewichte von Schritt {t} sind {value}; ein Step trägt seine Gewichtsmatrizen als dict, Name: Matrix</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {matrices}; the {name} variant draws {count} matrices of shapes {shapes} (inputs, outputs), from D_in={D_in}, H={H} and D_out={D_out}: change the sizes in the settings, not in the code</source>
        <translation>Die Gewichtsmatrizen von Schritt {t} sind {matrices}; die Variante {name} zieht {count} Matrizen der Formen {shapes} (Eingaben, Ausgaben), aus D_in={D_in}, H={H} und D_out={D_out}: Ändere die Größen in den Einstellungen, nicht im Code</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {value}; every step must keep step 0&apos;s names and shapes: {value2}</source>
        <translation>Die Gewichtsmatrizen von Schritt {t} sind {value}; jeder Schritt muss die Namen und Formen von Schritt 0 behalten: {value2}</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrix {name} is {value}; each must be a tensor or a numpy array of real numbers</source>
        <translation>Die Gewichtsmatrix {name} von Schritt {t} ist {value}; jede muss ein Tensor oder ein numpy-Array reeller Zahlen sein</translation>
    </message>
    <message>
        <source>step {t}&apos;s gradients are {value}; a Step carries its gradients as a dict, name: matrix, as it carries its weights</source>
        <translation>Die Gradienten von Schritt {t} sind {value}; ein Step trägt seine Gradienten als dict, Name: Matrix, wie seine Gewichte</translation>
    </message>
    <message>
        <source>step {t}&apos;s gradient {name} is {value}; a gradient must be a tensor or a numpy array of real numbers, of the shape of the weight of its name</source>
        <translation>Der Gradient {name} von Schritt {t} ist {value}; ein Gradient muss ein Tensor oder ein numpy-Array reeller Zahlen sein, in der Form des gleichnamigen Gewichts</translation>
    </message>
    <message>
        <source>step {t} carries no gradient of {value}; every step must carry the gradients step 0 did ({value2})</source>
        <translation>Schritt {t} trägt keinen Gradienten von {value}; jeder Schritt muss die Gradienten tragen, die Schritt 0 trug ({value2})</translation>
    </message>
</context>
<context>
    <name>EditedCode</name>
    <message>
        <source>descent-lab: error: argument --code: {error}</source>
        <translation>descent-lab: Fehler: Argument --code: {error}</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit code (E)</source>
        <translation>Code bearbeiten (E)</translation>
    </message>
    <message>
        <source>Edit this variant&apos;s module; Start runs your edit</source>
        <translation>Das Modul dieser Variante bearbeiten; Start führt deine Bearbeitung aus</translation>
    </message>
    <message>
        <source>Revert to notebook</source>
        <translation>Zurück zum Notebook</translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s code for this variant (Ctrl+Z undoes it)</source>
        <translation>Den Code des Notebooks für diese Variante zurückholen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a module (.py) or a notebook exported from Descent Lab (.ipynb) in the editor; Start runs it</source>
        <translation>Ein Modul (.py) oder ein aus Descent Lab exportiertes Notebook (.ipynb) im Editor öffnen; Start führt es aus</translation>
    </message>
    <message>
        <source>Done editing (E)</source>
        <translation>Bearbeiten beenden (E)</translation>
    </message>
    <message>
        <source>It is shown under the code.</source>
        <translation>Er wird unter dem Code gezeigt.</translation>
    </message>
    <message>
        <source>The traceback is under the code.</source>
        <translation>Der Traceback steht unter dem Code.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed:&lt;/b&gt; {error}. {more}</source>
        <translation>&lt;b&gt;Dein bearbeiteter Code ist fehlgeschlagen:&lt;/b&gt; {error}. {more}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed at line {line}:&lt;/b&gt; {error}. {more}</source>
        <translation>&lt;b&gt;Dein bearbeiteter Code ist in Zeile {line} fehlgeschlagen:&lt;/b&gt; {error}. {more}</translation>
    </message>
    <message>
        <source>The notebook&apos;s code</source>
        <translation>Der Code des Notebooks</translation>
    </message>
    <message>
        <source>Edited: 1 line differs from the notebook&apos;s ({digest})</source>
        <translation>Bearbeitet: 1 Zeile weicht vom Notebook ab ({digest})</translation>
    </message>
    <message>
        <source>Edited: {count} lines differ from the notebook&apos;s ({digest})</source>
        <translation>Bearbeitet: {count} Zeilen weichen vom Notebook ab ({digest})</translation>
    </message>
    <message>
        <source>From a file, not yet run: it runs only when you press Start.</source>
        <translation>Aus einer Datei, noch nicht ausgeführt: Sie läuft erst, wenn du Start drückst.</translation>
    </message>
    <message>
        <source>This edit {fault}, so it is not remembered: it stays here and runs until you close the app, and is kept again once shortened</source>
        <translation>Diese Bearbeitung {fault}, darum wird sie nicht gemerkt: Sie bleibt hier und läuft, bis du die App schließt, und wird wieder gemerkt, sobald sie kürzer ist</translation>
    </message>
    <message>
        <source>The edits of all variants together are more than the settings keep, so this one is not remembered: it stays here and runs until you close the app; revert another variant&apos;s edit to keep it</source>
        <translation>Die Bearbeitungen aller Varianten zusammen sind mehr, als die Einstellungen behalten, darum wird diese nicht gemerkt: Sie bleibt hier und läuft, bis du die App schließt; setze die Bearbeitung einer anderen Variante zurück, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Find: Enter for the next, Esc to close</source>
        <translation>Suchen: Eingabe für den nächsten Treffer, Esc zum Schließen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {line}:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Zeile {line}:&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Save screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Plot width</source>
        <translation>Breite des Diagramms</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Breite in Pixeln:</translation>
    </message>
    <message>
        <source>There is no run to export yet</source>
        <translation>Es gibt noch keinen Lauf zum Exportieren</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>CSV of every step, with a JSON summary (*.csv)</source>
        <translation>CSV aller Schritte, mit einer JSON-Zusammenfassung (*.csv)</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>There is no run to record yet</source>
        <translation>Es gibt noch keinen Lauf zum Aufnehmen</translation>
    </message>
    <message>
        <source>Pause (Space) or stop (Esc) the run before recording it</source>
        <translation>Halte den Lauf an (Leertaste) oder beende ihn (Esc), bevor du ihn aufnimmst</translation>
    </message>
    <message>
        <source>Record run</source>
        <translation>Lauf aufnehmen</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF (*.gif);;WebP (*.webp)</source>
        <translation>MP4-Video (*.mp4);;GIF (*.gif);;WebP (*.webp)</translation>
    </message>
    <message>
        <source>Length in seconds:</source>
        <translation>Länge in Sekunden:</translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation>Der Lauf wird aufgenommen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written</source>
        <translation>Aufnahme abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recording not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be recorded somewhere else.</source>
        <translation>&lt;b&gt;Aufnahme nicht gespeichert.&lt;/b&gt; {why}. Nichts ist verloren: Der Lauf ist noch da und kann woanders aufgenommen werden.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session not saved:&lt;/b&gt; {why}. Nothing is lost: the edits are still in the editor.</source>
        <translation>&lt;b&gt;Sitzung nicht gespeichert:&lt;/b&gt; {why}. Nichts ist verloren: Die Bearbeitungen sind noch im Editor.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Descent Lab session (*.json)</source>
        <translation>Descent-Lab-Sitzung (*.json)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before opening a session</source>
        <translation>Beende den Lauf (Esc), bevor du eine Sitzung öffnest</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Descent Lab session (*.json);;All files (*)</source>
        <translation>Descent-Lab-Sitzung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {why}. The current settings are unchanged.</source>
        <translation>&lt;b&gt;Die Sitzung lässt sich nicht öffnen:&lt;/b&gt; {why}. Die aktuellen Einstellungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {file}: {why}. The current settings are unchanged.</source>
        <translation>&lt;b&gt;Die Sitzung lässt sich nicht öffnen:&lt;/b&gt; {file}: {why}. Die aktuellen Einstellungen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>the window would show {config} instead</source>
        <translation>das Fenster würde stattdessen {config} zeigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what} not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be saved somewhere else.</source>
        <translation>&lt;b&gt;{what} nicht gespeichert.&lt;/b&gt; {why}. Nichts ist verloren: Der Lauf ist noch da und kann woanders gespeichert werden.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{value} is a folder, not a file</source>
        <translation>{value} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{value} is not writable</source>
        <translation>{value} ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the folder {value} does not exist</source>
        <translation>Der Ordner {value} existiert nicht</translation>
    </message>
    <message>
        <source>the folder {value} is not writable</source>
        <translation>Der Ordner {value} ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Could not write {value}: a stream takes text only</source>
        <translation>{value} ließ sich nicht schreiben: Ein Datenstrom nimmt nur Text an</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}</source>
        <translation>{path} ließ sich nicht schreiben: {value}</translation>
    </message>
    <message>
        <source>Could not open {path}: {value}</source>
        <translation>{path} ließ sich nicht öffnen: {value}</translation>
    </message>
    <message>
        <source>it is larger than {value}</source>
        <translation>sie ist größer als {value}</translation>
    </message>
    <message>
        <source>Could not read {path}: {value}</source>
        <translation>{path} ließ sich nicht lesen: {value}</translation>
    </message>
    <message>
        <source>Could not open {path}: {refusal}</source>
        <translation>{path} ließ sich nicht öffnen: {refusal}</translation>
    </message>
    <message>
        <source>it is {value}, not a file</source>
        <translation>sie ist {value}, keine Datei</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a folder</source>
        <translation>{path} ließ sich nicht schreiben: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>Could not write to {name}: {value}</source>
        <translation>In {name} ließ sich nicht schreiben: {value}</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a FIFO that no program is reading</source>
        <translation>{path} ließ sich nicht schreiben: Es ist ein FIFO, das kein Programm liest</translation>
    </message>
    <message>
        <source>Could not write {destination}: {value}</source>
        <translation>{destination} ließ sich nicht schreiben: {value}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
</context>
<context>
    <name>Heatmaps</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Change since step 0</source>
        <translation>Änderung seit Schritt 0</translation>
    </message>
    <message>
        <source>Gradient of this step</source>
        <translation>Gradient dieses Schritts</translation>
    </message>
    <message>
        <source>The weight matrices as they are now</source>
        <translation>Die Gewichtsmatrizen, wie sie jetzt sind</translation>
    </message>
    <message>
        <source>How far each weight moved since step 0: with lr 1e-6 this is where learning shows</source>
        <translation>Wie weit sich jedes Gewicht seit Schritt 0 bewegt hat: Bei lr 1e-6 zeigt sich hier das Lernen</translation>
    </message>
    <message>
        <source>The gradient used in this step&apos;s update</source>
        <translation>Der Gradient, den die Aktualisierung dieses Schritts benutzt</translation>
    </message>
    <message>
        <source>Layer 1</source>
        <translation>Schicht 1</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Layer 2</source>
        <translation>Schicht 2</translation>
    </message>
    <message>
        <source>Auto levels</source>
        <translation>Farbskala anpassen</translation>
    </message>
    <message>
        <source>Rescale the colours every frame; off, they stay as the first frame set them</source>
        <translation>Die Farben in jedem Bild neu skalieren; aus, bleiben sie, wie das erste Bild sie gesetzt hat</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Gewichtsmatrizen</translation>
    </message>
    <message>
        <source>Show this layer&apos;s matrix</source>
        <translation>Die Matrix dieser Schicht zeigen</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>verborgene Einheit</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>the image could not be encoded as {kind}</source>
        <translation>Das Bild ließ sich nicht als {kind} kodieren</translation>
    </message>
</context>
<context>
    <name>Inside</name>
    <message>
        <source>The graph autograd built at this step, from the loss (right) back to the weights (left). Click a box for its tensor.</source>
        <translation>Der Graph, den autograd bei diesem Schritt gebaut hat, vom Verlust (rechts) zurück zu den Gewichten (links). Klicke auf einen Kasten für seinen Tensor.</translation>
    </message>
    <message>
        <source>The graph autograd would build: each box a node the hand-written backward lines stand for, with what they compute for it. Click a box for its tensor.</source>
        <translation>Der Graph, den autograd bauen würde: Jeder Kasten ist ein Knoten, für den die handgeschriebenen Rückwärtszeilen stehen, mit dem, was sie für ihn berechnen. Klicke auf einen Kasten für seinen Tensor.</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>In diesem Schritt</translation>
    </message>
    <message>
        <source>Start a run (Space), or take a first step (S), to see inside its steps.</source>
        <translation>Starte einen Lauf (Leertaste) oder mache einen ersten Schritt (S), um in seine Schritte hineinzusehen.</translation>
    </message>
    <message>
        <source>Step {step}: computing it again…</source>
        <translation>Schritt {step}: wird noch einmal berechnet…</translation>
    </message>
    <message>
        <source>Step {step} of {run}</source>
        <translation>Schritt {step} von {run}</translation>
    </message>
    <message>
        <source>Step {step} of {run} (depth {depth})</source>
        <translation>Schritt {step} von {run} (Tiefe {depth})</translation>
    </message>
    <message>
        <source>{title}, computed again</source>
        <translation>{title}, noch einmal berechnet</translation>
    </message>
    <message>
        <source>The run and the rest of the window go on.</source>
        <translation>Der Lauf und der Rest des Fensters gehen weiter.</translation>
    </message>
    <message>
        <source>The run&apos;s first step is on its way.</source>
        <translation>Der erste Schritt des Laufs ist unterwegs.</translation>
    </message>
    <message>
        <source>argument --step: {t} is not one of the run&apos;s {steps} steps, 0 to {value} (--steps sets how many)</source>
        <translation>Argument --step: {t} ist keiner der {steps} Schritte des Laufs, 0 bis {value} (--steps legt fest, wie viele)</translation>
    </message>
    <message>
        <source>argument --dot: standard output is --json&apos;s already; write one of them to a file</source>
        <translation>Argument --dot: Die Standardausgabe gehört schon --json; schreibe eines von beiden in eine Datei</translation>
    </message>
    <message>
        <source>diverged: the loss at step {t} is {loss}; try a learning rate smaller than {lr}</source>
        <translation>divergiert: Der Verlust bei Schritt {t} ist {loss}; versuche eine Lernrate kleiner als {lr}</translation>
    </message>
    <message>
        <source>step {t} has no graph to write: {no_graph}</source>
        <translation>Schritt {t} hat keinen Graphen zum Schreiben: {no_graph}</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Point at a cell for its value</source>
        <translation>Zeige auf eine Zelle für ihren Wert</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Tensors of this step, in the order the code computes them</source>
        <translation>Tensoren dieses Schritts, in der Reihenfolge, in der der Code sie berechnet</translation>
    </message>
    <message>
        <source>The selected tensor as a heatmap</source>
        <translation>Der gewählte Tensor als Heatmap</translation>
    </message>
    <message>
        <source>Value under the mouse</source>
        <translation>Wert unter der Maus</translation>
    </message>
    <message>
        <source>line {lines}</source>
        <translation>Zeile {lines}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>Zeilen {lines}</translation>
    </message>
    <message>
        <source>The graph of this step</source>
        <translation>Der Graph dieses Schritts</translation>
    </message>
</context>
<context>
    <name>InsideWatch</name>
    <message>
        <source>step {t}&apos;s tensors could not be read</source>
        <translation>Die Tensoren von Schritt {t} ließen sich nicht lesen</translation>
    </message>
    <message>
        <source>step {t} lies {count} steps after the nearest one it can be computed again from, more than the {most} computed while you wait: rewind to a step nearer it</source>
        <translation>Schritt {t} liegt {count} Schritte nach dem nächsten, von dem aus er sich neu berechnen lässt, mehr als die {most}, die berechnet werden, während du wartest: Spule zu einem Schritt näher daran</translation>
    </message>
    <message>
        <source>step {t} could not be computed again</source>
        <translation>Schritt {t} ließ sich nicht noch einmal berechnen</translation>
    </message>
    <message>
        <source> (line {line})</source>
        <translation> (Zeile {line})</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>No runs on the plot yet</source>
        <translation>Noch keine Läufe im Diagramm</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>{language} from the next start: close the app and open it again.</source>
        <translation>{language} ab dem nächsten Start: Schließe die App und öffne sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Die des Systems ({language})</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>descent-lab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on a desktop, or headless: python -m app run VARIANT</source>
        <translation>descent-lab: kein Bildschirm, auf dem sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starte es auf einem Desktop, oder ohne Fenster: python -m app run VARIANT</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Listen needs Qt Multimedia, which this installation lacks (pip install descent-lab[sound], or PySide6-Addons)</source>
        <translation>Anhören braucht Qt Multimedia, das dieser Installation fehlt (pip install descent-lab[sound] oder PySide6-Addons)</translation>
    </message>
    <message>
        <source>Listen found no sound output on this machine: the curve stays on screen</source>
        <translation>Anhören hat auf diesem Rechner keine Tonausgabe gefunden: Die Kurve bleibt auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Listen could not play: {device} takes no 16-bit mono sound at {rate} Hz</source>
        <translation>Anhören konnte nicht abspielen: {device} nimmt keinen 16-Bit-Mono-Ton mit {rate} Hz an</translation>
    </message>
    <message>
        <source>Listen could not play: {device} refused to start</source>
        <translation>Anhören konnte nicht abspielen: {device} wollte nicht starten</translation>
    </message>
    <message>
        <source>There is no curve to listen to yet: start a run</source>
        <translation>Es gibt noch keine Kurve zum Anhören: Starte einen Lauf</translation>
    </message>
    <message>
        <source>Listening to the run as it goes: low loss, low pitch; a divergence beeps</source>
        <translation>Du hörst den Lauf, während er läuft: niedriger Verlust, tiefer Ton; eine Divergenz piept</translation>
    </message>
    <message>
        <source>Listening to the curve: low loss, low pitch; a divergence beeps</source>
        <translation>Du hörst die Kurve: niedriger Verlust, tiefer Ton; eine Divergenz piept</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>dieser Lauf</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>Verlust (log. Skala)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>divergiert bei Schritt {step}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation>Schritt {step}: Verlust {loss}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>Schritt {step}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>descent-lab: error: {why}</source>
        <translation>descent-lab: Fehler: {why}</translation>
    </message>
    <message>
        <source>descent-lab: error: argument {option}: {value} is not allowed: {allowed}</source>
        <translation>descent-lab: Fehler: Argument {option}: {value} ist nicht erlaubt: {allowed}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Save screenshot…</source>
        <translation>Bildschirmfoto speichern…</translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>Export run…</source>
        <translation>Lauf exportieren…</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>Als Notebook exportieren…</translation>
    </message>
    <message>
        <source>Record run…</source>
        <translation>Lauf aufnehmen…</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Sitzung speichern…</translation>
    </message>
    <message>
        <source>Open predictions…</source>
        <translation>Vorhersagen öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Start / Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Race variants…</source>
        <translation>Varianten um die Wette…</translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation>Werte des Notebooks</translation>
    </message>
    <message>
        <source>Rewind memory…</source>
        <translation>Speicher zum Zurückspulen…</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Code panel</source>
        <translation>Code-Bereich</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Code bearbeiten</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>In diesem Schritt</translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation>Frühere Läufe entfernen</translation>
    </message>
    <message>
        <source>Runs on the plot</source>
        <translation>Läufe im Diagramm</translation>
    </message>
    <message>
        <source>Listen to the loss</source>
        <translation>Den Verlust anhören</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Show on second screen</source>
        <translation>Auf zweitem Bildschirm zeigen</translation>
    </message>
    <message>
        <source>Reset layout and settings</source>
        <translation>Layout und Einstellungen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>NotebookEdit</name>
    <message>
        <source>{name} is not a Jupyter notebook: it holds no cells</source>
        <translation>{name} ist kein Jupyter-Notebook: Es enthält keine Zellen</translation>
    </message>
    <message>
        <source>{name} is a notebook of nbformat {value}; Descent Lab reads nbformat 4, as Jupyter writes it</source>
        <translation>{name} ist ein Notebook im nbformat {value}; Descent Lab liest nbformat 4, wie Jupyter es schreibt</translation>
    </message>
    <message>
        <source>{name} holds no code cell of a Descent Lab variant: export one with `python -m app notebook VARIANT`</source>
        <translation>{name} enthält keine Codezelle einer Descent-Lab-Variante: Exportiere eine mit `python -m app notebook VARIANT`</translation>
    </message>
    <message>
        <source>{name} holds {count} code cells of Descent Lab variants (cells {cells}); keep the one to run</source>
        <translation>{name} enthält {count} Codezellen von Descent-Lab-Varianten (Zellen {cells}); behalte die, die laufen soll</translation>
    </message>
    <message>
        <source>{name} is {value} MB or more; a notebook is read up to {value2} MB</source>
        <translation>{name} ist {value} MB groß oder größer; ein Notebook wird bis {value2} MB gelesen</translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a notebook nests about six</source>
        <translation>{name} verschachtelt Werte mehr als {MAX_DEPTH} Ebenen tief; ein Notebook verschachtelt etwa sechs</translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation>{name} enthält eine Zahl mit {value} Ziffern; höchstens {MAX_DIGITS} werden gelesen</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation>{name} enthält {word}, was kein JSON ist</translation>
    </message>
    <message>
        <source>{name} is not a Jupyter notebook: not valid JSON ({msg}: line {lineno} column {colno})</source>
        <translation>{name} ist kein Jupyter-Notebook: kein gültiges JSON ({msg}: Zeile {lineno}, Spalte {colno})</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>&lt;a href=&quot;line:{line}&quot;&gt;Or change line {line} yourself&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;line:{line}&quot;&gt;Oder ändere Zeile {line} selbst&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run diverged at step {step}:&lt;/b&gt; the loss became {loss}. Each update overshot by more than it corrected. A smaller learning rate keeps it stable: try {lr}.</source>
        <translation>&lt;b&gt;Der Lauf ist bei Schritt {step} divergiert:&lt;/b&gt; Der Verlust wurde {loss}. Jede Aktualisierung schoss weiter über das Ziel hinaus, als sie korrigierte. Eine kleinere Lernrate hält ihn stabil: Versuche {lr}.</translation>
    </message>
    <message>
        <source>Try lr = {lr}</source>
        <translation>lr = {lr} versuchen</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>{text} is not allowed: {allowed}</source>
        <translation>{text} ist nicht erlaubt: {allowed}</translation>
    </message>
    <message>
        <source>one of {languages}</source>
        <translation>eine von {languages}</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>eine von {names}</translation>
    </message>
    <message>
        <source>a whole number from 1 to {high}</source>
        <translation>eine ganze Zahl von 1 bis {high}</translation>
    </message>
    <message>
        <source>a step from 0 to {last}, counted from 0 as the notebook&apos;s t</source>
        <translation>ein Schritt von 0 bis {last}, ab 0 gezählt wie das t des Notebooks</translation>
    </message>
    <message>
        <source>a screen&apos;s number, from 0 to {last}</source>
        <translation>die Nummer eines Bildschirms, von 0 bis {last}</translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation>eine Zahl &gt; 0 und &lt;= {high}</translation>
    </message>
    <message>
        <source>a number of seconds &gt; 0 and &lt;= {high}</source>
        <translation>eine Zahl von Sekunden &gt; 0 und &lt;= {high}</translation>
    </message>
    <message>
        <source>{name} names no format a slide is saved in: end it in {suffixes}</source>
        <translation>{name} nennt kein Format, in dem eine Folie gespeichert wird: Lass den Namen auf {suffixes} enden</translation>
    </message>
    <message>
        <source>{name} is not a notebook&apos;s name: end it in .ipynb</source>
        <translation>{name} ist kein Name eines Notebooks: Lass ihn auf .ipynb enden</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>argument {option}: applies to the {owner} variant only, not {name}</source>
        <translation>Argument {option}: gilt nur für die Variante {owner}, nicht für {name}</translation>
    </message>
    <message>
        <source>argument --size: {size} is not allowed: WIDTHxHEIGHT in pixels, each from {low} to {high} (at --scale {scale})</source>
        <translation>Argument --size: {size} ist nicht erlaubt: BREITExHÖHE in Pixeln, jeweils von {low} bis {high} (bei --scale {scale})</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped at step {step}</source>
        <translation>angehalten bei Schritt {step}</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>divergiert bei Schritt {step}</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>argument {option}: {why}</source>
        <translation>Argument {option}: {why}</translation>
    </message>
    <message>
        <source>invalid choice: {value}</source>
        <translation>ungültige Wahl: {value}</translation>
    </message>
    <message>
        <source>Watch the &apos;Introduction to PyTorch&apos; notebook learn. With no command, opens the window.</source>
        <translation>Sieh zu, wie das Notebook „Introduction to PyTorch“ lernt. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>forget the window&apos;s remembered settings and layout, then exit</source>
        <translation>die gemerkten Einstellungen und das Layout des Fensters vergessen, dann beenden</translation>
    </message>
    <message>
        <source>the language of the window and of this command&apos;s sentences: en, de or fr (default: the View menu&apos;s choice, else the system&apos;s)</source>
        <translation>die Sprache des Fensters und der Sätze dieses Befehls: en, de oder fr (Standard: die Wahl im Menü Ansicht, sonst die des Systems)</translation>
    </message>
    <message>
        <source>the window&apos;s plots full screen on screen N (0 is the first), its controls where it opens: a projector&apos;s view, as View, Show on second screen gives</source>
        <translation>die Diagramme des Fensters im Vollbild auf Bildschirm N (0 ist der erste), seine Bedienelemente, wo es sich öffnet: die Ansicht für einen Beamer, wie sie Ansicht, Auf zweitem Bildschirm zeigen gibt</translation>
    </message>
    <message>
        <source>open the window with a session file&apos;s settings</source>
        <translation>das Fenster mit den Einstellungen einer Sitzungsdatei öffnen</translation>
    </message>
    <message>
        <source>Open the window with the settings of a session file (File, Save session). A file that cannot be opened is explained in the window, which starts as it would.</source>
        <translation>Das Fenster mit den Einstellungen einer Sitzungsdatei öffnen (Datei, Sitzung speichern). Eine Datei, die sich nicht öffnen lässt, wird im Fenster erklärt, das ganz normal startet.</translation>
    </message>
    <message>
        <source>train one variant headless and print &apos;t loss&apos; lines as the notebook does</source>
        <translation>eine Variante ohne Fenster trainieren und „t loss“-Zeilen ausgeben wie das Notebook</translation>
    </message>
    <message>
        <source>Train one variant headless. Prints &apos;t loss&apos; lines exactly as the notebook does: every step for numpy, every 100th for the others.</source>
        <translation>Eine Variante ohne Fenster trainieren. Gibt „t loss“-Zeilen genau so aus wie das Notebook: jeden Schritt bei numpy, jeden 100. bei den anderen.</translation>
    </message>
    <message>
        <source>print every K-th step</source>
        <translation>jeden K-ten Schritt ausgeben</translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: their own defaults, as the notebook runs)</source>
        <translation>Threads von torch und BLAS (Standard: ihre eigenen Standardwerte, wie im Notebook)</translation>
    </message>
    <message>
        <source>write every step&apos;s loss as CSV (&apos;-&apos;: stdout)</source>
        <translation>den Verlust jedes Schritts als CSV schreiben („-“: Standardausgabe)</translation>
    </message>
    <message>
        <source>write the configuration and a summary (&apos;-&apos;: stdout)</source>
        <translation>die Konfiguration und eine Zusammenfassung schreiben („-“: Standardausgabe)</translation>
    </message>
    <message>
        <source>draw the loss curve as PNG</source>
        <translation>die Verlustkurve als PNG zeichnen</translation>
    </message>
    <message>
        <source>print one step&apos;s named tensors, from the inside, as the window&apos;s &apos;Inside this step&apos; shows them</source>
        <translation>die benannten Tensoren eines Schritts von innen ausgeben, wie sie „In diesem Schritt“ im Fenster zeigt</translation>
    </message>
    <message>
        <source>Run a variant to step K and print each tensor of that step&apos;s forward and backward passes, under the name the code gives it, in the order the code computes them: name, shape, dtype, min, max, mean and norm, one line each. On the notebook&apos;s threads by default, so the numbers are those of the notebook&apos;s cells stopped at step K.</source>
        <translation>Eine Variante bis Schritt K laufen lassen und jeden Tensor des Vorwärts- und Rückwärtsdurchlaufs dieses Schritts ausgeben, unter dem Namen, den der Code ihm gibt, in der Reihenfolge, in der der Code sie berechnet: Name, Form, dtype, min, max, mean und norm, eine Zeile pro Tensor. Standardmäßig mit den Threads des Notebooks, also mit den Zahlen der Notebook-Zellen, angehalten bei Schritt K.</translation>
    </message>
    <message>
        <source>the step, counted from 0 as the notebook&apos;s t (and the CSV&apos;s step) count</source>
        <translation>der Schritt, ab 0 gezählt, wie das t des Notebooks (und die Spalte step der CSV) zählen</translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: the notebook&apos;s; the window uses 1 for small problems)</source>
        <translation>Threads von torch und BLAS (Standard: die des Notebooks; das Fenster nimmt 1 bei kleinen Problemen)</translation>
    </message>
    <message>
        <source>write the step as JSON, with the graph&apos;s nodes and edges (&apos;-&apos;: stdout)</source>
        <translation>den Schritt als JSON schreiben, mit den Knoten und Kanten des Graphen („-“: Standardausgabe)</translation>
    </message>
    <message>
        <source>write the graph in Graphviz&apos;s dot language (&apos;-&apos;: stdout)</source>
        <translation>den Graphen in der dot-Sprache von Graphviz schreiben („-“: Standardausgabe)</translation>
    </message>
    <message>
        <source>print a variant&apos;s module, to edit and run with --code</source>
        <translation>das Modul einer Variante ausgeben, zum Bearbeiten und Ausführen mit --code</translation>
    </message>
    <message>
        <source>Print the variant&apos;s whole module as models/ has it, its lines numbered as the code panel numbers them: edit it, then run it with &apos;run VARIANT --code FILE&apos;.</source>
        <translation>Das ganze Modul der Variante ausgeben, wie models/ es hat, die Zeilen nummeriert wie im Code-Bereich: Bearbeite es und führe es dann mit „run VARIANT --code FILE“ aus.</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>eine von {names}</translation>
    </message>
    <message>
        <source>list the variants, their notebook sections and defaults</source>
        <translation>die Varianten auflisten, ihre Abschnitte im Notebook und ihre Standardwerte</translation>
    </message>
    <message>
        <source>add Descent Lab to the desktop&apos;s application menu, with its icon</source>
        <translation>Descent Lab mit seinem Symbol ins Anwendungsmenü des Desktops eintragen</translation>
    </message>
    <message>
        <source>Write a desktop entry and the app icon under $XDG_DATA_HOME (~/.local/share), so the desktop&apos;s menu starts this installation of the app.</source>
        <translation>Einen Desktop-Eintrag und das Symbol der App unter $XDG_DATA_HOME (~/.local/share) schreiben, damit das Menü des Desktops diese Installation der App startet.</translation>
    </message>
    <message>
        <source>take the entry and icon out again</source>
        <translation>den Eintrag und das Symbol wieder entfernen</translation>
    </message>
    <message>
        <source>run variants to the end in the window, offscreen, and save screenshots</source>
        <translation>Varianten im Fenster bis zum Ende laufen lassen, ohne Bildschirm, und Bildschirmfotos speichern</translation>
    </message>
    <message>
        <source>Run a variant to the end in the real window, offscreen, and save a screenshot of the window: one slide per command.</source>
        <translation>Eine Variante im echten Fenster bis zum Ende laufen lassen, ohne Bildschirm, und ein Bildschirmfoto des Fensters speichern: eine Folie pro Befehl.</translation>
    </message>
    <message>
        <source>the screenshot of VARIANT: FILE.png, or FILE.jpg (or .jpeg) for a JPEG</source>
        <translation>das Bildschirmfoto von VARIANT: FILE.png, oder FILE.jpg (oder .jpeg) für ein JPEG</translation>
    </message>
    <message>
        <source>one PNG screenshot per variant, into DIR</source>
        <translation>ein PNG-Bildschirmfoto pro Variante, in DIR</translation>
    </message>
    <message>
        <source>run a variant to the end in the window, offscreen, and record it as MP4, GIF or WebP</source>
        <translation>eine Variante im Fenster bis zum Ende laufen lassen, ohne Bildschirm, und als MP4, GIF oder WebP aufnehmen</translation>
    </message>
    <message>
        <source>Run a variant in the real window, offscreen, and record it frame by frame: the run&apos;s steps spread evenly over fps × seconds frames, so the recording is the same on any machine.</source>
        <translation>Eine Variante im echten Fenster laufen lassen, ohne Bildschirm, und Bild für Bild aufnehmen: Die Schritte des Laufs verteilen sich gleichmäßig auf fps × Sekunden Bilder, also ist die Aufnahme auf jedem Rechner gleich.</translation>
    </message>
    <message>
        <source>the recording: FILE.mp4, FILE.gif or FILE.webp</source>
        <translation>die Aufnahme: FILE.mp4, FILE.gif oder FILE.webp</translation>
    </message>
    <message>
        <source>frames per second (default 30 for MP4, 10 for GIF and WebP)</source>
        <translation>Bilder pro Sekunde (Standard 30 für MP4, 10 für GIF und WebP)</translation>
    </message>
    <message>
        <source>the recording&apos;s length (default 10)</source>
        <translation>die Länge der Aufnahme (Standard 10)</translation>
    </message>
    <message>
        <source>run this edited copy of VARIANT&apos;s module (see &apos;code VARIANT&apos;), or the module cell of a notebook &apos;notebook&apos; exported (FILE.ipynb), in place of models/&apos;s; it runs with your rights, as a notebook cell does</source>
        <translation>diese bearbeitete Kopie des Moduls von VARIANT ausführen (siehe „code VARIANT“) oder die Modulzelle eines mit „notebook“ exportierten Notebooks (FILE.ipynb), anstelle des Moduls aus models/; sie läuft mit deinen Rechten, wie eine Notebook-Zelle</translation>
    </message>
    <message>
        <source>stop an edit whose step does not come back within S seconds (default {seconds}), exit code 4</source>
        <translation>eine Bearbeitung anhalten, deren Schritt nicht innerhalb von S Sekunden zurückkommt (Standard {seconds}), Exit-Code 4</translation>
    </message>
    <message>
        <source>run a variant headless and write a Jupyter notebook that reproduces the run</source>
        <translation>eine Variante ohne Fenster laufen lassen und ein Jupyter-Notebook schreiben, das den Lauf nachvollzieht</translation>
    </message>
    <message>
        <source>Run a variant headless, as &apos;run&apos; does, and write a Jupyter notebook (.ipynb) that prints what &apos;run&apos; prints with the same options, to the last digit: the notebook&apos;s section, its cells with the run&apos;s settings put in (or the edited module given with --code), and the run&apos;s printed losses.</source>
        <translation>Eine Variante ohne Fenster laufen lassen, wie „run“, und ein Jupyter-Notebook (.ipynb) schreiben, das mit denselben Optionen bis auf die letzte Stelle ausgibt, was „run“ ausgibt: den Abschnitt des Notebooks, seine Zellen mit den Einstellungen des Laufs (oder dem mit --code gegebenen bearbeiteten Modul) und die ausgegebenen Verluste des Laufs.</translation>
    </message>
    <message>
        <source>the notebook to write (&apos;-&apos;: stdout)</source>
        <translation>das zu schreibende Notebook („-“: Standardausgabe)</translation>
    </message>
    <message>
        <source>torch and BLAS threads, set in the notebook too (default: their own defaults)</source>
        <translation>Threads von torch und BLAS, auch im Notebook gesetzt (Standard: ihre eigenen Standardwerte)</translation>
    </message>
    <message>
        <source>dark (default) or light</source>
        <translation>dark (Standard) oder light</translation>
    </message>
    <message>
        <source>larger text and lines, as the window&apos;s presentation mode (P)</source>
        <translation>größere Schrift und Linien, wie der Präsentationsmodus des Fensters (P)</translation>
    </message>
    <message>
        <source>the picture in pixels (default {size})</source>
        <translation>das Bild in Pixeln (Standard {size})</translation>
    </message>
    <message>
        <source>device pixel ratio: 2 draws the window as a screen at 200%% shows it (default 1)</source>
        <translation>Pixelverhältnis des Geräts: 2 zeichnet das Fenster, wie ein Bildschirm bei 200%% es zeigt (Standard 1)</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>dem letzten Schritt</translation>
    </message>
    <message>
        <source>each frame&apos;s step</source>
        <translation>dem Schritt jedes Bilds</translation>
    </message>
    <message>
        <source>show &apos;Inside this step&apos; (I) beside the loss, on {step}: the graph autograd built and the first tensor, as the window computes them (for small problems, what &apos;inspect --threads 1&apos; prints)</source>
        <translation>zeigt „In diesem Schritt“ (I) neben dem Verlust, auf {step}: den Graphen, den Autograd gebaut hat, und den ersten Tensor, so wie das Fenster sie berechnet (bei kleinen Problemen, was &apos;inspect --threads 1&apos; ausgibt)</translation>
    </message>
    <message>
        <source>keep the earlier variants&apos; runs on each slide as past runs</source>
        <translation>die Läufe der früheren Varianten auf jeder Folie als frühere Läufe behalten</translation>
    </message>
    <message>
        <source>the class&apos;s predictions, rows of name,step,loss: drawn from the start and scored against the run</source>
        <translation>die Vorhersagen der Klasse, Zeilen name,step,loss: von Anfang an gezeichnet und mit dem Lauf verglichen</translation>
    </message>
    <message>
        <source>seeds numpy, torch and random (default 0)</source>
        <translation>setzt den Startwert von numpy, torch und random (Standard 0)</translation>
    </message>
    <message>
        <source>training steps (default 500)</source>
        <translation>Trainingsschritte (Standard 500)</translation>
    </message>
    <message>
        <source>learning rate (default: the notebook&apos;s)</source>
        <translation>Lernrate (Standard: die des Notebooks)</translation>
    </message>
    <message>
        <source>batch size (default 64)</source>
        <translation>Stapelgröße (Standard 64)</translation>
    </message>
    <message>
        <source>input dimension (default 1000)</source>
        <translation>Eingabedimension (Standard 1000)</translation>
    </message>
    <message>
        <source>hidden dimension (default 100)</source>
        <translation>verborgene Dimension (Standard 100)</translation>
    </message>
    <message>
        <source>output dimension (default 10)</source>
        <translation>Ausgabedimension (Standard 10)</translation>
    </message>
    <message>
        <source>cpu (default), or cuda, cuda:N or mps where torch finds them</source>
        <translation>cpu (Standard) oder cuda, cuda:N oder mps, wo torch sie findet</translation>
    </message>
    <message>
        <source>float32 or float64 (default: float64 for numpy, else float32)</source>
        <translation>float32 oder float64 (Standard: float64 für numpy, sonst float32)</translation>
    </message>
    <message>
        <source>SGD momentum, {variant} only (default {momentum})</source>
        <translation>SGD-Momentum, nur {variant} (Standard {momentum})</translation>
    </message>
    <message>
        <source>{variant} only: {choices} (default {update}, the notebook&apos;s no-op update)</source>
        <translation>nur {variant}: {choices} (Standard {update}, die wirkungslose Aktualisierung des Notebooks)</translation>
    </message>
</context>
<context>
    <name>Predicting</name>
    <message>
        <source>Predictions too large to remember: {count}. File ▸ Save session… keeps them</source>
        <translation>Zu große Vorhersagen, nicht gemerkt: {count}. Datei ▸ Sitzung speichern… bewahrt sie auf</translation>
    </message>
    <message>
        <source>exactly right</source>
        <translation>genau richtig</translation>
    </message>
    <message>
        <source>{right} of {count} places right</source>
        <translation>{right} von {count} Plätzen richtig</translation>
    </message>
    <message>
        <source>the predictions are locked while a run is on show: reset it (R) first</source>
        <translation>Die Vorhersagen sind gesperrt, solange ein Lauf gezeigt wird: Setze ihn erst zurück (R)</translation>
    </message>
    <message>
        <source>Cannot open predictions now: {why}</source>
        <translation>Die Vorhersagen lassen sich jetzt nicht öffnen: {why}</translation>
    </message>
    <message>
        <source>Open predictions</source>
        <translation>Vorhersagen öffnen</translation>
    </message>
    <message>
        <source>Predictions, rows of name,step,loss (*.csv);;All files (*)</source>
        <translation>Vorhersagen, Zeilen name,step,loss (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the predictions:&lt;/b&gt; {why}. The predictions on the plot are unchanged.</source>
        <translation>&lt;b&gt;Die Vorhersagen lassen sich nicht öffnen:&lt;/b&gt; {why}. Die Vorhersagen im Diagramm bleiben unverändert.</translation>
    </message>
    <message>
        <source>Opened {count} predictions from {file}</source>
        <translation>{count} Vorhersagen aus {file} geöffnet</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>Draw the loss you expect on the plot, left to right, with the mouse, a pen or a finger; going back rubs out.</source>
        <translation>Zeichne den Verlust, den du erwartest, ins Diagramm, von links nach rechts, mit der Maus, einem Stift oder dem Finger; zurückfahren radiert.</translation>
    </message>
    <message>
        <source>Locked while the run is on show, drawn under it: Reset (R) to change them.</source>
        <translation>Gesperrt, solange der Lauf gezeigt wird, unter ihn gezeichnet: Zurücksetzen (R), um sie zu ändern.</translation>
    </message>
    <message>
        <source>Draw this prediction on the plot</source>
        <translation>Diese Vorhersage ins Diagramm zeichnen</translation>
    </message>
    <message>
        <source>a team or a student</source>
        <translation>ein Team oder eine Schülerin, ein Schüler</translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation>Neu zeichnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name of the prediction</source>
        <translation>Name der Vorhersage</translation>
    </message>
    <message>
        <source>Draw {name}</source>
        <translation>{name} zeichnen</translation>
    </message>
    <message>
        <source>Redraw {name}</source>
        <translation>{name} neu zeichnen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>New prediction</source>
        <translation>Neue Vorhersage</translation>
    </message>
    <message>
        <source>Another prediction is called {name}. {hint}</source>
        <translation>Eine andere Vorhersage heißt schon {name}. {hint}</translation>
    </message>
    <message>
        <source>Guess {number}</source>
        <translation>Tipp {number}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Place, best first</source>
        <translation>Platz, der beste zuerst</translation>
    </message>
    <message>
        <source>The mean distance between the prediction and the run at each step scored: in decades of loss on a log scale, in loss on a linear one</source>
        <translation>Der mittlere Abstand zwischen Vorhersage und Lauf bei jedem gewerteten Schritt: in Dekaden des Verlusts auf der log. Skala, im Verlust auf der linearen</translation>
    </message>
    <message>
        <source>The steps scored: those the prediction covers</source>
        <translation>Die gewerteten Schritte: die, die die Vorhersage abdeckt</translation>
    </message>
    <message>
        <source>Predicted order of finish</source>
        <translation>Vorhergesagte Reihenfolge im Ziel</translation>
    </message>
    <message>
        <source>Guesser</source>
        <translation>Tippende</translation>
    </message>
    <message>
        <source>Predicted order, lowest final loss at the top</source>
        <translation>Vorhergesagte Reihenfolge, niedrigster Endverlust oben</translation>
    </message>
    <message>
        <source>Drag, or Ctrl+Up and Ctrl+Down, to move the selected variant</source>
        <translation>Ziehen, oder Strg+Hoch und Strg+Runter, um die gewählte Variante zu verschieben</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+Runter)</translation>
    </message>
    <message>
        <source>Add guess</source>
        <translation>Tipp hinzufügen</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Remove guess</source>
        <translation>Tipp entfernen</translation>
    </message>
    <message>
        <source>&amp;Guesser</source>
        <translation>&amp;Tippende</translation>
    </message>
    <message>
        <source>Lowest final loss first</source>
        <translation>Niedrigster Endverlust zuerst</translation>
    </message>
    <message>
        <source>Predicted order</source>
        <translation>Vorhergesagte Reihenfolge</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Order of finish: {order}</source>
        <translation>Reihenfolge im Ziel: {order}</translation>
    </message>
    <message>
        <source>The prediction {name} cannot be taken: {fault}</source>
        <translation>Die Vorhersage {name} lässt sich nicht übernehmen: {fault}</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a name is one line of printable characters</source>
        <translation>ein Name ist eine Zeile aus druckbaren Zeichen</translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation>ein Name darf nicht mit einem Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>a name has at most {count} characters</source>
        <translation>ein Name hat höchstens {count} Zeichen</translation>
    </message>
    <message>
        <source>it has no points</source>
        <translation>sie hat keine Punkte</translation>
    </message>
    <message>
        <source>it has more than {count} points</source>
        <translation>sie hat mehr als {count} Punkte</translation>
    </message>
    <message>
        <source>every step and loss must be a finite number</source>
        <translation>jeder Schritt und Verlust muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>steps and losses are never negative</source>
        <translation>Schritte und Verluste sind nie negativ</translation>
    </message>
    <message>
        <source>its steps must increase</source>
        <translation>ihre Schritte müssen steigen</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht gewertet</translation>
    </message>
    <message>
        <source>{decades} decade</source>
        <translation>{decades} Dekade</translation>
    </message>
    <message>
        <source>{decades} decades</source>
        <translation>{decades} Dekaden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>shares no step with the run</source>
        <translation>teilt keinen Schritt mit dem Lauf</translation>
    </message>
    <message>
        <source>scored on steps {steps} of {count}</source>
        <translation>gewertet bei den Schritten {steps} von {count}</translation>
    </message>
    <message>
        <source>{amount} (steps {steps})</source>
        <translation>{amount} (Schritte {steps})</translation>
    </message>
    <message>
        <source>{name}: off by {amount} on average</source>
        <translation>{name}: im Mittel um {amount} daneben</translation>
    </message>
    <message>
        <source>{name}: off by {amount} in loss on average</source>
        <translation>{name}: im Mittel um {amount} Verlust daneben</translation>
    </message>
    <message>
        <source>No prediction shares a step with the run</source>
        <translation>Keine Vorhersage teilt einen Schritt mit dem Lauf</translation>
    </message>
    <message>
        <source>No predictions</source>
        <translation>Keine Vorhersagen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} on average)</source>
        <translation>Am nächsten: {names}, gleichauf (im Mittel um {amount} daneben)</translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} in loss on average)</source>
        <translation>Am nächsten: {names}, gleichauf (im Mittel um {amount} Verlust daneben)</translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} on average)</source>
        <translation>Am nächsten: {names} (im Mittel um {amount} daneben)</translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} in loss on average)</source>
        <translation>Am nächsten: {names} (im Mittel um {amount} Verlust daneben)</translation>
    </message>
    <message>
        <source>The guess of {name} cannot be taken: {fault}</source>
        <translation>Der Tipp von {name} lässt sich nicht übernehmen: {fault}</translation>
    </message>
    <message>
        <source>{name}: exactly right</source>
        <translation>{name}: genau richtig</translation>
    </message>
    <message>
        <source>{name}: {right} of {count} places right</source>
        <translation>{name}: {right} von {count} Plätzen richtig</translation>
    </message>
    <message>
        <source>The guess of {name} orders {order}, not the race&apos;s lanes ({lanes})</source>
        <translation>Der Tipp von {name} ordnet {order}, nicht die Bahnen des Wettrennens ({lanes})</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; a predictions file is a few KB</source>
        <translation>{file} ist größer als {size} MB; eine Vorhersagedatei hat ein paar KB</translation>
    </message>
    <message>
        <source>{file} is not a predictions file: it is not UTF-8 text</source>
        <translation>{file} ist keine Vorhersagedatei: Sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{file}, row {row}: {why}</source>
        <translation>{file}, Zeile {row}: {why}</translation>
    </message>
    <message>
        <source>1 value where there are {columns} columns ({names})</source>
        <translation>1 Wert, wo es {columns} Spalten gibt ({names})</translation>
    </message>
    <message>
        <source>{values} values where there are {columns} columns ({names})</source>
        <translation>{values} Werte, wo es {columns} Spalten gibt ({names})</translation>
    </message>
    <message>
        <source>{name} would be prediction {number}; a file holds at most {most}, one for each colour of the runs</source>
        <translation>{name} wäre Vorhersage {number}; eine Datei enthält höchstens {most}, eine für jede Farbe der Läufe</translation>
    </message>
    <message>
        <source>it is not CSV ({why})</source>
        <translation>sie ist kein CSV ({why})</translation>
    </message>
    <message>
        <source>{file} holds no predictions: it needs rows of name,step,loss</source>
        <translation>{file} enthält keine Vorhersagen: Sie braucht Zeilen name,step,loss</translation>
    </message>
    <message>
        <source>unknown column {column}; the columns are name, step and loss</source>
        <translation>unbekannte Spalte {column}; die Spalten sind name, step und loss</translation>
    </message>
    <message>
        <source>the column {column} is named twice</source>
        <translation>die Spalte {column} kommt doppelt vor</translation>
    </message>
    <message>
        <source>there is no {column} column; the columns are name, step and loss</source>
        <translation>es gibt keine Spalte {column}; die Spalten sind name, step und loss</translation>
    </message>
    <message>
        <source>the {column} {text} is not a number</source>
        <translation>{column} {text} ist keine Zahl</translation>
    </message>
    <message>
        <source>the {column} is {text}; a {column} is a finite number</source>
        <translation>{column} ist {text}; {column} ist eine endliche Zahl</translation>
    </message>
    <message>
        <source>the step {step} is outside 0 to {most}, the steps a run can have</source>
        <translation>der Schritt {step} liegt außerhalb von 0 bis {most}, den Schritten, die ein Lauf haben kann</translation>
    </message>
    <message>
        <source>the loss {loss} is negative; a loss is never below 0</source>
        <translation>der Verlust {loss} ist negativ; ein Verlust ist nie kleiner als 0</translation>
    </message>
    <message>
        <source>the loss is 0, which a log scale cannot show; predict a loss above 0</source>
        <translation>der Verlust ist 0, was eine log. Skala nicht zeigen kann; sage einen Verlust über 0 vorher</translation>
    </message>
    <message>
        <source>{name} has step {step} again; a prediction&apos;s steps must increase</source>
        <translation>{name} hat den Schritt {step} noch einmal; die Schritte einer Vorhersage müssen steigen</translation>
    </message>
    <message>
        <source>{name} has step {step} after its step {before}; a prediction&apos;s steps must increase</source>
        <translation>{name} hat den Schritt {step} nach seinem Schritt {before}; die Schritte einer Vorhersage müssen steigen</translation>
    </message>
    <message>
        <source>{name} has more than {count} points</source>
        <translation>{name} hat mehr als {count} Punkte</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <source>There is no screen {index}: this computer has {count}, numbered from 0 to {last}</source>
        <translation>Es gibt keinen Bildschirm {index}: Dieser Rechner hat {count}, nummeriert von 0 bis {last}</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Key {number}</source>
        <translation>Taste {number}</translation>
    </message>
    <message>
        <source>Answer before Start: the run will tell.</source>
        <translation>Antworte vor dem Start: Der Lauf wird es zeigen.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Start the run to see.</source>
        <translation>Deine Antwort: {answer}. Starte den Lauf, um es zu sehen.</translation>
    </message>
    <message>
        <source>Your answer: {answer}.</source>
        <translation>Deine Antwort: {answer}.</translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation>Keine Antwort gegeben.</translation>
    </message>
    <message>
        <source>{said} The run will tell.</source>
        <translation>{said} Der Lauf wird es zeigen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>Die Antwort: {answer}.</translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation>Richtig: {answer}.</translation>
    </message>
    <message>
        <source>Not this time: the answer is {answer}.</source>
        <translation>Diesmal nicht: Die Antwort ist {answer}.</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Race variants</source>
        <translation>Varianten um die Wette</translation>
    </message>
    <message>
        <source>The chosen variants train in lockstep on one problem drawn once: the same x, y and, for the first three, the same starting weights. In float64, numpy, tensors and autograd draw one curve, and racing autograd with a hand-derived variant shows how far apart their gradients are.</source>
        <translation>Die gewählten Varianten trainieren im Gleichschritt auf einem einmal gezogenen Problem: dieselben x, y und, bei den ersten drei, dieselben Startgewichte. In float64 zeichnen numpy, tensors und autograd eine einzige Kurve, und ein Wettrennen von autograd mit einer von Hand hergeleiteten Variante zeigt, wie weit ihre Gradienten auseinanderliegen.</translation>
    </message>
    <message>
        <source>Race my edit of {variant} against the notebook&apos;s</source>
        <translation>Meine Bearbeitung von {variant} gegen die des Notebooks antreten lassen</translation>
    </message>
    <message>
        <source>numpy always computes in float64; float64 lets torch match it to the last digits</source>
        <translation>numpy rechnet immer in float64; mit float64 trifft torch es bis auf die letzten Stellen</translation>
    </message>
    <message>
        <source>torch dtype</source>
        <translation>dtype von torch</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>Wettrennen starten</translation>
    </message>
    <message>
        <source>{variant} (edited)</source>
        <translation>{variant} (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>Racing</name>
    <message>
        <source>&lt;b&gt;Cannot start the race:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Das Wettrennen lässt sich nicht starten:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before starting a race</source>
        <translation>Beende den Lauf (Esc), bevor du ein Wettrennen startest</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>descent-lab: error: {value} frames would keep {value2} MB of the run&apos;s weights, more than a recording holds ({KEPT_MB} MB): record fewer frames (--fps, --seconds) or fewer --steps, or a smaller --size</source>
        <translation>descent-lab: Fehler: {value} Bilder würden {value2} MB der Gewichte des Laufs behalten, mehr als eine Aufnahme fasst ({KEPT_MB} MB): Nimm weniger Bilder auf (--fps, --seconds), weniger --steps oder eine kleinere --size</translation>
    </message>
    <message>
        <source>descent-lab: nothing to record: the run {outcome}</source>
        <translation>descent-lab: nichts aufzunehmen: Der Lauf ist {outcome}</translation>
    </message>
    <message>
        <source>{out}  ({frames} frames at {fps} fps; the run {outcome})</source>
        <translation>{out}  ({frames} Bilder mit {fps} fps; der Lauf ist {outcome})</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the code&apos;s {name} is no longer a module when run again</source>
        <translation>{name} des Codes ist beim erneuten Ausführen kein Modul mehr</translation>
    </message>
    <message>
        <source>the code&apos;s {name} is no longer an optimizer when run again</source>
        <translation>{name} des Codes ist beim erneuten Ausführen kein Optimierer mehr</translation>
    </message>
    <message>
        <source>step {t} is not one of the run&apos;s {steps} steps (0 to {value})</source>
        <translation>Schritt {t} ist keiner der {steps} Schritte des Laufs (0 bis {value})</translation>
    </message>
    <message>
        <source>a checkpoint of step {t} cannot compute step {t2} again, only later ones</source>
        <translation>ein Prüfpunkt von Schritt {t} kann Schritt {t2} nicht neu berechnen, nur spätere</translation>
    </message>
    <message>
        <source>step {t} could not be computed again exactly (its loss came out {value}, the run&apos;s was {loss}): the code keeps something between steps that a checkpoint does not hold</source>
        <translation>Schritt {t} ließ sich nicht exakt neu berechnen (sein Verlust kam als {value} heraus, der des Laufs war {loss}): Der Code hält zwischen den Schritten etwas fest, das ein Prüfpunkt nicht enthält</translation>
    </message>
    <message>
        <source>the code&apos;s {name} is not the array it was when run again</source>
        <translation>{name} des Codes ist beim erneuten Ausführen nicht mehr das Array, das es war</translation>
    </message>
    <message>
        <source>the code&apos;s {name} has no tensor to hold it when run again</source>
        <translation>{name} des Codes hat beim erneuten Ausführen keinen Tensor, der es hält</translation>
    </message>
</context>
<context>
    <name>RewindStore</name>
    <message>
        <source>every step</source>
        <translation>jeder Schritt</translation>
    </message>
    <message>
        <source>every {ordinal} step</source>
        <translation>jeder {count}. Schritt</translation>
    </message>
</context>
<context>
    <name>Rewinding</name>
    <message>
        <source>Rewind memory</source>
        <translation>Speicher zum Zurückspulen</translation>
    </message>
    <message>
        <source>Keep up to this many MB of weights per run for rewinding ({low} to {cap} MB, half of the memory free now):</source>
        <translation>Bis zu so vielen MB an Gewichten pro Lauf zum Zurückspulen behalten ({low} bis {cap} MB, die Hälfte des jetzt freien Speichers):</translation>
    </message>
    <message>
        <source>Runs from the next Start keep up to {megabytes} MB for rewinding</source>
        <translation>Läufe ab dem nächsten Start behalten bis zu {megabytes} MB zum Zurückspulen</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>{outcome}: the loss became {loss}; try a learning rate smaller than {lr}</source>
        <translation>{outcome}: Der Verlust wurde {loss}; versuche eine Lernrate kleiner als {lr}</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>NOTEBOOK SECTION</source>
        <translation>ABSCHNITT IM NOTEBOOK</translation>
    </message>
    <message>
        <source>DEFAULTS</source>
        <translation>STANDARDWERTE</translation>
    </message>
    <message>
        <source>, CPU only</source>
        <translation>, nur CPU</translation>
    </message>
    <message>
        <source>All: N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Devices here: {devices}.</source>
        <translation>Alle: N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Geräte hier: {devices}.</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>At step {step}, rewound: </source>
        <translation>Bei Schritt {step}, zurückgespult: </translation>
    </message>
    <message>
        <source>So far, at step {step}: </source>
        <translation>Bisher, bei Schritt {step}: </translation>
    </message>
    <message>
        <source>Saved with the session: </source>
        <translation>Mit der Sitzung gespeichert: </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>the edit of {variant} {fault}, so the session could not be opened again</source>
        <translation>die Bearbeitung von {variant} {fault}, darum ließe sich die Sitzung nicht wieder öffnen</translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits or the predictions</source>
        <translation>die Sitzung wäre {size} groß, und eine Sitzung wird bis {most} MB gelesen; kürze die Bearbeitungen oder die Vorhersagen</translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits</source>
        <translation>die Sitzung wäre {size} groß, und eine Sitzung wird bis {most} MB gelesen; kürze die Bearbeitungen</translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session: it is not text</source>
        <translation>{name} ist keine Descent-Lab-Sitzung: Sie ist kein Text</translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a session nests two</source>
        <translation>{name} verschachtelt Werte mehr als {MAX_DEPTH} Ebenen tief; eine Sitzung verschachtelt zwei</translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation>{name} enthält eine Zahl mit {value} Ziffern; höchstens {MAX_DIGITS} werden gelesen</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation>{name} enthält {word}, was kein JSON ist</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({msg} at line {lineno})</source>
        <translation>{name} ist kein gültiges JSON ({msg} in Zeile {lineno})</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Sitzung</translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session (no &quot;kind&quot;: &quot;{kind}&quot;)</source>
        <translation>{name} ist keine Descent-Lab-Sitzung (kein &quot;kind&quot;: &quot;{kind}&quot;)</translation>
    </message>
    <message>
        <source>{name} has an unknown key {value}; known keys are {value2}</source>
        <translation>{name} hat einen unbekannten Schlüssel {value}; bekannte Schlüssel sind {value2}</translation>
    </message>
    <message>
        <source>{name} is version {value}; this app reads version {VERSION}</source>
        <translation>{name} hat Version {value}; diese App liest Version {VERSION}</translation>
    </message>
    <message>
        <source>{name}: code = {value} is not allowed: an object of variant names to their module&apos;s text</source>
        <translation>{name}: code = {value} ist nicht erlaubt: ein Objekt von Variantennamen zum Text ihres Moduls</translation>
    </message>
    <message>
        <source>{name}: code has an unknown variant {value}; known are {value2}</source>
        <translation>{name}: code hat eine unbekannte Variante {value}; bekannt sind {value2}</translation>
    </message>
    <message>
        <source>{name}: code.{variant} = {value} is not allowed: the module&apos;s text, a string</source>
        <translation>{name}: code.{variant} = {value} ist nicht erlaubt: der Text des Moduls, eine Zeichenkette</translation>
    </message>
    <message>
        <source>{name}: code.{variant} {fault}</source>
        <translation>{name}: code.{variant} {fault}</translation>
    </message>
    <message>
        <source>holds U+{value} at line {value2}, a lone surrogate, which is not text</source>
        <translation>enthält U+{value} in Zeile {value2}, ein einzelnes Surrogat, das kein Text ist</translation>
    </message>
    <message>
        <source>holds a NUL character at line {value}, which Python refuses in source code</source>
        <translation>enthält ein NUL-Zeichen in Zeile {value}, das Python im Quellcode ablehnt</translation>
    </message>
    <message>
        <source>is {value}; an edit of at most {value2} is kept</source>
        <translation>ist {value} groß; eine Bearbeitung von höchstens {value2} wird behalten</translation>
    </message>
    <message>
        <source>has {value} lines; an edit of at most {MAX_CODE_LINES} is kept</source>
        <translation>hat {value} Zeilen; eine Bearbeitung von höchstens {MAX_CODE_LINES} wird behalten</translation>
    </message>
    <message>
        <source>has a line of {count} characters (line {line}); lines of at most {most} are kept</source>
        <translation>hat eine Zeile mit {count} Zeichen (Zeile {line}); Zeilen mit höchstens {most} werden behalten</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <source>{name}: pace = {value} is not allowed: a number of steps per second &gt; 0, or &quot;max&quot;</source>
        <translation>{name}: pace = {value} ist nicht erlaubt: eine Zahl von Schritten pro Sekunde &gt; 0, oder &quot;max&quot;</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it cannot be read ({why})</source>
        <translation>sie lässt sich nicht lesen ({why})</translation>
    </message>
    <message>
        <source>Could not reset {path}: it is a folder, not a settings file; remove it yourself if it is yours</source>
        <translation>{path} ließ sich nicht zurücksetzen: Es ist ein Ordner, keine Einstellungsdatei; entferne ihn selbst, wenn er dir gehört</translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}</source>
        <translation>die gemerkten Einstellungen in {path} vergessen</translation>
    </message>
    <message>
        <source>Could not reset {path}: {why}</source>
        <translation>{path} ließ sich nicht zurücksetzen: {why}</translation>
    </message>
    <message>
        <source>a symbolic link (its target is left alone)</source>
        <translation>ein symbolischer Link (sein Ziel bleibt unberührt)</translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}: removed it, {what}</source>
        <translation>die gemerkten Einstellungen in {path} vergessen: entfernt, {what}</translation>
    </message>
    <message>
        <source>the remembered settings</source>
        <translation>die gemerkten Einstellungen</translation>
    </message>
</context>
<context>
    <name>Shown</name>
    <message>
        <source>&lt;b&gt;Cannot start:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Start nicht möglich:&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before switching variant</source>
        <translation>Beende den Lauf (Esc), bevor du die Variante wechselst</translation>
    </message>
    <message>
        <source>The {variant} variant runs on the CPU in {dtype}, as in the notebook</source>
        <translation>Die Variante {variant} läuft auf der CPU in {dtype}, wie im Notebook</translation>
    </message>
    <message>
        <source>memory: about {size}</source>
        <translation>Speicher: etwa {size}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot start: line {line} of your code:&lt;/b&gt; {why}. It is marked in the editor.</source>
        <translation>&lt;b&gt;Start nicht möglich: Zeile {line} deines Codes:&lt;/b&gt; {why}. Sie ist im Editor markiert.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>argument --all: takes no VARIANT; it saves all seven</source>
        <translation>Argument --all: nimmt keine VARIANT; es speichert alle sieben</translation>
    </message>
    <message>
        <source>argument --code: edits one VARIANT&apos;s module; give VARIANT --out FILE.png, not --all</source>
        <translation>Argument --code: bearbeitet das Modul einer VARIANT; gib VARIANT --out FILE.png an, nicht --all</translation>
    </message>
    <message>
        <source>the following arguments are required: VARIANT (or --all DIR)</source>
        <translation>die folgenden Argumente sind nötig: VARIANT (oder --all DIR)</translation>
    </message>
    <message>
        <source>argument --all: could not make the folder {value}: {value2}</source>
        <translation>Argument --all: Der Ordner {value} ließ sich nicht anlegen: {value2}</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>stage</source>
        <translation>Bühne</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Gewichtsmatrizen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Gradientenprüfung</translation>
    </message>
    <message>
        <source>Only one screen is connected: connect a projector, then show the plots on it</source>
        <translation>Nur ein Bildschirm ist angeschlossen: Schließe einen Beamer an und zeige dann die Diagramme darauf</translation>
    </message>
    <message>
        <source>The window is on {screen}: the plots go on another screen</source>
        <translation>Das Fenster ist auf {screen}: Die Diagramme kommen auf einen anderen Bildschirm</translation>
    </message>
    <message>
        <source>The plots are on {screen}. View, Show on second screen brings them back.</source>
        <translation>Die Diagramme sind auf {screen}. Ansicht, Auf zweitem Bildschirm zeigen holt sie zurück.</translation>
    </message>
    <message>
        <source>{screen} was disconnected: the plots are back in the window</source>
        <translation>{screen} wurde getrennt: Die Diagramme sind zurück im Fenster</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>The window&apos;s menus</source>
        <translation>Die Menüs des Fensters</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start, pause or resume the run (Space)</source>
        <translation>Den Lauf starten, anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Run the steps the controls&apos; Step runs, then pause (Right or S)</source>
        <translation>So viele Schritte ausführen, wie Schritt in der Steuerung ausführt, dann anhalten (Rechts oder S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation>Beenden und die Ansichten leeren (R)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>The pace: steps per second, or max</source>
        <translation>Das Tempo: Schritte pro Sekunde, oder max</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>run {number}</source>
        <translation>Lauf {number}</translation>
    </message>
    <message>
        <source>step {step} / {steps}</source>
        <translation>Schritt {step} / {steps}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>{name}: 0, identical</source>
        <translation>{name}: 0, identisch</translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay)</source>
        <translation>Schritt {step} von {steps} (Wiedergabe)</translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay; weights of step {kept})</source>
        <translation>Schritt {step} von {steps} (Wiedergabe; Gewichte von Schritt {kept})</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} Schritte/s</translation>
    </message>
    <message>
        <source>{rate} steps/s on average</source>
        <translation>{rate} Schritte/s im Mittel</translation>
    </message>
    <message>
        <source>race of {count}</source>
        <translation>Wettrennen von {count}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>step {step} of {count}</source>
        <translation>Schritt {step} von {count}</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Zurückspulen</translation>
    </message>
    <message>
        <source>Rewind: drag, or Left, Right, Home and End, to show the run at any step</source>
        <translation>Zurückspulen: Ziehen, oder Links, Rechts, Pos1 und Ende, um den Lauf bei jedem Schritt zu zeigen</translation>
    </message>
    <message>
        <source>{tip}. Weights kept: {density}.</source>
        <translation>{tip}. Behaltene Gewichte: {density}.</translation>
    </message>
</context>
<context>
    <name>Variants</name>
    <message>
        <source>this binds the name param to a new tensor; the model&apos;s parameters never change, so the loss stays flat.</source>
        <translation>Das bindet den Namen param an einen neuen Tensor; die Parameter des Modells ändern sich nie, darum bleibt der Verlust flach.</translation>
    </message>
    <message>
        <source>Why is the loss flat?</source>
        <translation>Warum ist der Verlust flach?</translation>
    </message>
    <message>
        <source>The notebook updates with `param = param - learning_rate * param.grad`. That builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= …`) updates the model.</source>
        <translation>Das Notebook aktualisiert mit `param = param - learning_rate * param.grad`. Das baut einen neuen Tensor und bindet ihn an die Schleifenvariable `param`; die eigenen Parameter des Modells ändern sich nie, darum berechnet jeder Schritt denselben Verlust. Direkt abziehen (`param -= …`) aktualisiert das Modell.</translation>
    </message>
    <message>
        <source>Use the in-place update</source>
        <translation>Direkt aktualisieren</translation>
    </message>
    <message>
        <source>The nn cell updates each weight with `param = param - learning_rate * param.grad`. Will the loss go down?</source>
        <translation>Die nn-Zelle aktualisiert jedes Gewicht mit `param = param - learning_rate * param.grad`. Wird der Verlust sinken?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>It depends</source>
        <translation>Kommt darauf an</translation>
    </message>
    <message>
        <source>The loss stays exactly where it started. `param = param - learning_rate * param.grad` builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= learning_rate * param.grad`) updates the model, and then the loss falls.</source>
        <translation>Der Verlust bleibt genau, wo er angefangen hat. `param = param - learning_rate * param.grad` baut einen neuen Tensor und bindet ihn an die Schleifenvariable `param`; die eigenen Parameter des Modells ändern sich nie, darum berechnet jeder Schritt denselben Verlust. Direkt abziehen (`param -= learning_rate * param.grad`) aktualisiert das Modell, und dann sinkt der Verlust.</translation>
    </message>
    <message>
        <source>DynamicNet draws its depth, 0 to 3, afresh at every step. Over the run, how often will each depth be drawn?</source>
        <translation>DynamicNet zieht seine Tiefe, 0 bis 3, bei jedem Schritt neu. Wie oft wird jede Tiefe im Lauf gezogen?</translation>
    </message>
    <message>
        <source>About equally often</source>
        <translation>Etwa gleich oft</translation>
    </message>
    <message>
        <source>Mostly 0, the shortest</source>
        <translation>Meistens 0, die kürzeste</translation>
    </message>
    <message>
        <source>Mostly 3, the deepest</source>
        <translation>Meistens 3, die tiefste</translation>
    </message>
    <message>
        <source>It changes as the loss falls</source>
        <translation>Es ändert sich, wenn der Verlust sinkt</translation>
    </message>
    <message>
        <source>`random.randint(0, 3)` gives 0, 1, 2 and 3 with equal chances at every step, whatever the loss or the weights. Each depth comes up on about a quarter of the steps, 125 of the notebook&apos;s 500, and chance scatters the counts by about ten either way: see the counts beside the depth trace.</source>
        <translation>`random.randint(0, 3)` gibt 0, 1, 2 und 3 bei jedem Schritt mit gleicher Wahrscheinlichkeit, egal wie Verlust oder Gewichte stehen. Jede Tiefe kommt bei etwa einem Viertel der Schritte vor, 125 der 500 des Notebooks, und der Zufall streut die Zahlen um etwa zehn in beide Richtungen: Sieh dir die Zahlen neben der Tiefenspur an.</translation>
    </message>
    <message>
        <source>optim trains the network with Adam, custom with plain SGD: the same data, starting weights and learning rate, 1e-4. Which has the lower loss after 500 steps?</source>
        <translation>optim trainiert das Netz mit Adam, custom mit einfachem SGD: dieselben Daten, Startgewichte und Lernrate, 1e-4. Welches hat nach 500 Schritten den kleineren Verlust?</translation>
    </message>
    <message>
        <source>Adam (optim)</source>
        <translation>Adam (optim)</translation>
    </message>
    <message>
        <source>SGD (custom)</source>
        <translation>SGD (custom)</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Etwa gleich</translation>
    </message>
    <message>
        <source>Adam, but only near the end: SGD&apos;s loss is lower for most of the run (ten to thirty times lower at step 100), and Adam overtakes it between steps 250 and 450, depending on the seed. SGD moves each weight by the learning rate times its gradient: big steps while the gradients are big, ever smaller ones as the loss falls. Adam moves each weight by about the learning rate at every step, whatever its gradient&apos;s size: slow at first, and still moving when SGD has nearly stopped.</source>
        <translation>Adam, aber erst gegen Ende: Der Verlust von SGD ist fast den ganzen Lauf lang kleiner (bei Schritt 100 zehn- bis dreißigmal kleiner), und Adam überholt ihn zwischen Schritt 250 und 450, je nach Startwert. SGD bewegt jedes Gewicht um die Lernrate mal seinen Gradienten: große Schritte, solange die Gradienten groß sind, immer kleinere, wenn der Verlust sinkt. Adam bewegt jedes Gewicht bei jedem Schritt um etwa die Lernrate, egal wie groß sein Gradient ist: anfangs langsam, und noch in Bewegung, wenn SGD fast stehen geblieben ist.</translation>
    </message>
    <message>
        <source>Use Numpy to implement a neural network</source>
        <translation>Ein neuronales Netz mit Numpy umsetzen</translation>
    </message>
    <message>
        <source>Numpy knows nothing of computation graphs or gradients, yet it can fit a two-layer network to random data: the forward pass and every gradient of the backward pass are written out by hand.</source>
        <translation>Numpy weiß nichts von Rechengraphen oder Gradienten, und doch kann es ein Netz mit zwei Schichten an Zufallsdaten anpassen: Der Vorwärtsdurchlauf und jeder Gradient des Rückwärtsdurchlaufs sind von Hand ausgeschrieben.</translation>
    </message>
    <message>
        <source>PyTorch Tensors</source>
        <translation>PyTorch: Tensoren</translation>
    </message>
    <message>
        <source>A PyTorch Tensor is conceptually identical to a numpy array, but it can run on a GPU. The forward and backward passes are still written by hand.</source>
        <translation>Ein Tensor von PyTorch ist im Grunde dasselbe wie ein numpy-Array, kann aber auf einer GPU rechnen. Vorwärts- und Rückwärtsdurchlauf sind noch von Hand geschrieben.</translation>
    </message>
    <message>
        <source>PyTorch: Tensors and autograd</source>
        <translation>PyTorch: Tensoren und autograd</translation>
    </message>
    <message>
        <source>The forward pass records a computational graph; loss.backward() walks it back and fills w1.grad and w2.grad. The backward pass is no longer written by hand, and the gradients equal the hand-derived ones.</source>
        <translation>Der Vorwärtsdurchlauf zeichnet einen Rechengraphen auf; loss.backward() läuft ihn zurück und füllt w1.grad und w2.grad. Der Rückwärtsdurchlauf wird nicht mehr von Hand geschrieben, und die Gradienten sind gleich den von Hand hergeleiteten.</translation>
    </message>
    <message>
        <source>PyTorch: nn module</source>
        <translation>PyTorch: das Modul nn</translation>
    </message>
    <message>
        <source>The nn package arranges the computation into layers (Modules) that hold their own weights, and provides loss functions. The weights are still updated by hand, and the notebook&apos;s update line has a catch.</source>
        <translation>Das Paket nn ordnet die Rechnung in Schichten (Modules), die ihre eigenen Gewichte halten, und liefert Verlustfunktionen. Die Gewichte werden noch von Hand aktualisiert, und die Aktualisierungszeile des Notebooks hat einen Haken.</translation>
    </message>
    <message>
        <source>PyTorch: optim</source>
        <translation>PyTorch: optim</translation>
    </message>
    <message>
        <source>The optim package abstracts the optimization algorithm. The same model is now updated by Adam, one of the many optimizers torch.optim provides.</source>
        <translation>Das Paket optim fasst den Optimierungsalgorithmus zusammen. Dasselbe Modell wird jetzt von Adam aktualisiert, einem der vielen Optimierer, die torch.optim bietet.</translation>
    </message>
    <message>
        <source>PyTorch: Custom nn Modules</source>
        <translation>PyTorch: eigene nn-Module</translation>
    </message>
    <message>
        <source>For models more complex than a sequence of layers, subclass nn.Module and define forward(). Here the two-layer network is such a subclass, trained with plain stochastic gradient descent.</source>
        <translation>Für Modelle, die mehr sind als eine Folge von Schichten, leitet man von nn.Module ab und definiert forward(). Hier ist das Netz mit zwei Schichten so eine Unterklasse, trainiert mit einfachem stochastischem Gradientenabstieg.</translation>
    </message>
    <message>
        <source>PyTorch: Control Flow + Weight Sharing</source>
        <translation>PyTorch: Kontrollfluss + geteilte Gewichte</translation>
    </message>
    <message>
        <source>Each forward pass reuses the same middle layer a random 0 to 3 times: ordinary Python control flow builds a new graph every step, and one Module can safely appear many times in it. SGD with momentum trains it.</source>
        <translation>Jeder Vorwärtsdurchlauf benutzt dieselbe mittlere Schicht zufällig 0- bis 3-mal: Gewöhnlicher Python-Kontrollfluss baut bei jedem Schritt einen neuen Graphen, und ein Module darf darin sicher mehrmals vorkommen. SGD mit Momentum trainiert es.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>{name} names no format this app writes: end it in {value}</source>
        <translation>{name} nennt kein Format, das diese App schreibt: Lass den Namen auf {value} enden</translation>
    </message>
    <message>
        <source>MP4 needs ffmpeg, which was not found ({error}); install imageio-ffmpeg, or record a .gif or .webp</source>
        <translation>MP4 braucht ffmpeg, das nicht gefunden wurde ({error}); installiere imageio-ffmpeg oder nimm ein .gif oder .webp auf</translation>
    </message>
    <message>
        <source>ffmpeg could not encode the recording ({value})</source>
        <translation>ffmpeg konnte die Aufnahme nicht kodieren ({value})</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The variant of this run</source>
        <translation>Die Variante dieses Laufs</translation>
    </message>
    <message>
        <source>Steps done out of the total</source>
        <translation>Erledigte Schritte von allen</translation>
    </message>
    <message>
        <source>The loss of the latest step</source>
        <translation>Der Verlust des letzten Schritts</translation>
    </message>
    <message>
        <source>Steps per second over the last second; paused or ended, the run&apos;s average</source>
        <translation>Schritte pro Sekunde in der letzten Sekunde; angehalten oder beendet, der Mittelwert des Laufs</translation>
    </message>
    <message>
        <source>Time since Start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <source>Where the tensors live</source>
        <translation>Wo die Tensoren liegen</translation>
    </message>
    <message>
        <source>About how much memory the run&apos;s tensors and history need</source>
        <translation>Wie viel Speicher die Tensoren und der Verlauf des Laufs etwa brauchen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis (L)</source>
        <translation>Verlust auf einer logarithmischen Achse (L)</translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation>Frühere Läufe entfernen</translation>
    </message>
    <message>
        <source>Remove the curves of earlier runs (click a legend entry to hide one)</source>
        <translation>Die Kurven früherer Läufe entfernen (ein Klick auf einen Legendeneintrag blendet einen aus)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Draw the loss you expect on the plot before Start (G)</source>
        <translation>Den Verlust, den du erwartest, vor dem Start ins Diagramm zeichnen (G)</translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation>Verlust bei jedem Schritt</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Gewichtsmatrizen</translation>
    </message>
    <message>
        <source>Depth chosen at each step</source>
        <translation>Gewählte Tiefe bei jedem Schritt</translation>
    </message>
    <message>
        <source>difference ÷ gradient</source>
        <translation>Unterschied ÷ Gradient</translation>
    </message>
    <message>
        <source>Gradient check: hand-derived against autograd</source>
        <translation>Gradientenprüfung: von Hand hergeleitet gegen autograd</translation>
    </message>
    <message>
        <source>Each step&apos;s largest difference between the gradients derived by hand and autograd&apos;s, relative to the largest gradient: machine precision</source>
        <translation>Der größte Unterschied zwischen den von Hand hergeleiteten Gradienten und denen von autograd bei jedem Schritt, bezogen auf den größten Gradienten: Maschinengenauigkeit</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>In diesem Schritt</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>verborgene Einheit</translation>
    </message>
    <message>
        <source>Layer 1: {name}</source>
        <translation>Schicht 1: {name}</translation>
    </message>
    <message>
        <source>Layer 2: {name}</source>
        <translation>Schicht 2: {name}</translation>
    </message>
    <message>
        <source>input feature</source>
        <translation>Eingabemerkmal</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Run {outcome}</source>
        <translation>Lauf {outcome}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; {why}. The window is fine; change the settings and press Start.</source>
        <translation>&lt;b&gt;Der Lauf ist fehlgeschlagen:&lt;/b&gt; {why}. Dem Fenster geht es gut; ändere die Einstellungen und drücke Start.</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>PyTorch wird geladen…</translation>
    </message>
    <message>
        <source>Some remembered settings could not be read and were reset</source>
        <translation>Manche gemerkten Einstellungen ließen sich nicht lesen und wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>The rewind memory is lowered to {cap} MB, half of the memory free now</source>
        <translation>Der Speicher zum Zurückspulen ist auf {cap} MB gesenkt, die Hälfte des jetzt freien Speichers</translation>
    </message>
</context>
</TS>
