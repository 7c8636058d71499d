"""The dock panels of the main window; each adapts part of the document to widgets."""
