"""How often the window redraws, and so how often the trainer needs to publish."""

FRAME_S = 1 / 30  # the loss curves redraw at about 30 Hz; losses are published no faster
SNAPSHOT_S = 1 / 10  # the heatmaps at 10 Hz; weights are copied no faster
