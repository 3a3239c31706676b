"""Reusable views that know nothing of training: they take arrays and values.

Nothing here imports ``models`` or ``app``.
"""

import pyqtgraph as pg

# Images are (rows, columns) like the matrices they show; set before any ImageItem exists.
pg.setConfigOptions(imageAxisOrder="row-major", antialias=True)
