"""mixplanner: plan the housing mix of Dutch neighbourhoods (imports neither Qt nor matplotlib)."""

__version__ = "0.1.0"
