"""A race's order of finish, as a class guesses it before the race and as the race ends: who had it right."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .predictions import PredictionError, name_fault
from .words import translate


@dataclass(frozen=True)
class RaceGuess:
    """A guesser's predicted order of finish: the race's lanes, lowest final loss first."""

    guesser: str
    order: tuple[str, ...]

    def __post_init__(self) -> None:
        fault = name_fault(self.guesser)
        if fault is None and len(set(self.order)) != len(self.order):
            fault = "it names a lane twice"
        if fault:
            said = translate("Predictions", "The guess of {name} cannot be taken: {fault}")
            raise PredictionError(said.format(name=repr(self.guesser), fault=fault))


@dataclass(frozen=True)
class RaceVerdict:
    guess: RaceGuess
    places_right: int  # lanes guessed at a place they finished at (a tie counts at any of its places)

    @property
    def exact(self) -> bool:
        return self.places_right == len(self.guess.order)

    def describe(self) -> str:
        if self.exact:
            return translate("Predictions", "{name}: exactly right").format(name=self.guess.guesser)
        said = translate("Predictions", "{name}: {right} of {count} places right")
        return said.format(name=self.guess.guesser, right=self.places_right, count=len(self.guess.order))


def finishing_order(final_losses: Mapping[str, float]) -> list[tuple[str, ...]]:
    """The lanes, lowest final loss first, in groups of equal losses; lanes that diverged
    (a final loss that is not finite) last, together. Within a group, the lanes' own order."""
    finite = {lane: loss for lane, loss in final_losses.items() if math.isfinite(loss)}
    groups: dict[float, list[str]] = {}
    for lane in sorted(finite, key=finite.__getitem__):
        groups.setdefault(finite[lane], []).append(lane)
    diverged = [lane for lane in final_losses if lane not in finite]
    return [tuple(group) for group in groups.values()] + ([tuple(diverged)] if diverged else [])


def describe_order(groups: Sequence[tuple[str, ...]]) -> str:
    """The order as it is said: "1. optim, 2. custom, 3= tensors and autograd"."""
    parts, place = [], 1
    for group in groups:
        *others, last = group  # a group is never empty
        tie = "=" if others else "."
        names = f"{', '.join(others)} and {last}" if others else last
        parts.append(f"{place}{tie} {names}")
        place += len(group)
    return ", ".join(parts)


def judge(guesses: Iterable[RaceGuess], final_losses: Mapping[str, float]) -> list[RaceVerdict]:
    """Each guess against the race's finish; a guess must order exactly the race's lanes."""
    groups = finishing_order(final_losses)
    places: dict[str, range] = {}
    start = 0
    for group in groups:
        for lane in group:
            places[lane] = range(start, start + len(group))
        start += len(group)
    verdicts = []
    for guess in guesses:
        if sorted(guess.order) != sorted(final_losses):
            said = translate("Predictions", "The guess of {name} orders {order}, not the race's lanes ({lanes})")
            raise PredictionError(said.format(name=repr(guess.guesser), order=", ".join(guess.order),
                                              lanes=", ".join(final_losses)))
        right = sum(place in places[lane] for place, lane in enumerate(guess.order))
        verdicts.append(RaceVerdict(guess, right))
    return verdicts
