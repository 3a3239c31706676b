"""A session file as its user sees it: the text that is saved, and the one line each refusal reads.

A saved session must stay readable by people (indented, one setting a line) and by
this app, so its text is compared whole. A refusal names the file, the fault and
what is allowed, in words a user can act on, so those are compared whole too.
"""

import json

import pytest

from app.io.sessions import (
    MAX_DEPTH,
    MAX_DIGITS,
    SessionError,
    parse_json,
    parse_session,
    read_session,
    read_session_with_code,
    session_text,
)
from models import RunConfig

SAVED = """\
{
  "kind": "descent-lab-session",
  "version": 1,
  "config": {
    "variant": "nn",
    "N": 64,
    "D_in": 1000,
    "H": 100,
    "D_out": 10,
    "lr": 0.0001,
    "steps": 500,
    "seed": 3,
    "device": "cpu",
    "dtype": "float32",
    "momentum": 0.9,
    "update": "notebook"
  },
  "pace": 50
}
"""


def session(**changes):
    """A valid session document with ``changes`` applied at the top level."""
    document = json.loads(SAVED)
    document.update(changes)
    return document


def refusal(document) -> str:
    with pytest.raises(SessionError) as refused:
        parse_session(document, "s.json")
    return str(refused.value)


def test_a_saved_session_is_indented_json_one_setting_a_line():
    assert session_text(RunConfig.for_variant("nn", seed=3), 50) == SAVED


def test_a_session_at_full_pace_says_max():
    text = session_text(RunConfig.for_variant("nn", seed=3), None)
    assert text == SAVED.replace('"pace": 50', '"pace": "max"')
    assert parse_session(json.loads(text)) == (RunConfig.for_variant("nn", seed=3), None)


def test_a_saved_session_reads_back_as_it_was_saved(tmp_path):
    path = tmp_path / "run.json"
    path.write_text(session_text(RunConfig.for_variant("dynamic", lr=3e-4, momentum=0.5, seed=2**32 - 1), 12.5))
    config, pace = read_session(path)
    assert config == RunConfig.for_variant("dynamic", lr=3e-4, momentum=0.5, seed=2**32 - 1)
    assert pace == 12.5


def test_a_whole_number_pace_is_read_as_a_float():
    config, pace = parse_session(session(pace=50))
    assert pace == 50.0 and type(pace) is float


def test_a_session_without_a_pace_runs_at_full_pace():
    document = session()
    del document["pace"]
    assert parse_session(document)[1] is None


@pytest.mark.parametrize("pace", [0, -1, 0.0, True, "fast", None, [50]])
def test_a_pace_that_is_not_a_positive_number_is_refused(pace):
    assert refusal(session(pace=pace)) == (
        f's.json: pace = {pace!r} is not allowed: a number of steps per second > 0, or "max"')


def test_the_smallest_positive_pace_is_read():
    assert parse_session(session(pace=5e-324))[1] == 5e-324


def test_a_document_that_is_not_a_session_is_named_as_such():
    expected = 's.json is not a Descent Lab session (no "kind": "descent-lab-session")'
    assert refusal([1, 2]) == expected
    assert refusal(session(kind="descent-lab-sessions")) == expected
    document = session()
    del document["kind"]
    assert refusal(document) == expected


def test_an_unknown_key_is_named_with_the_known_ones():
    assert refusal(session(zebra=1, extra=2)) == (
        "s.json has an unknown key 'extra'; known keys are code, config, kind, pace, predictions, version")


@pytest.mark.parametrize("version, shown", [
    (2, "2"), (0, "0"), (True, "true"), (1.0, "1.0"), ("1", '"1"'), (None, "null"),
    ("x" * 100, '"' + "x" * 38 + "…"),  # a long value is cut to 40 characters
    ("x" * 38, '"' + "x" * 38 + '"'),  # 40 characters are shown whole
])
def test_another_version_is_named_with_the_one_this_app_reads(version, shown):
    assert refusal(session(version=version)) == f"s.json is version {shown}; this app reads version 1"


