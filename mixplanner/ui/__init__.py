"""The desktop app (PySide6): the only package that imports Qt; it adapts the plain-Python plan and engine."""
