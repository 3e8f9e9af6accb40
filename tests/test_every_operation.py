"""Every operation of the description, called through the resource facade against the sandbox.

The sandbox validates each request against openapi/resend.yaml and responds with the
operation's first documented success example, which it also checks. The client must
then parse it into the operation's model. The count of calls equals the count of operations.
"""

from collections.abc import Iterator

import pytest
from resend_client import Resend

from generator.document import iter_operations
from tests.description import document
from tests.operation_calls import OperationCall, invoke, iter_operation_calls
from tests.sandbox import Sandbox

API_KEY = "re_every_operation_key"
CALLS = list(iter_operation_calls(document()))


@pytest.fixture(scope="module")
def client() -> Iterator[Resend]:
    with (
        Sandbox(api_keys=(API_KEY,), rate_limit=None, examples_only=True) as sandbox,
        Resend(API_KEY, base_url=sandbox.base_url, timeout=10) as resend,
    ):
        yield resend


def test_calls_cover_every_described_operation() -> None:
    described = [operation["operationId"] for _path, _method, operation, _parameters in iter_operations(document())]

    assert [call.operation_id for call in CALLS] == described
    assert len(described) >= 110
    assert [call.operation_id for call in CALLS if call.skip_reason] == []


@pytest.mark.parametrize("call", CALLS, ids=lambda call: call.facade_path)
def test_operation_round_trips_through_the_sandbox(client: Resend, call: OperationCall) -> None:
    response = invoke(client, call, raw=True)

    expected = next(success for success in call.success_responses if success.status == str(response.status_code))
    assert expected.model is not None
    assert isinstance(response.parsed, expected.model)
    assert response.parsed.to_dict() == expected.model.from_dict(response.http_response.json()).to_dict()
