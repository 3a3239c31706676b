<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Nouvelle graine aléatoire</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Steps per press of Step</source>
        <translation>Pas par appui sur Pas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>N, batch size</source>
        <translation>N, taille du lot</translation>
    </message>
    <message>
        <source>D_in, input dimension</source>
        <translation>D_in, dimension d’entrée</translation>
    </message>
    <message>
        <source>H, hidden dimension</source>
        <translation>H, dimension cachée</translation>
    </message>
    <message>
        <source>D_out, output dimension</source>
        <translation>D_out, dimension de sortie</translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation>Perte à chaque pas</translation>
    </message>
    <message>
        <source>Settings and run controls</source>
        <translation>Réglages et commandes de l’entraînement</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>Mémoire nécessaire</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Retour en arrière</translation>
    </message>
    <message>
        <source>Weights and code</source>
        <translation>Poids et code</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Weights of a layer</source>
        <translation>Poids d’une couche</translation>
    </message>
    <message>
        <source>Depth DynamicNet chose at each step</source>
        <translation>Profondeur choisie par DynamicNet à chaque pas</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Vérification des gradients</translation>
    </message>
    <message>
        <source>Rewind to step</source>
        <translation>Revenir au pas</translation>
    </message>
    <message>
        <source>Step shown</source>
        <translation>Pas affiché</translation>
    </message>
    <message>
        <source>Code that runs</source>
        <translation>Code exécuté</translation>
    </message>
    <message>
        <source>Notebook section</source>
        <translation>Section du notebook</translation>
    </message>
    <message>
        <source>What this code does</source>
        <translation>Ce que fait ce code</translation>
    </message>
    <message>
        <source>Note on the code</source>
        <translation>Remarque sur le code</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Éditeur de code</translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation>Rechercher dans le code</translation>
    </message>
    <message>
        <source>Error in the code</source>
        <translation>Erreur dans le code</translation>
    </message>
    <message>
        <source>Code state</source>
        <translation>État du code</translation>
    </message>
    <message>
        <source>The variant&apos;s whole module, to edit. Tab inserts four spaces and Shift+Tab removes them; Ctrl+Tab moves to the next control and Ctrl+Shift+Tab to the previous one. Ctrl+F finds, Ctrl+Z undoes. Start runs the edit.</source>
        <translation>Le module entier de la variante, à modifier. Tab insère quatre espaces et Maj+Tab les retire ; Ctrl+Tab passe à la commande suivante et Ctrl+Maj+Tab à la précédente. Ctrl+F recherche, Ctrl+Z annule. Démarrer exécute la modification.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Banner action</source>
        <translation>Action de la remarque</translation>
    </message>
    <message>
        <source>Hide this note</source>
        <translation>Masquer cette remarque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Horizontal scroll bar</source>
        <translation>Barre de défilement horizontale</translation>
    </message>
    <message>
        <source>Vertical scroll bar</source>
        <translation>Barre de défilement verticale</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this note</source>
        <translation>Masquer cette remarque</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>step {t}&apos;s tensors could not be read: {kind}: {error}</source>
        <translation>Les tenseurs du pas {t} n’ont pas pu être lus : {kind} : {error}</translation>
    </message>
    <message>
        <source>this step&apos;s graph has more than {MAX_NODES} nodes, too many to draw; its tensors the code names are listed</source>
        <translation>Le graphe de ce pas a plus de {MAX_NODES} nœuds, trop pour être dessiné ; les tenseurs que le code nomme sont listés</translation>
    </message>
    <message>
        <source>this step&apos;s loss has no grad_fn: autograd recorded no graph for it, and the {variant} variant writes no backward pass by hand</source>
        <translation>La perte de ce pas n’a pas de grad_fn : autograd n’a enregistré aucun graphe pour elle, et la variante {variant} n’écrit pas de passe arrière à la main</translation>
    </message>
