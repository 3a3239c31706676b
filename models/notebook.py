"""A run as a Jupyter notebook that reproduces it, and an edit read back from such a notebook.

The notebook holds the section's own text and code cells (``resources/notebook``,
as the seed notebook has them) with the run's settings put in where the cells set
them, a cell that seeds numpy, torch and random as a run does, the run's printed
losses as the loop's stored output, and a plot of the loss. An edited variant is
exported as its module instead, in a ``%%writefile`` cell, and a cell that runs
that file as ``run --code`` does: through ``models.edited``, which resolves the
module's relative imports in this package, so the kernel needs Descent Lab
installed. Every notebook ends with a variant's module in such a cell, which is
what ``notebook_edit.read_edit`` takes back. Pure: the notebook is returned, never written.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import nbformat
import numpy as np
from nbformat import v4

from resources import resource

from .catalog import VARIANTS
from .config import RunConfig
from .history import RunResult
from .notebook_edit import WRITEFILE

if TYPE_CHECKING:
    from .edited import EditedCode

SETTINGS = ("N", "D_in", "H", "D_out", "lr", "steps", "seed", "device", "dtype", "momentum", "update")
KERNEL = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
_CELL_HEADER = re.compile(r"^# In \[\d+\]:\n", re.MULTILINE)  # how the seed numbers its code cells


def notebook(result: RunResult, *, app_version: str, every: int | None = None, threads: int | None = None,
             edited: EditedCode | None = None) -> nbformat.NotebookNode:
    """The notebook of ``result``'s run, as ``run`` printed it every ``every`` steps with ``threads``.

    ``edited``: the ``models.edited.EditedCode`` that ran in place of the variant's module.
    """
    config = result.config
    variant = VARIANTS[config.variant]
    every = every or variant.print_every
    section = _has_section(config.variant)
    printed = printed_losses(result.losses, every)
    cells = [v4.new_markdown_cell(_about(result, every, threads, edited, section), id="about")]
    cells += _code_cells("imports", _material("imports.txt"))
    cells.append(v4.new_code_cell(_seeds(config.seed, threads), id="seeds"))
    if edited is None and section:
        if config.variant == "numpy":  # the seed explains the network between its imports and the numpy cells
            cells.append(v4.new_markdown_cell(_material("math.md").rstrip("\n"), id="math"))
        cells += _code_cells(config.variant, _with_settings(config, every))
        cells[-1].id = "run"
        cells[-1].outputs = _stdout(printed)
        cells += [_plot_cell(), *_module_cells(config.variant, None, runs_here=False)]
    else:  # an edit, or a variant the notebook has no section for: its module, run as `run --code` runs it
        cells += _module_cells(config.variant, edited)
        cells.append(v4.new_code_cell(_run_module(config, every), id="run", outputs=_stdout(printed)))
        cells.append(_plot_cell())
    metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"},
                "descent_lab": {"version": app_version, **identity(config, every, threads, edited)}}
    book = v4.new_notebook(cells=cells, metadata=metadata)
    nbformat.validate(book)
    return book


def notebook_text(result: RunResult, **options: Any) -> str:
    """The notebook as an ``.ipynb`` file holds it (nbformat 4); the same text for the same run."""
    return nbformat.writes(notebook(result, **options))


def identity(config: RunConfig, every: int, threads: int | None, edited: EditedCode | None = None) -> dict[str, Any]:
    """What names the notebook a run produces: its settings, print interval, threads and the code's hash.

    The notebook's metadata holds it (``descent_lab``), and so can a run's JSON export.
    """
    code = edited.text if edited is not None else variant_text(config.variant)
    name = edited.label if edited is not None else config.variant
    return {"variant": config.variant, "config": config.to_dict(), "every": every, "threads": threads,
            "code": {"name": name, "sha256": hashlib.sha256(code.encode("utf-8")).hexdigest(),
                     "edited": edited is not None}}


def printed_losses(losses: np.ndarray, every: int) -> str:
    """What ``run`` prints for these losses: ``t loss`` for every ``every``-th step, as ``print`` writes them."""
    return "".join(f"{t} {loss}\n" for t, loss in enumerate(losses.tolist()) if t % every == every - 1)


def variant_text(variant: str) -> str:
    return VARIANTS[variant].full_source()


def module_file(variant: str) -> str:
    """The file a notebook's module cell writes: the variant's module's own name (``custom_module.py``)."""
    return f"{VARIANTS[variant].module_name}.py"


