from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Invented content for development, tests and benchmarks: organisations, listings, users
    (and `manage.py seed_demo` / `seed_bulk`). No models. It sits above every app and may
    import them; nothing imports it, and production settings do not install it, so none of
    this reaches a live site."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo data"