</context>
<context>
    <name>CodeFiles</name>
    <message>
        <source>There is no run to export yet</source>
        <translation>Il n’y a pas encore d’entraînement à exporter</translation>
    </message>
    <message>
        <source>A race is not exported as a notebook, as its lanes share one problem: run one variant, then export it</source>
        <translation>Une course ne s’exporte pas en notebook, car ses couloirs partagent un même problème : lancez une seule variante, puis exportez-la</translation>
    </message>
    <message>
        <source>Open code</source>
        <translation>Ouvrir du code</translation>
    </message>
    <message>
        <source>Python module or exported notebook (*.py *.ipynb);;All files (*)</source>
        <translation>Module Python ou notebook exporté (*.py *.ipynb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notebook not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be exported somewhere else.</source>
        <translation>&lt;b&gt;Notebook non enregistré.&lt;/b&gt; {why}. Rien n’est perdu : l’entraînement est toujours là et peut être exporté ailleurs.</translation>
    </message>
    <message>
        <source>Saved {path}: run it in Jupyter, and it prints what this run printed</source>
        <translation>{path} enregistré : exécutez-le dans Jupyter, il affiche ce que cet entraînement a affiché</translation>
    </message>
    <message>
        <source>{path} holds the {variant} variant&apos;s module: stop the run (Esc) before opening it</source>
        <translation>{path} contient le module de la variante {variant} : arrêtez l’entraînement (Échap) avant de l’ouvrir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the code:&lt;/b&gt; {why}. The editor is unchanged.</source>
        <translation>&lt;b&gt;Impossible d’ouvrir le code :&lt;/b&gt; {why}. L’éditeur reste inchangé.</translation>
    </message>
    <message>
        <source>Opened {file} as the {variant} variant&apos;s code: it runs when you press Start</source>
        <translation>{file} ouvert comme code de la variante {variant} : il s’exécute quand vous appuyez sur Démarrer</translation>
    </message>
    <message>
        <source>Export as notebook</source>
        <translation>Exporter en notebook</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Notebook Jupyter (*.ipynb)</translation>
    </message>
    <message>
        <source>{file}&apos;s code {fault}</source>
        <translation>Le code de {file} {fault}</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text ({reason} at byte {start})</source>
        <translation>{value} n’est pas du texte UTF-8 ({reason} à l’octet {start})</translation>
    </message>
    <message>
        <source>{value} holds the {variant} variant&apos;s module ({module}), not the {variant2} variant&apos;s: run it as {variant}</source>
        <translation>{value} contient le module de la variante {variant} ({module}), pas celui de la variante {variant2} : exécutez-le comme {variant}</translation>
    </message>
    <message>
        <source>{module} (cell {cell} of {notebook})</source>
        <translation>{module} (cellule {cell} de {notebook})</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>The code that runs, read from models/ as the app starts the run</source>
        <translation>Le code exécuté, lu dans models/ au démarrage de l’entraînement</translation>
    </message>
    <message>
        <source>{lines} and {more} more</source>
        <translation>{lines} et {more} de plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {lines}:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Ligne {lines} :&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines {lines}:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Lignes {lines} :&lt;/b&gt; {note}</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{field} = {value} is not allowed: {allowed}</source>
        <translation>{field} = {value} n’est pas autorisé : {allowed}</translation>
    </message>
    <message>
        <source>the {variant} variant runs on the CPU only (cpu)</source>
        <translation>la variante {variant} ne tourne que sur le CPU (cpu)</translation>
    </message>
    <message>
        <source>the {variant} variant computes in {dtype} only</source>
        <translation>la variante {variant} ne calcule qu’en {dtype}</translation>
    </message>
    <message>
        <source>a JSON object of settings</source>
        <translation>un objet JSON de réglages</translation>
    </message>
    <message>
        <source>known settings are {names}</source>
        <translation>les réglages connus sont {names}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation>un nombre &gt; 0 et &lt;= {high}</translation>
    </message>
    <message>
        <source>a number &gt;= 0 and &lt; 1</source>
        <translation>un nombre &gt;= 0 et &lt; 1</translation>
    </message>
    <message>
        <source>choose from {choices}</source>
        <translation>choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>they need about {need} but {free} is free on {device}; make N, D_in, H, D_out or steps smaller</source>
        <translation>il faut environ {need} mais seulement {free} sont libres sur {device} ; réduisez N, D_in, H, D_out ou steps</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The notebook section to run (keys 1 to 7)</source>
        <translation>La section du notebook à exécuter (touches 1 à 7)</translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation>Valeurs du notebook</translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s own values for this variant</source>
        <translation>Remettre les valeurs du notebook pour cette variante</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>N: batch size, the number of examples</source>
        <translation>N : taille du lot, le nombre d’exemples</translation>
    </message>
    <message>
        <source>D_in: input dimension</source>
        <translation>D_in : dimension d’entrée</translation>
    </message>
    <message>
        <source>H: hidden dimension</source>
        <translation>H : dimension cachée</translation>
    </message>
    <message>
        <source>D_out: output dimension</source>
        <translation>D_out : dimension de sortie</translation>
    </message>
    <message>
        <source>Seeds numpy.random, torch and random: the same seed, the same run</source>
        <translation>Initialise numpy.random, torch et random : même graine, même entraînement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>A fresh random seed</source>
        <translation>Une graine aléatoire neuve</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Learning rate: type 1e-6 or 0.0001; the arrows step by a factor of ten</source>
        <translation>Taux d’apprentissage : tapez 1e-6 ou 0.0001 ; les flèches le multiplient ou le divisent par dix</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
    </message>
    <message>
        <source>How many training steps the run takes</source>
        <translation>Le nombre de pas d’entraînement</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>SGD momentum for DynamicNet (the notebook uses 0.9)</source>
        <translation>Moment de SGD pour DynamicNet (le notebook prend 0.9)</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>notebook (changes nothing)</source>
        <translation>notebook (ne change rien)</translation>
    </message>
    <message>
        <source>in-place (learns)</source>
        <translation>sur place (apprend)</translation>
    </message>
    <message>
        <source>The notebook&apos;s &apos;param = param - lr * grad&apos; only rebinds a name; in-place updates the model</source>
        <translation>Le « param = param - lr * grad » du notebook ne fait que relier un nom ; sur place met à jour le modèle</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Where the tensors live: only devices this machine has are listed</source>
        <translation>Où vivent les tenseurs : seuls les périphériques de cette machine sont listés</translation>
    </message>
    <message>
        <source>device</source>
        <translation>périphérique</translation>
    </message>
    <message>
        <source>Floating-point precision of the tensors</source>
        <translation>Précision en virgule flottante des tenseurs</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>How fast the run plays, from 1 step/s to max (as fast as it goes)</source>
        <translation>La vitesse de l’entraînement, de 1 pas/s à max (aussi vite que possible)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start a run (Space)</source>
        <translation>Démarrer un entraînement (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Run exactly this many steps, then pause (Right or S)</source>
        <translation>Exécuter exactement ce nombre de pas, puis faire une pause (Droite ou S)</translation>
    </message>
    <message>
        <source>How many steps one press of Step runs</source>
        <translation>Combien de pas exécute un appui sur Pas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the run; its curve stays (Esc)</source>
        <translation>Arrêter l’entraînement ; sa courbe reste (Échap)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation>Arrêter et vider les vues (R)</translation>
    </message>
    <message>
        <source>Steps done out of the run&apos;s total</source>
        <translation>Pas effectués sur le total de l’entraînement</translation>
    </message>
    <message>
        <source>step {done} of {total}</source>
        <translation>pas {done} sur {total}</translation>
    </message>
    <message>
        <source>Settings are locked while a run is active: Stop (Esc) or Reset (R) to change them.</source>
        <translation>Les réglages sont verrouillés pendant un entraînement : Arrêter (Échap) ou Réinitialiser (R) pour les changer.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>{pace} steps/s</source>
        <translation>{pace} pas/s</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>DepthTrace</name>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>Descriptions</name>
    <message>
        <source>{name}, no steps yet, {total} to run</source>
        <translation>{name}, aucun pas encore, {total} à faire</translation>
    </message>
    <message>
        <source>{name}, step 1 of {total}, loss {loss}</source>
        <translation>{name}, pas 1 sur {total}, perte {loss}</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down {change}% over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, en baisse de {change} % sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up {change}% over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, en hausse de {change} % sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down by a factor of {change} over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, divisée par {change} sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up by a factor of {change} over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, multipliée par {change} sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, unchanged over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, inchangée sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, down over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, en baisse sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, step {step} of {total}, loss {loss}, up over the last {span} steps</source>
        <translation>{name}, pas {step} sur {total}, perte {loss}, en hausse sur les {span} derniers pas</translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}; the last finite loss was {loss}</source>
        <translation>{name}, a divergé au pas {step} sur {total} : la perte est {what} ; la dernière perte finie était {loss}</translation>
    </message>
    <message>
        <source>{name}, diverged at step {step} of {total}: the loss is {what}</source>
        <translation>{name}, a divergé au pas {step} sur {total} : la perte est {what}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>infinie</translation>
    </message>
    <message>
        <source>past run {label}: {steps} steps, loss from {first} to {last}</source>
        <translation>entraînement précédent {label} : {steps} pas, perte de {first} à {last}</translation>
    </message>
    <message>
        <source>past run {label}, hidden: {steps} steps, loss from {first} to {last}</source>
        <translation>entraînement précédent {label}, masqué : {steps} pas, perte de {first} à {last}</translation>
    </message>
    <message>
        <source>past run {label}: no finite loss</source>
        <translation>entraînement précédent {label} : aucune perte finie</translation>
    </message>
    <message>
        <source>{name}: {steps} steps, largest relative difference {largest}, latest {latest}</source>
        <translation>{name} : {steps} pas, plus grand écart relatif {largest}, dernier {latest}</translation>
    </message>
    <message>
        <source>{name}: no steps yet</source>
        <translation>{name} : aucun pas encore</translation>
    </message>
    <message>
        <source>No run yet: press Start (Space)</source>
        <translation>Pas encore d’entraînement : appuyez sur Démarrer (Espace)</translation>
    </message>
    <message>
        <source>Rewound to step {step}: loss {loss}</source>
        <translation>Revenu au pas {step} : perte {loss}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; values from {low} to {high}</source>
        <translation>{title} : {rows} sur {cols}, {view} ; valeurs de {low} à {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, shown {shown_rows} by {shown_cols}, {view}; values from {low} to {high}</source>
        <translation>{title} : {rows} sur {cols}, affiché en {shown_rows} sur {shown_cols}, {view} ; valeurs de {low} à {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; {holes} values are not finite; the others from {low} to {high}</source>
        <translation>{title} : {rows} sur {cols}, {view} ; {holes} valeurs ne sont pas finies ; les autres de {low} à {high}</translation>
    </message>
    <message>
        <source>{title}: {rows} by {cols}, {view}; nothing drawn yet</source>
        <translation>{title} : {rows} sur {cols}, {view} ; rien de dessiné encore</translation>
    </message>
    <message>
        <source>{title}: nothing drawn yet</source>
        <translation>{title} : rien de dessiné encore</translation>
    </message>
    <message>
        <source>Depth of each step, {steps} steps: {counts}</source>
        <translation>Profondeur de chaque pas, {steps} pas : {counts}</translation>
    </message>
    <message>
        <source>depth {depth}: {count}</source>
        <translation>profondeur {depth} : {count}</translation>
    </message>
    <message>
        <source>Depth of each step: no steps yet</source>
        <translation>Profondeur de chaque pas : aucun pas encore</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>no desktop entry was installed</source>
        <translation>aucune entrée de bureau n’a été installée</translation>
    </message>
</context>
<context>
    <name>Edited</name>
    <message>
        <source>the module must define a generator function train(config, problem) that yields a Step for each training step, as the {name} variant&apos;s does</source>
        <translation>le module doit définir une fonction génératrice train(config, problem) qui produit un Step à chaque pas d’entraînement, comme celle de la variante {name}</translation>
    </message>
    <message>
        <source>ending after its last step</source>
        <translation>la fin après son dernier pas</translation>
    </message>
    <message>
        <source>ending when closed</source>
        <translation>la fin à la fermeture</translation>
    </message>
    <message>
        <source>stopped after {limit} s without {waiting_for}</source>
        <translation>arrêté après {limit} s sans {waiting_for}</translation>
    </message>
    <message>
        <source>yielding a step</source>
        <translation>produire un pas</translation>
    </message>
    <message>
        <source>the edit&apos;s train stopped after {index} of {steps} steps</source>
        <translation>le train de la modification s’est arrêté après {index} pas sur {steps}</translation>
    </message>
    <message>
        <source>the edit&apos;s train yielded more than the {steps} steps asked for; a variant yields one Step per step of config.steps</source>
        <translation>le train de la modification a produit plus que les {steps} pas demandés ; une variante produit un Step par pas de config.steps</translation>
    </message>
    <message>
        <source>train yielded {value}; it must yield a Step (from .step import Step) for each training step, as the original does</source>
        <translation>train a produit {value} ; il doit produire un Step (from .step import Step) à chaque pas d’entraînement, comme l’original</translation>
    </message>
    <message>
        <source>step {index} was yielded as Step(t={t}, …); t must count the steps from 0, as the loop&apos;s t does</source>
        <translation>le pas {index} a été produit comme Step(t={t}, …) ; t doit compter les pas à partir de 0, comme le t de la boucle</translation>
    </message>
    <message>
        <source>step {index}&apos;s depth is {depth}; the {name} variant draws a depth of 0, 1, 2 or 3 at each step, as random.randint(0, 3) does</source>
        <translation>la profondeur du pas {index} est {depth} ; la variante {name} tire une profondeur de 0, 1, 2 ou 3 à chaque pas, comme random.randint(0, 3)</translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {value}; it must be one real number, a 0-d tensor such as criterion(y_pred, y) returns</source>
        <translation>la perte du pas {t} est {value} ; elle doit être un seul nombre réel, un tenseur 0-d comme celui que renvoie criterion(y_pred, y)</translation>
    </message>
    <message>
        <source>step {t}&apos;s loss is {now} where step 0&apos;s was {first}; every step&apos;s loss is one number of the same kind</source>
        <translation>la perte du pas {t} est {now} alors que celle du pas 0 était {first} ; la perte de chaque pas est un nombre du même genre</translation>
    </message>
    <message>
        <source>step {t}&apos;s weights are {value}; a Step carries its weight matrices as a dict, name: matrix</source>
        <translation>les poids du pas {t} sont {value} ; un Step porte ses matrices de poids dans un dict, nom : matrice</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {matrices}; the {name} variant draws {count} matrices of shapes {shapes} (inputs, outputs), from D_in={D_in}, H={H} and D_out={D_out}: change the sizes in the settings, not in the code</source>
        <translation>les matrices de poids du pas {t} sont {matrices} ; la variante {name} tire {count} matrices de formes {shapes} (entrées, sorties), d’après D_in={D_in}, H={H} et D_out={D_out} : changez les tailles dans les réglages, pas dans le code</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrices are {value}; every step must keep step 0&apos;s names and shapes: {value2}</source>
        <translation>les matrices de poids du pas {t} sont {value} ; chaque pas doit garder les noms et les formes du pas 0 : {value2}</translation>
    </message>
    <message>
        <source>step {t}&apos;s weight matrix {name} is {value}; each must be a tensor or a numpy array of real numbers</source>
        <translation>la matrice de poids {name} du pas {t} est {value} ; chacune doit être un tenseur ou un tableau numpy de nombres réels</translation>
    </message>
    <message>
        <source>step {t}&apos;s gradients are {value}; a Step carries its gradients as a dict, name: matrix, as it carries its weights</source>
        <translation>les gradients du pas {t} sont {value} ; un Step porte ses gradients dans un dict, nom : matrice, comme ses poids</translation>
    </message>
    <message>
        <source>step {t}&apos;s gradient {name} is {value}; a gradient must be a tensor or a numpy array of real numbers, of the shape of the weight of its name</source>
        <translation>le gradient {name} du pas {t} est {value} ; un gradient doit être un tenseur ou un tableau numpy de nombres réels, de la forme du poids du même nom</translation>
    </message>
    <message>
        <source>step {t} carries no gradient of {value}; every step must carry the gradients step 0 did ({value2})</source>
        <translation>le pas {t} ne porte aucun gradient de {value} ; chaque pas doit porter les gradients que portait le pas 0 ({value2})</translation>
    </message>
</context>
<context>
    <name>EditedCode</name>
    <message>
        <source>descent-lab: error: argument --code: {error}</source>
        <translation>descent-lab : erreur : argument --code : {error}</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit code (E)</source>
        <translation>Modifier le code (E)</translation>
    </message>
    <message>
        <source>Edit this variant&apos;s module; Start runs your edit</source>
        <translation>Modifier le module de cette variante ; Démarrer exécute votre modification</translation>
    </message>
    <message>
        <source>Revert to notebook</source>
        <translation>Revenir au notebook</translation>
    </message>
    <message>
        <source>Put back the notebook&apos;s code for this variant (Ctrl+Z undoes it)</source>
        <translation>Remettre le code du notebook pour cette variante (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a module (.py) or a notebook exported from Descent Lab (.ipynb) in the editor; Start runs it</source>
        <translation>Ouvrir dans l’éditeur un module (.py) ou un notebook exporté de Descent Lab (.ipynb) ; Démarrer l’exécute</translation>
    </message>
    <message>
        <source>Done editing (E)</source>
        <translation>Fin de la modification (E)</translation>
    </message>
    <message>
        <source>It is shown under the code.</source>
        <translation>Elle est affichée sous le code.</translation>
    </message>
    <message>
        <source>The traceback is under the code.</source>
        <translation>La trace d’appels est sous le code.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed:&lt;/b&gt; {error}. {more}</source>
        <translation>&lt;b&gt;Votre code modifié a échoué :&lt;/b&gt; {error}. {more}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your edited code failed at line {line}:&lt;/b&gt; {error}. {more}</source>
        <translation>&lt;b&gt;Votre code modifié a échoué à la ligne {line} :&lt;/b&gt; {error}. {more}</translation>
    </message>
    <message>
        <source>The notebook&apos;s code</source>
        <translation>Le code du notebook</translation>
    </message>
    <message>
        <source>Edited: 1 line differs from the notebook&apos;s ({digest})</source>
        <translation>Modifié : 1 ligne diffère du notebook ({digest})</translation>
    </message>
    <message>
        <source>Edited: {count} lines differ from the notebook&apos;s ({digest})</source>
        <translation>Modifié : {count} lignes diffèrent du notebook ({digest})</translation>
    </message>
    <message>
        <source>From a file, not yet run: it runs only when you press Start.</source>
        <translation>D’un fichier, pas encore exécuté : il ne s’exécute que lorsque vous appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>This edit {fault}, so it is not remembered: it stays here and runs until you close the app, and is kept again once shortened</source>
        <translation>Cette modification {fault}, elle n’est donc pas retenue : elle reste ici et s’exécute jusqu’à la fermeture de l’application, et sera retenue à nouveau une fois raccourcie</translation>
    </message>
    <message>
        <source>The edits of all variants together are more than the settings keep, so this one is not remembered: it stays here and runs until you close the app; revert another variant&apos;s edit to keep it</source>
        <translation>Les modifications de toutes les variantes dépassent ce que gardent les réglages, celle-ci n’est donc pas retenue : elle reste ici et s’exécute jusqu’à la fermeture de l’application ; annulez la modification d’une autre variante pour la garder</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Find: Enter for the next, Esc to close</source>
        <translation>Rechercher : Entrée pour le suivant, Échap pour fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Line {line}:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Ligne {line} :&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Save screenshot</source>
        <translation>Enregistrer une capture d’écran</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Plot width</source>
        <translation>Largeur du graphique</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>Largeur en pixels :</translation>
    </message>
    <message>
        <source>There is no run to export yet</source>
        <translation>Il n’y a pas encore d’entraînement à exporter</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>Exporter l’entraînement</translation>
    </message>
    <message>
        <source>CSV of every step, with a JSON summary (*.csv)</source>
        <translation>CSV de chaque pas, avec un résumé JSON (*.csv)</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>There is no run to record yet</source>
        <translation>Il n’y a pas encore d’entraînement à enregistrer en vidéo</translation>
    </message>
    <message>
        <source>Pause (Space) or stop (Esc) the run before recording it</source>
        <translation>Mettez l’entraînement en pause (Espace) ou arrêtez-le (Échap) avant de l’enregistrer</translation>
    </message>
    <message>
        <source>Record run</source>
        <translation>Enregistrer en vidéo</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;GIF (*.gif);;WebP (*.webp)</source>
        <translation>Vidéo MP4 (*.mp4);;GIF (*.gif);;WebP (*.webp)</translation>
    </message>
    <message>
        <source>Length in seconds:</source>
        <translation>Durée en secondes :</translation>
    </message>
    <message>
        <source>Recording the run…</source>
        <translation>Enregistrement de l’entraînement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written</source>
        <translation>Enregistrement annulé : rien n’a été écrit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recording not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be recorded somewhere else.</source>
        <translation>&lt;b&gt;Vidéo non enregistrée.&lt;/b&gt; {why}. Rien n’est perdu : l’entraînement est toujours là et peut être enregistré ailleurs.</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session not saved:&lt;/b&gt; {why}. Nothing is lost: the edits are still in the editor.</source>
        <translation>&lt;b&gt;Session non enregistrée :&lt;/b&gt; {why}. Rien n’est perdu : les modifications sont toujours dans l’éditeur.</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Descent Lab session (*.json)</source>
        <translation>Session Descent Lab (*.json)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before opening a session</source>
        <translation>Arrêtez l’entraînement (Échap) avant d’ouvrir une session</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Descent Lab session (*.json);;All files (*)</source>
        <translation>Session Descent Lab (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {why}. The current settings are unchanged.</source>
        <translation>&lt;b&gt;Impossible d’ouvrir la session :&lt;/b&gt; {why}. Les réglages actuels restent inchangés.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the session:&lt;/b&gt; {file}: {why}. The current settings are unchanged.</source>
        <translation>&lt;b&gt;Impossible d’ouvrir la session :&lt;/b&gt; {file} : {why}. Les réglages actuels restent inchangés.</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>the window would show {config} instead</source>
        <translation>la fenêtre afficherait {config} à la place</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what} not saved.&lt;/b&gt; {why}. Nothing is lost: the run is still here, and can be saved somewhere else.</source>
        <translation>&lt;b&gt;Échec de l’enregistrement : {what}.&lt;/b&gt; {why}. Rien n’est perdu : l’entraînement est toujours là et peut être enregistré ailleurs.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{value} is a folder, not a file</source>
        <translation>{value} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{value} is not writable</source>
        <translation>{value} n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the folder {value} does not exist</source>
        <translation>le dossier {value} n’existe pas</translation>
    </message>
    <message>
        <source>the folder {value} is not writable</source>
        <translation>le dossier {value} n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Could not write {value}: a stream takes text only</source>
        <translation>Impossible d’écrire {value} : un flux n’accepte que du texte</translation>
    </message>
    <message>
        <source>Could not write {path}: {value}</source>
        <translation>Impossible d’écrire {path} : {value}</translation>
    </message>
    <message>
        <source>Could not open {path}: {value}</source>
        <translation>Impossible d’ouvrir {path} : {value}</translation>
    </message>
    <message>
        <source>it is larger than {value}</source>
        <translation>il dépasse {value}</translation>
    </message>
    <message>
        <source>Could not read {path}: {value}</source>
        <translation>Impossible de lire {path} : {value}</translation>
    </message>
    <message>
        <source>Could not open {path}: {refusal}</source>
        <translation>Impossible d’ouvrir {path} : {refusal}</translation>
    </message>
    <message>
        <source>it is {value}, not a file</source>
        <translation>c’est {value}, pas un fichier</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a folder</source>
        <translation>Impossible d’écrire {path} : c’est un dossier</translation>
    </message>
    <message>
        <source>Could not write to {name}: {value}</source>
        <translation>Impossible d’écrire dans {name} : {value}</translation>
    </message>
    <message>
        <source>Could not write {path}: it is a FIFO that no program is reading</source>
        <translation>Impossible d’écrire {path} : c’est un FIFO qu’aucun programme ne lit</translation>
    </message>
    <message>
        <source>Could not write {destination}: {value}</source>
        <translation>Impossible d’écrire {destination} : {value}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>Heatmaps</name>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Change since step 0</source>
        <translation>Variation depuis le pas 0</translation>
    </message>
    <message>
        <source>Gradient of this step</source>
        <translation>Gradient de ce pas</translation>
    </message>
    <message>
        <source>The weight matrices as they are now</source>
        <translation>Les matrices de poids telles qu’elles sont maintenant</translation>
    </message>
    <message>
        <source>How far each weight moved since step 0: with lr 1e-6 this is where learning shows</source>
        <translation>De combien chaque poids a bougé depuis le pas 0 : avec lr 1e-6, c’est là que l’apprentissage se voit</translation>
    </message>
    <message>
        <source>The gradient used in this step&apos;s update</source>
        <translation>Le gradient utilisé dans la mise à jour de ce pas</translation>
    </message>
    <message>
        <source>Layer 1</source>
        <translation>Couche 1</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <source>Layer 2</source>
        <translation>Couche 2</translation>
    </message>
    <message>
        <source>Auto levels</source>
        <translation>Échelle auto</translation>
    </message>
    <message>
        <source>Rescale the colours every frame; off, they stay as the first frame set them</source>
        <translation>Réajuster les couleurs à chaque image ; désactivé, elles restent comme la première image les a fixées</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Matrices de poids</translation>
    </message>
    <message>
        <source>Show this layer&apos;s matrix</source>
        <translation>Afficher la matrice de cette couche</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>unité cachée</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>the image could not be encoded as {kind}</source>
        <translation>l’image n’a pas pu être encodée en {kind}</translation>
    </message>
</context>
<context>
    <name>Inside</name>
    <message>
        <source>The graph autograd built at this step, from the loss (right) back to the weights (left). Click a box for its tensor.</source>
        <translation>Le graphe qu’autograd a construit à ce pas, de la perte (à droite) jusqu’aux poids (à gauche). Cliquez sur une boîte pour voir son tenseur.</translation>
    </message>
    <message>
        <source>The graph autograd would build: each box a node the hand-written backward lines stand for, with what they compute for it. Click a box for its tensor.</source>
        <translation>Le graphe qu’autograd construirait : chaque boîte est un nœud que représentent les lignes de la passe arrière écrites à la main, avec ce qu’elles calculent pour lui. Cliquez sur une boîte pour voir son tenseur.</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>Dans ce pas</translation>
    </message>
    <message>
        <source>Start a run (Space), or take a first step (S), to see inside its steps.</source>
        <translation>Lancez un entraînement (Espace) ou faites un premier pas (S) pour voir l’intérieur de ses pas.</translation>
    </message>
    <message>
        <source>Step {step}: computing it again…</source>
        <translation>Pas {step} : nouveau calcul en cours…</translation>
    </message>
    <message>
        <source>Step {step} of {run}</source>
        <translation>Pas {step} de {run}</translation>
    </message>
    <message>
        <source>Step {step} of {run} (depth {depth})</source>
        <translation>Pas {step} de {run} (profondeur {depth})</translation>
    </message>
    <message>
        <source>{title}, computed again</source>
        <translation>{title}, recalculé</translation>
    </message>
    <message>
        <source>The run and the rest of the window go on.</source>
        <translation>L’entraînement et le reste de la fenêtre continuent.</translation>
    </message>
    <message>
        <source>The run&apos;s first step is on its way.</source>
        <translation>Le premier pas de l’entraînement arrive.</translation>
    </message>
    <message>
        <source>argument --step: {t} is not one of the run&apos;s {steps} steps, 0 to {value} (--steps sets how many)</source>
        <translation>argument --step : {t} ne fait pas partie des {steps} pas de l’entraînement, 0 à {value} (--steps fixe leur nombre)</translation>
    </message>
    <message>
        <source>argument --dot: standard output is --json&apos;s already; write one of them to a file</source>
        <translation>argument --dot : la sortie standard est déjà celle de --json ; écrivez l’une des deux dans un fichier</translation>
    </message>
    <message>
        <source>diverged: the loss at step {t} is {loss}; try a learning rate smaller than {lr}</source>
        <translation>divergence : la perte au pas {t} vaut {loss} ; essayez un taux d’apprentissage inférieur à {lr}</translation>
    </message>
    <message>
        <source>step {t} has no graph to write: {no_graph}</source>
        <translation>le pas {t} n’a pas de graphe à écrire : {no_graph}</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <source>Tensor</source>
        <translation>Tenseur</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Point at a cell for its value</source>
        <translation>Pointez une cellule pour voir sa valeur</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>forward pass</source>
        <translation>passe avant</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>Tensors of this step, in the order the code computes them</source>
        <translation>Tenseurs de ce pas, dans l’ordre où le code les calcule</translation>
    </message>
    <message>
        <source>The selected tensor as a heatmap</source>
        <translation>Le tenseur choisi, en carte de chaleur</translation>
    </message>
    <message>
        <source>Value under the mouse</source>
        <translation>Valeur sous la souris</translation>
    </message>
    <message>
        <source>line {lines}</source>
        <translation>ligne {lines}</translation>
    </message>
    <message>
        <source>lines {lines}</source>
        <translation>lignes {lines}</translation>
    </message>
    <message>
        <source>The graph of this step</source>
        <translation>Le graphe de ce pas</translation>
    </message>
</context>
<context>
    <name>InsideWatch</name>
    <message>
        <source>step {t}&apos;s tensors could not be read</source>
        <translation>Les tenseurs du pas {t} n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>step {t} lies {count} steps after the nearest one it can be computed again from, more than the {most} computed while you wait: rewind to a step nearer it</source>
        <translation>le pas {t} se trouve {count} pas après le plus proche à partir duquel il peut être recalculé, plus que les {most} calculés pendant que vous attendez : revenez à un pas plus proche</translation>
    </message>
    <message>
        <source>step {t} could not be computed again</source>
        <translation>le pas {t} n’a pas pu être recalculé</translation>
    </message>
    <message>
        <source> (line {line})</source>
        <translation> (ligne {line})</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>No runs on the plot yet</source>
        <translation>Aucun entraînement sur le graphique pour l’instant</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>{language} from the next start: close the app and open it again.</source>
        <translation>{language} au prochain démarrage : fermez l’application et rouvrez-la.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>descent-lab: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). Run it on a desktop, or headless: python -m app run VARIANT</source>
        <translation>descent-lab : aucun écran où ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez-la sur un bureau, ou sans fenêtre : python -m app run VARIANT</translation>
    </message>
</context>
<context>
    <name>Listening</name>
    <message>
        <source>Listen needs Qt Multimedia, which this installation lacks (pip install descent-lab[sound], or PySide6-Addons)</source>
        <translation>Écouter a besoin de Qt Multimedia, absent de cette installation (pip install descent-lab[sound], ou PySide6-Addons)</translation>
    </message>
    <message>
        <source>Listen found no sound output on this machine: the curve stays on screen</source>
        <translation>Écouter n’a trouvé aucune sortie son sur cette machine : la courbe reste à l’écran</translation>
    </message>
    <message>
        <source>Listen could not play: {device} takes no 16-bit mono sound at {rate} Hz</source>
        <translation>Écouter n’a pas pu jouer : {device} n’accepte pas de son mono 16 bits à {rate} Hz</translation>
    </message>
    <message>
        <source>Listen could not play: {device} refused to start</source>
        <translation>Écouter n’a pas pu jouer : {device} a refusé de démarrer</translation>
    </message>
    <message>
        <source>There is no curve to listen to yet: start a run</source>
        <translation>Il n’y a pas encore de courbe à écouter : lancez un entraînement</translation>
    </message>
    <message>
        <source>Listening to the run as it goes: low loss, low pitch; a divergence beeps</source>
        <translation>Écoute de l’entraînement en cours : perte basse, son grave ; une divergence bipe</translation>
    </message>
    <message>
        <source>Listening to the curve: low loss, low pitch; a divergence beeps</source>
        <translation>Écoute de la courbe : perte basse, son grave ; une divergence bipe</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>cet entraînement</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>perte (échelle log)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>divergence au pas {step}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss}</source>
        <translation>pas {step} : perte {loss}</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>pas {step}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>descent-lab: error: {why}</source>
        <translation>descent-lab : erreur : {why}</translation>
    </message>
    <message>
        <source>descent-lab: error: argument {option}: {value} is not allowed: {allowed}</source>
        <translation>descent-lab : erreur : argument {option} : {value} n’est pas autorisé : {allowed}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Save screenshot…</source>
        <translation>Enregistrer une capture d’écran…</translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation>Enregistrer le graphique…</translation>
    </message>
    <message>
        <source>Export run…</source>
        <translation>Exporter l’entraînement…</translation>
    </message>
    <message>
        <source>Export as notebook…</source>
        <translation>Exporter en notebook…</translation>
    </message>
    <message>
        <source>Record run…</source>
        <translation>Enregistrer en vidéo…</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>Ouvrir une session…</translation>
    </message>
    <message>
        <source>Save session…</source>
        <translation>Enregistrer la session…</translation>
    </message>
    <message>
        <source>Open predictions…</source>
        <translation>Ouvrir des prédictions…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Démarrer / Pause</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <source>Race variants…</source>
        <translation>Course de variantes…</translation>
    </message>
    <message>
        <source>Notebook defaults</source>
        <translation>Valeurs du notebook</translation>
    </message>
    <message>
        <source>Rewind memory…</source>
        <translation>Mémoire du retour en arrière…</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <source>Code panel</source>
        <translation>Panneau du code</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>Dans ce pas</translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation>Effacer les entraînements précédents</translation>
    </message>
    <message>
        <source>Runs on the plot</source>
        <translation>Entraînements sur le graphique</translation>
    </message>
    <message>
        <source>Listen to the loss</source>
        <translation>Écouter la perte</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Thème clair</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Show on second screen</source>
        <translation>Afficher sur le second écran</translation>
    </message>
    <message>
        <source>Reset layout and settings</source>
        <translation>Réinitialiser la disposition et les réglages</translation>
    </message>
</context>
<context>
    <name>NotebookEdit</name>
    <message>
        <source>{name} is not a Jupyter notebook: it holds no cells</source>
        <translation>{name} n’est pas un notebook Jupyter : il ne contient aucune cellule</translation>
    </message>
    <message>
        <source>{name} is a notebook of nbformat {value}; Descent Lab reads nbformat 4, as Jupyter writes it</source>
        <translation>{name} est un notebook au nbformat {value} ; Descent Lab lit le nbformat 4, tel que Jupyter l’écrit</translation>
    </message>
    <message>
        <source>{name} holds no code cell of a Descent Lab variant: export one with `python -m app notebook VARIANT`</source>
        <translation>{name} ne contient aucune cellule de code d’une variante de Descent Lab : exportez-en une avec `python -m app notebook VARIANT`</translation>
    </message>
    <message>
        <source>{name} holds {count} code cells of Descent Lab variants (cells {cells}); keep the one to run</source>
        <translation>{name} contient {count} cellules de code de variantes de Descent Lab (cellules {cells}) ; gardez celle à exécuter</translation>
    </message>
    <message>
        <source>{name} is {value} MB or more; a notebook is read up to {value2} MB</source>
        <translation>{name} fait {value} Mo ou plus ; un notebook est lu jusqu’à {value2} Mo</translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a notebook nests about six</source>
        <translation>{name} imbrique des valeurs sur plus de {MAX_DEPTH} niveaux ; un notebook en imbrique environ six</translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation>{name} contient un nombre de {value} chiffres ; au plus {MAX_DIGITS} sont lus</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation>{name} contient {word}, qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>{name} is not a Jupyter notebook: not valid JSON ({msg}: line {lineno} column {colno})</source>
        <translation>{name} n’est pas un notebook Jupyter : JSON invalide ({msg} : ligne {lineno}, colonne {colno})</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>&lt;a href=&quot;line:{line}&quot;&gt;Or change line {line} yourself&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;line:{line}&quot;&gt;Ou modifiez vous-même la ligne {line}&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run diverged at step {step}:&lt;/b&gt; the loss became {loss}. Each update overshot by more than it corrected. A smaller learning rate keeps it stable: try {lr}.</source>
        <translation>&lt;b&gt;L’entraînement a divergé au pas {step} :&lt;/b&gt; la perte est devenue {loss}. Chaque mise à jour a dépassé la cible de plus qu’elle ne corrigeait. Un taux d’apprentissage plus petit le garde stable : essayez {lr}.</translation>
    </message>
    <message>
        <source>Try lr = {lr}</source>
        <translation>Essayer lr = {lr}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>{text} is not allowed: {allowed}</source>
        <translation>{text} n’est pas autorisé : {allowed}</translation>
    </message>
    <message>
        <source>one of {languages}</source>
        <translation>l’une de {languages}</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>l’une de {names}</translation>
    </message>
    <message>
        <source>a whole number from 1 to {high}</source>
        <translation>un nombre entier de 1 à {high}</translation>
    </message>
    <message>
        <source>a step from 0 to {last}, counted from 0 as the notebook&apos;s t</source>
        <translation>un pas de 0 à {last}, compté à partir de 0 comme le t du notebook</translation>
    </message>
    <message>
        <source>a screen&apos;s number, from 0 to {last}</source>
        <translation>le numéro d’un écran, de 0 à {last}</translation>
    </message>
    <message>
        <source>a number &gt; 0 and &lt;= {high}</source>
        <translation>un nombre &gt; 0 et &lt;= {high}</translation>
    </message>
    <message>
        <source>a number of seconds &gt; 0 and &lt;= {high}</source>
        <translation>un nombre de secondes &gt; 0 et &lt;= {high}</translation>
    </message>
    <message>
        <source>{name} names no format a slide is saved in: end it in {suffixes}</source>
        <translation>{name} ne désigne aucun format d’enregistrement des diapositives : terminez-le par {suffixes}</translation>
    </message>
    <message>
        <source>{name} is not a notebook&apos;s name: end it in .ipynb</source>
        <translation>{name} n’est pas un nom de notebook : terminez-le par .ipynb</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>argument {option}: applies to the {owner} variant only, not {name}</source>
        <translation>argument {option} : ne s’applique qu’à la variante {owner}, pas à {name}</translation>
    </message>
    <message>
        <source>argument --size: {size} is not allowed: WIDTHxHEIGHT in pixels, each from {low} to {high} (at --scale {scale})</source>
        <translation>argument --size : {size} n’est pas autorisé : LARGEURxHAUTEUR en pixels, chacune de {low} à {high} (avec --scale {scale})</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped at step {step}</source>
        <translation>arrêté au pas {step}</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>divergé au pas {step}</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>argument {option}: {why}</source>
        <translation>argument {option} : {why}</translation>
    </message>
    <message>
        <source>invalid choice: {value}</source>
        <translation>choix invalide : {value}</translation>
    </message>
    <message>
        <source>Watch the &apos;Introduction to PyTorch&apos; notebook learn. With no command, opens the window.</source>
        <translation>Regardez apprendre le notebook « Introduction to PyTorch ». Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>forget the window&apos;s remembered settings and layout, then exit</source>
        <translation>oublier les réglages et la disposition retenus par la fenêtre, puis quitter</translation>
    </message>
    <message>
        <source>the language of the window and of this command&apos;s sentences: en, de or fr (default: the View menu&apos;s choice, else the system&apos;s)</source>
        <translation>la langue de la fenêtre et des phrases de cette commande : en, de ou fr (par défaut : le choix du menu Affichage, sinon celle du système)</translation>
    </message>
    <message>
        <source>the window&apos;s plots full screen on screen N (0 is the first), its controls where it opens: a projector&apos;s view, as View, Show on second screen gives</source>
        <translation>les graphiques de la fenêtre en plein écran sur l’écran N (0 est le premier), ses commandes là où elle s’ouvre : la vue pour un projecteur, comme la donne Affichage, Afficher sur le second écran</translation>
    </message>
    <message>
        <source>open the window with a session file&apos;s settings</source>
        <translation>ouvrir la fenêtre avec les réglages d’un fichier de session</translation>
    </message>
    <message>
        <source>Open the window with the settings of a session file (File, Save session). A file that cannot be opened is explained in the window, which starts as it would.</source>
        <translation>Ouvrir la fenêtre avec les réglages d’un fichier de session (Fichier, Enregistrer la session). Un fichier qui ne peut pas être ouvert est expliqué dans la fenêtre, qui démarre normalement.</translation>
    </message>
    <message>
        <source>train one variant headless and print &apos;t loss&apos; lines as the notebook does</source>
        <translation>entraîner une variante sans fenêtre et afficher des lignes « t loss » comme le notebook</translation>
    </message>
    <message>
        <source>Train one variant headless. Prints &apos;t loss&apos; lines exactly as the notebook does: every step for numpy, every 100th for the others.</source>
        <translation>Entraîner une variante sans fenêtre. Affiche des lignes « t loss » exactement comme le notebook : chaque pas pour numpy, tous les 100 pas pour les autres.</translation>
    </message>
    <message>
        <source>print every K-th step</source>
        <translation>afficher un pas sur K</translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: their own defaults, as the notebook runs)</source>
        <translation>threads de torch et de BLAS (par défaut : leurs propres valeurs, comme le notebook)</translation>
    </message>
    <message>
        <source>write every step&apos;s loss as CSV (&apos;-&apos;: stdout)</source>
        <translation>écrire la perte de chaque pas en CSV (« - » : sortie standard)</translation>
    </message>
    <message>
        <source>write the configuration and a summary (&apos;-&apos;: stdout)</source>
        <translation>écrire la configuration et un résumé (« - » : sortie standard)</translation>
    </message>
    <message>
        <source>draw the loss curve as PNG</source>
        <translation>dessiner la courbe de perte en PNG</translation>
    </message>
    <message>
        <source>print one step&apos;s named tensors, from the inside, as the window&apos;s &apos;Inside this step&apos; shows them</source>
        <translation>afficher les tenseurs nommés d’un pas, vus de l’intérieur, comme les montre « Dans ce pas » dans la fenêtre</translation>
    </message>
    <message>
        <source>Run a variant to step K and print each tensor of that step&apos;s forward and backward passes, under the name the code gives it, in the order the code computes them: name, shape, dtype, min, max, mean and norm, one line each. On the notebook&apos;s threads by default, so the numbers are those of the notebook&apos;s cells stopped at step K.</source>
        <translation>Exécuter une variante jusqu’au pas K et afficher chaque tenseur des passes avant et arrière de ce pas, sous le nom que lui donne le code, dans l’ordre où le code les calcule : nom, forme, dtype, min, max, moyenne et norme, une ligne chacun. Par défaut avec les threads du notebook, donc les nombres sont ceux des cellules du notebook arrêtées au pas K.</translation>
    </message>
    <message>
        <source>the step, counted from 0 as the notebook&apos;s t (and the CSV&apos;s step) count</source>
        <translation>le pas, compté à partir de 0 comme le t du notebook (et la colonne step du CSV)</translation>
    </message>
    <message>
        <source>torch and BLAS threads (default: the notebook&apos;s; the window uses 1 for small problems)</source>
        <translation>threads de torch et de BLAS (par défaut : ceux du notebook ; la fenêtre en prend 1 pour les petits problèmes)</translation>
    </message>
    <message>
        <source>write the step as JSON, with the graph&apos;s nodes and edges (&apos;-&apos;: stdout)</source>
        <translation>écrire le pas en JSON, avec les nœuds et les arêtes du graphe (« - » : sortie standard)</translation>
    </message>
    <message>
        <source>write the graph in Graphviz&apos;s dot language (&apos;-&apos;: stdout)</source>
        <translation>écrire le graphe dans le langage dot de Graphviz (« - » : sortie standard)</translation>
    </message>
    <message>
        <source>print a variant&apos;s module, to edit and run with --code</source>
        <translation>afficher le module d’une variante, à modifier puis exécuter avec --code</translation>
    </message>
    <message>
        <source>Print the variant&apos;s whole module as models/ has it, its lines numbered as the code panel numbers them: edit it, then run it with &apos;run VARIANT --code FILE&apos;.</source>
        <translation>Afficher le module entier de la variante tel que models/ le contient, ses lignes numérotées comme dans le panneau du code : modifiez-le, puis exécutez-le avec « run VARIANT --code FILE ».</translation>
    </message>
    <message>
        <source>one of {names}</source>
        <translation>l’une de {names}</translation>
    </message>
    <message>
        <source>list the variants, their notebook sections and defaults</source>
        <translation>lister les variantes, leurs sections du notebook et leurs valeurs par défaut</translation>
    </message>
    <message>
        <source>add Descent Lab to the desktop&apos;s application menu, with its icon</source>
        <translation>ajouter Descent Lab au menu des applications du bureau, avec son icône</translation>
    </message>
    <message>
        <source>Write a desktop entry and the app icon under $XDG_DATA_HOME (~/.local/share), so the desktop&apos;s menu starts this installation of the app.</source>
        <translation>Écrire une entrée de bureau et l’icône de l’application sous $XDG_DATA_HOME (~/.local/share), pour que le menu du bureau lance cette installation de l’application.</translation>
    </message>
    <message>
        <source>take the entry and icon out again</source>
        <translation>retirer à nouveau l’entrée et l’icône</translation>
    </message>
    <message>
        <source>run variants to the end in the window, offscreen, and save screenshots</source>
        <translation>exécuter des variantes jusqu’au bout dans la fenêtre, hors écran, et enregistrer des captures d’écran</translation>
    </message>
    <message>
        <source>Run a variant to the end in the real window, offscreen, and save a screenshot of the window: one slide per command.</source>
        <translation>Exécuter une variante jusqu’au bout dans la vraie fenêtre, hors écran, et enregistrer une capture de la fenêtre : une diapositive par commande.</translation>
    </message>
    <message>
        <source>the screenshot of VARIANT: FILE.png, or FILE.jpg (or .jpeg) for a JPEG</source>
        <translation>la capture de VARIANT : FILE.png, ou FILE.jpg (ou .jpeg) pour un JPEG</translation>
    </message>
    <message>
        <source>one PNG screenshot per variant, into DIR</source>
        <translation>une capture PNG par variante, dans DIR</translation>
    </message>
    <message>
        <source>run a variant to the end in the window, offscreen, and record it as MP4, GIF or WebP</source>
        <translation>exécuter une variante jusqu’au bout dans la fenêtre, hors écran, et l’enregistrer en MP4, GIF ou WebP</translation>
    </message>
    <message>
        <source>Run a variant in the real window, offscreen, and record it frame by frame: the run&apos;s steps spread evenly over fps × seconds frames, so the recording is the same on any machine.</source>
        <translation>Exécuter une variante dans la vraie fenêtre, hors écran, et l’enregistrer image par image : les pas de l’entraînement se répartissent également sur fps × secondes images, si bien que la vidéo est la même sur toute machine.</translation>
    </message>
    <message>
        <source>the recording: FILE.mp4, FILE.gif or FILE.webp</source>
        <translation>la vidéo : FILE.mp4, FILE.gif ou FILE.webp</translation>
    </message>
    <message>
        <source>frames per second (default 30 for MP4, 10 for GIF and WebP)</source>
        <translation>images par seconde (par défaut 30 pour MP4, 10 pour GIF et WebP)</translation>
    </message>
    <message>
        <source>the recording&apos;s length (default 10)</source>
        <translation>la durée de la vidéo (par défaut 10)</translation>
    </message>
    <message>
        <source>run this edited copy of VARIANT&apos;s module (see &apos;code VARIANT&apos;), or the module cell of a notebook &apos;notebook&apos; exported (FILE.ipynb), in place of models/&apos;s; it runs with your rights, as a notebook cell does</source>
        <translation>exécuter cette copie modifiée du module de VARIANT (voir « code VARIANT »), ou la cellule de module d’un notebook exporté par « notebook » (FILE.ipynb), à la place de celui de models/ ; elle s’exécute avec vos droits, comme une cellule de notebook</translation>
    </message>
    <message>
        <source>stop an edit whose step does not come back within S seconds (default {seconds}), exit code 4</source>
        <translation>arrêter une modification dont le pas ne revient pas en S secondes (par défaut {seconds}), code de sortie 4</translation>
    </message>
    <message>
        <source>run a variant headless and write a Jupyter notebook that reproduces the run</source>
        <translation>exécuter une variante sans fenêtre et écrire un notebook Jupyter qui reproduit l’entraînement</translation>
    </message>
    <message>
        <source>Run a variant headless, as &apos;run&apos; does, and write a Jupyter notebook (.ipynb) that prints what &apos;run&apos; prints with the same options, to the last digit: the notebook&apos;s section, its cells with the run&apos;s settings put in (or the edited module given with --code), and the run&apos;s printed losses.</source>
        <translation>Exécuter une variante sans fenêtre, comme « run », et écrire un notebook Jupyter (.ipynb) qui affiche ce qu’affiche « run » avec les mêmes options, au dernier chiffre près : la section du notebook, ses cellules avec les réglages de l’entraînement (ou le module modifié donné par --code), et les pertes affichées par l’entraînement.</translation>
    </message>
    <message>
        <source>the notebook to write (&apos;-&apos;: stdout)</source>
        <translation>le notebook à écrire (« - » : sortie standard)</translation>
    </message>
    <message>
        <source>torch and BLAS threads, set in the notebook too (default: their own defaults)</source>
        <translation>threads de torch et de BLAS, fixés aussi dans le notebook (par défaut : leurs propres valeurs)</translation>
    </message>
    <message>
        <source>dark (default) or light</source>
        <translation>dark (par défaut) ou light</translation>
    </message>
    <message>
        <source>larger text and lines, as the window&apos;s presentation mode (P)</source>
        <translation>texte et traits plus grands, comme le mode présentation de la fenêtre (P)</translation>
    </message>
    <message>
        <source>the picture in pixels (default {size})</source>
        <translation>l’image en pixels (par défaut {size})</translation>
    </message>
    <message>
        <source>device pixel ratio: 2 draws the window as a screen at 200%% shows it (default 1)</source>
        <translation>rapport de pixels du périphérique : 2 dessine la fenêtre comme un écran à 200%% l’affiche (par défaut 1)</translation>
    </message>
    <message>
        <source>the last step</source>
        <translation>le dernier pas</translation>
    </message>
    <message>
        <source>each frame&apos;s step</source>
        <translation>le pas de chaque image</translation>
    </message>
    <message>
        <source>show &apos;Inside this step&apos; (I) beside the loss, on {step}: the graph autograd built and the first tensor, as the window computes them (for small problems, what &apos;inspect --threads 1&apos; prints)</source>
        <translation>affiche « Dans ce pas » (I) à côté de la perte, sur {step} : le graphe construit par autograd et le premier tenseur, tels que la fenêtre les calcule (pour les petits problèmes, ce qu&apos;affiche &apos;inspect --threads 1&apos;)</translation>
    </message>
    <message>
        <source>keep the earlier variants&apos; runs on each slide as past runs</source>
        <translation>garder sur chaque diapositive les entraînements des variantes précédentes comme entraînements précédents</translation>
    </message>
    <message>
        <source>the class&apos;s predictions, rows of name,step,loss: drawn from the start and scored against the run</source>
        <translation>les prédictions de la classe, lignes name,step,loss : dessinées dès le début et notées par rapport à l’entraînement</translation>
    </message>
    <message>
        <source>seeds numpy, torch and random (default 0)</source>
        <translation>initialise numpy, torch et random (par défaut 0)</translation>
    </message>
    <message>
        <source>training steps (default 500)</source>
        <translation>pas d’entraînement (par défaut 500)</translation>
    </message>
    <message>
        <source>learning rate (default: the notebook&apos;s)</source>
        <translation>taux d’apprentissage (par défaut : celui du notebook)</translation>
    </message>
    <message>
        <source>batch size (default 64)</source>
        <translation>taille du lot (par défaut 64)</translation>
    </message>
    <message>
        <source>input dimension (default 1000)</source>
        <translation>dimension d’entrée (par défaut 1000)</translation>
    </message>
    <message>
        <source>hidden dimension (default 100)</source>
        <translation>dimension cachée (par défaut 100)</translation>
    </message>
    <message>
        <source>output dimension (default 10)</source>
        <translation>dimension de sortie (par défaut 10)</translation>
    </message>
    <message>
        <source>cpu (default), or cuda, cuda:N or mps where torch finds them</source>
        <translation>cpu (par défaut), ou cuda, cuda:N ou mps là où torch les trouve</translation>
    </message>
    <message>
        <source>float32 or float64 (default: float64 for numpy, else float32)</source>
        <translation>float32 ou float64 (par défaut : float64 pour numpy, sinon float32)</translation>
    </message>
    <message>
        <source>SGD momentum, {variant} only (default {momentum})</source>
        <translation>moment de SGD, {variant} seulement (par défaut {momentum})</translation>
    </message>
    <message>
        <source>{variant} only: {choices} (default {update}, the notebook&apos;s no-op update)</source>
        <translation>{variant} seulement : {choices} (par défaut {update}, la mise à jour sans effet du notebook)</translation>
    </message>
</context>
<context>
    <name>Predicting</name>
    <message>
        <source>Predictions too large to remember: {count}. File ▸ Save session… keeps them</source>
        <translation>Prédictions trop grandes pour être retenues : {count}. Fichier ▸ Enregistrer la session… les garde</translation>
    </message>
    <message>
        <source>exactly right</source>
        <translation>exactement juste</translation>
    </message>
    <message>
        <source>{right} of {count} places right</source>
        <translation>{right} places justes sur {count}</translation>
    </message>
    <message>
        <source>the predictions are locked while a run is on show: reset it (R) first</source>
        <translation>les prédictions sont verrouillées tant qu’un entraînement est affiché : réinitialisez-le d’abord (R)</translation>
    </message>
    <message>
        <source>Cannot open predictions now: {why}</source>
        <translation>Impossible d’ouvrir des prédictions maintenant : {why}</translation>
    </message>
    <message>
        <source>Open predictions</source>
        <translation>Ouvrir des prédictions</translation>
    </message>
    <message>
        <source>Predictions, rows of name,step,loss (*.csv);;All files (*)</source>
        <translation>Prédictions, lignes name,step,loss (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot open the predictions:&lt;/b&gt; {why}. The predictions on the plot are unchanged.</source>
        <translation>&lt;b&gt;Impossible d’ouvrir les prédictions :&lt;/b&gt; {why}. Les prédictions du graphique restent inchangées.</translation>
    </message>
    <message>
        <source>Opened {count} predictions from {file}</source>
        <translation>{count} prédictions ouvertes depuis {file}</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>Draw the loss you expect on the plot, left to right, with the mouse, a pen or a finger; going back rubs out.</source>
        <translation>Dessinez sur le graphique la perte que vous attendez, de gauche à droite, avec la souris, un stylet ou le doigt ; revenir en arrière efface.</translation>
    </message>
    <message>
        <source>Locked while the run is on show, drawn under it: Reset (R) to change them.</source>
        <translation>Verrouillées tant que l’entraînement est affiché, dessinées dessous : Réinitialiser (R) pour les changer.</translation>
    </message>
    <message>
        <source>Draw this prediction on the plot</source>
        <translation>Dessiner cette prédiction sur le graphique</translation>
    </message>
    <message>
        <source>a team or a student</source>
        <translation>une équipe, une élève ou un élève</translation>
    </message>
    <message>
        <source>Redraw</source>
        <translation>Redessiner</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name of the prediction</source>
        <translation>Nom de la prédiction</translation>
    </message>
    <message>
        <source>Draw {name}</source>
        <translation>Dessiner {name}</translation>
    </message>
    <message>
        <source>Redraw {name}</source>
        <translation>Redessiner {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>New prediction</source>
        <translation>Nouvelle prédiction</translation>
    </message>
    <message>
        <source>Another prediction is called {name}. {hint}</source>
        <translation>Une autre prédiction s’appelle déjà {name}. {hint}</translation>
    </message>
    <message>
        <source>Guess {number}</source>
        <translation>Pronostic {number}</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Place, best first</source>
        <translation>Place, la meilleure d’abord</translation>
    </message>
    <message>
        <source>The mean distance between the prediction and the run at each step scored: in decades of loss on a log scale, in loss on a linear one</source>
        <translation>La distance moyenne entre la prédiction et l’entraînement à chaque pas noté : en décades de perte sur une échelle log, en perte sur une échelle linéaire</translation>
    </message>
    <message>
        <source>The steps scored: those the prediction covers</source>
        <translation>Les pas notés : ceux que couvre la prédiction</translation>
    </message>
    <message>
        <source>Predicted order of finish</source>
        <translation>Ordre d’arrivée prédit</translation>
    </message>
    <message>
        <source>Guesser</source>
        <translation>Parieur</translation>
    </message>
    <message>
        <source>Predicted order, lowest final loss at the top</source>
        <translation>Ordre prédit, la plus petite perte finale en haut</translation>
    </message>
    <message>
        <source>Drag, or Ctrl+Up and Ctrl+Down, to move the selected variant</source>
        <translation>Faites glisser, ou Ctrl+Haut et Ctrl+Bas, pour déplacer la variante choisie</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Add guess</source>
        <translation>Ajouter le pronostic</translation>
    </message>
    <message>
        <source>Guesses</source>
        <translation>Pronostics</translation>
    </message>
    <message>
        <source>Remove guess</source>
        <translation>Retirer le pronostic</translation>
    </message>
    <message>
        <source>&amp;Guesser</source>
        <translation>&amp;Parieur</translation>
    </message>
    <message>
        <source>Lowest final loss first</source>
        <translation>La plus petite perte finale d’abord</translation>
    </message>
    <message>
        <source>Predicted order</source>
        <translation>Ordre prédit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Order of finish: {order}</source>
        <translation>Ordre d’arrivée : {order}</translation>
    </message>
    <message>
        <source>The prediction {name} cannot be taken: {fault}</source>
        <translation>La prédiction {name} ne peut pas être prise : {fault}</translation>
    </message>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
    <message>
        <source>a name is one line of printable characters</source>
        <translation>un nom tient sur une ligne de caractères imprimables</translation>
    </message>
    <message>
        <source>a name cannot start or end with a space</source>
        <translation>un nom ne peut pas commencer ni finir par une espace</translation>
    </message>
    <message>
        <source>a name has at most {count} characters</source>
        <translation>un nom a au plus {count} caractères</translation>
    </message>
    <message>
        <source>it has no points</source>
        <translation>elle n’a aucun point</translation>
    </message>
    <message>
        <source>it has more than {count} points</source>
        <translation>elle a plus de {count} points</translation>
    </message>
    <message>
        <source>every step and loss must be a finite number</source>
        <translation>chaque pas et chaque perte doivent être des nombres finis</translation>
    </message>
    <message>
        <source>steps and losses are never negative</source>
        <translation>les pas et les pertes ne sont jamais négatifs</translation>
    </message>
    <message>
        <source>its steps must increase</source>
        <translation>ses pas doivent croître</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{decades} decade</source>
        <translation>{decades} décade</translation>
    </message>
    <message>
        <source>{decades} decades</source>
        <translation>{decades} décades</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>shares no step with the run</source>
        <translation>n’a aucun pas en commun avec l’entraînement</translation>
    </message>
    <message>
        <source>scored on steps {steps} of {count}</source>
        <translation>noté sur les pas {steps} sur {count}</translation>
    </message>
    <message>
        <source>{amount} (steps {steps})</source>
        <translation>{amount} (pas {steps})</translation>
    </message>
    <message>
        <source>{name}: off by {amount} on average</source>
        <translation>{name} : à {amount} en moyenne</translation>
    </message>
    <message>
        <source>{name}: off by {amount} in loss on average</source>
        <translation>{name} : à {amount} de perte en moyenne</translation>
    </message>
    <message>
        <source>No prediction shares a step with the run</source>
        <translation>Aucune prédiction n’a de pas en commun avec l’entraînement</translation>
    </message>
    <message>
        <source>No predictions</source>
        <translation>Aucune prédiction</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} on average)</source>
        <translation>Au plus près : {names}, à égalité (à {amount} en moyenne)</translation>
    </message>
    <message>
        <source>Closest: {names}, tied (off by {amount} in loss on average)</source>
        <translation>Au plus près : {names}, à égalité (à {amount} de perte en moyenne)</translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} on average)</source>
        <translation>Au plus près : {names} (à {amount} en moyenne)</translation>
    </message>
    <message>
        <source>Closest: {names} (off by {amount} in loss on average)</source>
        <translation>Au plus près : {names} (à {amount} de perte en moyenne)</translation>
    </message>
    <message>
        <source>The guess of {name} cannot be taken: {fault}</source>
        <translation>Le pronostic de {name} ne peut pas être pris : {fault}</translation>
    </message>
    <message>
        <source>{name}: exactly right</source>
        <translation>{name} : exactement juste</translation>
    </message>
    <message>
        <source>{name}: {right} of {count} places right</source>
        <translation>{name} : {right} places justes sur {count}</translation>
    </message>
    <message>
        <source>The guess of {name} orders {order}, not the race&apos;s lanes ({lanes})</source>
        <translation>Le pronostic de {name} ordonne {order}, pas les couloirs de la course ({lanes})</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; a predictions file is a few KB</source>
        <translation>{file} dépasse {size} Mo ; un fichier de prédictions fait quelques Ko</translation>
    </message>
    <message>
        <source>{file} is not a predictions file: it is not UTF-8 text</source>
        <translation>{file} n’est pas un fichier de prédictions : ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{file}, row {row}: {why}</source>
        <translation>{file}, ligne {row} : {why}</translation>
    </message>
    <message>
        <source>1 value where there are {columns} columns ({names})</source>
        <translation>1 valeur là où il y a {columns} colonnes ({names})</translation>
    </message>
    <message>
        <source>{values} values where there are {columns} columns ({names})</source>
        <translation>{values} valeurs là où il y a {columns} colonnes ({names})</translation>
    </message>
    <message>
        <source>{name} would be prediction {number}; a file holds at most {most}, one for each colour of the runs</source>
        <translation>{name} serait la prédiction {number} ; un fichier en contient au plus {most}, une par couleur des entraînements</translation>
    </message>
    <message>
        <source>it is not CSV ({why})</source>
        <translation>ce n’est pas du CSV ({why})</translation>
    </message>
    <message>
        <source>{file} holds no predictions: it needs rows of name,step,loss</source>
        <translation>{file} ne contient aucune prédiction : il faut des lignes name,step,loss</translation>
    </message>
    <message>
        <source>unknown column {column}; the columns are name, step and loss</source>
        <translation>colonne inconnue {column} ; les colonnes sont name, step et loss</translation>
    </message>
    <message>
        <source>the column {column} is named twice</source>
        <translation>la colonne {column} est nommée deux fois</translation>
    </message>
    <message>
        <source>there is no {column} column; the columns are name, step and loss</source>
        <translation>il n’y a pas de colonne {column} ; les colonnes sont name, step et loss</translation>
    </message>
    <message>
        <source>the {column} {text} is not a number</source>
        <translation>la valeur {column} {text} n’est pas un nombre</translation>
    </message>
    <message>
        <source>the {column} is {text}; a {column} is a finite number</source>
        <translation>la valeur {column} est {text} ; une valeur {column} est un nombre fini</translation>
    </message>
    <message>
        <source>the step {step} is outside 0 to {most}, the steps a run can have</source>
        <translation>le pas {step} est hors de 0 à {most}, les pas qu’un entraînement peut avoir</translation>
    </message>
    <message>
        <source>the loss {loss} is negative; a loss is never below 0</source>
        <translation>la perte {loss} est négative ; une perte n’est jamais inférieure à 0</translation>
    </message>
    <message>
        <source>the loss is 0, which a log scale cannot show; predict a loss above 0</source>
        <translation>la perte est 0, ce qu’une échelle log ne peut pas montrer ; prédisez une perte supérieure à 0</translation>
    </message>
    <message>
        <source>{name} has step {step} again; a prediction&apos;s steps must increase</source>
        <translation>{name} a de nouveau le pas {step} ; les pas d’une prédiction doivent croître</translation>
    </message>
    <message>
        <source>{name} has step {step} after its step {before}; a prediction&apos;s steps must increase</source>
        <translation>{name} a le pas {step} après son pas {before} ; les pas d’une prédiction doivent croître</translation>
    </message>
    <message>
        <source>{name} has more than {count} points</source>
        <translation>{name} a plus de {count} points</translation>
    </message>
