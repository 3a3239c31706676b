"""The window: the main window that composes the views and the helpers it hands them to."""