def test_a_session_without_a_version_is_refused():
    document = session()
    del document["version"]
    assert refusal(document) == "s.json is version null; this app reads version 1"


def test_a_bad_setting_is_named_with_what_is_allowed():
    assert refusal(session(config={"N": 0})) == "s.json: N = 0 is not allowed: a whole number from 1 to 1048576"
    assert refusal(session(config=None)) == (
        "s.json: configuration = 'NoneType' is not allowed: a JSON object of settings")


def test_the_name_given_is_the_name_used():
    with pytest.raises(SessionError, match=r"^the session is version 2;"):
        parse_session(session(version=2))


# Reading the text


def test_nesting_up_to_the_limit_is_read_and_one_level_more_is_refused():
    assert parse_json("[" * MAX_DEPTH + "]" * MAX_DEPTH, "s.json") is not None
    with pytest.raises(SessionError) as refused:
        parse_json("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1), "s.json")
    assert str(refused.value) == "s.json nests values more than 16 levels deep; a session nests two"


def test_nesting_counts_objects_and_arrays_alike():
    deep = '{"a": [' * 8 + '{"b": 1}' + "]}" * 8  # 17 levels
    with pytest.raises(SessionError, match="more than 16 levels deep"):
        parse_json(deep, "s.json")
    flat = "[" + ", ".join(["[[]]"] * 40) + "]"  # many brackets, three levels deep
    assert parse_json(flat, "s.json") == [[[]]] * 40


@pytest.mark.parametrize("text", [
    '["\\\\", ' + "[" * 15 + "]" * 15 + "]",  # an escaped backslash ends before the quote: the string closes
    '["\\"[[[[[[[[[[[[[[[[[[[[", 1]',  # an escaped quote does not close the string
    '{"[[[[[[[[[[[[[[[[[": "{{{{{{{{{{{{{{{{{{"}',  # brackets in keys and values are text
])
def test_brackets_inside_strings_are_text_and_escapes_are_followed(text):
    parse_json(text, "s.json")  # no refusal for depth


def test_depth_is_counted_down_one_level_at_each_close():
    text = "[[[]," + "[" * 15 + "]" * 15 + "]]"  # back to level 2 after [], then 15 more: 17
    with pytest.raises(SessionError, match="more than 16 levels deep"):
        parse_json(text, "s.json")


@pytest.mark.parametrize("text, message", [
    ("X" * 20, "s.json is not valid JSON (Expecting value at line 1)"),
    ("[X" * 17, "s.json nests values more than 16 levels deep; a session nests two"),
])
def test_only_brackets_and_braces_count_as_nesting(text, message):
    with pytest.raises(SessionError) as refused:
        parse_json(text, "s.json")
    assert str(refused.value) == message


def test_brackets_after_a_closed_string_count_again():
    text = '["\\\\", ' + "[" * 16 + "]" * 16 + "]"  # 17 levels once the string closes
    with pytest.raises(SessionError, match="more than 16 levels deep"):
        parse_json(text, "s.json")


@pytest.mark.parametrize("sign", ["", "-"])
def test_numbers_of_up_to_40_digits_are_read_and_longer_ones_refused(sign):
    assert parse_json(sign + "9" * MAX_DIGITS, "s.json") == int(sign + "9" * MAX_DIGITS)
    with pytest.raises(SessionError) as refused:
        parse_json(sign + "9" * (MAX_DIGITS + 1), "s.json")
    assert str(refused.value) == "s.json holds a number of 41 digits; at most 40 are read"


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
def test_what_is_not_json_is_named(word):
    with pytest.raises(SessionError) as refused:
        parse_json(f'{{"lr": {word}}}', "s.json")
    assert str(refused.value) == f"s.json holds {word}, which is not JSON"


def test_broken_json_is_named_with_its_line():
    with pytest.raises(SessionError) as refused:
        parse_json('{\n  "kind": "descent-lab-session",\n  "version": \n}', "s.json")
    assert str(refused.value) == "s.json is not valid JSON (Expecting value at line 4)"


# Reading the file


def test_a_file_that_is_not_text_is_named(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(b'{"kind": "\xff"}')
    with pytest.raises(SessionError) as refused:
        read_session(path)
    assert str(refused.value) == "s.json is not a Descent Lab session: it is not text"


def test_utf8_text_is_read(tmp_path):
    path = tmp_path / "s.json"
    path.write_bytes(SAVED.replace('"pace": 50', '"pace": "max", "é": 1').encode("utf-8"))
    with pytest.raises(SessionError) as refused:
        read_session(path)
    assert str(refused.value).startswith("s.json has an unknown key 'é'")


def test_a_refusal_names_the_file_by_its_name(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 20 + "]" * 20)
    with pytest.raises(SessionError) as refused:
        read_session(path)
    assert str(refused.value) == "deep.json nests values more than 16 levels deep; a session nests two"


def test_a_missing_file_is_named_with_its_path(tmp_path):
    path = tmp_path / "gone.json"
    with pytest.raises(SessionError) as refused:
        read_session(path)
    assert str(refused.value) == f"Could not open {path}: No such file or directory"


def test_a_file_over_one_megabyte_is_refused_and_one_megabyte_is_read(tmp_path):
    path = tmp_path / "s.json"
    padded = SAVED.rstrip("\n")
    path.write_text(padded + " " * ((1 << 20) - len(padded.encode())))
    assert read_session(path) == (RunConfig.for_variant("nn", seed=3), 50.0)
    path.write_text(padded + " " * ((1 << 20) - len(padded.encode()) + 1))
    with pytest.raises(SessionError) as refused:
        read_session(path)
    assert str(refused.value) == f"Could not open {path}: it is larger than 1 MB"


# Edited modules kept in a session


def test_edited_modules_are_saved_after_the_pace_and_only_when_there_are_some():
    text = session_text(RunConfig.for_variant("nn", seed=3), 50, {"custom": "x = 1\n", "nn": "y = 2\n"})
    code = '  "code": {\n    "custom": "x = 1\\n",\n    "nn": "y = 2\\n"\n  }\n'
    assert text == SAVED.replace('  "pace": 50\n}\n', '  "pace": 50,\n' + code + '}\n')
    assert session_text(RunConfig.for_variant("nn", seed=3), 50, {}) == SAVED


def test_a_session_reads_back_with_its_edited_modules(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(session_text(RunConfig.for_variant("nn", seed=3), None, {"custom": "x = 1\n"}))
    assert read_session_with_code(path) == (RunConfig.for_variant("nn", seed=3), None, {"custom": "x = 1\n"})
    path.write_text(SAVED)  # a file from before edit mode
    assert read_session_with_code(path) == (RunConfig.for_variant("nn", seed=3), 50.0, {})


@pytest.mark.parametrize("code, message", [
    ([1], "s.json: code = [1] is not allowed: an object of variant names to their module's text"),
    ("x = 1", 's.json: code = "x = 1" is not allowed: an object of variant names to their module\'s text'),
    ({"resnet": "x = 1"},
     "s.json: code has an unknown variant 'resnet'; known are numpy, tensors, autograd, nn, optim, custom, dynamic"),
    ({"custom": 5}, "s.json: code.custom = 5 is not allowed: the module's text, a string"),
    ({"custom": ["x = 1"]}, 's.json: code.custom = ["x = 1"] is not allowed: the module\'s text, a string'),
])
def test_bad_edited_modules_are_refused_in_one_line_naming_the_file(code, message, tmp_path):
    path = tmp_path / "s.json"
    path.write_text(SAVED.replace('  "pace": 50\n}', f'  "pace": 50,\n  "code": {json.dumps(code)}\n}}'))
    with pytest.raises(SessionError) as refused:
        read_session_with_code(path)
    assert str(refused.value) == message