def command(config: RunConfig, every: int, threads: int | None, code_file: str | None = None) -> str:
    """``python -m app run ...`` with the options that give ``config``, as the command line spells them."""
    default = RunConfig.for_variant(config.variant)
    words = ["python -m app run", config.variant]
    words += [f"--{name.replace('_', '-')} {_literal(getattr(config, name))}"
              for name in SETTINGS if getattr(config, name) != getattr(default, name)]
    words += [] if every == VARIANTS[config.variant].print_every else [f"--every {every}"]
    words += [] if threads is None else [f"--threads {threads}"]
    words += [] if code_file is None else [f"--code {code_file}"]
    return " ".join(words)


# What a notebook cell is made of


def _material(name: str) -> str:
    return resource("notebook", name).read_text(encoding="utf-8")


def _has_section(variant: str) -> bool:
    return resource("notebook", f"{variant}.txt").is_file()


def _code_cells(name: str, text: str) -> list:
    """The code cells of ``text``, as the seed numbers them (``# In [3]:``), without their numbers."""
    sources = [part.rstrip("\n") for part in _CELL_HEADER.split(text) if part.strip()]
    return [v4.new_code_cell(source, id=f"{name}-{i}") for i, source in enumerate(sources, start=1)]


def _stdout(text: str) -> list:
    """A cell's outputs when it printed ``text``."""
    return [v4.new_output("stream", name="stdout", text=text)] if text else []