</context>
<context>
    <name>Presenting</name>
    <message>
        <source>There is no screen {index}: this computer has {count}, numbered from 0 to {last}</source>
        <translation>Il n’y a pas d’écran {index} : cet ordinateur en a {count}, numérotés de 0 à {last}</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Key {number}</source>
        <translation>Touche {number}</translation>
    </message>
    <message>
        <source>Answer before Start: the run will tell.</source>
        <translation>Répondez avant Démarrer : l’entraînement le dira.</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Start the run to see.</source>
        <translation>Votre réponse : {answer}. Lancez l’entraînement pour voir.</translation>
    </message>
    <message>
        <source>Your answer: {answer}.</source>
        <translation>Votre réponse : {answer}.</translation>
    </message>
    <message>
        <source>No answer given.</source>
        <translation>Aucune réponse donnée.</translation>
    </message>
    <message>
        <source>{said} The run will tell.</source>
        <translation>{said} L’entraînement le dira.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>La réponse : {answer}.</translation>
    </message>
    <message>
        <source>Right: {answer}.</source>
        <translation>Juste : {answer}.</translation>
    </message>
    <message>
        <source>Not this time: the answer is {answer}.</source>
        <translation>Pas cette fois : la réponse est {answer}.</translation>
    </message>
</context>
<context>
    <name>RaceDialog</name>
    <message>
        <source>Race variants</source>
        <translation>Course de variantes</translation>
    </message>
    <message>
        <source>The chosen variants train in lockstep on one problem drawn once: the same x, y and, for the first three, the same starting weights. In float64, numpy, tensors and autograd draw one curve, and racing autograd with a hand-derived variant shows how far apart their gradients are.</source>
        <translation>Les variantes choisies s’entraînent au même rythme sur un même problème tiré une seule fois : les mêmes x, y et, pour les trois premières, les mêmes poids de départ. En float64, numpy, tensors et autograd tracent une seule courbe, et une course entre autograd et une variante dérivée à la main montre l’écart entre leurs gradients.</translation>
    </message>
    <message>
        <source>Race my edit of {variant} against the notebook&apos;s</source>
        <translation>Faire courir ma modification de {variant} contre celle du notebook</translation>
    </message>
    <message>
        <source>numpy always computes in float64; float64 lets torch match it to the last digits</source>
        <translation>numpy calcule toujours en float64 ; en float64, torch le rejoint jusqu’aux derniers chiffres</translation>
    </message>
    <message>
        <source>torch dtype</source>
        <translation>dtype de torch</translation>
    </message>
    <message>
        <source>Start race</source>
        <translation>Lancer la course</translation>
    </message>
    <message>
        <source>{variant} (edited)</source>
        <translation>{variant} (modifiée)</translation>
    </message>
