"""The apps' factories, for tests of how the service runs (mail queue, cache, health)."""

from tests.directory.conftest import make_service  # noqa: F401
from tests.volunteering.conftest import make_opportunity, opportunity_a  # noqa: F401
