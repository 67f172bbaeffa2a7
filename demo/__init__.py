"""Demo content, kept out of the runtime apps: see demo.apps.DemoConfig."""
