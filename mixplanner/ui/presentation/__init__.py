"""Presentation mode (F5): the plan's key figures full screen, one view at a time, for the meeting."""
