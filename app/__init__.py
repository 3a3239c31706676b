"""Descent Lab: watch the "Introduction to PyTorch" notebook learn."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("descent-lab")  # pyproject.toml's, as installed (make installs it editable)
except PackageNotFoundError:  # a bare checkout on sys.path, never installed
    __version__ = "0+unknown"
