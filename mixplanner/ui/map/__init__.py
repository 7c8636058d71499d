"""The stock map widget: MapScene (items, selection) and MapView (navigation, sketching, overlays)."""