</context>
<context>
    <name>Racing</name>
    <message>
        <source>&lt;b&gt;Cannot start the race:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Impossible de lancer la course :&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before starting a race</source>
        <translation>Arrêtez l’entraînement (Échap) avant de lancer une course</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <source>descent-lab: error: {value} frames would keep {value2} MB of the run&apos;s weights, more than a recording holds ({KEPT_MB} MB): record fewer frames (--fps, --seconds) or fewer --steps, or a smaller --size</source>
        <translation>descent-lab : erreur : {value} images garderaient {value2} Mo des poids de l’entraînement, plus que ce que contient une vidéo ({KEPT_MB} Mo) : enregistrez moins d’images (--fps, --seconds), moins de --steps ou une --size plus petite</translation>
    </message>
    <message>
        <source>descent-lab: nothing to record: the run {outcome}</source>
        <translation>descent-lab : rien à enregistrer : entraînement {outcome}</translation>
    </message>
    <message>
        <source>{out}  ({frames} frames at {fps} fps; the run {outcome})</source>
        <translation>{out}  ({frames} images à {fps} i/s ; entraînement {outcome})</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>the code&apos;s {name} is no longer a module when run again</source>
        <translation>{name} du code n’est plus un module lors du nouveau calcul</translation>
    </message>
    <message>
        <source>the code&apos;s {name} is no longer an optimizer when run again</source>
        <translation>{name} du code n’est plus un optimiseur lors du nouveau calcul</translation>
    </message>
    <message>
        <source>step {t} is not one of the run&apos;s {steps} steps (0 to {value})</source>
        <translation>le pas {t} ne fait pas partie des {steps} pas de l’entraînement (0 à {value})</translation>
    </message>
    <message>
        <source>a checkpoint of step {t} cannot compute step {t2} again, only later ones</source>
        <translation>un point de reprise du pas {t} ne peut pas recalculer le pas {t2}, seulement les suivants</translation>
    </message>
    <message>
        <source>step {t} could not be computed again exactly (its loss came out {value}, the run&apos;s was {loss}): the code keeps something between steps that a checkpoint does not hold</source>
        <translation>le pas {t} n’a pas pu être recalculé exactement (sa perte vaut {value}, celle de l’entraînement {loss}) : le code garde entre les pas quelque chose qu’un point de reprise ne contient pas</translation>
    </message>
    <message>
        <source>the code&apos;s {name} is not the array it was when run again</source>
        <translation>{name} du code n’est plus le tableau qu’il était lors du nouveau calcul</translation>
    </message>
    <message>
        <source>the code&apos;s {name} has no tensor to hold it when run again</source>
        <translation>{name} du code n’a plus de tenseur pour le contenir lors du nouveau calcul</translation>
    </message>
