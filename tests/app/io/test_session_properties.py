"""Hostile session files: whatever a file holds, it is accepted or refused with one sentence, never a crash."""

import json

import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from app.io.sessions import MAX_DEPTH, MAX_DIGITS, SessionError, parse_json, parse_session, read_session, session_text
from models import RunConfig
from tests.budget import property_settings

VALID = json.loads(session_text(RunConfig.for_variant("nn", seed=3), 50))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)
config_keys = st.sampled_from(sorted(VALID["config"]) + ["colour"])
top_keys = st.sampled_from(sorted(VALID) + ["extra"])


@st.composite
def mutated_sessions(draw):
    """A valid session with a few keys replaced, removed or added."""
    document = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 4))):
        where = document["config"] if draw(st.booleans()) and isinstance(document.get("config"), dict) else document
        key = draw(config_keys if where is not document else top_keys)
        if draw(st.booleans()):
            where[key] = draw(json_values)
        else:
            where.pop(key, None)
    return document


def outcome(text: str):
    """Accepted (a RunConfig and a pace) or refused with a SessionError: nothing else may escape."""
    try:
        config, pace = parse_session(parse_json(text, "s.json"), "s.json")
    except SessionError as error:
        message = str(error)
        assert message.startswith("s.json") and "\n" not in message, message
        return None
    assert isinstance(config, RunConfig) and (pace is None or pace > 0)
    RunConfig.from_dict(config.to_dict())  # what was accepted is a valid configuration
    return config


@property_settings(700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_any_json_document_is_accepted_or_refused_in_one_line(document):
    outcome(json.dumps(document))


@property_settings(700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_sessions())
def test_a_mutated_session_is_accepted_or_refused_in_one_line(document):
    outcome(json.dumps(document))


@property_settings(300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_accepted_or_refused_in_one_line(text):
    outcome(text)


@pytest.mark.parametrize("text, complaint", [
    ("[" * 100_000 + "]" * 100_000, f"more than {MAX_DEPTH} levels deep"),
    ('{"a": ' * 50 + "1" + "}" * 50, f"more than {MAX_DEPTH} levels deep"),
    ('{"kind": "descent-lab-session", "version": 1, "config": {"seed": ' + "9" * 5000 + "}}", "5000 digits"),
    ('{"kind": "descent-lab-session", "version": true, "config": {}}', "version true"),
    ('{"kind": "descent-lab-session", "version": 1.0, "config": {}}', "version 1.0"),
    ('{"kind": "descent-lab-session", "version": 1, "config": {"lr": NaN}}', "NaN, which is not JSON"),
])
def test_what_a_hostile_file_holds_is_named(text, complaint):
    with pytest.raises(SessionError, match=complaint):
        parse_session(parse_json(text, "s.json"), "s.json")


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert parse_json('["[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"]"]', "s.json") == ['[[[[[[[[[[[[[[[[[[[[[[[[[[["]']


def test_a_long_number_within_the_limit_is_read():
    assert parse_json("1" * MAX_DIGITS, "s.json") == int("1" * MAX_DIGITS)


def test_a_file_of_400_kb_of_brackets_is_refused_by_read_session(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(SessionError, match="levels deep"):
        read_session(path)


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_read_session_refuses_a_special_file_at_once(tmp_path, kind):
    import os

    path = tmp_path / "s.json"
    os.mkfifo(path) if kind == "fifo" else path.mkdir()
    with pytest.raises(SessionError, match="a FIFO" if kind == "fifo" else "a folder"):
        read_session(path)

