"""Charts for the app, the PDF and the PPTX: functions that draw on a matplotlib Axes (no Qt, no pyplot)."""
