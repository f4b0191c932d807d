"""The strict generic codec: dataclasses to JSON and back, and its JSON Schema."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from isv_dialogue.codec import decode, encode, json_schema, shown
from isv_dialogue.errors import DataError
from isv_dialogue.model import (Agreement, Answer, Assessment, Dossier, Meeting, MeetingKind,
                                Signal, Supplier)

MEETING = {"id": "m1", "date": "2024-03-01", "kind": "dialogue", "questionnaire_id": "dialoog",
           "questionnaire_version": 1, "created_at": "2024-03-01T09:00:00+00:00"}

# Every model type built from its hints (Hypothesis' text has no surrogates,
# which JSON could not carry through UTF-8).
DOSSIERS = st.from_type(Dossier)


@settings(max_examples=60, deadline=None)
@given(dossier=DOSSIERS)
def test_round_trip_through_json_is_exact(dossier: Dossier):
    """Whatever the model can hold comes back equal after encode, JSON text and decode."""
    text = json.dumps(encode(dossier), ensure_ascii=False)
    assert decode(Dossier, json.loads(text)) == dossier


@settings(max_examples=60, deadline=None)
@given(dossier=DOSSIERS)
def test_encoded_values_match_the_generated_schema(dossier: Dossier):
    """The JSON Schema made from the hints describes exactly what encode makes."""
    defs: dict = {}
    schema = {"$defs": defs, **json_schema(Dossier, defs)}
    jsonschema.Draft202012Validator(schema).validate(encode(dossier))


def test_decode_builds_the_dataclass_with_defaults():
    """Absent optional fields take their defaults; enums and dates are typed."""
    meeting = decode(Meeting, MEETING)
    assert meeting.kind is MeetingKind.DIALOGUE
    assert meeting.date == date(2024, 3, 1)
    assert meeting.created_at == datetime(2024, 3, 1, 9, tzinfo=timezone.utc)
    assert meeting.answers == {} and meeting.review is None


@pytest.mark.parametrize("data, where", [
    ({**MEETING, "extra": 1}, "meeting.extra: onbekend veld"),
    ({k: v for k, v in MEETING.items() if k != "kind"}, "meeting.kind: verplicht veld ontbreekt"),
    ({**MEETING, "questionnaire_version": True}, "meeting.questionnaire_version: moet een heel getal"),
    ({**MEETING, "questionnaire_version": "1"}, "meeting.questionnaire_version: moet een heel getal"),
    ({**MEETING, "date": "2024-13-01"}, "meeting.date: '2024-13-01' is geen geldige datum"),
    ({**MEETING, "date": 20240301}, "meeting.date: moet een datum als tekst"),
    ({**MEETING, "kind": "borrel"}, "meeting.kind: 'borrel' is geen van"),
    ({**MEETING, "topics": "managementproces"}, "meeting.topics: moet een lijst"),
    ({**MEETING, "topics": ["a", 3]}, "meeting.topics[1]: moet tekst"),
    ({**MEETING, "answers": []}, "meeting.answers: moet een object"),
    ({**MEETING, "answers": {"q.x": {"discussed": "ja"}}},
     "meeting.answers.q.x.discussed: moet true of false"),
    ({**MEETING, "answers": {"q": {"assessment": "prima"}}}, "meeting.answers.q.assessment"),
    ([MEETING], "meeting: moet een object"),
])
def test_decode_refuses_and_names_the_exact_place(data, where: str):
    """Strict: wrong types, unknown and missing fields are refused, and the message
    names the place (bool is not an int; "1" is not 1)."""
    with pytest.raises(DataError) as caught:
        decode(Meeting, data, "meeting")
    assert str(caught.value).startswith(where)


def test_optional_accepts_null_and_the_value_but_nothing_else():
    """``X | None`` takes null or an X, not another type."""
    assert decode(Answer, {"assessment": None}).assessment is None
    assert decode(Answer, {"assessment": "sufficient"}).assessment is Assessment.SUFFICIENT
    with pytest.raises(DataError, match="assessment"):
        decode(Answer, {"assessment": 1})


def test_messages_stay_short_and_on_one_line_whatever_the_data():
    """A 10 MB value or key, or a newline in a key, cannot blow up or split the
    one-sentence message."""
    huge = "x" * (10 * 1024 * 1024)
    cases = [{**MEETING, "kind": huge}, {**MEETING, huge: 1},
             {**MEETING, "answers": {"a\nb": {"discussed": 1}}}, {**MEETING, "date": huge}]
    for data in cases:
        with pytest.raises(DataError) as caught:
            decode(Meeting, data, "meeting")
        assert len(str(caught.value)) < 200 and "\n" not in str(caught.value)


def test_shown_quotes_data_short_and_printable():
    """The helper for quoting data: control characters escaped, long text cut."""
    assert shown("abc") == "abc"
    assert shown("a\nb\x00") == "a\\nb\\x00"
    assert shown("é ş 中") == "é ş 中"
    assert shown("y" * 100) == "y" * 40 + "…"
    assert shown(7) == "7"


def test_encode_gives_plain_json_values():
    """encode produces only JSON types: enums as their value, dates as ISO text."""
    supplier = Supplier(id="s", name="S", contract_start=date(2024, 1, 2))
    data = encode(Dossier(supplier, [decode(Meeting, MEETING)],
                          [Agreement("a", "t", "m1")],
                          [Signal("s1", date(2024, 1, 1), "d", "eigen_bedrijf")]))
    assert json.loads(json.dumps(data)) == data
    assert data["supplier"]["contract_start"] == "2024-01-02"
    assert data["meetings"][0]["kind"] == "dialogue"
    assert data["meetings"][0]["created_at"] == "2024-03-01T09:00:00+00:00"


def test_schema_is_strict_about_unknown_fields_and_required_ones():
    """The schema says what decode says: no extra fields, required ones required."""
    defs: dict = {}
    json_schema(Meeting, defs)
    meeting = defs["Meeting"]
    assert meeting["additionalProperties"] is False
    assert set(meeting["required"]) == {"id", "date", "kind", "questionnaire_id",
                                        "questionnaire_version"}
    assert meeting["properties"]["review"]["anyOf"][1] == {"type": "null"}
