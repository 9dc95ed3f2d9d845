"""The engines behind `sqlml.connect`. Importing this package registers them; drivers load lazily."""
from . import embedded, sqlserver  # noqa: F401
