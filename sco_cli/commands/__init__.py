"""One module a command; each is a thin adapter: parse, call, return a Report."""