def _literal(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _seeds(seed: int, threads: int | None) -> str:
    lines = [f"# Descent Lab seeds numpy, torch and random with the run's seed, {seed}, before anything is drawn",
             f"np.random.seed({seed})", f"torch.manual_seed({seed})", f"random.seed({seed})"]
    if threads is not None:
        lines += ["", f"# The run set --threads {threads}: torch's threads, and the BLAS's through threadpoolctl",
                  f"torch.set_num_threads({threads})", "from threadpoolctl import threadpool_limits",
                  f"blas_threads = threadpool_limits(limits={threads}, user_api=\"blas\")"]
    return "\n".join(lines)


def _with_settings(config: RunConfig, every: int) -> str:
    """The section's code cells (their text, numbered as the seed numbers them) with the run's settings put in
    where the cells set them, and every step's loss kept in ``losses`` for the plot."""
    variant = VARIANTS[config.variant]
    default = RunConfig.for_variant(config.variant)
    text = _material(f"{config.variant}.txt")

    def put(pattern: str, new: str | Callable[[re.Match[str]], str]) -> None:
        """Replace the one match of ``pattern`` with ``new`` (text, or a function of the match)."""
        nonlocal text
        replace = new if callable(new) else lambda _: new  # text as it stands: no backslash escapes
        text, count = re.subn(pattern, replace, text, flags=re.MULTILINE)
        assert count == 1, f"{pattern!r} matched {count} times in the {config.variant} cells"

    if config.sizes != default.sizes:
        put(r"^N, D_in, H, D_out = .*$", "N, D_in, H, D_out = {}, {}, {}, {}".format(*config.sizes))
    if config.lr != default.lr:
        put(r"(?<=^learning_rate = )1e-\d$|(?<=lr=)1e-\d\b", repr(config.lr))
    if config.momentum != default.momentum:
        put(r"(?<=momentum=)0\.9\b", repr(config.momentum))
    if config.steps != default.steps:
        put(r"(?<=^for t in range\()\d+(?=\):$)", str(config.steps))
    if config.update != default.update:  # the in-place update: the note's own fix
        put(r"(?<= )param = param - learning_rate \* param\.grad$", "param -= learning_rate * param.grad")
    if (config.dtype, config.device) != (default.dtype, default.device):
        _put_dtype_and_device(put, config, default, named="\ndtype = torch.float\n" in f"\n{text}")
    if every != variant.print_every:
        if variant.print_every == 1:  # the numpy cell prints every step, unconditionally
            put(r"^    print\(t, loss\)$", f"    if t % {every} == {every - 1}:\n        print(t, loss)")
        else:
            put(rf"^    if t % {variant.print_every} == {variant.print_every - 1}:$",
                f"    if t % {every} == {every - 1}:")
    put(r"^(?=for t in range\()", "losses = []  # Descent Lab: every step's loss, for the plot at the end\n")
    put(r"^    loss = .*$", lambda match: f"{match[0]}\n    losses.append(float(loss))")
    return text


def _put_dtype_and_device(put: Callable, config: RunConfig, default: RunConfig, named: bool) -> None:
    """The tensors cells name dtype and device; the nn cells draw on the CPU in float32 and are given both."""
    dtype, device = f"dtype = torch.{config.dtype}", f'device = torch.device("{config.device}")'
    if named:
        if config.dtype != default.dtype:
            put(r"^dtype = torch\.float$", dtype)
        if config.device != default.device:
            put(r'^device = torch\.device\("cpu"\)$', device)
        return
    put(r"^(?=# N is batch size)", f"{dtype}\n{device}\n\n")
    put(r"^x = torch\.randn\(N, D_in\)$", "x = torch.randn(N, D_in, device=device, dtype=dtype)")
    put(r"^y = torch\.randn\(N, D_out\)$", "y = torch.randn(N, D_out, device=device, dtype=dtype)")
    put(r"^model = \w+\(D_in, H, D_out\)$|^    torch\.nn\.Linear\(H, D_out\),\n\)$",
        lambda match: f"{match[0]}.to(device, dtype)")


def _module_cells(variant: str, edited: EditedCode | None, runs_here: bool = True) -> list:
    """A variant's module (``edited``'s text, or the original's) in a ``%%writefile`` cell, and what it is for.

    ``runs_here``: a cell after it runs it; else it ends the notebook, to be taken back to the app.
    """
    name, file = VARIANTS[variant].name, module_file(variant)
    text = edited.text if edited is not None else variant_text(variant)
    if runs_here:
        whose = "as you edited it in Descent Lab" if edited is not None else "as Descent Lab runs it"
        about = (f"### {'Your edit of the' if edited is not None else 'The'} {name} variant's module\n\n"
                 f"The cell below is the {name} variant's module {whose}. Running it "
                 f"saves it as `{file}`; the cell after it runs that file as `python -m app run {name} --code "
                 f"{file}` does, through Descent Lab's own machinery (`models.edited`). That is how the module's "
                 "relative imports (`from .step import Step`) resolve: in Descent Lab's `models` package, so this "
                 "kernel needs Descent Lab installed in its Python. Each step is checked as the app checks it, "
                 "and a mistake is told on its line of the module.")
    else:
        about = (f"### Take it back to Descent Lab\n\n"
                 f"The cell below is the {name} variant's module as Descent Lab runs it (`python -m app code "
                 f"{name}` prints it too). Edit it, run the cell to save it as `{file}`, and run your edit in "
                 f"Descent Lab: `python -m app run {name} --code {file}`.")
    about += f" Keep the cell's first line, `{WRITEFILE} {file}`: it tells Descent Lab which variant the cell holds."
    return [v4.new_markdown_cell(about, id="module-about"),
            v4.new_code_cell(f"{WRITEFILE} {file}\n{text.removesuffix(chr(10))}", id="module")]


def _run_module(config: RunConfig, every: int) -> str:
    default = RunConfig.for_variant(config.variant)
    changes = "".join(f", {name}={getattr(config, name)!r}" for name in SETTINGS
                      if getattr(config, name) != getattr(default, name))
    file = module_file(config.variant)
    return f'''# Runs {file} as `python -m app run {config.variant} --code {file}` does
import sys

from models import RunConfig, run
from models.edited import EditedCode

config = RunConfig.for_variant({config.variant!r}{changes})
with open({file!r}, encoding="utf-8-sig") as file:
    edited = EditedCode({config.variant!r}, file.read(), {file!r})


def print_loss(t, loss):
    if t % {every} == {every - 1}:
        print(t, loss)


result = run(config, on_loss=print_loss, train=edited.train)
losses = result.losses
if result.error is not None:  # told as `run --code` tells it: your own frames, or a sentence on a line
    told, line = edited.traceback_of(result.error)
    where = "" if line is None or told.startswith("Traceback") else f"{{edited.filename}}, line {{line}}: "
    print(where + told, file=sys.stderr)'''


def _plot_cell():
    return v4.new_code_cell('''# The loss at every step, as Descent Lab plots it
try:
    import matplotlib.pyplot as plt
except ImportError:
    print("The plot needs matplotlib: install it into this kernel (%pip install matplotlib) and run this cell again.")
else:
    plt.figure(figsize=(8, 4))
    plt.plot(losses)
    plt.yscale("log")
    plt.xlabel("step")
    plt.ylabel("loss")
    plt.show()''', id="plot")


# The markdown that says what the notebook holds and why


def _about(result: RunResult, every: int, threads: int | None, edited: EditedCode | None, section: bool) -> str:
    config = result.config
    variant = VARIANTS[config.variant]
    own = _material(f"{config.variant}.md") if section else f"### {variant.title}\n"
    code_file = module_file(config.variant) if edited is not None else None
    parts = [_material("title.md"), own,
             f"**In Descent Lab.** {variant.summary}",
             f"This notebook reproduces `{command(config, every, threads, code_file)}`: run in a fresh kernel on "
             "the same machine, it prints what that command prints, to the last digit. The output stored under "
             "its training cell is what the command printed.",
             *_changes(config, every, threads, edited),
             *(f"**{note.title}** {note.text}" for note in variant.notes if note.applies(config)),
             *_ending(result, cells=section and edited is None)]
    return "\n\n".join(part.strip("\n") for part in parts)


def _changes(config: RunConfig, every: int, threads: int | None, edited: EditedCode | None) -> list[str]:
    """A sentence for every setting changed from the notebook's, and for the seed, threads and edit."""
    default = RunConfig.for_variant(config.variant)
    variant = VARIANTS[config.variant]
    changed = [f"- {words(getattr(config, name), getattr(default, name))}"
               for name, words in _SAID.items() if getattr(config, name) != getattr(default, name)]
    if every != variant.print_every:
        changed.append(f"- prints the loss {_every(every)} (the notebook's cell: {_every(variant.print_every)})")
    if threads is not None:
        changed.append(f"- {threads} torch and BLAS threads (the notebook's: their defaults); a thread count can "
                       "change the last digits of a sum")
    if edited is not None:
        changed.append(f"- your edit of the {variant.name} variant's module, {edited.label}, in place of the "
                       "notebook's cells")
    seeded = (f"Descent Lab seeds numpy, torch and random with {config.seed} before anything is drawn, so the "
              "numbers are the same at every run.")
    if not changed:
        return [seeded, "The settings are the notebook's."]
    where = "" if edited is not None else ", and put into the cells below where they set them"
    return [seeded, f"Changed from the notebook's settings{where}:", "\n".join(changed)]


def _ending(result: RunResult, cells: bool) -> list[str]:
    """What the notebook says of a run that did not finish; ``cells``: the notebook's own loop runs it."""
    if result.outcome == "finished":
        return []
    if result.diverged:
        goes_on = "The notebook's loop goes on, and prints what follows." if cells else "So does the run cell below."
        return [f"In Descent Lab this run {result.outcome}: the loss became {result.losses[-1]}, and the app "
                f"stopped it there. {goes_on}"]
    return [f"In Descent Lab this run ended after {len(result.losses)} of {result.config.steps} steps "
            f"({result.outcome}); the stored output is what it printed."]


def _every(n: int) -> str:
    """"every step", "every 2nd step", "every 100th step"."""
    if n == 1:
        return "every step"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"every {n}{suffix} step"


_SAID = {
    "N": lambda value, default: f"batch size N = {value} (the notebook's {default})",
    "D_in": lambda value, default: f"input dimension D_in = {value} (the notebook's {default})",
    "H": lambda value, default: f"hidden dimension H = {value} (the notebook's {default})",
    "D_out": lambda value, default: f"output dimension D_out = {value} (the notebook's {default})",
    "lr": lambda value, default: f"learning rate {value!r} (the notebook's {default:g})",
    "steps": lambda value, default: f"{value} training steps (the notebook's {default})",
    "momentum": lambda value, default: f"SGD momentum {value!r} (the notebook's {default})",
    "update": lambda value, default: "the in-place update `param -= learning_rate * param.grad`: the notebook's "
    "`param = param - learning_rate * param.grad` binds the name `param` to a new tensor and never changes the "
    "model, so its loss stays flat",
    "dtype": lambda value, default: f"computes in {value} (the notebook's {default})",
    "device": lambda value, default: f"runs on {value} (the notebook's {default})",
}
