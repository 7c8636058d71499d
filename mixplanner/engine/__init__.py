"""The scenario engine: year-by-year projection of the mix, target status, and scenario comparison."""
