"""How often the window redraws, and so how often the trainer needs to publish.

At a set pace every step can be followed, so the loss redraws at 30 Hz. At max
pace steps come faster than an eye can follow, and each redraw competes with
training for the two cores and for Python's GIL: the window redraws at half
that rate. Weights, depths and the status bar redraw every third frame.
"""

FRAME_S = 1 / 30  # the loss curves at a set pace; losses are published no faster
MAX_PACE_FRAME_S = 1 / 15  # the loss curves at max pace
SLOW_EVERY = 3  # frames between redraws of the heatmaps, depth trace and status
SNAPSHOT_S = 1 / 10  # weights are copied no faster at a set pace
MAX_PACE_SNAPSHOT_S = 1 / 5  # and at max pace, when the heatmaps redraw at 5 Hz
