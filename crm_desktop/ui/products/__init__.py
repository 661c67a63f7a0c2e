"""The product catalogue: products and services with price, unit and VAT, used by deal items."""
