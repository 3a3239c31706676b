<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per press of Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D_in, input dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H, hidden dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D_out, output dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and run controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth DynamicNet chose at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code that runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this code does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variant&apos;s whole module, to edit. Tab inserts four spaces and Shift+Tab removes them; Ctrl+Tab moves to the next control and Ctrl+Shift+Tab to the previous one. Ctrl+F finds, Ctrl+Z undoes. Start runs the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeFiles</name>
    <message>
        <source>There is no run to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A race is not exported as a notebook, as its lanes share one problem: run one variant, then export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python module or exported notebook (*.py *.ipynb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebook not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be exported somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}: run it in Jupyter, and it prints what this run printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds the {variant} variant&apos;s module: stop the run (Esc) before opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the code:&lt;/b&gt; {why}. The editor is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file} as the {variant} variant&apos;s code: it runs when you press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}&apos;s code {fault}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The code that runs, read from models/ as the app starts the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lines} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {lines}:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines {lines}:&lt;/b&gt; {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The notebook section to run (keys 1 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s own values for this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N: batch size, the number of examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D_in: input dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H: hidden dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D_out: output dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds numpy.random, torch and random: the same seed, the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: type 1e-6 or 0.0001; the arrows step by a factor of ten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many training steps the run takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD momentum for DynamicNet (the notebook uses 0.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebook (changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-place (learns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s &apos;param = param - lr * grad&apos; only rebinds a name; in-place updates the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tensors live: only devices this machine has are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating-point precision of the tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the run plays, from 1 step/s to max (as fast as it goes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run exactly this many steps, then pause (Right or S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many steps one press of Step runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; its curve stays (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done out of the run&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are locked while a run is active: Stop (Esc) or Reset (R) to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pace} steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthTrace</name>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>{name}, no steps yet, {total} to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step 1 of {total}, loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down {change}% over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up {change}% over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down by a factor of {change} over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up by a factor of {change} over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, unchanged over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up over the last {span} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}; the last finite loss was {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past run {label}: {steps} steps, loss from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past run {label}, hidden: {steps} steps, loss from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past run {label}: no finite loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {steps} steps, largest relative difference {largest}, latest {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: press Start (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewound to step {step}: loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; values from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, shown {shown_rows} by {shown_cols}, {view}; values from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; {holes} values are not finite; the others from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: nothing drawn yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of each step, {steps} steps: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth {depth}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of each step: no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit code (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this variant&apos;s module; Start runs your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s code for this variant (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a module (.py) or a notebook exported from Descent Lab (.ipynb) in the editor; Start runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done editing (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown under the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The traceback is under the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed:&lt;/b&gt; {error}. {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed at line {line}:&lt;/b&gt; {error}. {more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: 1 line differs from the notebook&apos;s ({digest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: {count} lines differ from the notebook&apos;s ({digest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file, not yet run: it runs only when you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit {fault}, so it is not remembered: it stays here and runs until you close the app, and is kept again once shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits of all variants together are more than the settings keep, so this one is not remembered: it stays here and runs until you close the app; revert another variant&apos;s edit to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Find: Enter for the next, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {line}:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Save screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of every step, with a JSON summary (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space) or stop (Esc) the run before recording it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF (*.gif);;WebP (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in seconds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recording not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be recorded somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Session not saved:&lt;/b&gt; {why}. Nothing is lost: the edits are still in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent Lab session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc) before opening a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent Lab session (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {why}. The current settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {file}: {why}. The current settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window would show {config} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{what} not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be saved somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heatmaps</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since step 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight matrices as they are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each weight moved since step 0: with lr 1e-6 this is where learning shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient used in this step&apos;s update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale the colours every frame; off, they stay as the first frame set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this layer&apos;s matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inside</name>
    <message>
        <source>The graph autograd built at this step, from the loss (right) back to the weights (left). Click a box for its tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph autograd would build: each box a node the hand-written backward lines stand for, with what they compute for it. Click a box for its tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a run (Space), or take a first step (S), to see inside its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step}: computing it again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {run}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {run} (depth {depth})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, computed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run and the rest of the window go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s first step is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a cell for its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors of this step, in the order the code computes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected tensor as a heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph of this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>No runs on the plot yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Listen needs Qt Multimedia, which this installation lacks (pip install descent-lab[sound], or PySide6-Addons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen found no sound output on this machine: the curve stays on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen could not play: {device} takes no 16-bit mono sound at {rate} Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen could not play: {device} refused to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no curve to listen to yet: start a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to the run as it goes: low loss, low pitch; a divergence beeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to the curve: low loss, low pitch; a divergence beeps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open predictions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race variants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout and settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>&lt;a href=&quot;line:{line}&quot;&gt;Or change line {line} yourself&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The run diverged at step {step}:&lt;/b&gt; the loss became {loss}. Each update overshot by more than it corrected. A smaller learning rate keeps it stable: try {lr}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try lr = {lr}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Predicting</name>
    <message>
        <source>exactly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{right} of {count} places right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the predictions are locked while a run is on show: reset it (R) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open predictions now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions, rows of name,step,loss (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the predictions:&lt;/b&gt; {why}. The predictions on the plot are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {count} predictions from {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>Draw the loss you expect on the plot, left to right, with the mouse, a pen or a finger; going back rubs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked while the run is on show, drawn under it: Reset (R) to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this prediction on the plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team or a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prediction is called {name}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean distance between the prediction and the run at each step scored: in decades of loss on a log scale, in loss on a linear one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps scored: those the prediction covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted order of finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guesser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted order, lowest final loss at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, or Ctrl+Up and Ctrl+Down, to move the selected variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guesser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest final loss first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of finish: {order}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <source>There is no screen {index}: this computer has {count}, numbered from 0 to {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Key {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer before Start: the run will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: {answer}. Start the run to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{said} The run will tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time: the answer is {answer}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Race variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen variants train in lockstep on one problem drawn once: the same x, y and, for the first three, the same starting weights. In float64, numpy, tensors and autograd draw one curve, and racing autograd with a hand-derived variant shows how far apart their gradients are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race my edit of {variant} against the notebook&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy always computes in float64; float64 lets torch match it to the last digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variant} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Racing</name>
    <message>
        <source>Stop the run (Esc) before starting a race</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewinding</name>
    <message>
        <source>Rewind memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep up to this many MB of weights per run for rewinding ({low} to {cap} MB, half of the memory free now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from the next Start keep up to {megabytes} MB for rewinding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>At step {step}, rewound: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far, at step {step}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with the session: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset {path}: it is a folder, not a settings file; remove it yourself if it is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reset {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link (its target is left alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}: removed it, {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shown</name>
    <message>
        <source>&lt;b&gt;Cannot start:&lt;/b&gt; {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc) before switching variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {variant} variant runs on the CPU in {dtype}, as in the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory: about {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot start: line {line} of your code:&lt;/b&gt; {why}. It is marked in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one screen is connected: connect a projector, then show the plots on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is on {screen}: the plots go on another screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots are on {screen}. View, Show on second screen brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{screen} was disconnected: the plots are back in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>The window&apos;s menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the steps the controls&apos; Step runs, then pause (Right or S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pace: steps per second, or max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>run {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} / {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: 0, identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay; weights of step {kept})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} steps/s on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>race of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>step {step} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind: drag, or Left, Right, Home and End, to show the run at any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip}. Weights kept: {density}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The variant of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done out of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of the latest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps per second over the last second; paused or ended, the run&apos;s average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tensors live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how much memory the run&apos;s tensors and history need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the curves of earlier runs (click a legend entry to hide one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the loss you expect on the plot before Start (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth chosen at each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference ÷ gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient check: hand-derived against autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step&apos;s largest difference between the gradients derived by hand and autograd&apos;s, relative to the largest gradient: machine precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 1: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer 2: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Run {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; {why}. The window is fine; change the settings and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some remembered settings could not be read and were reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rewind memory is lowered to {cap} MB, half of the memory free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
