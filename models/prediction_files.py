"""Files of predictions: CSV rows of ``name,step,loss``, read as untrusted (every fault one sentence naming the
file, the row and what is wrong), and written so that they read back the same."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable

from .config import MAX_STEPS
from .predictions import MAX_POINTS, MAX_PREDICTIONS, Prediction, PredictionError, name_fault
from .words import translate

MAX_BYTES = 1 << 20  # a drawn prediction is a few hundred points: a few KB of CSV
COLUMNS = ("name", "step", "loss")


def parse_predictions(data: bytes, file_name: str, log: bool = True) -> list[Prediction]:
    """The predictions in a CSV file's bytes: rows of ``name,step,loss``.

    The first row that is not blank is a header when none of its values is a number; it names the
    three columns, in any order. Without one, the columns are name, step, loss. A
    prediction is the rows of one name, its steps increasing; names are coloured
    in the order they first appear. Every fault is one PredictionError naming the
    file, the row (counted from 1, as a spreadsheet does) and what is wrong.
    """
    if len(data) > MAX_BYTES:
        said = translate("Predictions", "{file} is larger than {size} MB; a predictions file is a few KB")
        raise PredictionError(said.format(file=file_name, size=MAX_BYTES >> 20))
    try:
        text = data.decode("utf-8-sig")  # a spreadsheet's byte order mark is not part of the first name
    except UnicodeDecodeError:
        said = translate("Predictions", "{file} is not a predictions file: it is not UTF-8 text")
        raise PredictionError(said.format(file=file_name)) from None
    points: dict[str, list[tuple[float, float]]] = {}
    columns = COLUMNS
    rows = csv.reader(io.StringIO(text, newline=""))
    row_number, first = 0, True

    def fault(why: str) -> PredictionError:
        said = translate("Predictions", "{file}, row {row}: {why}")
        return PredictionError(said.format(file=file_name, row=row_number, why=why))

    try:
        for row_number, row in enumerate(rows, start=1):
            if not any(value.strip() for value in row):
                continue  # a blank line
            if first and not any(_is_number(value) for value in row):
                columns, first = _header(row, fault), False
                continue
            first = False
            if len(row) != len(columns):
                said = (translate("Predictions", "1 value where there are {columns} columns ({names})") if len(row) == 1
                        else translate("Predictions", "{values} values where there are {columns} columns ({names})"))
                raise fault(said.format(values=len(row), columns=len(columns), names=", ".join(columns)))
            values = dict(zip(columns, (value.strip() for value in row)))
            name, step, loss = values["name"], _number(values, "step", fault), _number(values, "loss", fault)
            _check_point(name, step, loss, points.get(name), log, fault)
            if name not in points and len(points) == MAX_PREDICTIONS:
                said = translate("Predictions", "{name} would be prediction {number}; a file holds at most {most}, one "
                                                "for each colour of the runs")
                raise fault(said.format(name=repr(name), number=MAX_PREDICTIONS + 1, most=MAX_PREDICTIONS))
            points.setdefault(name, []).append((step, loss))
    except csv.Error as error:  # raised while reading the next row
        row_number += 1
        raise fault(translate("Predictions", "it is not CSV ({why})").format(why=error)) from None
    if not points:
        said = translate("Predictions", "{file} holds no predictions: it needs rows of name,step,loss")
        raise PredictionError(said.format(file=file_name))
    return [Prediction(name, colour, tuple(drawn)) for colour, (name, drawn) in enumerate(points.items())]


def _header(row: list[str], fault) -> tuple[str, ...]:
    columns = tuple(value.strip().lower() for value in row)
    for column in columns:
        if column not in COLUMNS:
            said = translate("Predictions", "unknown column {column}; the columns are name, step and loss")
            raise fault(said.format(column=repr(column)))
        if columns.count(column) > 1:
            raise fault(translate("Predictions", "the column {column} is named twice").format(column=repr(column)))
    missing = [column for column in COLUMNS if column not in columns]
    if missing:
        said = translate("Predictions", "there is no {column} column; the columns are name, step and loss")
        raise fault(said.format(column=missing[0]))
    return columns


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _number(values: dict[str, str], column: str, fault) -> float:
    text = values[column]
    try:
        value = float(text)
    except ValueError:
        said = translate("Predictions", "the {column} {text} is not a number")
        raise fault(said.format(column=column, text=_shown(text))) from None
    if not math.isfinite(value):
        said = translate("Predictions", "the {column} is {text}; a {column} is a finite number")
        raise fault(said.format(column=column, text=_shown(text)))
    return value


def _shown(text: str) -> str:
    return repr(text if len(text) <= 20 else text[:20] + "…")


def _check_point(name: str, step: float, loss: float, before: list[tuple[float, float]] | None,
                 log: bool, fault) -> None:
    why = name_fault(name)
    if why:
        raise fault(why)
    if step < 0 or step > MAX_STEPS:
        said = translate("Predictions", "the step {step} is outside 0 to {most}, the steps a run can have")
        raise fault(said.format(step=f"{step:g}", most=f"{MAX_STEPS:,}"))
    if loss < 0:
        said = translate("Predictions", "the loss {loss} is negative; a loss is never below 0")
        raise fault(said.format(loss=f"{loss:g}"))
    if loss == 0 and log:
        raise fault(translate("Predictions", "the loss is 0, which a log scale cannot show; predict a loss above 0"))
    if before and step <= before[-1][0]:
        again = step == before[-1][0]
        said = (translate("Predictions", "{name} has step {step} again; a prediction's steps must increase") if again
                else translate("Predictions", "{name} has step {step} after its step {before}; a prediction's steps "
                                              "must increase"))
        raise fault(said.format(name=repr(name), step=f"{step:g}", before=f"{before[-1][0]:g}"))
    if before and len(before) == MAX_POINTS:
        said = translate("Predictions", "{name} has more than {count} points")
        raise fault(said.format(name=repr(name), count=f"{MAX_POINTS:,}"))


def predictions_csv(predictions: Iterable[Prediction]) -> str:
    """The predictions as a file ``parse_predictions`` reads back identical (but for colours: in order)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for prediction in predictions:
        writer.writerows((prediction.name, repr(step), repr(loss)) for step, loss in prediction.points)
    return out.getvalue()
