"""Runs, with no widgets: the run controller, the training thread, the hand-off of losses and weights,
the steps kept for rewinding, and how often the views redraw."""
