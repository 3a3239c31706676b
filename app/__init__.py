"""Descent Lab: watch the "Introduction to PyTorch" notebook learn."""


def __getattr__(name: str):
    """``__version__``: pyproject.toml's, as installed; read on first use (importlib.metadata takes 50 ms)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("descent-lab")  # make installs the checkout, editable
    except PackageNotFoundError:  # a bare checkout on sys.path, never installed
        return "0+unknown"