</context>
<context>
    <name>RewindStore</name>
    <message>
        <source>every step</source>
        <translation>chaque pas</translation>
    </message>
    <message>
        <source>every {ordinal} step</source>
        <translation>un pas sur {count}</translation>
    </message>
</context>
<context>
    <name>Rewinding</name>
    <message>
        <source>Rewind memory</source>
        <translation>Mémoire du retour en arrière</translation>
    </message>
    <message>
        <source>Keep up to this many MB of weights per run for rewinding ({low} to {cap} MB, half of the memory free now):</source>
        <translation>Garder jusqu’à ce nombre de Mo de poids par entraînement pour revenir en arrière ({low} à {cap} Mo, la moitié de la mémoire libre maintenant) :</translation>
    </message>
    <message>
        <source>Runs from the next Start keep up to {megabytes} MB for rewinding</source>
        <translation>Les entraînements à partir du prochain Démarrer gardent jusqu’à {megabytes} Mo pour revenir en arrière</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>{outcome}: the loss became {loss}; try a learning rate smaller than {lr}</source>
        <translation>{outcome} : la perte est devenue {loss} ; essayez un taux d’apprentissage inférieur à {lr}</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>NOTEBOOK SECTION</source>
        <translation>SECTION DU NOTEBOOK</translation>
    </message>
    <message>
        <source>DEFAULTS</source>
        <translation>VALEURS PAR DÉFAUT</translation>
    </message>
    <message>
        <source>, CPU only</source>
        <translation>, CPU seulement</translation>
    </message>
    <message>
        <source>All: N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Devices here: {devices}.</source>
        <translation>Toutes : N={N}, D_in={D_in}, H={H}, D_out={D_out}, steps={steps}, seed={seed}. Périphériques ici : {devices}.</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>At step {step}, rewound: </source>
        <translation>Au pas {step}, en retour arrière : </translation>
    </message>
    <message>
        <source>So far, at step {step}: </source>
        <translation>Jusqu’ici, au pas {step} : </translation>
    </message>
    <message>
        <source>Saved with the session: </source>
        <translation>Enregistré avec la session : </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>the edit of {variant} {fault}, so the session could not be opened again</source>
        <translation>la modification de {variant} {fault}, la session ne pourrait donc pas être rouverte</translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits or the predictions</source>
        <translation>la session ferait {size}, et une session est lue jusqu’à {most} Mo ; raccourcissez les modifications ou les prédictions</translation>
    </message>
    <message>
        <source>the session would be {size}, and a session is read up to {most} MB; shorten the edits</source>
        <translation>la session ferait {size}, et une session est lue jusqu’à {most} Mo ; raccourcissez les modifications</translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session: it is not text</source>
        <translation>{name} n’est pas une session Descent Lab : ce n’est pas du texte</translation>
    </message>
    <message>
        <source>{name} nests values more than {MAX_DEPTH} levels deep; a session nests two</source>
        <translation>{name} imbrique des valeurs sur plus de {MAX_DEPTH} niveaux ; une session en imbrique deux</translation>
    </message>
    <message>
        <source>{name} holds a number of {value} digits; at most {MAX_DIGITS} are read</source>
        <translation>{name} contient un nombre de {value} chiffres ; au plus {MAX_DIGITS} sont lus</translation>
    </message>
    <message>
        <source>{name} holds {word}, which is not JSON</source>
        <translation>{name} contient {word}, qui n’est pas du JSON</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({msg} at line {lineno})</source>
        <translation>{name} n’est pas du JSON valide ({msg} à la ligne {lineno})</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la session</translation>
    </message>
    <message>
        <source>{name} is not a Descent Lab session (no &quot;kind&quot;: &quot;{kind}&quot;)</source>
        <translation>{name} n’est pas une session Descent Lab (pas de &quot;kind&quot;: &quot;{kind}&quot;)</translation>
    </message>
    <message>
        <source>{name} has an unknown key {value}; known keys are {value2}</source>
        <translation>{name} a une clé inconnue {value} ; les clés connues sont {value2}</translation>
    </message>
    <message>
        <source>{name} is version {value}; this app reads version {VERSION}</source>
        <translation>{name} est en version {value} ; cette application lit la version {VERSION}</translation>
    </message>
    <message>
        <source>{name}: code = {value} is not allowed: an object of variant names to their module&apos;s text</source>
        <translation>{name} : code = {value} n’est pas autorisé : un objet des noms de variantes vers le texte de leur module</translation>
    </message>
    <message>
        <source>{name}: code has an unknown variant {value}; known are {value2}</source>
        <translation>{name} : code a une variante inconnue {value} ; les connues sont {value2}</translation>
    </message>
    <message>
        <source>{name}: code.{variant} = {value} is not allowed: the module&apos;s text, a string</source>
        <translation>{name} : code.{variant} = {value} n’est pas autorisé : le texte du module, une chaîne</translation>
    </message>
    <message>
        <source>{name}: code.{variant} {fault}</source>
        <translation>{name} : code.{variant} {fault}</translation>
    </message>
    <message>
        <source>holds U+{value} at line {value2}, a lone surrogate, which is not text</source>
        <translation>contient U+{value} à la ligne {value2}, un demi-codet isolé, qui n’est pas du texte</translation>
    </message>
    <message>
        <source>holds a NUL character at line {value}, which Python refuses in source code</source>
        <translation>contient un caractère NUL à la ligne {value}, que Python refuse dans le code source</translation>
    </message>
    <message>
        <source>is {value}; an edit of at most {value2} is kept</source>
        <translation>fait {value} ; une modification d’au plus {value2} est gardée</translation>
    </message>
    <message>
        <source>has {value} lines; an edit of at most {MAX_CODE_LINES} is kept</source>
        <translation>a {value} lignes ; une modification d’au plus {MAX_CODE_LINES} lignes est gardée</translation>
    </message>
    <message>
        <source>has a line of {count} characters (line {line}); lines of at most {most} are kept</source>
        <translation>a une ligne de {count} caractères (ligne {line}) ; les lignes d’au plus {most} caractères sont gardées</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} Ko</translation>
    </message>
    <message>
        <source>{name}: pace = {value} is not allowed: a number of steps per second &gt; 0, or &quot;max&quot;</source>
        <translation>{name} : pace = {value} n’est pas autorisé : un nombre de pas par seconde &gt; 0, ou &quot;max&quot;</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>it cannot be read ({why})</source>
        <translation>il ne peut pas être lu ({why})</translation>
    </message>
    <message>
        <source>Could not reset {path}: it is a folder, not a settings file; remove it yourself if it is yours</source>
        <translation>Impossible de réinitialiser {path} : c’est un dossier, pas un fichier de réglages ; supprimez-le vous-même s’il est à vous</translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}</source>
        <translation>réglages retenus oubliés dans {path}</translation>
    </message>
    <message>
        <source>Could not reset {path}: {why}</source>
        <translation>Impossible de réinitialiser {path} : {why}</translation>
    </message>
    <message>
        <source>a symbolic link (its target is left alone)</source>
        <translation>un lien symbolique (sa cible reste intacte)</translation>
    </message>
    <message>
        <source>forgot the remembered settings in {path}: removed it, {what}</source>
        <translation>réglages retenus oubliés dans {path} : supprimé, {what}</translation>
    </message>
    <message>
        <source>the remembered settings</source>
        <translation>les réglages retenus</translation>
    </message>
