"""How often the window redraws, and so how often the trainer needs to publish.

At a set pace every step can be followed, so the loss redraws at 30 Hz. At max
pace steps come faster than an eye can follow, and each redraw competes with
training for the two cores and for Python's GIL: the window redraws at a third
of that rate. Weights, depths and the status bar redraw every third frame.

Measured on two cores (`make bench ARGS=overhead`, one run each): at 15 and
5 Hz the window took 6% of a core and training kept 0.91 to 0.97 of its
headless steps/s (autograd 0.91); at 10 and 3.3 Hz, 4% of a core and 0.94 to 0.98.
"""

FRAME_S = 1 / 30  # the loss curves at a set pace; losses are published no faster
MAX_PACE_FRAME_S = 1 / 10  # the loss curves at max pace
SLOW_EVERY = 3  # frames between redraws of the heatmaps, depth trace and status
SNAPSHOT_S = 1 / 10  # weights are copied no faster at a set pace
MAX_PACE_SNAPSHOT_S = 0.3  # and at max pace, when the heatmaps redraw every 0.3 s
