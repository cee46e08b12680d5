"""Pure calculation engine: no Qt, no file I/O, no app imports."""
