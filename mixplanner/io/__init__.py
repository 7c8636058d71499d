"""Loaders for the files planners have: CSV, Excel, GeoPackage, GeoJSON, Shapefile, Parquet, CBS and BAG."""