</context>
<context>
    <name>Shown</name>
    <message>
        <source>&lt;b&gt;Cannot start:&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Impossible de démarrer :&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>Stop the run (Esc) before switching variant</source>
        <translation>Arrêtez l’entraînement (Échap) avant de changer de variante</translation>
    </message>
    <message>
        <source>The {variant} variant runs on the CPU in {dtype}, as in the notebook</source>
        <translation>La variante {variant} tourne sur le CPU en {dtype}, comme dans le notebook</translation>
    </message>
    <message>
        <source>memory: about {size}</source>
        <translation>mémoire : environ {size}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot start: line {line} of your code:&lt;/b&gt; {why}. It is marked in the editor.</source>
        <translation>&lt;b&gt;Impossible de démarrer : ligne {line} de votre code :&lt;/b&gt; {why}. Elle est marquée dans l’éditeur.</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>argument --all: takes no VARIANT; it saves all seven</source>
        <translation>argument --all : ne prend pas de VARIANT ; il les enregistre toutes les sept</translation>
    </message>
    <message>
        <source>argument --code: edits one VARIANT&apos;s module; give VARIANT --out FILE.png, not --all</source>
        <translation>argument --code : modifie le module d’une seule VARIANT ; donnez VARIANT --out FILE.png, pas --all</translation>
    </message>
    <message>
        <source>the following arguments are required: VARIANT (or --all DIR)</source>
        <translation>les arguments suivants sont requis : VARIANT (ou --all DIR)</translation>
    </message>
    <message>
        <source>argument --all: could not make the folder {value}: {value2}</source>
        <translation>argument --all : impossible de créer le dossier {value} : {value2}</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>stage</source>
        <translation>scène</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Matrices de poids</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Gradient check</source>
        <translation>Vérification des gradients</translation>
    </message>
    <message>
        <source>Only one screen is connected: connect a projector, then show the plots on it</source>
        <translation>Un seul écran est branché : branchez un projecteur, puis affichez-y les graphiques</translation>
    </message>
    <message>
        <source>The window is on {screen}: the plots go on another screen</source>
        <translation>La fenêtre est sur {screen} : les graphiques vont sur un autre écran</translation>
    </message>
    <message>
        <source>The plots are on {screen}. View, Show on second screen brings them back.</source>
        <translation>Les graphiques sont sur {screen}. Affichage, Afficher sur le second écran les ramène.</translation>
    </message>
    <message>
        <source>{screen} was disconnected: the plots are back in the window</source>
        <translation>{screen} a été débranché : les graphiques sont revenus dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>StageBar</name>
    <message>
        <source>The window&apos;s menus</source>
        <translation>Les menus de la fenêtre</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start, pause or resume the run (Space)</source>
        <translation>Démarrer, mettre en pause ou reprendre l’entraînement (Espace)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Run the steps the controls&apos; Step runs, then pause (Right or S)</source>
        <translation>Exécuter les pas que fait le Pas des commandes, puis faire une pause (Droite ou S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Stop and clear the views (R)</source>
        <translation>Arrêter et vider les vues (R)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>The pace: steps per second, or max</source>
        <translation>La cadence : pas par seconde, ou max</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>run {number}</source>
        <translation>entraînement {number}</translation>
    </message>
    <message>
        <source>step {step} / {steps}</source>
        <translation>pas {step} / {steps}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>perte {loss}</translation>
    </message>
    <message>
        <source>{name}: 0, identical</source>
        <translation>{name} : 0, identiques</translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay)</source>
        <translation>pas {step} sur {steps} (relecture)</translation>
    </message>
    <message>
        <source>step {step} of {steps} (replay; weights of step {kept})</source>
        <translation>pas {step} sur {steps} (relecture ; poids du pas {kept})</translation>
    </message>
    <message>
        <source>{rate} steps/s</source>
        <translation>{rate} pas/s</translation>
    </message>
    <message>
        <source>{rate} steps/s on average</source>
        <translation>{rate} pas/s en moyenne</translation>
    </message>
    <message>
        <source>race of {count}</source>
        <translation>course de {count}</translation>
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
        <translation>pas {step} sur {count}</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Rewind: drag, or Left, Right, Home and End, to show the run at any step</source>
        <translation>Retour en arrière : faites glisser, ou Gauche, Droite, Début et Fin, pour voir l’entraînement à n’importe quel pas</translation>
    </message>
    <message>
        <source>{tip}. Weights kept: {density}.</source>
        <translation>{tip}. Poids gardés : {density}.</translation>
    </message>
