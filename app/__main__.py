"""`python -m app`: Ctrl+C and SIGTERM are handled from the first import on (``app.io.signals``)."""

import sys

from app.io import signals

with signals.handled():
    from app.cli.main import main

    status = main()
sys.exit(status)
