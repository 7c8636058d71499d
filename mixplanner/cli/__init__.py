"""The mixplanner-cli command line (never imports Qt)."""