</context>
<context>
    <name>Variants</name>
    <message>
        <source>this binds the name param to a new tensor; the model&apos;s parameters never change, so the loss stays flat.</source>
        <translation>ceci relie le nom param à un nouveau tenseur ; les paramètres du modèle ne changent jamais, donc la perte reste plate.</translation>
    </message>
    <message>
        <source>Why is the loss flat?</source>
        <translation>Pourquoi la perte est-elle plate ?</translation>
    </message>
    <message>
        <source>The notebook updates with `param = param - learning_rate * param.grad`. That builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= …`) updates the model.</source>
        <translation>Le notebook met à jour avec `param = param - learning_rate * param.grad`. Cela construit un nouveau tenseur et le relie à la variable de boucle `param` ; les paramètres du modèle ne changent jamais, donc chaque pas calcule la même perte. Soustraire sur place (`param -= …`) met à jour le modèle.</translation>
    </message>
    <message>
        <source>Use the in-place update</source>
        <translation>Utiliser la mise à jour sur place</translation>
    </message>
    <message>
        <source>The nn cell updates each weight with `param = param - learning_rate * param.grad`. Will the loss go down?</source>
        <translation>La cellule nn met à jour chaque poids avec `param = param - learning_rate * param.grad`. La perte va-t-elle baisser ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>It depends</source>
        <translation>Ça dépend</translation>
    </message>
    <message>
        <source>The loss stays exactly where it started. `param = param - learning_rate * param.grad` builds a new tensor and binds it to the loop variable `param`; the model&apos;s own parameters never change, so every step computes the same loss. Subtracting in place (`param -= learning_rate * param.grad`) updates the model, and then the loss falls.</source>
        <translation>La perte reste exactement là où elle a commencé. `param = param - learning_rate * param.grad` construit un nouveau tenseur et le relie à la variable de boucle `param` ; les paramètres du modèle ne changent jamais, donc chaque pas calcule la même perte. Soustraire sur place (`param -= learning_rate * param.grad`) met à jour le modèle, et alors la perte baisse.</translation>
    </message>
    <message>
        <source>DynamicNet draws its depth, 0 to 3, afresh at every step. Over the run, how often will each depth be drawn?</source>
        <translation>DynamicNet tire sa profondeur, de 0 à 3, à nouveau à chaque pas. Au fil de l’entraînement, combien de fois chaque profondeur sera-t-elle tirée ?</translation>
    </message>
    <message>
        <source>About equally often</source>
        <translation>À peu près aussi souvent</translation>
    </message>
    <message>
        <source>Mostly 0, the shortest</source>
        <translation>Surtout 0, la plus courte</translation>
    </message>
    <message>
        <source>Mostly 3, the deepest</source>
        <translation>Surtout 3, la plus profonde</translation>
    </message>
    <message>
        <source>It changes as the loss falls</source>
        <translation>Cela change quand la perte baisse</translation>
    </message>
    <message>
        <source>`random.randint(0, 3)` gives 0, 1, 2 and 3 with equal chances at every step, whatever the loss or the weights. Each depth comes up on about a quarter of the steps, 125 of the notebook&apos;s 500, and chance scatters the counts by about ten either way: see the counts beside the depth trace.</source>
        <translation>`random.randint(0, 3)` donne 0, 1, 2 et 3 avec les mêmes chances à chaque pas, quels que soient la perte ou les poids. Chaque profondeur sort environ une fois sur quatre, 125 des 500 pas du notebook, et le hasard disperse les comptes d’environ dix dans un sens ou dans l’autre : voyez les comptes à côté de la trace des profondeurs.</translation>
    </message>
    <message>
        <source>optim trains the network with Adam, custom with plain SGD: the same data, starting weights and learning rate, 1e-4. Which has the lower loss after 500 steps?</source>
        <translation>optim entraîne le réseau avec Adam, custom avec un SGD simple : mêmes données, mêmes poids de départ et même taux d’apprentissage, 1e-4. Lequel a la plus petite perte après 500 pas ?</translation>
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
        <translation>À peu près pareil</translation>
    </message>
    <message>
        <source>Adam, but only near the end: SGD&apos;s loss is lower for most of the run (ten to thirty times lower at step 100), and Adam overtakes it between steps 250 and 450, depending on the seed. SGD moves each weight by the learning rate times its gradient: big steps while the gradients are big, ever smaller ones as the loss falls. Adam moves each weight by about the learning rate at every step, whatever its gradient&apos;s size: slow at first, and still moving when SGD has nearly stopped.</source>
        <translation>Adam, mais seulement vers la fin : la perte de SGD est plus basse pendant presque tout l’entraînement (dix à trente fois plus basse au pas 100), et Adam la dépasse entre les pas 250 et 450, selon la graine. SGD déplace chaque poids du taux d’apprentissage fois son gradient : de grands pas tant que les gradients sont grands, de plus en plus petits quand la perte baisse. Adam déplace chaque poids d’environ le taux d’apprentissage à chaque pas, quelle que soit la taille de son gradient : lent au début, et encore en mouvement quand SGD s’est presque arrêté.</translation>
    </message>
    <message>
        <source>Use Numpy to implement a neural network</source>
        <translation>Utiliser Numpy pour implémenter un réseau de neurones</translation>
    </message>
    <message>
        <source>Numpy knows nothing of computation graphs or gradients, yet it can fit a two-layer network to random data: the forward pass and every gradient of the backward pass are written out by hand.</source>
        <translation>Numpy ne sait rien des graphes de calcul ni des gradients, et pourtant il peut ajuster un réseau à deux couches à des données aléatoires : la passe avant et chaque gradient de la passe arrière sont écrits à la main.</translation>
    </message>
    <message>
        <source>PyTorch Tensors</source>
        <translation>PyTorch : les tenseurs</translation>
    </message>
    <message>
        <source>A PyTorch Tensor is conceptually identical to a numpy array, but it can run on a GPU. The forward and backward passes are still written by hand.</source>
        <translation>Un tenseur PyTorch est au fond la même chose qu’un tableau numpy, mais il peut tourner sur un GPU. Les passes avant et arrière sont encore écrites à la main.</translation>
    </message>
    <message>
        <source>PyTorch: Tensors and autograd</source>
        <translation>PyTorch : tenseurs et autograd</translation>
    </message>
    <message>
        <source>The forward pass records a computational graph; loss.backward() walks it back and fills w1.grad and w2.grad. The backward pass is no longer written by hand, and the gradients equal the hand-derived ones.</source>
        <translation>La passe avant enregistre un graphe de calcul ; loss.backward() le parcourt à rebours et remplit w1.grad et w2.grad. La passe arrière n’est plus écrite à la main, et les gradients sont égaux à ceux dérivés à la main.</translation>
    </message>
    <message>
        <source>PyTorch: nn module</source>
        <translation>PyTorch : le module nn</translation>
    </message>
    <message>
        <source>The nn package arranges the computation into layers (Modules) that hold their own weights, and provides loss functions. The weights are still updated by hand, and the notebook&apos;s update line has a catch.</source>
        <translation>Le paquet nn organise le calcul en couches (Modules) qui portent leurs propres poids, et fournit des fonctions de perte. Les poids sont encore mis à jour à la main, et la ligne de mise à jour du notebook cache un piège.</translation>
    </message>
    <message>
        <source>PyTorch: optim</source>
        <translation>PyTorch : optim</translation>
    </message>
    <message>
        <source>The optim package abstracts the optimization algorithm. The same model is now updated by Adam, one of the many optimizers torch.optim provides.</source>
        <translation>Le paquet optim fait abstraction de l’algorithme d’optimisation. Le même modèle est maintenant mis à jour par Adam, l’un des nombreux optimiseurs que fournit torch.optim.</translation>
    </message>
    <message>
        <source>PyTorch: Custom nn Modules</source>
        <translation>PyTorch : modules nn personnalisés</translation>
    </message>
    <message>
        <source>For models more complex than a sequence of layers, subclass nn.Module and define forward(). Here the two-layer network is such a subclass, trained with plain stochastic gradient descent.</source>
        <translation>Pour des modèles plus complexes qu’une suite de couches, on dérive nn.Module et on définit forward(). Ici le réseau à deux couches est une telle sous-classe, entraînée par une simple descente de gradient stochastique.</translation>
    </message>
    <message>
        <source>PyTorch: Control Flow + Weight Sharing</source>
        <translation>PyTorch : flot de contrôle et poids partagés</translation>
    </message>
    <message>
        <source>Each forward pass reuses the same middle layer a random 0 to 3 times: ordinary Python control flow builds a new graph every step, and one Module can safely appear many times in it. SGD with momentum trains it.</source>
        <translation>Chaque passe avant réutilise la même couche du milieu de 0 à 3 fois au hasard : un flot de contrôle Python ordinaire construit un nouveau graphe à chaque pas, et un même Module peut y apparaître plusieurs fois sans danger. Un SGD avec moment l’entraîne.</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>{name} names no format this app writes: end it in {value}</source>
        <translation>{name} ne désigne aucun format que cette application écrit : terminez-le par {value}</translation>
    </message>
    <message>
        <source>MP4 needs ffmpeg, which was not found ({error}); install imageio-ffmpeg, or record a .gif or .webp</source>
        <translation>MP4 a besoin de ffmpeg, introuvable ({error}) ; installez imageio-ffmpeg, ou enregistrez un .gif ou un .webp</translation>
    </message>
    <message>
        <source>ffmpeg could not encode the recording ({value})</source>
        <translation>ffmpeg n’a pas pu encoder la vidéo ({value})</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>The variant of this run</source>
        <translation>La variante de cet entraînement</translation>
    </message>
    <message>
        <source>Steps done out of the total</source>
        <translation>Pas effectués sur le total</translation>
    </message>
    <message>
        <source>The loss of the latest step</source>
        <translation>La perte du dernier pas</translation>
    </message>
    <message>
        <source>Steps per second over the last second; paused or ended, the run&apos;s average</source>
        <translation>Pas par seconde sur la dernière seconde ; en pause ou terminé, la moyenne de l’entraînement</translation>
    </message>
    <message>
        <source>Time since Start</source>
        <translation>Temps depuis Démarrer</translation>
    </message>
    <message>
        <source>Where the tensors live</source>
        <translation>Où vivent les tenseurs</translation>
    </message>
    <message>
        <source>About how much memory the run&apos;s tensors and history need</source>
        <translation>La mémoire qu’il faut environ pour les tenseurs et l’historique de l’entraînement</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis (L)</source>
        <translation>Perte sur un axe logarithmique (L)</translation>
    </message>
    <message>
        <source>Clear past runs</source>
        <translation>Effacer les précédents</translation>
    </message>
    <message>
        <source>Remove the curves of earlier runs (click a legend entry to hide one)</source>
        <translation>Retirer les courbes des entraînements précédents (cliquez sur une entrée de la légende pour en masquer une)</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <source>Draw the loss you expect on the plot before Start (G)</source>
        <translation>Dessiner sur le graphique la perte que vous attendez, avant Démarrer (G)</translation>
    </message>
    <message>
        <source>Loss at each step</source>
        <translation>Perte à chaque pas</translation>
    </message>
    <message>
        <source>Weight matrices</source>
        <translation>Matrices de poids</translation>
    </message>
    <message>
        <source>Depth chosen at each step</source>
        <translation>Profondeur choisie à chaque pas</translation>
    </message>
    <message>
        <source>difference ÷ gradient</source>
        <translation>écart ÷ gradient</translation>
    </message>
    <message>
        <source>Gradient check: hand-derived against autograd</source>
        <translation>Vérification des gradients : dérivés à la main contre autograd</translation>
    </message>
    <message>
        <source>Each step&apos;s largest difference between the gradients derived by hand and autograd&apos;s, relative to the largest gradient: machine precision</source>
        <translation>À chaque pas, le plus grand écart entre les gradients dérivés à la main et ceux d’autograd, rapporté au plus grand gradient : la précision de la machine</translation>
    </message>
    <message>
        <source>Inside this step</source>
        <translation>Dans ce pas</translation>
    </message>
    <message>
        <source>hidden unit</source>
        <translation>unité cachée</translation>
    </message>
    <message>
        <source>Layer 1: {name}</source>
        <translation>Couche 1 : {name}</translation>
    </message>
    <message>
        <source>Layer 2: {name}</source>
        <translation>Couche 2 : {name}</translation>
    </message>
    <message>
        <source>input feature</source>
        <translation>caractéristique d’entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
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
        <translation>Entraînement {outcome}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run failed:&lt;/b&gt; {why}. The window is fine; change the settings and press Start.</source>
        <translation>&lt;b&gt;L’entraînement a échoué :&lt;/b&gt; {why}. La fenêtre va bien ; changez les réglages et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Loading PyTorch…</source>
        <translation>Chargement de PyTorch…</translation>
    </message>
    <message>
        <source>Some remembered settings could not be read and were reset</source>
        <translation>Certains réglages retenus n’ont pas pu être lus et ont été réinitialisés</translation>
    </message>
    <message>
        <source>The rewind memory is lowered to {cap} MB, half of the memory free now</source>
        <translation>La mémoire du retour en arrière est ramenée à {cap} Mo, la moitié de la mémoire libre maintenant</translation>
    </message>
</context>
</TS>
