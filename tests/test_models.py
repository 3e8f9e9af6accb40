"""The generated models against responses the description allows, and the surprises real responses contain."""

import string
import warnings
from typing import Any

import pytest
import resend_client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from resend_client import WEBHOOK_EVENT_MODELS, WebhookPayloadError, models, parse_webhook_event
from resend_client.api.contacts import create_contact, update_contact

from tests.description import document, inline_schema, success_schema_names

SCHEMA_NAMES = success_schema_names()

# Keys that no schema of the description uses, for fields the API may add later.
UNKNOWN_KEYS = st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=8).map(lambda key: f"new_{key}")
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
UNKNOWN_FIELDS = st.dictionaries(UNKNOWN_KEYS, JSON_SCALARS | st.lists(JSON_SCALARS, max_size=3), max_size=3)


def with_open_enums(schema: Any) -> Any:
    """Let every string enum also take values the description does not list."""
    if isinstance(schema, list):
        return [with_open_enums(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    opened = {key: with_open_enums(value) for key, value in schema.items()}
    if "enum" in opened and all(isinstance(value, str) for value in opened["enum"]):
        known = {"enum": opened.pop("enum")}
        return {**opened, "anyOf": [known, {"type": "string", "pattern": "^unlisted_[a-z]{1,6}$"}]}
    return opened


def model_for(schema_name: str) -> Any:
    return getattr(models, schema_name)


def test_every_success_schema_has_a_model() -> None:
    missing = [name for name in SCHEMA_NAMES if not hasattr(models, name)]

    assert missing == []
    assert len(SCHEMA_NAMES) > 100


@pytest.mark.parametrize("schema_name", SCHEMA_NAMES)
def test_generated_responses_round_trip(schema_name: str) -> None:
    model = model_for(schema_name)
    responses = st.tuples(from_schema(with_open_enums(inline_schema(schema_name))), UNKNOWN_FIELDS)

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(responses)
    def check(response_and_extra: tuple[dict[str, Any], dict[str, Any]]) -> None:
        response, extra = response_and_extra
        body = {**response, **extra}

        parsed = model.from_dict(body)
        serialised = parsed.to_dict()

        assert set(serialised) == set(body)
        for key, value in extra.items():
            assert parsed.additional_properties[key] == value
            assert serialised[key] == value
        assert model.from_dict(serialised).to_dict() == serialised

    check()


def test_unlisted_enum_value_is_kept_as_a_string() -> None:
    domain = models.Domain.from_dict({"id": "d1", "status": "quarantined", "region": "mars-north-1"})

    assert domain.status == "quarantined"
    assert domain.to_dict()["status"] == "quarantined"


def test_null_and_missing_optional_fields_parse() -> None:
    contact = models.Contact.from_dict({"id": "c1", "email": "a@example.com", "first_name": None})

    assert contact.first_name is None
    assert contact.last_name is resend_client.UNSET
    assert contact.to_dict() == {"id": "c1", "email": "a@example.com", "first_name": None}


def test_object_is_a_plain_string() -> None:
    segment = models.Segment.from_dict({"id": "s1", "object": "audience"})

    assert segment.object_ == "audience"


def test_unset_fields_are_never_sent() -> None:
    request = create_contact.build_request(email="a@example.com")

    assert request.json_body == {"email": "a@example.com"}


def test_null_is_sent_when_set_explicitly() -> None:
    request = update_contact.build_request("c1", first_name=None)

    assert request.json_body == {"first_name": None}


@pytest.mark.parametrize("event_type", sorted(document()["webhooks"]))
def test_webhook_examples_parse_into_their_event_model(event_type: str) -> None:
    body = document()["webhooks"][event_type]["post"]["requestBody"]["content"]["application/json"]
    examples = [example["value"] for example in body["examples"].values()]

    for example in examples:
        event = parse_webhook_event(example)

        assert type(event) is WEBHOOK_EVENT_MODELS[event_type]
        assert event.type_ == event_type


def test_unknown_webhook_event_type_is_refused() -> None:
    with pytest.raises(WebhookPayloadError, match="unknown webhook event type 'email.teleported'"):
        parse_webhook_event({"type": "email.teleported", "created_at": "2025-10-08T03:24:02Z", "data": {}})


def test_webhook_payload_missing_its_data_is_refused() -> None:
    with pytest.raises(WebhookPayloadError, match="email.sent payload does not match its model"):
        parse_webhook_event({"type": "email.sent", "created_at": "2025-10-08T03:24:02Z"})


def test_deprecated_call_warns_at_the_callers_line(sandbox_client: resend_client.Resend) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sandbox_client.audiences.contacts.list("78261eea-8f8b-4381-83c6-79fa7120f1cf")

    assert [str(warning.message) for warning in caught] == [
        "client.audiences.contacts.list calls a deprecated endpoint; use client.contacts.list instead"
    ]
    assert caught[0].category is DeprecationWarning
    assert caught[0].filename == __file__


def test_raw_webhook_body_parses_as_str_and_bytes() -> None:
    data = (
        '{"id": "c1", "email": "a@example.com", "unsubscribed": false, '
        '"created_at": "2025-10-08T03:24:02Z", "updated_at": "2025-10-09T03:24:02Z"}'
    )
    body = f'{{"type": "contact.deleted", "created_at": "2025-10-09T03:24:02Z", "data": {data}}}'

    assert type(parse_webhook_event(body)) is models.ContactDeletedEvent
    assert type(parse_webhook_event(body.encode())) is models.ContactDeletedEvent


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("{not json", "the body is not valid JSON"),
        ("[1, 2]", "must be a JSON object, got list"),
        ({"created_at": "2025-10-08T03:24:02Z", "data": {}}, "has no `type` field"),
    ],
)
def test_malformed_webhook_payload_is_refused(payload: Any, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        parse_webhook_event(payload)
