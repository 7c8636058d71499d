"""File > Exporteren: the dialog that writes a plan summary as PDF, Excel, PowerPoint, GeoPackage, CSV or an image."""
