"""Opening files in the window: File > Openen, recent files, drag and drop, column mapping and the load report."""
