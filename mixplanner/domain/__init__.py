"""Pure data and rules: the dwelling stock, its policy classification and mix summaries (no Qt, no I/O)."""
