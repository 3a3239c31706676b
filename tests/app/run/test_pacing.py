"""The flags between a run's steps, as the training loop meets them: held, let through a step at a time, stopped."""

from concurrent.futures import ThreadPoolExecutor

from app.run.pacing import Pacing


def test_at_max_pace_running_the_loop_goes_on_without_showing_and_any_command_that_holds_it_is_seen():
    pacing = Pacing()
    shown = []
    assert pacing.wait_for_next_step(0, lambda: shown.append(0)) and shown == []
    for command, free_running in [(pacing.pause, False), (pacing.resume, True), (lambda: pacing.set_pace(5.0), False),
                                  (lambda: pacing.set_pace(None), True), (pacing.stop, False)]:
        command()
        assert pacing.free_running == free_running


def test_paused_the_step_is_shown_once_then_exactly_the_steps_asked_for_go_and_stop_ends_the_wait():
    pacing = Pacing(paused=True)
    shown = []
    with ThreadPoolExecutor(1) as loop:
        waiting = loop.submit(pacing.wait_for_next_step, 0, lambda: shown.append(0))
        assert pacing.holding.wait(10)
        assert shown == [0] and not waiting.done()
        pacing.step(2)
        assert waiting.result(10)
        assert pacing.wait_for_next_step(1, lambda: shown.append(1))  # the second step asked for: no hold
        waiting = loop.submit(pacing.wait_for_next_step, 2, lambda: shown.append(2))
        assert pacing.holding.wait(10)
        pacing.stop()
        assert waiting.result(10) is False
    assert shown == [0, 2]
