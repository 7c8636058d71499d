"""Qt item models that adapt the stock, the plan and target statuses for views (no widgets here)."""
