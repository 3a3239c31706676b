"""The command line's headless commands never open the window: a test that reaches it fails at once."""

import pytest


@pytest.fixture(autouse=True)
def window_never_opens(monkeypatch):
    """Opening the window from a test of the command line fails that test.

    Left to itself the window would wait for a user who never comes: under mutmut,
    a mutant that sent `run` on to the window held its test until the timeout,
    minutes each.
    """
    import app.gui.launch

    def launch(session=None, screen=None):
        raise AssertionError(f"the window was opened (session={session!r}, screen={screen!r})")

    monkeypatch.setattr(app.gui.launch, "launch", launch)
