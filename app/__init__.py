"""Descent Lab: watch the "Introduction to PyTorch" notebook learn."""

__version__ = "0.1.0"
