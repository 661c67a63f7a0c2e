"""Documents made from Word templates."""
