"""Controls and views used by more than one page."""
