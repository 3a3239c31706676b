<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>Capture</name>
    <message>
        <source>step {t}&apos;s tensors could not be read: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this step&apos;s graph has more than {MAX_NODES} nodes, too many to draw; its tensors the code names are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this step&apos;s loss has no grad_fn: autograd recorded no graph for it, and the {variant} variant writes no backward pass by hand</source>
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
    <message>
        <source>{value} is not UTF-8 text ({reason} at byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} holds the {variant} variant&apos;s module ({module}), not the {variant2} variant&apos;s: run it as {variant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{module} (cell {cell} of {notebook})</source>
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
    <name>Config</name>
    <message>
        <source>{field} = {value} is not allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {variant} variant runs on the CPU only (cpu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {variant} variant computes in {dtype} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object of settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known settings are {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number &gt;= 0 and &lt; 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose from {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they need about {need} but {free} is free on {device}; make N, D_in, H, D_out or steps smaller</source>
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
    <name>Desktop</name>
    <message>
        <source>no desktop entry was installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edited</name>
    <message>
        <source>the module must define a generator function train(config, problem) that yields a Step for each training step, as the {name} variant&apos;s does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending after its last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {limit} s without {waiting_for}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yielding a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit&apos;s train stopped after {index} of {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit&apos;s train yielded more than the {steps} steps asked for; a variant yields one Step per step of config.steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train yielded {value}; it must yield a Step (from .step import Step) for each training step, as the original does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {index} was yielded as Step(t={t}, …); t must count the steps from 0, as the loop&apos;s t does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {index}&apos;s depth is {depth}; the {name} variant draws a depth of 0, 1, 2 or 3 at each step, as random.randint(0, 3) does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {value}; it must be one real number, a 0-d tensor such as criterion(y_pred, y) returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {now} where step 0&apos;s was {first}; every step&apos;s loss is one number of the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s weights are {value}; a Step carries its weight matrices as a dict, name: matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {matrices}; the {name} variant draws {count} matrices of shapes {shapes} (inputs, outputs), from D_in={D_in}, H={H} and D_out={D_out}: change the sizes in the settings, not in the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {value}; every step must keep step 0&apos;s names and shapes: {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrix {name} is {value}; each must be a tensor or a numpy array of real numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s gradients are {value}; a Step carries its gradients as a dict, name: matrix, as it carries its weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t}&apos;s gradient {name} is {value}; a gradient must be a tensor or a numpy array of real numbers, of the shape of the weight of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} carries no gradient of {value}; every step must carry the gradients step 0 did ({value2})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditedCode</name>
    <message>
        <source>descent-lab: error: argument --code: {error}</source>
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
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {value} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {value} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {value}: a stream takes text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {path}: {refusal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {value}, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to {name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: it is a FIFO that no program is reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {destination}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
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
    <name>Images</name>
    <message>
        <source>the image could not be encoded as {kind}</source>
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
    <message>
        <source>argument --step: {t} is not one of the run&apos;s {steps} steps, 0 to {value} (--steps sets how many)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument --dot: standard output is --json&apos;s already; write one of them to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged: the loss at step {t} is {loss}; try a learning rate smaller than {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} has no graph to write: {no_graph}</source>
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
    <name>InsideWatch</name>
    <message>
        <source>step {t}&apos;s tensors could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} lies {count} steps after the nearest one it can be computed again from, more than the {most} computed while you wait: rewind to a step nearer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} could not be computed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line {line})</source>
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
    <name>Languages</name>
    <message>
        <source>{language} from the next start: close the app and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>descent-lab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on a desktop, or headless: python -m app run VARIANT</source>
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
    <name>Main</name>
    <message>
        <source>descent-lab: error: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descent-lab: error: argument {option}: {value} is not allowed: {allowed}</source>
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
    <name>NotebookEdit</name>
    <message>
        <source>{name} is not a Jupyter notebook: it holds no cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a notebook of nbformat {value}; Descent Lab reads nbformat 4, as Jupyter writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no code cell of a Descent Lab variant: export one with `python -m app notebook VARIANT`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {count} code cells of Descent Lab variants (cells {cells}); keep the one to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {value} MB or more; a notebook is read up to {value2} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a notebook nests about six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Jupyter notebook: not valid JSON ({msg}: line {lineno} column {colno})</source>
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
    <name>Options</name>
    <message>
        <source>{text} is not allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step from 0 to {last}, counted from 0 as the notebook&apos;s t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a screen&apos;s number, from 0 to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds &gt; 0 and &lt;= {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} names no format a slide is saved in: end it in {suffixes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a notebook&apos;s name: end it in .ipynb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: applies to the {owner} variant only, not {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument --size: {size} is not allowed: WIDTHxHEIGHT in pixels, each from {low} to {high} (at --scale {scale})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
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
<context>
    <name>Parser</name>
    <message>
        <source>invalid choice: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the &apos;Introduction to PyTorch&apos; notebook learn. With no command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the window&apos;s remembered settings and layout, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the window and of this command&apos;s sentences: en, de or fr (default: the View menu&apos;s choice, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s plots full screen on screen N (0 is the first), its controls where it opens: a projector&apos;s view, as View, Show on second screen gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window with a session file&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window with the settings of a session file (File, Save session). A file that cannot be opened is explained in the window, which starts as it would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train one variant headless and print &apos;t loss&apos; lines as the notebook does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one variant headless. Prints &apos;t loss&apos; lines exactly as the notebook does: every step for numpy, every 100th for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every K-th step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: their own defaults, as the notebook runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every step&apos;s loss as CSV (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the configuration and a summary (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the loss curve as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one step&apos;s named tensors, from the inside, as the window&apos;s &apos;Inside this step&apos; shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a variant to step K and print each tensor of that step&apos;s forward and backward passes, under the name the code gives it, in the order the code computes them: name, shape, dtype, min, max, mean and norm, one line each. On the notebook&apos;s threads by default, so the numbers are those of the notebook&apos;s cells stopped at step K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step, counted from 0 as the notebook&apos;s t (and the CSV&apos;s step) count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: the notebook&apos;s; the window uses 1 for small problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the step as JSON, with the graph&apos;s nodes and edges (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the graph in Graphviz&apos;s dot language (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a variant&apos;s module, to edit and run with --code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the variant&apos;s whole module as models/ has it, its lines numbered as the code panel numbers them: edit it, then run it with &apos;run VARIANT --code FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the variants, their notebook sections and defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add Descent Lab to the desktop&apos;s application menu, with its icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a desktop entry and the app icon under $XDG_DATA_HOME (~/.local/share), so the desktop&apos;s menu starts this installation of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the entry and icon out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run variants to the end in the window, offscreen, and save screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a variant to the end in the real window, offscreen, and save a screenshot of the window: one slide per command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screenshot of VARIANT: FILE.png, or FILE.jpg (or .jpeg) for a JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one PNG screenshot per variant, into DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a variant to the end in the window, offscreen, and record it as MP4, GIF or WebP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a variant in the real window, offscreen, and record it frame by frame: the run&apos;s steps spread evenly over fps × seconds frames, so the recording is the same on any machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording: FILE.mp4, FILE.gif or FILE.webp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per second (default 30 for MP4, 10 for GIF and WebP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording&apos;s length (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run this edited copy of VARIANT&apos;s module (see &apos;code VARIANT&apos;), or the module cell of a notebook &apos;notebook&apos; exported (FILE.ipynb), in place of models/&apos;s; it runs with your rights, as a notebook cell does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop an edit whose step does not come back within S seconds (default {seconds}), exit code 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a variant headless and write a Jupyter notebook that reproduces the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a variant headless, as &apos;run&apos; does, and write a Jupyter notebook (.ipynb) that prints what &apos;run&apos; prints with the same options, to the last digit: the notebook&apos;s section, its cells with the run&apos;s settings put in (or the edited module given with --code), and the run&apos;s printed losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notebook to write (&apos;-&apos;: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch and BLAS threads, set in the notebook too (default: their own defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark (default) or light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger text and lines, as the window&apos;s presentation mode (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture in pixels (default {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device pixel ratio: 2 draws the window as a screen at 200%% shows it (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the earlier variants&apos; runs on each slide as past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class&apos;s predictions, rows of name,step,loss: drawn from the start and scored against the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeds numpy, torch and random (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training steps (default 500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate (default: the notebook&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size (default 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input dimension (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden dimension (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output dimension (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu (default), or cuda, cuda:N or mps where torch finds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 or float64 (default: float64 for numpy, else float32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD momentum, {variant} only (default {momentum})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variant} only: {choices} (default {update}, the notebook&apos;s no-op update)</source>
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
    <message>
        <source>The prediction {name} cannot be taken: {fault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is one line of printable characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name has at most {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than {count} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step and loss must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps and losses are never negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its steps must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decades} decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{decades} decades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares no step with the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scored on steps {steps} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (steps {steps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: off by {amount} on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: off by {amount} in loss on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction shares a step with the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} in loss on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} in loss on average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guess of {name} cannot be taken: {fault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: exactly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {right} of {count} places right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guess of {name} orders {order}, not the race&apos;s lanes ({lanes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; a predictions file is a few KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a predictions file: it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, row {row}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 value where there are {columns} columns ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{values} values where there are {columns} columns ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} would be prediction {number}; a file holds at most {most}, one for each colour of the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not CSV ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no predictions: it needs rows of name,step,loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column {column}; the columns are name, step and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column {column} is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {column} column; the columns are name, step and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} {text} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {column} is {text}; a {column} is a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step {step} is outside 0 to {most}, the steps a run can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss {loss} is negative; a loss is never below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss is 0, which a log scale cannot show; predict a loss above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has step {step} again; a prediction&apos;s steps must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has step {step} after its step {before}; a prediction&apos;s steps must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {count} points</source>
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
    <name>Recording</name>
    <message>
        <source>descent-lab: error: {value} frames would keep {value2} MB of the run&apos;s weights, more than a recording holds ({KEPT_MB} MB): record fewer frames (--fps, --seconds) or fewer --steps, or a smaller --size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descent-lab: nothing to record: the run {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out}  ({frames} frames at {fps} fps; the run {outcome})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the code&apos;s {name} is no longer a module when run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s {name} is no longer an optimizer when run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} is not one of the run&apos;s {steps} steps (0 to {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checkpoint of step {t} cannot compute step {t2} again, only later ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {t} could not be computed again exactly (its loss came out {value}, the run&apos;s was {loss}): the code keeps something between steps that a checkpoint does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s {name} is not the array it was when run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code&apos;s {name} has no tensor to hold it when run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RewindStore</name>
    <message>
        <source>every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {ordinal} step</source>
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
    <name>Run</name>
    <message>
        <source>{outcome}: the loss became {loss}; try a learning rate smaller than {lr}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTEBOOK SECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, CPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Devices here: {devices}.</source>
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
    <name>Sessions</name>
    <message>
        <source>the edit of {variant} {fault}, so the session could not be opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits or the predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session: it is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a session nests two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({msg} at line {lineno})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session (no &quot;kind&quot;: &quot;{kind}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an unknown key {value}; known keys are {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is version {value}; this app reads version {VERSION}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: code = {value} is not allowed: an object of variant names to their module&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: code has an unknown variant {value}; known are {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: code.{variant} = {value} is not allowed: the module&apos;s text, a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: code.{variant} {fault}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds U+{value} at line {value2}, a lone surrogate, which is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a NUL character at line {value}, which Python refuses in source code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {value}; an edit of at most {value2} is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {value} lines; an edit of at most {MAX_CODE_LINES} is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a line of {count} characters (line {line}); lines of at most {most} are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: pace = {value} is not allowed: a number of steps per second &gt; 0, or &quot;max&quot;</source>
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
    <message>
        <source>the remembered settings</source>
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
    <name>Snapshot</name>
    <message>
        <source>argument --all: takes no VARIANT; it saves all seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument --code: edits one VARIANT&apos;s module; give VARIANT --out FILE.png, not --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: VARIANT (or --all DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument --all: could not make the folder {value}: {value2}</source>
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
    <name>Variants</name>
    <message>
        <source>this binds the name param to a new tensor; the model&apos;s parameters never change, so the loss stays flat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the loss flat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook updates with `param = param - learning_rate * param.grad`. That builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= …`) updates the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the in-place update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nn cell updates each weight with `param = param - learning_rate * param.grad`. Will the loss go down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It depends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss stays exactly where it started. `param = param - learning_rate * param.grad` builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= learning_rate * param.grad`) updates the model, and then the loss falls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DynamicNet draws its depth, 0 to 3, afresh at every step. Over the run, how often will each depth be drawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About equally often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly 0, the shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly 3, the deepest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changes as the loss falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`random.randint(0, 3)` gives 0, 1, 2 and 3 with equal chances at every step, whatever the loss or the weights. Each depth comes up on about a quarter of the steps, 125 of the notebook&apos;s 500, and chance scatters the counts by about ten either way: see the counts beside the depth trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optim trains the network with Adam, custom with plain SGD: the same data, starting weights and learning rate, 1e-4. Which has the lower loss after 500 steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam (optim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, but only near the end: SGD&apos;s loss is lower for most of the run (ten to thirty times lower at step 100), and Adam overtakes it between steps 250 and 450, depending on the seed. SGD moves each weight by the learning rate times its gradient: big steps while the gradients are big, ever smaller ones as the loss falls. Adam moves each weight by about the learning rate at every step, whatever its gradient&apos;s size: slow at first, and still moving when SGD has nearly stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Numpy to implement a neural network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numpy knows nothing of computation graphs or gradients, yet it can fit a two-layer network to random data: the forward pass and every gradient of the backward pass are written out by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch Tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PyTorch Tensor is conceptually identical to a numpy array, but it can run on a GPU. The forward and backward passes are still written by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: Tensors and autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forward pass records a computational graph; loss.backward() walks it back and fills w1.grad and w2.grad. The backward pass is no longer written by hand, and the gradients equal the hand-derived ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: nn module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nn package arranges the computation into layers (Modules) that hold their own weights, and provides loss functions. The weights are still updated by hand, and the notebook&apos;s update line has a catch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: optim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The optim package abstracts the optimization algorithm. The same model is now updated by Adam, one of the many optimizers torch.optim provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: Custom nn Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For models more complex than a sequence of layers, subclass nn.Module and define forward(). Here the two-layer network is such a subclass, trained with plain stochastic gradient descent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: Control Flow + Weight Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each forward pass reuses the same middle layer a random 0 to 3 times: ordinary Python control flow builds a new graph every step, and one Module can safely appear many times in it. SGD with momentum trains it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>{name} names no format this app writes: end it in {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 needs ffmpeg, which was not found ({error}); install imageio-ffmpeg, or record a .gif or .webp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ffmpeg could not encode the recording ({value})</source>
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
</context>
</TS>
