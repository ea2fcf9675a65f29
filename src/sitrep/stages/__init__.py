"""One module per pipeline stage (SPEC section 2)."""
