import pytest
from django.test import Client


@pytest.fixture
def client():
    """A server error is a response to count and report, not an exception that stops a run of
    several hundred checks at the first one (the traceback is still logged)."""
    return Client(raise_request_exception=False)
