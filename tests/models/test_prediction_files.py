"""Files of predictions: read back as written, every fault refused in one line naming the row."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.prediction_files import MAX_BYTES, parse_predictions, predictions_csv
from models.predictions import MAX_POINTS, MAX_PREDICTIONS, Prediction, PredictionError


def parse(text: str, log: bool = True):
    return parse_predictions(text.encode(), "guesses.csv", log)


def test_a_file_with_a_header_in_any_order_and_names_in_order_of_appearance():
    text = "Loss, step ,NAME\n500,0,Team A\n400,0,\"Smith, J\"\n\n5,100,Team A\n1,100,\"Smith, J\"\n"
    team, smith = parse(text)
    assert (team.name, team.colour, team.points) == ("Team A", 0, ((0, 500), (100, 5)))
    assert (smith.name, smith.colour, smith.points) == ("Smith, J", 1, ((0, 400), (100, 1)))


def test_a_file_without_a_header_is_name_step_loss():
    (only,) = parse("\ufeffA,0,500\nA,10.5,2e1\n")  # a spreadsheet's byte order mark too
    assert only.points == ((0, 500), (10.5, 20))


def test_zero_is_a_loss_on_a_linear_plot():
    assert parse("A,0,500\nA,10,0\n", log=False)[0].points[-1] == (10, 0)


@pytest.mark.parametrize("text, fault", [
    ("A,0,500\nA,ten,5\n", "guesses.csv, row 2: the step 'ten' is not a number"),
    ("A,0,500\nA,10,\n", "guesses.csv, row 2: the loss '' is not a number"),
    ("A,0,500\nA,10,0\n", "guesses.csv, row 2: the loss is 0, which a log scale cannot show; predict a loss above 0"),
    ("A,0,-5\n", "guesses.csv, row 1: the loss -5 is negative; a loss is never below 0"),
    ("A,-1,5\n", "guesses.csv, row 1: the step -1 is outside 0 to 100,000,000, the steps a run can have"),
    ("A,0,nan\n", "guesses.csv, row 1: the loss is 'nan'; a loss is a finite number"),
    ("A,inf,5\n", "guesses.csv, row 1: the step is 'inf'; a step is a finite number"),
    ("A,0,1e999\n", "guesses.csv, row 1: the loss is '1e999'; a loss is a finite number"),
    ("name,step,loss,colour\nA,0,5,red\n", "guesses.csv, row 1: unknown column 'colour'; "
                                          "the columns are name, step and loss"),
    ("name,step\n", "guesses.csv, row 1: there is no loss column; the columns are name, step and loss"),
    ("name,step,step\n", "guesses.csv, row 1: the column 'step' is named twice"),
    ("A,0,5,red\n", "guesses.csv, row 1: 4 values where there are 3 columns (name, step, loss)"),
    ("A,0\n", "guesses.csv, row 1: 2 values where there are 3 columns (name, step, loss)"),
    ("A,0,5\nA,20,4\nA,10,3\n", "guesses.csv, row 3: 'A' has step 10 after its step 20; "
                                "a prediction's steps must increase"),
    ("A,0,5\nA,0,4\n", "guesses.csv, row 2: 'A' has step 0 again; a prediction's steps must increase"),
    ("A,0,5\n,1,4\n", "guesses.csv, row 2: a name cannot be empty"),
    ("A\x00B,0,5\n", "guesses.csv, row 1: a name is one line of printable characters"),
    ("name,step,loss\n", "guesses.csv holds no predictions: it needs rows of name,step,loss"),
    ("", "guesses.csv holds no predictions: it needs rows of name,step,loss"),
    ('A,0,5\n"B,1,4\n', "guesses.csv, row 2: 1 value where"),  # an unclosed quote runs to the end
])
def test_each_fault_is_one_line_naming_the_row(text, fault):
    with pytest.raises(PredictionError) as caught:
        parse(text)
    assert str(caught.value).startswith(fault) and "\n" not in str(caught.value)


def test_too_many_predictions_and_points_and_bytes_are_refused():
    eight = "".join(f"P{i},0,5\n" for i in range(MAX_PREDICTIONS + 1))
    with pytest.raises(PredictionError, match="row 8: 'P7' would be prediction 8; a file holds at most 7"):
        parse(eight)
    many = "".join(f"A,{i},5\n" for i in range(MAX_POINTS + 1))
    with pytest.raises(PredictionError, match="row 10001: 'A' has more than 10,000 points"):
        parse(many)
    with pytest.raises(PredictionError, match="guesses.csv is larger than 1 MB"):
        parse_predictions(b"A,0,5\n" * (MAX_BYTES // 6 + 1), "guesses.csv")
    with pytest.raises(PredictionError, match="not UTF-8 text"):
        parse_predictions(b"A,0,5\n\xff\xfe", "guesses.csv")


def test_a_huge_field_is_refused_in_one_line():
    with pytest.raises(PredictionError, match=r"row 1: it is not CSV \(field larger than field limit"):
        parse('"' + "x" * 200_000 + '",0,5\n')


names = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=40)
points = st.lists(st.tuples(st.floats(0, 1e8), st.floats(1e-300, 1e300)), min_size=1, max_size=20,
                  unique_by=lambda point: point[0])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(names.filter(lambda n: n == n.strip() and n.isprintable()), points),
                min_size=1, max_size=MAX_PREDICTIONS, unique_by=lambda p: p[0]))
def test_a_written_file_reads_back_the_same(drawn):
    predictions = [Prediction(name, colour, tuple(sorted(pts))) for colour, (name, pts) in enumerate(drawn)]
    assert parse(predictions_csv(predictions)) == predictions


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(alphabet="AB,0123.e-\n\"nai ", max_size=80).map(str.encode))
def test_any_bytes_are_read_or_refused_in_one_line(data):
    try:
        parse_predictions(data, "guesses.csv")
    except PredictionError as error:
        assert "\n" not in str(error) and str(error).startswith("guesses.csv")
