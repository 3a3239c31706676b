"""Thread counts are the process's: runs that set them on other threads, at once and in any order, leave the
defaults as they found them (a window's run and its steps computed again could leave the process on one BLAS
thread, and the notebook's numbers out of reach)."""

import threading

import pytest
import torch
from threadpoolctl import threadpool_info

from models import training_context


def counts() -> tuple[int, list[int]]:
    """torch's threads and each BLAS's, as the main thread has them."""
    return torch.get_num_threads(), [library["num_threads"] for library in threadpool_info()
                                     if library["user_api"] == "blas"]


@pytest.fixture
def defaults():
    before = counts()
    if before[0] == 1 and set(before[1]) <= {1}:
        pytest.skip("one thread is already every default here: nothing could be left changed")
    return before


def test_runs_that_overlap_on_two_threads_leave_the_defaults_whatever_order_they_end_in(defaults):
    """A run on one thread and its steps computed again on another: the first to begin ends first, as a window's
    run ends while a step is being computed again."""
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = []

    def first() -> None:
        with training_context(threads=1):
            first_in.set()
            second_in.wait(10)
        first_out.set()

    def second() -> None:
        first_in.wait(10)
        with training_context(threads=1):
            second_in.set()
            first_out.wait(10)
            seen.append(torch.get_num_threads())  # still one, after the first has ended

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert seen == [1]
    assert counts() == defaults
