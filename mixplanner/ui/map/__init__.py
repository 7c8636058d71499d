"""The stock map: MapPane (toolbar, Nu/Scenario/Verschil, plot sketch) around MapView (navigation) and MapScene (items)."""
