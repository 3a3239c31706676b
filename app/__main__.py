"""`python -m app`: Ctrl+C and SIGTERM are handled from the first import on (``app.interrupt``)."""

import sys

from app import interrupt

with interrupt.handled():
    from app.cli import main

    status = main()
sys.exit(status)
