"""Runs, with no widgets: the run controller, the training thread and its parts (pacing, lanes, the hand-off of
losses and weights, the Stop of edited code), the steps kept for rewinding, and how often the views redraw."""
